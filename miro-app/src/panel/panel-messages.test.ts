import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findTemplate,
  type Locale,
  locales,
  type MessageCatalog,
  placeholdersOf,
} from '../../../shared/index.ts';
import { previewMessages } from '../preview/preview-messages.ts';
import { whiteboardMessages } from '../whiteboard/whiteboard-messages.ts';
import { boardFileMessages } from './board-file-messages.ts';
import { countdownMessages } from './countdown-messages.ts';
import { dotVoteMessages } from './dot-vote-messages.ts';
import { panelMessages } from './panel-messages.ts';
import { runMessages } from './run-messages.ts';

const catalogs: [string, MessageCatalog<string>][] = [
  ['panel', panelMessages],
  ['preview', previewMessages],
  ['countdown', countdownMessages],
  ['board files', boardFileMessages],
  ['whiteboard page', whiteboardMessages],
  ['run', runMessages],
  ['dot votes', dotVoteMessages],
];

/** Miro's notifications take at most 80 characters, spaces included. */
const notificationLimit = 80;

describe.each(catalogs)('%s messages', (_name, catalog) => {
  const keys = Object.keys(catalog.en);

  it.each(locales.filter((l) => l !== 'en'))('%s has exactly the English keys', (locale: Locale) => {
    expect(Object.keys(catalog[locale]).sort()).toEqual([...keys].sort());
  });

  it.each(locales)('%s: every text is non-empty and has the English placeholders', (locale: Locale) => {
    const problems = keys.flatMap((key) => {
      const text = (catalog[locale] as Record<string, string>)[key] ?? '';
      const source = (catalog.en as Record<string, string>)[key] ?? '';
      if (text.trim() === '') return [`${key}: empty`];
      const same = placeholdersOf(text).join() === placeholdersOf(source).join();
      return same ? [] : [`${key}: placeholders ${placeholdersOf(text)} vs ${placeholdersOf(source)}`];
    });
    expect(problems).toEqual([]);
  });
});

describe('notification texts', () => {
  it.each(locales)('%s: every notify* text fits a Miro notification', (locale: Locale) => {
    const tooLong = Object.entries(panelMessages[locale]).filter(
      ([key, text]) => key.startsWith('notify') && text.length > notificationLimit,
    );
    expect(tooLong).toEqual([]);
  });

  it('the check sees the notify keys at all', () => {
    expect(Object.keys(panelMessages.en).filter((key) => key.startsWith('notify')).length).toBeGreaterThan(5);
  });
});

/** The board's three-question tree sends people to the panel's wizard, so it must use the tab's real name. */
describe('the network-type board and the panel', () => {
  it.each(locales)('%s: the board names the decide tab as the panel shows it', (locale: Locale) => {
    const instructions = findTemplate('network-type')?.instructions.map((text) => text[locale]) ?? [];
    expect(instructions.some((text) => text.includes(panelMessages[locale].tabDecide))).toBe(true);
  });
});

/** Components must take every visible text from a catalogue: no words typed into JSX or its labels. */
describe('no hard-coded UI text in components', () => {
  const dirs = [import.meta.dirname, join(import.meta.dirname, '../preview')];
  const files = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.tsx'))
      .map((name) => join(dir, name)),
  );
  const textNode = /(?<![=-])>\s*[\p{L}][^<>{}]*</u;
  const labelAttribute = /\b(aria-label|alt|title|placeholder)="[^"]*\p{L}/u;

  it('finds the component files', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)('%s', (file) => {
    const offending = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => textNode.test(line) || labelAttribute.test(line));
    expect(offending).toEqual([]);
  });

  it('the scan catches a typed word', () => {
    expect(textNode.test('<p>Hello</p>')).toBe(true);
    expect(labelAttribute.test('<button aria-label="Close">')).toBe(true);
    expect(textNode.test("<p>{t('hello')}</p>")).toBe(false);
    expect(textNode.test('refresh: () => Promise<void>;')).toBe(false);
  });
});
