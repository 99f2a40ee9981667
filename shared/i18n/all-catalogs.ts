import { cliMessages } from '../cli/cli-messages.ts';
import { decideMessages } from '../decide/decide-messages.ts';
import { harvestMessages } from '../harvest/harvest-messages.ts';
import { meetingMessages } from '../meeting/meeting-messages.ts';
import { planMessages } from '../plan/plan-messages.ts';
import { printMessages } from '../print/print-messages.ts';
import { sessionMessages } from '../sessions/session-messages.ts';
import { templateMessages } from '../templates/template-messages.ts';
import type { MessageCatalog } from './define-messages.ts';

/**
 * Every message catalogue of the core, by name. The parity test walks this list, so a catalogue
 * registered here can never ship with a missing key or a mismatched placeholder.
 */
export const allCatalogs: Readonly<Record<string, MessageCatalog<string>>> = {
  cli: cliMessages,
  decide: decideMessages,
  harvest: harvestMessages,
  meeting: meetingMessages,
  plan: planMessages,
  print: printMessages,
  sessions: sessionMessages,
  templates: templateMessages,
};
