import { useState } from 'react';
import type { NetworkType, DecisionResult as Result } from '../../../shared/index.ts';
import type { PagesTranslate } from './pages-translator.ts';

export interface DecisionResultActions {
  /** The network name to save the result under (from the open draft). */
  networkName: string;
  onUseInCanvas(text: string): void;
  onSaveNetwork(name: string, type: NetworkType, answers: Readonly<Record<string, string>>): Promise<void>;
}

/** What to do with a result: put it in the canvas's network-type field, or save it as a network. */
export function DecisionActions(
  props: {
    result: Result;
    answers: Readonly<Record<string, string>>;
    t: PagesTranslate;
  } & DecisionResultActions,
) {
  const { result, t } = props;
  const [name, setName] = useState(props.networkName);
  const [notice, setNotice] = useState<'usedInCanvas' | 'networkSaved' | null>(null);
  const useText = [result.candidates.map((c) => c.title).join(' / '), ...result.why].join('\n');
  async function save() {
    await props.onSaveNetwork(name.trim(), result.type, props.answers);
    setNotice('networkSaved');
  }
  return (
    <>
      <div className="button-row">
        <button
          type="button"
          onClick={() => {
            props.onUseInCanvas(useText);
            setNotice('usedInCanvas');
          }}
        >
          {t('useInCanvas')}
        </button>
      </div>
      <div className="inline-form">
        <label className="field">
          <span className="field__label">{t('networkName')}</span>
          <input value={name} maxLength={500} onChange={(event) => setName(event.target.value)} />
        </label>
        <button type="button" className="secondary" disabled={name.trim() === ''} onClick={() => void save()}>
          {t('saveNetwork')}
        </button>
      </div>
      <p role="status" className="notice">
        {notice && t(notice)}
      </p>
    </>
  );
}
