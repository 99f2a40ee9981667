import { type FormEvent, useId, useState } from 'react';
import { createTranslator, type Locale } from '../../../shared/index.ts';
import type { PreviewSettings } from './create-preview-board.ts';
import { previewMessages } from './preview-messages.ts';

/** The address that starts the preview with these settings (the same parameters the README lists). */
export function settingsSearch(fields: {
  latency: string;
  credits: string;
  failAt: string;
  failKind: string;
  timer: boolean;
}): string {
  const params = new URLSearchParams();
  if (fields.latency.trim() !== '') params.set('latency', fields.latency.trim());
  if (fields.credits.trim() !== '') params.set('credits', fields.credits.trim());
  if (fields.failAt.trim() !== '') params.set('fail', `${fields.failAt.trim()}:${fields.failKind}`);
  if (!fields.timer) params.set('timer', 'off');
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}

/**
 * The preview's speed and fault switches as a labelled form: latency, rate limit, a failing write, and
 * whether the board has Miro's timer. Applying restarts the preview (an empty board) with them.
 */
export function PreviewSettingsForm({ settings, locale }: { settings: PreviewSettings; locale: Locale }) {
  const t = createTranslator(previewMessages, locale);
  const id = useId();
  const planned = Object.entries(settings.faults?.onCall ?? {})[0];
  const [latency, setLatency] = useState(String(settings.latencyMs));
  const [credits, setCredits] = useState(settings.creditsPerMinute ? String(settings.creditsPerMinute) : '');
  const [failAt, setFailAt] = useState(planned?.[0] ?? '');
  const [failKind, setFailKind] = useState<string>(planned?.[1] ?? 'permanent');
  const [timer, setTimer] = useState(settings.timer);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    window.location.search = settingsSearch({ latency, credits, failAt, failKind, timer });
  };
  const field = (name: string) => `${id}-${name}`;
  return (
    <details className="netverk-preview-settings">
      <summary>{t('settingsTitle')}</summary>
      <form onSubmit={apply}>
        <p>{t('settingsIntro')}</p>
        <label htmlFor={field('latency')}>{t('settingsLatency')}</label>
        <input
          id={field('latency')}
          className="input"
          type="number"
          min={0}
          max={5000}
          step={1}
          value={latency}
          onChange={(e) => setLatency(e.target.value)}
        />
        <label htmlFor={field('credits')}>{t('settingsCredits')}</label>
        <input
          id={field('credits')}
          className="input"
          type="number"
          min={100}
          max={100000}
          step={1}
          value={credits}
          onChange={(e) => setCredits(e.target.value)}
        />
        <label htmlFor={field('fail-at')}>{t('settingsFailAt')}</label>
        <input
          id={field('fail-at')}
          className="input"
          type="number"
          min={1}
          max={999999}
          step={1}
          value={failAt}
          onChange={(e) => setFailAt(e.target.value)}
        />
        <label htmlFor={field('fail-kind')}>{t('settingsFailKind')}</label>
        <select
          id={field('fail-kind')}
          className="select"
          value={failKind}
          onChange={(e) => setFailKind(e.target.value)}
        >
          <option value="permanent">{t('settingsFailPermanent')}</option>
          <option value="transient">{t('settingsFailTransient')}</option>
        </select>
        <label className="netverk-preview-check">
          <input type="checkbox" checked={timer} onChange={(e) => setTimer(e.target.checked)} />
          {t('settingsTimer')}
        </label>
        <button type="submit" className="button button-primary">
          {t('settingsApply')}
        </button>
      </form>
    </details>
  );
}
