import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { safeParseLocalized } from './safe-parse-localized.ts';

const schema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  minutes: z.number().int().min(1).max(480),
  title: z.string().min(1).max(80),
  items: z.array(z.string()).min(1),
  kind: z.enum(['plenary', 'groups']),
});

const bad = { id: 'Min Skabelon', minutes: '5', title: '', items: 'x', kind: 'solo', extra: 1 };

function messages(value: unknown, locale: 'da' | 'sv' | 'en') {
  const result = safeParseLocalized(schema, value, locale);
  return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
}

describe('validation messages in plain words', () => {
  it.each([
    [
      'sv',
      [
        '$: har fält som inte används här: extra',
        '$.id: ska vara små bokstäver och siffror, åtskilda av enstaka bindestreck, t.ex. min-mall',
        '$.minutes: ska vara ett tal, inte text',
        '$.title: får inte vara tom',
        '$.items: ska vara en lista, inte text',
        '$.kind: ska vara en av "plenary", "groups"',
      ],
    ],
    [
      'da',
      [
        '$: har felter, der ikke bruges her: extra',
        '$.id: skal være små bogstaver og tal, adskilt af enkelte bindestreger, fx min-skabelon',
        '$.minutes: skal være et tal, ikke tekst',
        '$.title: må ikke være tom',
        '$.items: skal være en liste, ikke tekst',
        '$.kind: skal være en af "plenary", "groups"',
      ],
    ],
  ] as const)(
    'names each problem in %s, with no English type name or regular expression',
    (locale, expected) => {
      const found = messages(bad, locale);
      expect([...found].sort()).toEqual([...expected].sort());
      expect(found.join('\n')).not.toMatch(/number|string|array|\^|\$\//);
    },
  );

  it('says what the limits are and what is missing', () => {
    expect(
      messages({ ...bad, id: 'x', minutes: 0, title: 'x'.repeat(81), items: [], kind: 'groups' }, 'sv'),
    ).toEqual(
      expect.arrayContaining([
        '$.minutes: ska vara minst 1',
        '$.title: får vara högst 80 tecken lång',
        '$.items: ska ha minst en post',
      ]),
    );
    const { extra: _, ...rest } = bad;
    const { minutes: __, ...missing } = { ...rest, id: 'x', title: 'T', items: ['a'], kind: 'groups' };
    expect(messages(missing, 'en')).toEqual(['$.minutes: is missing']);
    expect(messages({ ...missing, minutes: 481 }, 'da')).toEqual(['$.minutes: må højst være 480']);
    expect(messages({ ...missing, minutes: 1.5 }, 'sv')).toEqual([
      '$.minutes: ska vara ett heltal, inte ett tal',
    ]);
  });
});
