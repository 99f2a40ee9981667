import { type Locale, networkTypes } from '../../../shared/index.ts';
import type { NetworkRecord } from '../storage/record-schemas.ts';
import { ConfirmDelete } from './confirm-delete.tsx';
import type { PagesTranslate } from './pages-translator.ts';

/** Networks saved from the decision wizard, with their type. */
export function NetworkList(props: {
  networks: readonly NetworkRecord[];
  locale: Locale;
  t: PagesTranslate;
  onDelete(network: NetworkRecord): Promise<void>;
}) {
  const { locale, t } = props;
  if (props.networks.length === 0) return <p className="hint">{t('noNetworks')}</p>;
  return (
    <ul className="records">
      {props.networks.map((network) => (
        <li key={network.id}>
          <div className="records__text">
            <strong>{network.name}</strong>
            {network.type && (
              <span>{t('typeLabel', { type: networkTypes[network.type].title[locale] })}</span>
            )}
          </div>
          <ConfirmDelete name={network.name} t={t} onDelete={() => props.onDelete(network)} />
        </li>
      ))}
    </ul>
  );
}
