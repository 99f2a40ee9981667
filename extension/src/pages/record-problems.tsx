import type { RecordProblem } from '../storage/restore-records.ts';
import type { PagesTranslate } from './pages-translator.ts';

/** Stored records that failed validation: said plainly, with where and why; the rest still works. */
export function RecordProblems(props: { problems: readonly RecordProblem[]; t: PagesTranslate }) {
  const { problems, t } = props;
  if (problems.length === 0) return null;
  return (
    <div className="warning" role="alert">
      <p>{t('unreadable', { count: problems.length })}</p>
      <ul>
        {problems.flatMap((problem) =>
          problem.errors.map((error) => (
            <li key={`${problem.store}${problem.key}${error.path}`}>
              {t('problemItem', {
                path: `${problem.store} ${problem.key} ${error.path}`,
                message: error.message,
              })}
            </li>
          )),
        )}
      </ul>
    </div>
  );
}
