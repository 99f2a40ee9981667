import { describe, expect, it } from 'vitest';
import { expectPlanInvariants, framesOf } from '../../tests/fixtures/expect-plan-invariants.ts';
import { locales } from '../i18n/locale.ts';
import { builtInSessions, findSession } from './catalogue/built-in-sessions.ts';
import { layoutRunningOrder, layoutSession } from './layout-session.ts';
import type { Session } from './session-schema.ts';
import { timeSession } from './time-session.ts';

const groupSizes = [4, 14, 30] as const;
const cases = builtInSessions.flatMap((session) =>
  locales.flatMap((locale) => groupSizes.map((participants) => ({ session, locale, participants }))),
);

describe('layoutSession', () => {
  it.each(cases)(
    '$session.id, $locale, $participants people: one plan, agenda frame first, block frames left to right',
    ({ session, locale, participants }) => {
      const origin = { x: -500, y: 200 };
      const plan = layoutSession(session, {
        locale,
        participants,
        startTime: '09:00',
        origin,
        network: 'HR',
      });
      expectPlanInvariants(plan);
      expect(plan.templateId).toBe(session.id);
      const [agenda, ...blocks] = framesOf(plan);
      expect([agenda?.x, agenda?.y]).toEqual([origin.x, origin.y]);
      expect(agenda?.kind === 'frame' && agenda.props.title).toBe(`${session.title[locale]} – HR`);
      // Block frames in running order, each column right of the one before.
      const order = timeSession(session, { locale, participants, start: '09:00' });
      const templateEntries = order.entries.filter((e) => e.kind === 'template');
      const firstOfBlock = templateEntries.map((e) => blocks.find((f) => f.meta.blockId === e.blockId));
      expect(firstOfBlock.every(Boolean)).toBe(true);
      let right = (agenda?.x ?? 0) + (agenda?.width ?? 0);
      for (const frame of firstOfBlock) {
        expect(frame?.x).toBeGreaterThan(right);
        expect(frame?.y).toBe(origin.y);
        right = (frame?.x ?? 0) + (frame?.width ?? 0);
      }
      // Every block's row in the agenda frame carries its block id and its clock times.
      for (const entry of order.entries) {
        const row = plan.items.filter((i) => i.meta.blockId === entry.blockId && i.parentId === agenda?.id);
        expect(row.map((i) => (i.kind === 'frame' ? '' : i.props.text)).join('\n')).toContain(
          `${entry.clock}–${entry.endClock}`,
        );
      }
    },
  );

  it('lays out only the chosen sections and zones of a block', () => {
    const plan = layoutSession(findSession('unfold-the-theme') as Session, {
      locale: 'en',
      participants: 14,
    });
    const zonesOf = (blockId: string) =>
      plan.items
        .filter((i) => i.meta.blockId === blockId && i.meta.role === 'zone')
        .map((i) => i.meta.zoneId);
    expect(zonesOf('canvas-top-row')).toEqual(['theme', 'origin', 'challenge']);
    expect(zonesOf('next-steps')).toEqual(['talk-to']);
    const lines = plan.items.flatMap((i) =>
      i.meta.blockId === 'seven-characteristics' && i.kind === 'text' ? [i.props.text] : [],
    );
    expect(lines.find((line) => line.startsWith('1. '))).toMatch(
      /^1\. Split into 3 groups of 4–5, each taking its own part;/,
    );
  });

  it('marks the open meeting zones where minutes are born', () => {
    const plan = layoutSession(findSession('open-network-meeting') as Session, {
      locale: 'da',
      participants: 10,
    });
    const tagged = plan.items.filter((i) => i.meta.minutes).map((i) => [i.meta.zoneId, i.meta.minutes]);
    expect(tagged).toEqual([
      ['agreed', 'decision'],
      ['who-does-what', 'action'],
      ['next-time', 'next'],
    ]);
  });

  it('stacks copies of an individual exercise in its column, with zone ids per copy', () => {
    const text = (en: string) => ({ da: en, sv: en, en });
    const session: Session = {
      schemaVersion: 1,
      id: 'leaders',
      version: 1,
      title: text('Leaders'),
      summary: text('Summary'),
      about: text('About'),
      minutes: 60,
      participants: { min: 1, max: 40 },
      blocks: [
        {
          kind: 'template',
          id: 'self',
          template: 'leader-competences',
          minutes: 40,
          perParticipantCopies: { maxCopies: 3 },
        },
        { kind: 'template', id: 'again', template: 'leader-competences', minutes: 10 },
        { kind: 'template', id: 'third', template: 'leader-competences', minutes: 10 },
      ],
    };
    const plan = layoutSession(session, { locale: 'sv', participants: 5 });
    expectPlanInvariants(plan);
    const copies = framesOf(plan).filter((f) => f.meta.blockId === 'self');
    expect(copies.map((f) => f.meta.copy)).toEqual([1, 2, 3]);
    expect(new Set(copies.map((f) => f.x)).size).toBe(1);
    const zone = (blockId: string, copy?: number) =>
      plan.items.find((i) => i.meta.blockId === blockId && i.meta.role === 'zone' && i.meta.copy === copy)
        ?.meta.zoneId;
    expect(zone('self', 2)).toBe('thinks-others-in.strength-c2');
    // The second use of the same template keeps zone ids apart by its place in the running order.
    expect(zone('again')).toBe('thinks-others-in.strength');
    expect(zone('third')).toBe('b3.thinks-others-in.strength');
  });

  it('is the plan of the running order it was given', () => {
    const session = findSession('start-up-network') as Session;
    const order = timeSession(session, { locale: 'en', participants: 14, minutes: 150, start: '13:00' });
    const plan = layoutRunningOrder(session, order, { locale: 'en', startTime: '13:00' });
    const agendaText = plan.items.map((i) => (i.kind === 'frame' ? i.props.title : i.props.text)).join('\n');
    for (const entry of order.entries) expect(agendaText).toContain(`${entry.clock}–${entry.endClock}`);
    expect(
      layoutSession(session, { locale: 'en', participants: 14, minutes: 150, startTime: '13:00' }),
    ).toEqual(plan);
  });
});
