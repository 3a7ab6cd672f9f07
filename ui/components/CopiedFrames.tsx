import { useStore } from '../state/context';
import { frameName } from '../state/frames';
import { Banner } from './Banner';

/** Duplicated frames carry their original's review: the designer decides whether it applies. */
export function CopiedFrames() {
  const store = useStore();
  const review = store.review.value;
  const copies = store.frameStates.value.filter((f) => f.copiedFrom);
  if (!review || copies.length === 0) return null;
  const disabled = store.readOnly() || store.editorType.value === 'dev';
  return (
    <>
      {copies.map((f) => {
        const name = frameName(review, f.frameId);
        return (
          <Banner
            key={f.frameId}
            tone="warning"
            testId={`copied-${f.frameId}`}
            title={`“${name}” carries a copied review`}
            actions={
              !disabled && (
                <>
                  <button type="button" class="button button--small" aria-label={`Adopt the copied review on “${name}”`} onClick={() => void store.resolveCopy(f.frameId, 'adopt')}>
                    Adopt
                  </button>
                  <button type="button" class="button button--small button--secondary" aria-label={`Discard the copied review on “${name}”`} onClick={() => void store.resolveCopy(f.frameId, 'discard')}>
                    Discard
                  </button>
                </>
              )
            }
          >
            <span>
              It was duplicated from {frameName(review, f.copiedFrom ?? '')}.{' '}
              {disabled ? 'Its verdicts are not counted until a designer adopts them.' : 'Adopt the review as this frame’s own, or discard it and review the frame afresh.'}
            </span>
          </Banner>
        );
      })}
    </>
  );
}
