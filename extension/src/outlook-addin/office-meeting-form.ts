import type { MeetingDraft } from '../../../shared/index.ts';
import { buildDraft } from '../content/draft/build-draft.ts';
import type { BlockWriteOutcome, MeetingForm } from '../meeting-form/meeting-form.ts';
import { localIso } from './local-iso.ts';
import { officeCall } from './office-call.ts';
import { recurrenceToRrule, rruleToPattern } from './office-recurrence.ts';
import { replaceBlockInHtml } from './replace-block-in-html.ts';

type Appointment = Office.AppointmentCompose;

/** Whether this Outlook has a requirement set: `Mailbox` 1.7 has the recurrence API, and so on. */
export type HasMailbox = (version: string) => boolean;

/**
 * Outlook's appointment form as the card's MeetingForm, through Office.js: every field read in
 * parallel, the body written in one `setAsync` (Mailbox 1.3), the series set through the recurrence
 * API where the requirement set has it (Mailbox 1.7). Below that the card offers the .ics instead.
 */
export function officeMeetingForm(item: Appointment, has: HasMailbox): MeetingForm {
  const form: MeetingForm = {
    read: () => readAppointment(item, has),
    writeBlock: (text) => writeBlock(item, has, text),
  };
  if (has('1.7') && item.recurrence) form.setRecurrence = (rrule) => setRecurrence(item, rrule);
  return form;
}

/** The appointment as a draft for the core: subject, times, attendees, series and body text. */
export async function readAppointment(item: Appointment, has: HasMailbox): Promise<MeetingDraft> {
  const [title, start, end, required, optional, body, recurrence, location] = await Promise.all([
    officeCall<string>((cb) => item.subject.getAsync(cb)),
    officeCall<Date>((cb) => item.start.getAsync(cb)).catch(() => undefined),
    officeCall<Date>((cb) => item.end.getAsync(cb)).catch(() => undefined),
    officeCall<Office.EmailAddressDetails[]>((cb) => item.requiredAttendees.getAsync(cb)).catch(() => []),
    officeCall<Office.EmailAddressDetails[]>((cb) => item.optionalAttendees.getAsync(cb)).catch(() => []),
    has('1.3')
      ? officeCall<string>((cb) => item.body.getAsync(Office.CoercionType.Text, cb)).catch(() => '')
      : Promise.resolve(''),
    has('1.7') && item.recurrence
      ? officeCall<Office.Recurrence | null>((cb) => item.recurrence.getAsync(cb)).catch(() => null)
      : Promise.resolve(null),
    officeCall<string>((cb) => item.location.getAsync(cb)).catch(() => ''),
  ]);
  return buildDraft({
    title,
    description: body,
    start: start ? localIso(start) : undefined,
    end: end ? localIso(end) : undefined,
    location,
    recurrence: recurrenceToRrule(recurrence),
    attendees: [...required, ...optional].map((a) => a.emailAddress || a.displayName),
  });
}

async function writeBlock(item: Appointment, has: HasMailbox, text: string): Promise<BlockWriteOutcome> {
  if (has('1.3')) {
    try {
      const html = await officeCall<string>((cb) => item.body.getAsync(Office.CoercionType.Html, cb));
      const next = replaceBlockInHtml(html, text);
      await officeCall<void>((cb) =>
        item.body.setAsync(next.html, { coercionType: Office.CoercionType.Html }, cb),
      );
      return next.replaced ? 'replaced' : 'inserted';
    } catch {
      // Fall through to the clipboard, as the card does on a page that refuses the text.
    }
  }
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'failed';
  }
}

type SeriesTimeConstructor = new () => Office.SeriesTime;

/** Sets the suggested rhythm on the appointment, from its own date, time and length. */
async function setRecurrence(item: Appointment, rrule: string): Promise<boolean> {
  const pattern = rruleToPattern(rrule);
  if (!pattern) return false;
  const [start, end, current] = await Promise.all([
    officeCall<Date>((cb) => item.start.getAsync(cb)),
    officeCall<Date>((cb) => item.end.getAsync(cb)),
    officeCall<Office.Recurrence | null>((cb) => item.recurrence.getAsync(cb)).catch(() => null),
  ]);
  const Constructor = (Office as unknown as { SeriesTime?: SeriesTimeConstructor }).SeriesTime;
  const seriesTime = current?.seriesTime ?? (Constructor ? new Constructor() : undefined);
  if (!seriesTime) return false;
  seriesTime.setStartDate(start.getFullYear(), start.getMonth(), start.getDate());
  seriesTime.setStartTime(start.getHours(), start.getMinutes());
  seriesTime.setDuration(Math.max(1, Math.round((end.getTime() - start.getTime()) / 60_000)));
  if (pattern.until) seriesTime.setEndDate(pattern.until.year, pattern.until.month, pattern.until.day);
  const recurrence = {
    recurrenceType: pattern.recurrenceType,
    recurrenceProperties: pattern.recurrenceProperties,
    seriesTime,
  } as unknown as Office.Recurrence;
  await officeCall<void>((cb) => item.recurrence.setAsync(recurrence, cb));
  return true;
}
