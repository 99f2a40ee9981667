import { useState } from 'react';
import { showCardMessage } from '../content/runtime-messages.ts';
import type { PagesTranslate } from './pages-translator.ts';

/** Asks the active tab's content script to show the card now; says so when no content script runs there. */
export function ShowCardButton(props: { t: PagesTranslate }) {
  const { t } = props;
  const [notice, setNotice] = useState('');
  async function show() {
    try {
      const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) throw new Error('no tab');
      const answer = (await chrome.tabs.sendMessage(tab.id, showCardMessage)) as { ok?: boolean } | undefined;
      setNotice(answer?.ok ? t('showOnPageDone') : t('showOnPageFailed'));
    } catch {
      // No content script in that tab (not a calendar, or not allowed there): nobody answers.
      setNotice(t('showOnPageFailed'));
    }
  }
  return (
    <div className="show-card">
      <button type="button" onClick={() => void show()}>
        {t('showOnPage')}
      </button>
      <p role="status" className="notice">
        {notice}
      </p>
    </div>
  );
}
