import { agendaHeadingKeywords, agendaPartKeywords } from './agenda-keywords.ts';
import { hasKeyword } from './has-keyword.ts';

// A line that starts with a clock time or a minute count: "09:00 Welcome", "10.15–10.45", "5 min".
const timedLine = /^[ \t]*(?:[-*•]\s*)?\d{1,2}(?:[:.]\d{2}|\s*min)/gm;

/** Whether a description already holds an agenda: a heading word, two timed lines, or two named parts. */
export function describesAgenda(text: string): boolean {
  if (hasKeyword(text, agendaHeadingKeywords)) return true;
  if (countUpTo(text.matchAll(timedLine), 2) >= 2) return true;
  const parts = Object.values(agendaPartKeywords).filter((keywords) => hasKeyword(text, keywords));
  return parts.length >= 2;
}

function countUpTo(matches: Iterable<unknown>, limit: number): number {
  let count = 0;
  for (const _ of matches) if (++count >= limit) break;
  return count;
}
