export interface ProgressBarProps {
  value: number;
  max: number;
  label: string;
  /** Spoken value, e.g. "3 of 5 reviewed". */
  valueText?: string;
  tone?: 'brand' | 'success';
}

export function ProgressBar({ value, max, label, valueText, tone = 'brand' }: ProgressBarProps) {
  const safeMax = Math.max(max, 0);
  const pct = safeMax === 0 ? 0 : Math.min(100, Math.round((value / safeMax) * 100));
  return (
    <div
      class={`progress progress--${tone}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={safeMax}
      aria-valuenow={Math.min(value, safeMax)}
      aria-valuetext={valueText}
    >
      <div class="progress__fill" style={{ width: `${pct}%` }} />
    </div>
  );
}
