import { describe, expect, it } from 'vitest';
import { locales } from '../../i18n/locale.ts';
import { restoreTemplatePack } from '../../packs/restore-template-pack.ts';
import { fieldWalk } from './field-walk.ts';
import { knowledgeScan } from './knowledge-scan.ts';
import { leaderCompetences } from './leader-competences.ts';
import { perfectGroup } from './perfect-group.ts';
import { sevenCharacteristics } from './seven-characteristics.ts';
import { themeCanvas } from './theme-canvas.ts';
import { valueCreation } from './value-creation.ts';

/** Content review §3: what a real 2-hour workshop needs from the templates. */
describe('templates usable in a real workshop', () => {
  it('the canvas says to fill what you know and mark the rest to find out', () => {
    expect(themeCanvas.instructions[0]?.en).toBe(
      "Fill what you know; mark the rest 'to find out – who, by when'.",
    );
  });

  it.each([sevenCharacteristics, perfectGroup])(
    '$id tells a group above about 8 to split into groups of 4–6',
    (template) => {
      for (const locale of locales)
        expect(
          template.instructions.some((step) => /\b8\b.*4–6/.test(step[locale])),
          locale,
        ).toBe(true);
    },
  );

  it('leader competences is for one leader or a pair, each with their own copy in a group', () => {
    expect(leaderCompetences.instructions.map((step) => step.en)).toContain(
      'The board is for one leader or a leader pair. In a group, each participant gets their own copy.',
    );
  });

  it('the field walk is two sittings, 30 + 60 minutes', () => {
    expect(fieldWalk.timing).toEqual({ minutes: 90, parts: [30, 60] });
  });

  it('the knowledge scan parks solutions in a field of their own', () => {
    const sumUp = knowledgeScan.sections.find((s) => s.id === 'sum-up');
    expect(sumUp?.kind === 'zones' && sumUp.zones.map((z) => z.id)).toContain('parked-solutions');
    const tips = knowledgeScan.sections.find((s) => s.id === 'tips');
    const text = tips?.kind === 'notes' ? tips.items.map((item) => item.en).join(' ') : '';
    expect(text).toContain('"Parked solutions"');
    expect(text).not.toContain('park them under "Angles');
  });

  it('value creation says what to bring beforehand', () => {
    const first = valueCreation.sections[0];
    expect(first?.id).toBe('bring-beforehand');
    expect(first?.kind === 'notes' && first.items.map((item) => item.en).join(' ')).toMatch(
      /Evaluations.*attendance.*Two concrete examples/s,
    );
  });

  it.each(['da', 'sv', 'en'] as const)(
    'rejects timing parts that do not add up, at their JSON path, in %s',
    (locale) => {
      const broken = { ...structuredClone(fieldWalk), timing: { minutes: 90, parts: [30, 30] } };
      const outcome = restoreTemplatePack(broken, locale);
      expect(outcome.ok).toBe(false);
      const error = outcome.ok ? undefined : outcome.errors[0];
      expect(error?.path).toBe('$.timing.parts');
      expect(error?.message).toMatch(
        { da: /Tidsplanens dele/, sv: /Tidsplanens delar/, en: /parts of the timing/ }[locale],
      );
    },
  );
});
