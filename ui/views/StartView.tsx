import { Banner } from '../components/Banner';
import { useStore } from '../state/context';
import { ScanButton } from '../components/ScanButton';

/** Before a review is loaded: what will be reviewed, or how to choose it. */
export function StartView() {
  const store = useStore();
  const selection = store.selection.value;
  const phase = store.phase.value;
  const dev = store.editorType.value === 'dev';

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
        <p class="muted">Select the frames of your sign-up → connect flow on the canvas, then review them.</p>
        <ScanButton class="button">Review the selection</ScanButton>
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
            {selection.ignoredCount} selected {selection.ignoredCount === 1 ? 'layer is' : 'layers are'} not in a frame and will be left out.
          </p>
        )}
      </section>
    );
  }

  const heading =
    selection.source === 'selection'
      ? `${n} ${n === 1 ? 'frame' : 'frames'} selected`
      : `Nothing selected: ${n} ${n === 1 ? 'frame' : 'frames'} on ${selection.pageName ? `“${selection.pageName}”` : 'this page'}`;

  return (
    <section class="panel-section" aria-labelledby="start-title">
      {failure}
      <h2 id="start-title" class="section-title" data-testid="selection-count">
        {heading}
      </h2>
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
          {selection.ignoredCount} selected {selection.ignoredCount === 1 ? 'layer is' : 'layers are'} not in a frame and will be left out.
        </p>
      )}
      {selection.source === 'page' && <p class="muted">Select only the onboarding frames to narrow the review.</p>}
      <ScanButton class="button">Review {n} {n === 1 ? 'frame' : 'frames'}</ScanButton>
    </section>
  );
}
