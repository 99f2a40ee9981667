import type { Command } from './cli-command.ts';
import { checkMeetingCommand } from './commands/check-meeting-command.ts';
import { decideCommand } from './commands/decide-command.ts';
import { harvestCommand } from './commands/harvest-command.ts';
import { packCommand } from './commands/pack-command.ts';
import { planCommand } from './commands/plan-command.ts';
import { sessionCommand } from './commands/session-command.ts';
import { sessionsCommand } from './commands/sessions-command.ts';
import { templatesCommand } from './commands/templates-command.ts';
import { validateCommand } from './commands/validate-command.ts';

/** Every `netverk` command, in the order the help lists them. */
export const commands: readonly Command[] = [
  templatesCommand,
  planCommand,
  packCommand,
  sessionsCommand,
  sessionCommand,
  decideCommand,
  checkMeetingCommand,
  harvestCommand,
  validateCommand,
];
