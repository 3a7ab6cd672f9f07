import { useEffect, useRef } from 'preact/hooks';
import { CHECKLIST } from '../../src/core/checklist';
import { FrameStrip } from '../components/FrameStrip';
import { ProgressBar } from '../components/ProgressBar';
import { useStore } from '../state/context';
import { frameName } from '../state/frames';
import { areaProgress } from '../state/progress';
import { needsWorkText } from '../text/counts';
import { plural } from '../text/plural';

const TARGET_STEPS = 3;

export function OverviewView() {
  const store = useStore();
  const review = store.review.value;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The start button that had focus is gone: keep keyboard users in the content, not at the top.
    const active = document.activeElement;
    if (!active || active === document.body) heading.current?.focus();
  }, []);
  if (!review) return null;
  const { flow } = review.findings;
  const verdicts = store.verdicts.value;
  const show = (id: string): void => void store.showNodes([id]);

  let steps;
  if (flow.stepsToConnect !== null) {
    const ok = flow.stepsToConnect <= TARGET_STEPS;
    steps = (
      <span class={ok ? 'fact--ok' : 'fact--bad'}>
        {plural(flow.stepsToConnect, 'step')} (target: {TARGET_STEPS} or fewer){ok ? ' ✓' : ''}
      </span>
    );
  } else if (!flow.hasLinks) {
    steps = <span class="muted">Unknown: the frames have no prototype links. Link them in Prototype mode to measure the path.</span>;
  } else {
    steps = <span class="fact--bad">No prototype path from sign-up to a connect prompt</span>;
  }

  return (
    <section class="panel-section" aria-labelledby="overview-title">
      <h2 id="overview-title" class="section-title" tabIndex={-1} ref={heading}>
        Overview
      </h2>
      <ul class="areas" aria-label="Areas">
        {CHECKLIST.map((area, index) => {
          const p = areaProgress(area, verdicts);
          return (
            <li key={area.id} class="areas__row" data-testid={`area-${area.id}`}>
              <button type="button" class="areas__open" onClick={() => store.goTo(area.id)}>
                <span class="areas__title">
                  {index + 1}. {area.title}
                </span>
                <span class="areas__count">
                  {p.reviewed}/{p.total} reviewed
                  {p.needsWork > 0 && <span class="badge badge--warning">{needsWorkText(p.needsWork)}</span>}
                </span>
              </button>
              <ProgressBar value={p.reviewed} max={p.total} label={`${area.title}: reviewed`} valueText={`${p.reviewed} of ${p.total} reviewed`} />
            </li>
          );
        })}
      </ul>

      <h3 class="subsection-title">Flow</h3>
      <dl class="facts" data-testid="flow-facts">
        <div class="facts__row">
          <dt>Sign-up → connect</dt>
          <dd>{steps}</dd>
        </div>
        <div class="facts__row">
          <dt>Starts at</dt>
          <dd>
            {flow.startFrameId ? (
              <button type="button" class="link" onClick={() => show(flow.startFrameId ?? '')}>
                {frameName(review, flow.startFrameId)}
              </button>
            ) : (
              <span class="muted">No sign-up frame found</span>
            )}
          </dd>
        </div>
        <div class="facts__row">
          <dt>Connect prompt</dt>
          <dd>
            {flow.connectFrameId ? (
              <button type="button" class="link" onClick={() => show(flow.connectFrameId ?? '')}>
                {frameName(review, flow.connectFrameId)}
              </button>
            ) : (
              <span class="fact--bad">No frame asks to connect</span>
            )}
          </dd>
        </div>
        <div class="facts__row">
          <dt>Dead ends</dt>
          <dd>
            {flow.deadEnds.length === 0 ? (
              <span class="fact--ok">None</span>
            ) : (
              <span class="fact--bad">
                {flow.deadEnds.map((id, i) => (
                  <span key={id}>
                    {i > 0 && ', '}
                    <button type="button" class="link" onClick={() => show(id)}>
                      {frameName(review, id)}
                    </button>
                  </span>
                ))}
              </span>
            )}
          </dd>
        </div>
      </dl>

      <h3 class="subsection-title">Frames in flow order</h3>
      <FrameStrip frames={review.frames} flow={flow} frameStates={store.frameStates.value} onShow={show} />

      <div class="actions">
        <button type="button" class="button" onClick={() => store.goTo(CHECKLIST[0]?.id ?? 'summary')}>
          Start the walkthrough
        </button>
      </div>
    </section>
  );
}
