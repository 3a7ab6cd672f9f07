import { useStore } from '../state/context';
import { Banner } from './Banner';
import { CopiedFrames } from './CopiedFrames';
import { ProblemsBanner } from './ProblemsBanner';
import { ScanButton } from './ScanButton';
import { plural } from '../text/plural';

/** Everything the reviewer should know about the loaded review before editing it. */
export function ReviewBanners() {
  const store = useStore();
  const review = store.review.value;
  const selection = store.selection.value;
  const phase = store.phase.value;
  const scanning = phase.kind === 'scanning';
  return (
    <div class="banners">
      {review && phase.kind === 'failed' && (
        <Banner
          tone="error"
          title="Couldn’t rescan"
          actions={
            <ScanButton>Try again</ScanButton>
          }
        >
          <span>{phase.message} The review below is from the previous scan.</span>
        </Banner>
      )}
      {store.notices.value.map((n) => (
        <Banner key={n.id} tone={n.tone} onDismiss={() => store.dismissNotice(n.id)}>
          <span>{n.text}</span>
        </Banner>
      ))}
      {review && !scanning && (
        <>
          {review.readOnly && store.editorType.value !== 'dev' && (
            <Banner tone="info" testId="read-only" title="Read-only review">
              <span>This review was saved by a newer version of Auth Flow Review. You can read it here; update the plugin to edit it.</span>
            </Banner>
          )}
          {store.stale.value !== null && (
            <Banner
              tone="warning"
              title="The review changed outside this panel"
              actions={
                <ScanButton>Reload review</ScanButton>
              }
            >
              <span>{store.stale.value}</span>
            </Banner>
          )}
          {store.selectionChanged.value && selection && store.editorType.value !== 'dev' && (
            <Banner
              tone="info"
              title="The selection changed"
              actions={
                <ScanButton>Review the new selection</ScanButton>
              }
            >
              <span>
                {plural(selection.frames.length, 'frame is', 'frames are')} now{' '}
                {selection.source === 'selection' ? 'selected' : `on the page (nothing selected)`}. Your edits so far are saved.
              </span>
            </Banner>
          )}
          <ProblemsBanner problems={review.problems} />
          <CopiedFrames />
        </>
      )}
    </div>
  );
}
