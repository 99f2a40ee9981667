import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { agendaTextFor } from '../../extension/src/content/card/meeting-core.ts';
import {
  planWorkshop,
  proposedSessionId,
  runningOrderText,
} from '../../extension/src/content/card/workshop-plan.ts';
import { addinMessages } from '../../extension/src/outlook-addin/addin-messages.ts';
import { localIso } from '../../extension/src/outlook-addin/local-iso.ts';
import { checkMeeting, createTranslator, type MeetingDraft } from '../../shared/index.ts';
import { buildAddinPart } from './build-addin-part.ts';

const standInSource = readFileSync(resolve(import.meta.dirname, 'office-stand-in.js'), 'utf8');
let runtime = '';
let files = new Map<string, string>();

beforeAll(async () => {
  files = await buildAddinPart('outlook-addin-runtime');
  runtime = files.get('launchevent.js') ?? '';
});

// A Tuesday three weeks on from a fixed day; the times are read back in this machine's zone, as Outlook does.
const start = new Date(2026, 11, 1, 9, 0);
const end = new Date(2026, 11, 1, 10, 30);
const people = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ emailAddress: `p${i}@example.org`, displayName: `P ${i}` }));

interface StandIn {
  dispatch(name: string, type: string): Promise<{ allowEvent?: boolean; errorMessage?: string } | undefined>;
  notifications(): Record<string, { type: string; message: string; actions?: { commandId: string }[] }>;
  setTimes(start: Date, end: Date): void;
  state: { associated: Map<string, unknown> };
}

/** Loads the stand-in and then the built runtime into a fresh JavaScript realm, as Outlook's runtime does. */
function runRuntime(config: Record<string, unknown>): StandIn {
  const context = createContext({ setTimeout, clearTimeout, console, __officeStandInConfig: config });
  runInContext(standInSource, context);
  runInContext(runtime, context, { filename: 'launchevent.js' });
  return (context as { __officeStandIn: StandIn }).__officeStandIn;
}

