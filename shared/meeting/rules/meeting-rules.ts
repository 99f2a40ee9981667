import type { Locale } from '../../i18n/locale.ts';
import { agendaInDescription } from './agenda-in-description.ts';
import { agendaPartRules } from './agenda-parts.ts';
import { endTime } from './end-time.ts';
import { fixedRhythm } from './fixed-rhythm.ts';
import { inviteInTime } from './invite-in-time.ts';
import type { MeetingRule } from './meeting-rule.ts';
import { meetingRuleTitles } from './meeting-rule-titles.ts';
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

/** Every rule's id, in order: what an options page or IT policy switches off (hides all its prompts). */
export const meetingRuleIds: readonly string[] = meetingRules.map((rule) => rule.id);

/** A rule's short title in the user's language, for settings; the id itself for an unknown rule. */
export function meetingRuleTitle(id: string, locale: Locale): string {
  const titles: Readonly<Record<string, string>> = meetingRuleTitles[locale];
  return Object.hasOwn(titles, id) ? (titles[id] ?? id) : id;
}
