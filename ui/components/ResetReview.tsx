import { useState } from 'preact/hooks';
import { CHECKLIST } from '../../src/core/checklist';
import { useStore } from '../state/context';
import { areaProgress } from '../state/progress';
import { plural } from '../text/plural';
import { ConfirmDialog } from './ConfirmDialog';

/** "Reset review": clears every verdict, note and annotation of these frames, after asking. */
export function ResetReview() {
  const store = useStore();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  if (store.readOnly() || store.editorType.value === 'dev') return null;
  const reviewed = CHECKLIST.reduce((n, area) => n + areaProgress(area, store.verdicts.value).reviewed, 0);
  const frames = store.review.value?.frames.length ?? 0;

  const confirm = async (): Promise<void> => {
    setBusy(true);
    await store.resetReview();
    setBusy(false);
    setOpen(false);
  };

  return (
    <div class="reset">
      <h3 class="subsection-title">Start over</h3>
      <p class="muted">Clear every verdict and note of this review, and the annotations it wrote. Figma’s undo brings it back.</p>
      <button type="button" class="button button--small button--secondary reset__button" onClick={() => setOpen(true)}>
        Reset review…
      </button>
      {open && (
        <ConfirmDialog
          title="Reset this review?"
          confirmLabel="Reset review"
          busyLabel="Resetting…"
          busy={busy}
          onConfirm={() => void confirm()}
          onCancel={() => setOpen(false)}
        >
          <p>
            This clears {reviewed === 0 ? 'the review' : `${plural(reviewed, 'verdict')} and their notes`} on {plural(frames, 'frame')}, and removes the
            review’s annotations (other annotations stay). Undo in Figma brings it back.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