/** The body as the task pane leaves it after "Insert agenda": the card's own agenda text, one line per <br>. */
function bodyWithAgenda(draft: MeetingDraft, locale: 'da' | 'sv' | 'en', before = 'Hej alle'): string {
  const text = agendaTextFor(draft, locale, checkMeeting(draft, { locale, now: new Date(2026, 10, 1) }));
  const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<p>${before}</p><div>${text.split('\n').map(escapeHtml).join('<br>')}</div>`;
}

const draftFor = (title: string, attendees: number, from = start, to = end): MeetingDraft => ({
  title,
  start: localIso(from),
  end: localIso(to),
  attendees: people(attendees).map((p) => p.emailAddress),
});

describe('the event runtime, called as Outlook calls it', () => {
  it('is one self-contained classic script: no import, no Office.onReady, no other file', () => {
    expect([...files.keys()]).toEqual(['launchevent.js']);
    expect(runtime).not.toMatch(/(^|[^\w$.])import\s*[({*'"\w]/m);
    expect(runtime).not.toMatch(/\bimport\.meta\b|\bexport\s*[{*]/);
    expect(runtime).not.toContain('onReady');
  });

  it('holds a Danish network meeting without an agenda, saying in Danish how to add one', async () => {
    const office = runRuntime({
      displayLanguage: 'da-DK',
      subject: 'Netværksmøde HR',
      start: start.toISOString(),
      end: end.toISOString(),
      requiredAttendees: people(6),
      bodyHtml: '<p>Hej alle</p>',
    });
    const done = await office.dispatch('onAppointmentSendHandler', 'appointmentSend');
    expect(done).toEqual({
      allowEvent: false,
      errorMessage: createTranslator(addinMessages, 'da')('sendNoAgenda'),
    });
    expect(done?.errorMessage).toMatch(/Send ikke/);
  });

  it('says it in Swedish for a Swedish Outlook, and for a workshop asks for the running order', async () => {
    const office = runRuntime({
      displayLanguage: 'sv-SE',
      subject: 'Idéverkstad om rekrytering',
      start: start.toISOString(),
      end: end.toISOString(),
    });
    const done = await office.dispatch('onAppointmentSendHandler', 'appointmentSend');
    expect(done?.allowEvent).toBe(false);
    expect(done?.errorMessage).toBe(createTranslator(addinMessages, 'sv')('sendNoRunningOrder'));
  });

  it('lets a network meeting with the agenda Netverk inserted through', async () => {
    const draft = draftFor('Netværksmøde HR', 6);
    const office = runRuntime({
      displayLanguage: 'da-DK',
      subject: draft.title,
      start: start.toISOString(),
      end: end.toISOString(),
      requiredAttendees: people(6),
      bodyHtml: bodyWithAgenda(draft, 'da'),
    });
    expect(await office.dispatch('onAppointmentSendHandler', 'appointmentSend')).toEqual({
      allowEvent: true,
    });
  });

  it('lets any other meeting through, and a network meeting with an agenda the user wrote', async () => {
    const other = runRuntime({ displayLanguage: 'da-DK', subject: 'Budgetopfølgning', bodyHtml: '' });
    expect(await other.dispatch('onAppointmentSendHandler', 'appointmentSend')).toEqual({ allowEvent: true });
    const own = runRuntime({
      displayLanguage: 'da-DK',
      subject: 'Netværksmøde HR',
      bodyHtml: '<p>Dagsorden</p><p>09:00 Velkomst</p><p>09:15 Runde</p>',
    });
    expect(await own.dispatch('onAppointmentSendHandler', 'appointmentSend')).toEqual({ allowEvent: true });
  });

  it('holds a meeting whose agenda no longer fits: moved by an hour, or so many attendees the round moves to the tables', async () => {
    const draft = draftFor('Netværksmøde HR', 6);
    const moved = runRuntime({
      displayLanguage: 'en-US',
      subject: draft.title,
      start: new Date(2026, 11, 1, 10, 0).toISOString(),
      end: new Date(2026, 11, 1, 11, 30).toISOString(),
      requiredAttendees: people(6),
      bodyHtml: bodyWithAgenda(draft, 'en'),
    });
    expect(await moved.dispatch('onAppointmentSendHandler', 'appointmentSend')).toEqual({
      allowEvent: false,
      errorMessage: createTranslator(addinMessages, 'en')('sendAgendaMisfit'),
    });
    const crowded = runRuntime({
      displayLanguage: 'en-US',
      subject: draft.title,
      start: start.toISOString(),
      end: end.toISOString(),
      // Above 12 people the round is held at the tables: a shorter round, so other times.
      requiredAttendees: people(13),
      bodyHtml: bodyWithAgenda(draft, 'en'),
    });
    expect((await crowded.dispatch('onAppointmentSendHandler', 'appointmentSend'))?.allowEvent).toBe(false);
  });

  it("lets a workshop with Netverk's running order through, and holds it once the workshop moved", async () => {
    const draft = {
      title: 'Temaworkshop: ensomhed',
      start: localIso(start),
      end: localIso(new Date(2026, 11, 1, 11, 0)),
      // As the add-in reads it: the user's zone with the times (buildDraft).
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    };
    const plan = planWorkshop(draft, { locale: 'da', sessionId: proposedSessionId(draft), participants: 12 });
    if (!plan.ok) throw new Error(`the workshop should fit: ${JSON.stringify(plan.problem)}`);
    const body = `<p>Velkommen</p><div>${runningOrderText(plan.order).split('\n').join('<br>')}</div>`;
    const config = { displayLanguage: 'da-DK', subject: draft.title, bodyHtml: body };
    const inPlace = runRuntime({
      ...config,
      start: start.toISOString(),
      end: new Date(2026, 11, 1, 11, 0).toISOString(),
    });
    expect(await inPlace.dispatch('onAppointmentSendHandler', 'appointmentSend')).toEqual({
      allowEvent: true,
    });
    const moved = runRuntime({
      ...config,
      start: new Date(2026, 11, 1, 13, 0).toISOString(),
      end: new Date(2026, 11, 1, 15, 0).toISOString(),
    });
    expect(await moved.dispatch('onAppointmentSendHandler', 'appointmentSend')).toEqual({
      allowEvent: false,
      errorMessage: createTranslator(addinMessages, 'da')('sendRunningOrderMisfit'),
    });
  });

  it('lets everything through when the user switched the prompts off (same settings as the extension)', async () => {
    const office = runRuntime({
      displayLanguage: 'da-DK',
      subject: 'Netværksmøde HR',
      roamingSettings: { 'netverk.settings': { promptsEnabled: false } },
    });
    expect(await office.dispatch('onAppointmentSendHandler', 'appointmentSend')).toEqual({
      allowEvent: true,
    });
  });

  it("reads the settings the task pane saved: the user's own words and language", async () => {
    // What the pane's settings screen leaves in the mailbox (tests/outlook/save-addin-settings.test.ts).
    const saved = { 'netverk.settings': { language: 'sv', keywords: ['Samverkansträff'] } };
    const meetingOf = (roamingSettings: Record<string, unknown>) =>
      runRuntime({
        displayLanguage: 'da-DK',
        subject: 'Samverkansträff ekonomi',
        start: start.toISOString(),
        end: end.toISOString(),
        bodyHtml: '<p>Hej alle</p>',
        roamingSettings,
      });
    expect(await meetingOf(saved).dispatch('onAppointmentSendHandler', 'appointmentSend')).toEqual({
      allowEvent: false,
      errorMessage: createTranslator(addinMessages, 'sv')('sendNoAgenda'),
    });
    // Without the user's word the same meeting is not one of ours.
    expect(await meetingOf({}).dispatch('onAppointmentSendHandler', 'appointmentSend')).toEqual({
      allowEvent: true,
    });
  });

  it('shows a notice with "Open Netverk" when the time changes so the agenda no longer fits, and removes it when it fits again', async () => {
    const draft = draftFor('Netværksmøde HR', 6);
    const office = runRuntime({
      displayLanguage: 'da-DK',
      subject: draft.title,
      start: new Date(2026, 11, 1, 13, 0).toISOString(),
      end: new Date(2026, 11, 1, 14, 0).toISOString(),
      requiredAttendees: people(6),
      bodyHtml: bodyWithAgenda(draft, 'da'),
    });
    expect(
      await office.dispatch('onAppointmentTimeChangedHandler', 'appointmentTimeChanged'),
    ).toBeUndefined();
    const notice = office.notifications().netverkAgendaFit;
    expect(notice?.type).toBe('insightMessage');
    expect(notice?.message).toBe(createTranslator(addinMessages, 'da')('noticeMisfit'));
    expect(notice?.actions?.[0]?.commandId).toBe('NetverkTaskPaneButton');
    office.setTimes(start, end);
    await office.dispatch('onAppointmentAttendeesChangedHandler', 'appointmentAttendeesChanged');
    expect(office.notifications()).toEqual({});
  });

  it('never keeps a meeting from being sent when it cannot read it', async () => {
    const office = runRuntime({
      displayLanguage: 'da-DK',
      subject: 'Netværksmøde HR',
      failing: ['subject.getAsync'],
    });
    expect(await office.dispatch('onAppointmentSendHandler', 'appointmentSend')).toEqual({
      allowEvent: true,
    });
  });

  it('completes the event even where Outlook refuses the notice (below Mailbox 1.10)', async () => {
    const draft = draftFor('Netværksmøde HR', 6);
    const office = runRuntime({
      mailboxVersion: '1.9',
      subject: draft.title,
      start: new Date(2026, 11, 1, 13, 0).toISOString(),
      end: new Date(2026, 11, 1, 14, 0).toISOString(),
      bodyHtml: bodyWithAgenda(draft, 'en'),
    });
    await office.dispatch('onAppointmentTimeChangedHandler', 'appointmentTimeChanged');
    expect(office.notifications()).toEqual({});
  });
});
