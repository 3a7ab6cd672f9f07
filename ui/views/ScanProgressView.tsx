import { ProgressBar } from '../components/ProgressBar';
import type { ScanProgress } from '../state/scan';
import { useStore } from '../state/context';
import { plural } from '../text/plural';

export function ScanProgressView({ progress }: { progress: ScanProgress | null }) {
  const store = useStore();
  const total = progress?.totalFrames ?? 0;
  const done = progress?.doneFrames ?? 0;
  const text = progress
    ? `${done} of ${plural(total, 'frame')} · ${plural(progress.scannedNodes, 'layer')}`
    : 'Starting…';
  return (
    <section class="panel-section scan" aria-labelledby="scan-title">
      <h2 id="scan-title" class="section-title">
        Reading the frames…
      </h2>
      <ProgressBar value={done} max={total} label="Scan progress" valueText={text} />
      <p class="muted" data-testid="scan-progress-text">
        {text}
      </p>
      <button type="button" class="button button--secondary" onClick={() => void store.cancelScan()}>
        Cancel
      </button>
    </section>
  );
}
