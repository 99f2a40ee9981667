import type { PagesTranslate } from './pages-translator.ts';

/** Marks a setting that IT's policy has fixed; the control beside it is read-only. */
export function LockedNote(props: { locked: boolean; t: PagesTranslate }) {
  return props.locked ? <span className="locked">{props.t('locked')}</span> : null;
}
