import { agendaInDescription } from './agenda-in-description.ts';
import { agendaPartRules } from './agenda-parts.ts';
import { endTime } from './end-time.ts';
import { fixedRhythm } from './fixed-rhythm.ts';
import { inviteInTime } from './invite-in-time.ts';
import type { MeetingRule } from './meeting-rule.ts';
import { notesAfter } from './notes-after.ts';
import { roundLength } from './round-length.ts';
import { samePlace } from './same-place.ts';

/** Every meeting rule, in the order their prompts are shown (content.md §5: before, during, after). */
export const meetingRules: readonly MeetingRule[] = [
  fixedRhythm,
  samePlace,
  inviteInTime,
  agendaInDescription,
  ...agendaPartRules,
  endTime,
  roundLength,
  notesAfter,
];
