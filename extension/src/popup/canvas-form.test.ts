// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { readDraftCopy, writeDraftCopy } from '../pages/draft-copy.ts';
import { createPagesTranslator } from '../pages/pages-translator.ts';
import { createDraft } from '../storage/create-draft.ts';
import type { DraftRecord } from '../storage/draft-record-schema.ts';
import { hydrateCanvasForm } from './canvas-form.ts';
import { createDraftSession } from './draft-session.ts';
import type { DraftStore } from './draft-store.ts';
import { renderPopupMarkup } from './popup-markup.ts';
import { relabelPopup } from './popup-relabel.ts';

const draft = (title: string, fields: Record<string, string> = {}): DraftRecord => ({
  ...createDraft('d1', new Date(Date.UTC(2026, 10, 1, 9))),
  themeTitle: title,
  fields,
});

function storeWith(initial: DraftRecord): DraftStore {
  return {
    db: null as unknown as DraftStore['db'],
    save: async () => {},
    read: async () => undefined,
    initial: async () => initial,
  };
}

/** The prerendered page: the markup in the document, before any script. */
function paint(locale: 'da' | 'sv' | 'en' = 'en') {
  document.body.innerHTML = `<div id="root">${renderPopupMarkup(locale)}</div>`;
  const form = document.querySelector<HTMLFormElement>('form.canvas-form');
  if (!form) throw new Error('no form');
  const field = (name: string) =>
    form.querySelector<HTMLInputElement>(`[name="${name}"]`) as HTMLInputElement;
  return { form, field };
}

beforeEach(() => localStorage.clear());

describe('hydrating the prerendered canvas form', () => {
  it('fills the empty fields from the draft copy, enabled', () => {
    writeDraftCopy(draft('Ensomhed', { challenge: 'Borgere alene' }));
    const { form, field } = paint();
    hydrateCanvasForm(form, createDraftSession(), createPagesTranslator('en'));
    expect(field('themeTitle').value).toBe('Ensomhed');
    expect(field('challenge').value).toBe('Borgere alene');
    expect(field('themeTitle').disabled).toBe(false);
  });

  it('keeps what was typed before it ran, and makes it the draft', () => {
    writeDraftCopy(draft('Ensomhed', { challenge: 'Borgere alene' }));
    const { form, field } = paint();
    field('challenge').value = 'Skrevet før scriptet';
    const session = createDraftSession();
    hydrateCanvasForm(form, session, createPagesTranslator('en'));
    expect(field('challenge').value).toBe('Skrevet før scriptet');
    expect(field('themeTitle').value).toBe('Ensomhed');
    expect(session.state().draft?.fields.challenge).toBe('Skrevet før scriptet');
    expect(readDraftCopy()?.fields.challenge).toBe('Skrevet før scriptet');
  });

  it('holds typed text without a copy until the store answers, then puts it over the stored draft', async () => {
    const { form, field } = paint();
    field('themeTitle').value = 'Før databasen';
    const session = createDraftSession();
    hydrateCanvasForm(form, session, createPagesTranslator('en'));
    // No draft yet: the field waits, disabled, with its text.
    expect(field('themeTitle').disabled).toBe(true);
    expect(field('themeTitle').value).toBe('Før databasen');
    await session.attach(storeWith(draft('Fra databasen', { challenge: 'Gemt' })));
    expect(session.state().draft?.themeTitle).toBe('Før databasen');
    expect(field('themeTitle').value).toBe('Før databasen');
    expect(field('challenge').value).toBe('Gemt');
    expect(field('themeTitle').disabled).toBe(false);
  });

  it('puts hostile text from a draft into values, never into markup', () => {
    const hostile = '<img src=x onerror="alert(1)"></textarea><b>x</b>';
    writeDraftCopy(draft(hostile, { challenge: hostile }));
    const { form, field } = paint();
    hydrateCanvasForm(form, createDraftSession(), createPagesTranslator('en'));
    expect(field('themeTitle').value).toBe(hostile);
    expect(field('challenge').value).toBe(hostile);
    expect(document.querySelectorAll('img, b')).toHaveLength(0);
  });
});

describe('relabelling the popup', () => {
  it('takes every label from a fresh rendering, keeping elements and values', () => {
    const { field } = paint('en');
    const root = document.getElementById('root') as HTMLElement;
    const title = field('themeTitle');
    title.value = 'Trivsel';
    relabelPopup(root, 'da');
    const fresh = document.createElement('div');
    fresh.innerHTML = renderPopupMarkup('da');
    const texts = (node: ParentNode) =>
      [...node.querySelectorAll('[data-l10n]')].map(
        (element) => `${element.textContent}|${element.getAttribute('aria-label') ?? ''}`,
      );
    expect(texts(root)).toEqual(texts(fresh));
    expect(field('themeTitle')).toBe(title);
    expect(title.value).toBe('Trivsel');
    expect(root.querySelector('.popup')?.getAttribute('data-locale')).toBe('da');
  });
});
