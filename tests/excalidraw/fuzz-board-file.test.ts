import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  builtInTemplates,
  encodeExcalidrawScene,
  harvestReading,
  layoutTemplate,
  maxBoardFileChars,
  parseBoardFileText,
} from '../../shared/index.ts';

const template = builtInTemplates[2];
if (!template) throw new Error('no templates');
const scene = encodeExcalidrawScene(layoutTemplate(template, { locale: 'da', participants: 4 }));
const text = JSON.stringify(scene);

/** Reading a file must end in a reading or one error, never a throw; a reading must harvest. */
function readsOrRefuses(file: string): void {
  const outcome = parseBoardFileText(file, 'en');
  if (!outcome.ok) {
    expect(outcome.error.message).not.toBe('');
    return;
  }
  const harvested = harvestReading(outcome.reading);
  expect(typeof harvested.ok).toBe('boolean');
}

describe('a damaged board file never crashes the harvest', () => {
  it('truncated anywhere: refused as broken JSON', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length - 1 }), (cut) => {
        const outcome = parseBoardFileText(text.slice(0, cut), 'en');
        expect(outcome.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('fields of elements replaced by values of any type', () => {
    const keys = [
      'id',
      'type',
      'x',
      'y',
      'width',
      'height',
      'text',
      'originalText',
      'containerId',
      'customData',
      'isDeleted',
      'name',
      'backgroundColor',
      'boundElements',
      'roundness',
    ];
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.nat({ max: scene.elements.length - 1 }),
            fc.constantFrom(...keys),
            fc.jsonValue({ maxDepth: 3 }),
          ),
          { minLength: 1, maxLength: 20 },
        ),
        (changes) => {
          const copy = JSON.parse(text);
          for (const [index, key, value] of changes) copy.elements[index][key] = value;
          readsOrRefuses(JSON.stringify(copy));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a zone 10^16 wide harvests without building a huge grid', () => {
    const copy = JSON.parse(text);
    const zone = copy.elements.find((e: { customData?: { role?: string } }) => e.customData?.role === 'zone');
    zone.width = 21884781188915870;
    readsOrRefuses(JSON.stringify(copy));
  });

  it('the envelope replaced by values of any type', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 4 }), (elements, type) => {
        readsOrRefuses(JSON.stringify({ type, elements }));
        readsOrRefuses(JSON.stringify({ elements }));
        readsOrRefuses(JSON.stringify(elements));
      }),
      { numRuns: 150 },
    );
  });

  it('a 50 MB file is refused before it is parsed', () => {
    const huge = `{"type":"excalidraw","elements":[${'{"id":"a","type":"text"},'.repeat(2_200_000)}]}`;
    expect(huge.length).toBeGreaterThan(50_000_000);
    const outcome = parseBoardFileText(huge, 'sv');
    expect(outcome).toEqual({
      ok: false,
      error: {
        path: '$',
        message: `Filen är 53 MB; Netverk läser tavelfiler på högst ${maxBoardFileChars / 1024 / 1024} MB.`,
      },
    });
  });

  it('deep nesting is refused unparsed, also inside an element', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(parseBoardFileText(deep, 'da')).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/64 niveauer/) },
    });
    const nested = `{"type":"excalidraw","elements":[{"id":"a","type":"text","customData":${'{"a":'.repeat(200)}1${'}'.repeat(200)}}]}`;
    expect(parseBoardFileText(nested, 'en').ok).toBe(false);
    // Brackets inside strings are text, not nesting.
    const inText = JSON.stringify({
      type: 'excalidraw',
      elements: [{ id: 'a', type: 'text', x: 0, y: 0, width: 1, height: 1, text: '['.repeat(500) }],
    });
    expect(parseBoardFileText(inText, 'en').ok).toBe(true);
  });

  it('names the place of a syntax error', () => {
    expect(parseBoardFileText('{"elements": [1, 2]\n x', 'en')).toEqual({
      ok: false,
      error: { path: '$', message: 'The file is not JSON: it has an error near character 22.' },
    });
    expect(parseBoardFileText('{"elements": [', 'da')).toMatchObject({
      ok: false,
      error: { path: '$', message: expect.stringMatching(/^Filen er ikke JSON: den /) },
    });
  });
});
