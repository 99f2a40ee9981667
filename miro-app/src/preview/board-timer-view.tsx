import { useEffect, useState } from 'react';
import { createTranslator, type Locale } from '../../../shared/index.ts';
import type { StandInBoard } from '../board/stand-in/index.ts';
import { countdownMessages } from '../panel/countdown-messages.ts';
import { formatCountdown } from '../panel/format-countdown.ts';
import { previewMessages } from './preview-messages.ts';

/** Miro shows its board timer over the board: the preview shows the stand-in's while it runs. */
export function BoardTimerView({ standIn, locale }: { standIn: StandInBoard; locale: Locale }) {
  const [timer, setTimer] = useState(() => standIn.inspect.timer());
  useEffect(() => {
    const update = () => setTimer(standIn.inspect.timer());
    const unsubscribe = standIn.inspect.onChange(update);
    const tick = setInterval(update, 500);
    return () => {
      unsubscribe();
      clearInterval(tick);
    };
  }, [standIn]);
  if (timer.status === 'STOPPED') return null;
  const t = createTranslator(previewMessages, locale);
  const spoken = createTranslator(countdownMessages, locale);
  const seconds = Math.ceil(timer.restDuration / 1000);
  const label = t(timer.status === 'PAUSED' ? 'boardTimerPaused' : 'boardTimer');
  return (
    <div className="netverk-board-timer">
      <span>{label}</span>
      <span
        role="timer"
        className="netverk-board-timer-time"
        aria-label={`${label}: ${spoken('countdownSpoken', { minutes: Math.floor(seconds / 60), seconds: seconds % 60 })}`}
      >
        {formatCountdown(timer.restDuration)}
      </span>
    </div>
  );
}
