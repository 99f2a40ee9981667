import fc from 'fast-check';
import { locales } from '../i18n/locale.ts';
import type { Localized } from '../i18n/localized.ts';
import { type Section, type Template, templateLimits } from '../templates/template-schema.ts';
import type { LayoutOptions } from './board-plan.ts';
import { layoutLimits } from './board-plan.ts';
import { stickyColors } from './sticky-colors.ts';

/**
 * fast-check arbitraries for valid templates (all five section kinds) and layout options, for
 * property tests across the core. Test-only: nothing in production imports this file.
 * Ids are unique by construction (prefixed by section index), edges point forward (no cycles).
 */

// A vocabulary is much faster to draw from than generated strings; fc.string adds the odd surprise.
const vocabulary = (
  'netværk nätverk network tema temat theme deltager deltagare participant møde möte meeting ' +
  'referenceleder medpilot co-driver Albertslund Sundsvall værdi värde value spørgsmål fråga ' +
  'question å ø æ ä ö é 2026 90 x supercalifragilisticexpialidociousworkshopfacilitator'
).split(' ');
const word = fc.oneof(
  { weight: 20, arbitrary: fc.constantFrom(...vocabulary) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
);
const oddToken = fc.constantFrom('&', '<b>', '"quoted"', "it's", '&amp;', '–', '…', '🙂', 'x\ny', '<<&&>>');

/** Plain words mostly, now and then markup-like characters, emoji and line breaks; rarely very long. */
export const textArbitrary: fc.Arbitrary<string> = fc
  .oneof(
    {
      weight: 16,
      arbitrary: fc.array(fc.oneof({ weight: 6, arbitrary: word }, { weight: 1, arbitrary: oddToken }), {
        minLength: 1,
        maxLength: 24,
      }),
    },
    // Long texts are built by repetition: generating thousands of characters one by one is slow.
    {
      weight: 1,
      arbitrary: fc.tuple(word, fc.integer({ min: 150, max: 400 })).map(([w, n]) => Array(n).fill(w)),
    },
    { weight: 1, arbitrary: fc.integer({ min: 150, max: 200 }).map((n) => Array(n).fill('&&&&&&&&&&')) },
  )
  .map((parts) => parts.join(' ').trim().slice(0, templateLimits.textLength).trim() || 'x');

export const localizedArbitrary: fc.Arbitrary<Localized> = fc.record({
  da: textArbitrary,
  sv: textArbitrary,
  en: textArbitrary,
});

const color = fc.constantFrom(...stickyColors);

function zonesSection(s: number): fc.Arbitrary<Section> {
  return fc.record(
    {
      kind: fc.constant('zones' as const),
      id: fc.constant(`s${s}`),
      title: localizedArbitrary,
      columns: fc.integer({ min: 1, max: 6 }),
      zones: fc
        .array(
          fc.record(
            {
              title: localizedArbitrary,
              prompt: localizedArbitrary,
              color,
              span: fc.integer({ min: 1, max: 6 }),
              seed: fc.constantFrom('theme' as const, 'network' as const),
              minutes: fc.constantFrom('decision' as const, 'action' as const, 'next' as const),
            },
            { requiredKeys: ['title'] },
          ),
          { minLength: 1, maxLength: 8 },
        )
        .map((zones) => zones.map((zone, z) => ({ id: `s${s}-z${z}`, ...zone }))),
      perParticipant: fc.boolean(),
    },
    { requiredKeys: ['kind', 'id', 'columns', 'zones'] },
  );
}

function matrixSection(s: number): fc.Arbitrary<Section> {
  return fc.record(
    {
      kind: fc.constant('matrix' as const),
      id: fc.constant(`s${s}`),
      title: localizedArbitrary,
      rowHeader: localizedArbitrary,
      rows: fc
        .array(
          fc.record({ title: localizedArbitrary, question: localizedArbitrary }, { requiredKeys: ['title'] }),
          {
            minLength: 1,
            maxLength: 6,
          },
        )
        .map((rows) => rows.map((row, r) => ({ id: `s${s}-r${r}`, ...row }))),
      columns: fc
        .array(fc.record({ title: localizedArbitrary, color }, { requiredKeys: ['title'] }), {
          minLength: 1,
          maxLength: 4,
        })
        .map((columns) => columns.map((column, c) => ({ id: `c${c}`, ...column }))),
    },
    { requiredKeys: ['kind', 'id', 'rows', 'columns'] },
  );
}

function treeSection(s: number): fc.Arbitrary<Section> {
  const node = fc.record(
    {
      kind: fc.constantFrom('question' as const, 'result' as const),
      text: localizedArbitrary,
      details: fc.array(localizedArbitrary, { maxLength: 4 }),
    },
    { requiredKeys: ['kind', 'text'] },
  );
  return fc.array(node, { minLength: 1, maxLength: 8 }).chain((nodes) => {
    const ids = nodes.map((_, n) => `s${s}-n${n}`);
    const pairs = ids.flatMap((from, i) => ids.slice(i + 1).map((to) => ({ from, to })));
    const edge =
      pairs.length === 0 ? fc.constant([]) : fc.subarray(pairs, { maxLength: Math.min(20, pairs.length) });
    return fc.record(
      {
        kind: fc.constant('tree' as const),
        id: fc.constant(`s${s}`),
        title: localizedArbitrary,
        nodes: fc.constant(nodes.map((n, i) => ({ id: ids[i] ?? '', ...n }))),
        edges: edge.chain((edges) =>
          fc.tuple(
            ...edges.map((e) =>
              fc.option(localizedArbitrary, { nil: undefined }).map((label) => (label ? { ...e, label } : e)),
            ),
          ),
        ),
      },
      { requiredKeys: ['kind', 'id', 'nodes', 'edges'] },
    );
  });
}

function agendaSection(s: number): fc.Arbitrary<Section> {
  const item = fc.record(
    {
      title: localizedArbitrary,
      prompt: localizedArbitrary,
      minutes: fc.integer({ min: 0, max: 480 }),
      perParticipantMinutes: fc.integer({ min: 1, max: 30 }),
    },
    { requiredKeys: ['title'] },
  );
  return fc.record(
    {
      kind: fc.constant('agenda' as const),
      id: fc.constant(`s${s}`),
      title: localizedArbitrary,
      items: fc
        .array(item, { minLength: 1, maxLength: 8 })
        .map((items) => items.map((it, i) => ({ id: `s${s}-a${i}`, ...it }))),
    },
    { requiredKeys: ['kind', 'id', 'items'] },
  );
}

function notesSection(s: number): fc.Arbitrary<Section> {
  return fc.record(
    {
      kind: fc.constant('notes' as const),
      id: fc.constant(`s${s}`),
      title: localizedArbitrary,
      items: fc.array(localizedArbitrary, { minLength: 1, maxLength: 8 }),
    },
    { requiredKeys: ['kind', 'id', 'items'] },
  );
}

const sectionKinds = [zonesSection, matrixSection, treeSection, agendaSection, notesSection] as const;

/** A section of any kind with id `s${index}`. */
export function sectionArbitrary(index: number): fc.Arbitrary<Section> {
  return fc.oneof(...sectionKinds.map((kind) => kind(index)));
}

/** A valid template (passes `templateSchema`) of one to four sections of any kind. */
export const templateArbitrary: fc.Arbitrary<Template> = fc
  .integer({ min: 1, max: 4 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, s) => sectionArbitrary(s))))
  .chain((sections) =>
    fc.record(
      {
        schemaVersion: fc.constant(1 as const),
        id: fc.nat(9_999).map((n) => `template-${n}`),
        version: fc.integer({ min: 1, max: 20 }),
        title: localizedArbitrary,
        summary: localizedArbitrary,
        about: localizedArbitrary,
        instructions: fc.array(localizedArbitrary, { maxLength: 4 }),
        timing: fc.record({ minutes: fc.integer({ min: 1, max: 600 }) }),
        sections: fc.constant(sections),
      },
      {
        requiredKeys: [
          'schemaVersion',
          'id',
          'version',
          'title',
          'summary',
          'about',
          'instructions',
          'sections',
        ],
      },
    ),
  );

const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const optionText = fc.oneof(
  textArbitrary.map((t) => t.slice(0, 500)),
  fc.constant(' '),
  fc.constant('&'.repeat(500)),
);

/** Valid layout options: every field optional but the locale; participants mostly small. */
export const layoutOptionsArbitrary: fc.Arbitrary<LayoutOptions> = fc.record(
  {
    locale: fc.constantFrom(...locales),
    network: optionText,
    theme: optionText,
    participants: fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: layoutLimits.participants.min, max: 8 }) },
      { weight: 1, arbitrary: fc.integer(layoutLimits.participants) },
    ),
    startTime: clock,
    origin: fc.record({
      x: fc.integer({ min: -100_000, max: 100_000 }),
      y: fc.integer({ min: -100_000, max: 100_000 }),
    }),
  },
  { requiredKeys: ['locale'] },
);
