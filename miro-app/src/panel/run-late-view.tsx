import { useEffect, useState } from 'react';
import { createTranslator, type RunningOrder, retimeStep } from '../../../shared/index.ts';
import { usePanelI18n } from './panel-i18n.tsx';
import { runMessages } from './run-messages.ts';
import { latenessAt, minuteOfDay } from './running-late.ts';

/** How often the comparison with the real clock is redone: minutes matter here, not seconds. */
const refreshMs = 15_000;

interface RunLateViewProps {
  order: RunningOrder;
  index: number;
  /** Takes whole 5 minutes from the blocks that remain, for `minutesLate`. */
  onCatchUp(minutesLate: number): void;
}

/**
 * The room against the session's clock: ahead, on time or behind, what that means for the end, and
 * (when behind) an offer to take the minutes from the blocks that remain. The real clock is the
 * browser's (`Date.now`), so tests drive it with a fake clock.
 */
export function RunLateView({ order, index, onCatchUp }: RunLateViewProps) {
  const { locale } = usePanelI18n();
  const r = createTranslator(runMessages, locale);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), refreshMs);
    return () => clearInterval(timer);
  }, []);
  const late = latenessAt(order, index, minuteOfDay(now));
  if (!late) return null;
  const count = Math.abs(late.minutes);
  const line =
    late.minutes > 0
      ? r('lateBehind', { count, end: late.endClock })
      : late.minutes < 0
        ? r('lateAhead', { count, end: late.endClock })
        : r('lateOnTime', { end: late.endClock });
  return (
    <div className={`netverk-run-late${late.minutes > 0 ? ' netverk-run-behind' : ''}`}>
      <p className="netverk-run-late-line">{line}</p>
      {late.minutes > 0 ? (
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => onCatchUp(late.minutes)}
        >
          {r('lateCatchUp', { count: Math.ceil(late.minutes / retimeStep) * retimeStep })}
        </button>
      ) : null}
    </div>
  );
}
