import { describe, expect, it } from 'vitest';
import { createDraft } from '../storage/drafts-store.ts';
import { draftToMarkdown } from './draft-to-markdown.ts';

const base = createDraft('d', new Date('2026-01-01T00:00:00Z'));

describe('draftToMarkdown', () => {
  it.each([
    [
      'a filled draft',
      {
        ...base,
        themeTitle: 'Ensomhed\nblandt ældre',
        networkName: 'Ældrenetværket',
        fields: { challenge: 'Én sætning', next: '  ' },
      },
      'da',
      '# Ensomhed blandt ældre\n\nNetværkets navn: Ældrenetværket\n\n## Udfordringen eller muligheden\n\nÉn sætning\n',
    ],
    ['an empty draft', base, 'en', '# Untitled draft\n'],
  ] as const)('renders %s', (_name, draft, locale, markdown) => {
    expect(draftToMarkdown(draft, locale)).toBe(markdown);
  });
});
