import type { Translate } from '../i18n/define-messages.ts';
import type { MeetingMessageKey } from './meeting-messages.ts';
import type { RruleProblem } from './validate-rrule.ts';

const problemKeys: Readonly<Record<RruleProblem, MeetingMessageKey>> = {
  syntax: 'icsInvalidRecurrence',
  'unknown-part': 'rruleUnknownPart',
  'bad-number': 'rruleBadNumber',
  'bad-day': 'rruleBadDay',
  'bad-interval': 'rruleBadInterval',
  'bad-count': 'rruleBadCount',
  'count-and-until': 'rruleCountAndUntil',
  'bad-until': 'rruleBadUntil',
};

/** The user's-language prompt for a repeat rule calendars would reject: the same in the card and the .ics error. */
export function rruleProblemMessage(
  t: Translate<MeetingMessageKey>,
  problem: { problem: RruleProblem; part?: string },
): string {
  return t(problemKeys[problem.problem], { part: problem.part ?? '' });
}
