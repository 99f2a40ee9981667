interface ProgressBarProps {
  done: number;
  total: number;
  label: string;
  /** Visible text, e.g. "12 of 40 items". */
  text: string;
}

/** A progress bar screen readers announce: role=progressbar with its values. */
export function ProgressBar({ done, total, label, text }: ProgressBarProps) {
  const max = Math.max(total, 1);
  const percent = Math.round((Math.min(done, max) / max) * 100);
  return (
    <div className="netverk-progress">
      <div
        className="netverk-progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={Math.min(done, max)}
        aria-valuetext={text}
      >
        <div className="netverk-progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="p-small netverk-progress-text">{text}</p>
    </div>
  );
}
