import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { expectPlanInvariants, framesOf } from '../../tests/fixtures/expect-plan-invariants.ts';
import { templateArbitrary } from '../../tests/fixtures/template-arbitrary.ts';
import { locales } from '../i18n/locale.ts';
import type { Template } from '../templates/template-schema.ts';
import { layoutSession } from './layout-session.ts';
import { activityKinds, type Session, type SessionBlock } from './session-schema.ts';
import { timeSession } from './time-session.ts';

// Forty arbitrary sessions laid out whole: long on a loaded CI machine. How long the runner waits,
// never an assertion about speed.
vi.setConfig({ testTimeout: 180_000 });

const text = { da: 'tekst', sv: 'text', en: 'text' };

/** A pack's templates (ids t0, t1, …) and a session drawing blocks from them and from activities. */
const packArbitrary = fc
  .array(templateArbitrary, { minLength: 1, maxLength: 3 })
  .map((list) => list.map((template, i): Template => ({ ...template, id: `t${i}` })))
  .chain((templates) => {
    const common = {
      minutes: fc.integer({ min: 1, max: 90 }),
      giveUp: fc.integer({ min: 0, max: 40 }),
      stretch: fc.boolean(),
      perParticipantMinutes: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    };
    const templateBlock = fc.record({
      ...common,
      kind: fc.constant('template' as const),
      index: fc.nat(templates.length - 1),
      someSections: fc.boolean(),
      split: fc.boolean(),
      copies: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    });
    const activityBlock = fc.record({
      ...common,
      kind: fc.constant('activity' as const),
      activity: fc.constantFrom(...activityKinds),
    });
    const blocks = fc
      .array(fc.oneof(templateBlock, activityBlock), { minLength: 1, maxLength: 6 })
      .map((drawn) =>
        drawn.map((b, i): SessionBlock => {
          const shared = {
            id: `b${i}`,
            ...(b.giveUp > 0 && b.giveUp < b.minutes ? { minMinutes: b.minutes - b.giveUp } : {}),
            ...(b.stretch ? { stretch: true } : {}),
            ...(b.perParticipantMinutes ? { perParticipantMinutes: b.perParticipantMinutes } : {}),
          };
          if (b.kind === 'activity') {
            if (b.activity === 'presentation-round')
              return {
                kind: 'activity',
                activity: b.activity,
                id: shared.id,
                ...(b.stretch ? { stretch: true } : {}),
              };
            return { kind: 'activity', activity: b.activity, minutes: b.minutes, ...shared };
          }
          const template = templates[b.index] as Template;
          const first = template.sections[0]?.id ?? 'none';
          return {
            kind: 'template',
            template: template.id,
            minutes: b.minutes,
            ...shared,
            ...(b.someSections ? { sections: [first] } : {}),
            ...(b.split ? { groups: { above: 4, min: 2, max: 4 } } : {}),
            ...(b.copies ? { perParticipantCopies: { maxCopies: b.copies } } : {}),
          };
        }),
      );
    const session = blocks.map(
      (list): Session => ({
        schemaVersion: 1,
        id: 'arbitrary',
        version: 1,
        title: text,
        summary: text,
        about: text,
        minutes: 'from-user',
        participants: { min: 1, max: 40 },
        blocks: list,
      }),
    );
    return fc.record({
      templates: fc.constant(templates),
      session,
      locale: fc.constantFrom(...locales),
      participants: fc.integer({ min: 1, max: 12 }),
      minutes: fc.integer({ min: 10, max: 600 }),
      startTime: fc.option(fc.constantFrom('08:30', '13:05', '23:50'), { nil: undefined }),
    });
  });

describe('sessions of arbitrary templates and blocks (property)', () => {
  it('time to the length (or name the block to shorten) and lay out as a valid plan, blocks left to right', () => {
    fc.assert(
      fc.property(packArbitrary, ({ templates, session, locale, participants, minutes, startTime }) => {
        const order = timeSession(session, { locale, participants, minutes, templates });
        const sum = order.entries.reduce((total, entry) => total + entry.minutes, 0);
        expect(sum).toBe(order.totalMinutes);
        if (order.fits) expect(order.totalMinutes + order.spareMinutes).toBe(minutes);
        else if (order.shorten?.kind === 'lengthen') expect(order.shorten.minutes).toBe(order.totalMinutes);
        else expect(order.shorten?.minutes).toBe(order.totalMinutes - minutes);
        const plan = layoutSession(session, {
          locale,
          participants,
          minutes,
          templates,
          ...(startTime ? { startTime } : {}),
        });
        expectPlanInvariants(plan);
        const columns = framesOf(plan).filter((frame) => (frame.meta.copy ?? 1) === 1);
        expect(columns.length).toBe(1 + order.entries.filter((e) => e.kind === 'template').length);
        for (let i = 1; i < columns.length; i++)
          expect(columns[i]?.x ?? 0).toBeGreaterThan((columns[i - 1]?.x ?? 0) + (columns[i - 1]?.width ?? 0));
      }),
      { numRuns: 40 },
    );
  });
});
