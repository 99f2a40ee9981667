import type { SnippetRecord } from '../storage/record-schemas.ts';
import { ConfirmDelete } from './confirm-delete.tsx';
import type { PagesTranslate } from './pages-translator.ts';

/** Text kept from intranet pages (by the content script): add it to the open draft, or delete it. */
export function SnippetList(props: {
  snippets: readonly SnippetRecord[];
  t: PagesTranslate;
  onAdd(snippet: SnippetRecord): Promise<void>;
  onDelete(snippet: SnippetRecord): Promise<void>;
}) {
  const { t } = props;
  if (props.snippets.length === 0) return null;
  return (
    <>
      <h2>{t('snippetsHeading')}</h2>
      <ul className="records">
        {props.snippets.map((snippet) => {
          const name = snippet.pageTitle || snippet.text.slice(0, 40);
          return (
            <li key={snippet.id}>
              <div className="records__text">
                <strong>{snippet.pageTitle}</strong>
                <span>{snippet.text.slice(0, 200)}</span>
              </div>
              <button
                type="button"
                aria-label={t('addSnippetNamed', { name })}
                onClick={() => void props.onAdd(snippet)}
              >
                {t('addSnippet')}
              </button>
              <ConfirmDelete name={name} t={t} onDelete={() => props.onDelete(snippet)} />
            </li>
          );
        })}
      </ul>
    </>
  );
}
