import { useEffect, useState } from 'react';
import type { Locale } from '../../../shared/index.ts';
import { TabBar, type TabSpec, tabPanelProps, UiLookProvider } from '../../../shared/ui/index.ts';
import { BoardsTab } from './boards-tab.tsx';
import { DecideTab } from './decide-tab.tsx';
import { GenerateTab } from './generate-tab.tsx';
import { GeneratedBoardsProvider, useGeneratedBoards } from './generated-boards-context.tsx';
import { HarvestTab } from './harvest-tab.tsx';
import { LanguageSelect } from './language-select.tsx';
import { PanelI18nProvider, usePanelI18n } from './panel-i18n.tsx';
import { panelLook } from './panel-look.ts';
import type { PanelMessageKey } from './panel-messages.ts';
import { RunTab } from './run-tab.tsx';

type TabId = 'generate' | 'run' | 'decide' | 'harvest' | 'boards';

const tabLabels: Readonly<Record<TabId, PanelMessageKey>> = {
  generate: 'tabGenerate',
  run: 'tabRun',
  decide: 'tabDecide',
  harvest: 'tabHarvest',
  boards: 'tabBoards',
};

const tabContent: Readonly<Record<TabId, () => React.JSX.Element>> = {
  generate: GenerateTab,
  run: RunTab,
  decide: DecideTab,
  harvest: HarvestTab,
  boards: BoardsTab,
};

/** Prefix of the tabs' and panels' ids (netverk-tab-generate, netverk-tabpanel-generate, …). */
const tabIdBase = 'netverk';

interface PanelAppProps {
  locale: Locale;
  onLocaleChange: (locale: Locale) => void;
}

/** The Netverk panel (about 320 px wide), in the app's own language. Needs a BoardPortProvider above it. */
export function PanelApp({ locale, onLocaleChange }: PanelAppProps) {
  return (
    <PanelI18nProvider locale={locale}>
      <UiLookProvider look={panelLook}>
        <GeneratedBoardsProvider>
          <PanelLayout onLocaleChange={onLocaleChange} />
        </GeneratedBoardsProvider>
      </UiLookProvider>
    </PanelI18nProvider>
  );
}

function PanelLayout({ onLocaleChange }: { onLocaleChange: (locale: Locale) => void }) {
  const { locale, t } = usePanelI18n();
  const [selected, setSelected] = useState<TabId>('generate');
  const { refresh } = useGeneratedBoards();
  // Someone else on the board may have removed or generated boards since the last look.
  const select = (id: TabId) => {
    setSelected(id);
    void refresh();
  };
  // Screen readers pick their voice from the page language.
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const tabs: TabSpec<TabId>[] = (Object.keys(tabLabels) as TabId[]).map((id) => ({
    id,
    label: t(tabLabels[id]),
  }));
  return (
    <div className="netverk-panel" lang={locale}>
      <header className="netverk-header">
        <h1 className="h3 netverk-title">{t('appTitle')}</h1>
        <LanguageSelect onChange={onLocaleChange} />
      </header>
      <TabBar idBase={tabIdBase} tabs={tabs} selected={selected} onSelect={select} label={t('tabsLabel')} />
      {tabs.map(({ id }) => {
        const Content = tabContent[id];
        // Every tab stays mounted, so a running generation or a half-answered wizard survives a tab switch.
        return (
          <section
            key={id}
            className="netverk-tabpanel"
            {...tabPanelProps(tabIdBase, id)}
            hidden={id !== selected}
          >
            <Content />
          </section>
        );
      })}
    </div>
  );
}
