import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { createTranslator, type Locale, type Translate } from '../../../shared/index.ts';
import { type PanelMessageKey, panelMessages } from './panel-messages.ts';

/** The panel's language and its translator; the language is the app's own setting, not the board's. */
export interface PanelI18n {
  locale: Locale;
  t: Translate<PanelMessageKey>;
}

const PanelI18nContext = createContext<PanelI18n | null>(null);

export function PanelI18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => ({ locale, t: createTranslator(panelMessages, locale) }), [locale]);
  return <PanelI18nContext value={value}>{children}</PanelI18nContext>;
}

export function usePanelI18n(): PanelI18n {
  const value = useContext(PanelI18nContext);
  if (!value) throw new Error('usePanelI18n needs a PanelI18nProvider above it');
  return value;
}
