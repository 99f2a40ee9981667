import './countdown.css';
import { createTranslator, type Locale } from '../../../shared/index.ts';
import { countdownMessages } from './countdown-messages.ts';
import type { Countdown } from './use-countdown.ts';

/** `m:ss`, rounded up so "0:00" shows only when the time is really up. */
export function formatCountdown(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * The countdown as a `timer` (read on demand, not every second) with a spoken name, plus a polite
 * status that says once when the time is up.
 */
export function CountdownView({ countdown, locale }: { countdown: Countdown; locale: Locale }) {
  const t = createTranslator(countdownMessages, locale);
  const seconds = Math.ceil(countdown.remainingMs / 1000);
  const spoken = t('countdownSpoken', { minutes: Math.floor(seconds / 60), seconds: seconds % 60 });
  return (
    <div className="netverk-countdown">
      <span className="netverk-countdown-label">{t('countdownLabel')}</span>
      <span className="netverk-countdown-time" role="timer" aria-label={spoken}>
        {formatCountdown(countdown.remainingMs)}
      </span>
      <span className="netverk-visually-hidden" role="status">
        {countdown.finished ? t('countdownDone') : ''}
      </span>
    </div>
  );
}
