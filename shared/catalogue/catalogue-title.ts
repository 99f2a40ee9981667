import type { Locale } from '../i18n/locale.ts';
import { findSession } from '../sessions/catalogue/built-in-sessions.ts';
import type { Session } from '../sessions/session-schema.ts';
import { findTemplate } from '../templates/catalogue/built-in-templates.ts';
import type { Template } from '../templates/template-schema.ts';

/** A template's or session's title by its id, in one language; undefined for an id nobody knows. */
export type TitleOf = (id: string) => string | undefined;

/**
 * Titles for exports that must never show an internal id ("unfold-the-theme"): a generated board
 * records a template's or a session's id; an organisation's pack is searched before the built-ins.
 */
export function catalogueTitle(
  locale: Locale,
  pack: { templates?: readonly Template[]; sessions?: readonly Session[] } = {},
): TitleOf {
  return (id) => {
    const found =
      pack.templates?.find((x) => x.id === id) ??
      pack.sessions?.find((x) => x.id === id) ??
      findTemplate(id) ??
      findSession(id);
    return found?.title[locale];
  };
}
