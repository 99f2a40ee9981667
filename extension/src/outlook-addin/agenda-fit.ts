import { type Locale, type MeetingDraft, renderAgendaText } from '../../../shared/index.ts';
import { findAgendaLines } from '../content/card/agenda-block.ts';
import { agendaForDraft } from '../content/card/meeting-core.ts';

type Span = { from: number; to: number };

// "09:00–09:10  Welcome" (minutes of the day) or "0–5 min  Welcome" (minutes since the start).
const clockSpan = /^\s*(\d{1,2})[:.](\d{2})\s*[–-]\s*(\d{1,2})[:.](\d{2})\s/u;
const relativeSpan = /^\s*(\d+)\s*[–-]\s*(\d+)\s*min/u;

/**
 * Whether the block Netverk wrote into the body still fits the meeting: a network meeting's agenda is
 * timed as the one agenda rule times it for the form's times and attendees now; a workshop's running
 * order starts when the meeting does and ends within it. A body without a block of ours fits (nothing of ours can have gone stale).
 * Dragging an event on the calendar fires no event, so the send check asks this itself.
 */
export function agendaFits(draft: MeetingDraft, locale: Locale, kind: 'network' | 'workshop'): boolean {
  const lines = (draft.description ?? '').split('\n');
  const found = findAgendaLines(lines);
  if (!found) return true;
  const spans = spansOf(lines.slice(found.first + 1, found.last + 1));
  const meeting = meetingSpan(draft);
  if (spans.length === 0 || !meeting) return true;
  if (kind === 'network')
    // The one agenda rule for the times and attendees now in the form, with or without a guest speaker.
    return [false, true].some((guestSpeaker) => sameSpans(spans, ruleSpans(draft, locale, guestSpeaker)));
  // A running order starts with the meeting and ends within it (a session may leave minutes spare).
  const clock = clockSpan.test(lines[found.last] ?? '');
  const expected = clock ? meeting : { from: 0, to: meeting.to - meeting.from };
  const first = spans[0] as Span;
  const last = spans[spans.length - 1] as Span;
  return first.from === expected.from && last.to <= expected.to;
}

function ruleSpans(draft: MeetingDraft, locale: Locale, guestSpeaker: boolean): Span[] {
  return spansOf(renderAgendaText(agendaForDraft(draft, locale, guestSpeaker), locale).split('\n'));
}

function sameSpans(a: readonly Span[], b: readonly Span[]): boolean {
  return a.length === b.length && a.every((span, i) => span.from === b[i]?.from && span.to === b[i]?.to);
}

function spansOf(lines: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (const line of lines) {
    const clock = clockSpan.exec(line);
    if (clock) {
      const [, h1, m1, h2, m2] = clock.map(Number) as [number, number, number, number, number];
      spans.push({ from: h1 * 60 + m1, to: h2 * 60 + m2 });
      continue;
    }
    const relative = relativeSpan.exec(line);
    if (relative) spans.push({ from: Number(relative[1]), to: Number(relative[2]) });
  }
  return spans;
}

/** The meeting's start and end as minutes of the start's day, in the offset the times were read in. */
function meetingSpan(draft: MeetingDraft): Span | undefined {
  if (!draft.start || !draft.end) return undefined;
  const start = Date.parse(draft.start);
  const end = Date.parse(draft.end);
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) return undefined;
  const from = Number(draft.start.slice(11, 13)) * 60 + Number(draft.start.slice(14, 16));
  return { from, to: from + Math.round((end - start) / 60_000) };
}
