import type { BoardPort } from '../board/index.ts';
import { BoardPortProvider } from './board-port-context.tsx';
import { PanelApp } from './panel-app.tsx';
import { useStoredLocale } from './use-stored-locale.ts';

/** The panel on a given board, in the remembered language: what app.html renders inside Miro. */
export function PanelRoot({ board }: { board: BoardPort }) {
  const [locale, setLocale] = useStoredLocale();
  return (
    <BoardPortProvider board={board}>
      <PanelApp locale={locale} onLocaleChange={setLocale} />
    </BoardPortProvider>
  );
}
