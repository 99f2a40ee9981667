import type { BoardReading } from '../harvest/board-reading.ts';
import type { HarvestError } from '../harvest/harvest-result.ts';
import { createTranslator } from '../i18n/define-messages.ts';
import type { Locale } from '../i18n/locale.ts';
import { decodeExcalidrawScene } from './decode-excalidraw-scene.ts';
import { excalidrawMessages } from './excalidraw-messages.ts';
import { isExcalidrawScene } from './is-excalidraw-scene.ts';

/** The largest board file read (the command line's limit too): a 50 MB file is refused before parsing. */
export const maxBoardFileChars = 10 * 1024 * 1024;
/** No drawing nests this deep (an element's points are four levels down); deeper is refused unparsed. */
export const maxBoardFileDepth = 64;

export type BoardFileOutcome = { ok: true; reading: BoardReading } | { ok: false; error: HarvestError };

/** True when brackets outside strings nest deeper than `max`: one pass, no parse. */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i += 1; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth += 1;
      if (depth > max) return true;
    } else if (c === 93 || c === 125) depth -= 1;
  }
  return false;
}

/**
 * A parsed board file as a board reading, told by its content: a Netverk board reading (the Miro
 * Harvest tab's download) as it is, an Excalidraw or Nextcloud Whiteboard drawing decoded.
 */
export function readBoardFile(value: unknown, locale: Locale): BoardFileOutcome {
  if (isExcalidrawScene(value)) return decodeExcalidrawScene(value, locale);
  if (typeof value === 'object' && value !== null && 'readingVersion' in value)
    return { ok: true, reading: value as BoardReading };
  return {
    ok: false,
    error: { path: '$', message: createTranslator(excalidrawMessages, locale)('notBoardFile') },
  };
}

/**
 * A board file's text (a drop in the browser) as a board reading: too large or too deeply nested
 * files fail at once, before parsing; JSON errors name the character where they are.
 */
export function parseBoardFileText(text: string, locale: Locale): BoardFileOutcome {
  const t = createTranslator(excalidrawMessages, locale);
  if (text.length > maxBoardFileChars) {
    const size = Math.ceil(text.length / 1024 / 1024);
    return {
      ok: false,
      error: { path: '$', message: t('tooLarge', { size, max: maxBoardFileChars / 1024 / 1024 }) },
    };
  }
  const body = text.replace(/^\uFEFF/, '');
  if (nestsDeeperThan(body, maxBoardFileDepth))
    return { ok: false, error: { path: '$', message: t('tooDeep', { max: maxBoardFileDepth }) } };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const at = /position (\d+)/.exec((error as Error).message ?? '');
    return {
      ok: false,
      error: { path: '$', message: t('notJson', { position: at ? Number(at[1]) + 1 : body.length }) },
    };
  }
  return readBoardFile(value, locale);
}
