import { Banner } from '../components/Banner';
import { useStore } from '../state/context';
import { ScanButton } from '../components/ScanButton';
import { needsWorkText } from '../text/counts';
import { plural } from '../text/plural';

/** Before a review is loaded: what will be reviewed, or how to choose it. */
export function StartView() {
  const store = useStore();
  const selection = store.selection.value;
  const phase = store.phase.value;
  const dev = store.editorType.value === 'dev';
  const existing = store.existingReview.value;
  const resume = existing && existing.reviewed > 0 && (
    <p class="resume" data-testid="existing-review">
      <strong>Resume:</strong> {existing.reviewed} of {plural(existing.total, 'item')} reviewed
      {existing.needsWork > 0 ? `, ${needsWorkText(existing.needsWork)}` : ''}.
    </p>
  );

  const failure = phase.kind === 'failed' && (
    <Banner
      tone="error"
      title="Couldn’t read the frames"
      actions={
        <ScanButton>Try again</ScanButton>
      }
    >
      <span>{phase.message}</span>
    </Banner>
  );

  if (selection === null) {
    return (
      <section class="panel-section" aria-labelledby="start-title">
        {failure}
        <h2 id="start-title" class="section-title">
          Review your onboarding flow
        </h2>
        {resume}
        <p class="muted">Select the frames of your sign-up → connect flow on the canvas, then review them.</p>
        <ScanButton class="button">{existing && existing.reviewed > 0 ? 'Resume the review' : 'Review the selection'}</ScanButton>
      </section>
    );
  }

  const n = selection.frames.length;
  if (n === 0) {
    return (
      <section class="panel-section empty" aria-labelledby="start-title" data-testid="empty-selection">
        {failure}
        <h2 id="start-title" class="section-title">
          {dev ? 'Select reviewed frames' : 'Select your onboarding frames'}
        </h2>
        {resume}
        <p class="muted">
          {dev
            ? 'Select the frames (or the section) of the reviewed onboarding flow to see its review.'
            : 'Nothing is selected and this page has no top-level frames to review.'}
        </p>
        {!dev && (
          <ol class="empty__steps">
            <li>On the canvas, select the frames of the flow from sign-up to the “connect your accounts” prompt: Shift-click them or drag across them.</li>
            <li>Or select the section or page that holds them.</li>
            <li>Come back here and start the review.</li>
          </ol>
        )}
        {selection.ignoredCount > 0 && (
          <p class="muted">
            {plural(selection.ignoredCount, 'selected layer is', 'selected layers are')} not in a frame and will be left out.
          </p>
        )}
      </section>
    );
  }

  const heading =
    selection.source === 'selection'
      ? `${plural(n, 'frame')} selected`
      : `Nothing selected: ${plural(n, 'frame')} on ${selection.pageName ? `“${selection.pageName}”` : 'this page'}`;

  return (
    <section class="panel-section" aria-labelledby="start-title">
      {failure}
      <h2 id="start-title" class="section-title" data-testid="selection-count">
        {heading}
      </h2>
      {resume}
      {/* The list scrolls when long: a tab stop lets keyboard users scroll it too. */}
      <ul class="frame-list" data-testid="frame-list" aria-label="Frames to review" tabIndex={0}>
        {selection.frames.map((f) => (
          <li key={f.id} class="frame-list__item">
            <span class="frame-list__icon" aria-hidden="true">
              #
            </span>
            {f.name}
          </li>
        ))}
      </ul>
      {selection.ignoredCount > 0 && (
        <p class="muted">
          {plural(selection.ignoredCount, 'selected layer is', 'selected layers are')} not in a frame and will be left out.
        </p>
      )}
      {selection.source === 'page' && <p class="muted">Select only the onboarding frames to narrow the review.</p>}
      <ScanButton class="button">Review {plural(n, 'frame')}</ScanButton>
    </section>
  );
}
