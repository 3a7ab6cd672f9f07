import { useEffect, useRef, useState } from 'preact/hooks';
import { CHECKLIST } from '../../src/core/checklist';
import { useStore } from '../state/context';
import { areaProgress } from '../state/progress';
import { STEPS } from '../state/steps';
import type { View } from '../state/store';
import { plural } from '../text/plural';
import { needsWorkText } from '../text/counts';

interface StepInfo {
  view: View;
  /** What the step shows: "Overview", "1" … "5", "Summary". */
  short: string;
  /** Its full name, read by screen readers and shown as the tooltip. */
  name: string;
  count?: string;
  state: 'none' | 'partial' | 'done' | 'attention';
}

function stepInfos(verdicts: Parameters<typeof areaProgress>[1]): StepInfo[] {
  const areas = CHECKLIST.map((area, index): StepInfo => {
    const p = areaProgress(area, verdicts);
    const attention = p.needsWork > 0 ? `, ${needsWorkText(p.needsWork)}` : '';
    return {
      view: area.id,
      short: String(index + 1),
      name: `${index + 1}. ${area.title}, ${p.reviewed} of ${p.total} reviewed${attention}`,
      count: `${p.reviewed}/${p.total}`,
      state: p.needsWork > 0 ? 'attention' : p.reviewed === p.total ? 'done' : p.reviewed > 0 ? 'partial' : 'none',
    };
  });
  return [{ view: 'overview', short: 'Overview', name: 'Overview', state: 'none' }, ...areas, { view: 'summary', short: 'Summary', name: 'Summary', state: 'none' }];
}

/**
 * Overview → five numbered areas → Summary, all in sight at 300 px. One tab stop: the
 * arrow keys, Home and End move between the steps (Enter or Space opens one); the
 * current step carries aria-current.
 */
export function Stepper() {
  const store = useStore();
  const current = store.view.value;
  const steps = stepInfos(store.verdicts.value);
  const currentIndex = Math.max(0, STEPS.indexOf(current));
  const [focusIndex, setFocusIndex] = useState(currentIndex);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const total = CHECKLIST.reduce((n, a) => n + a.items.length, 0);
  const reviewed = CHECKLIST.reduce((n, a) => n + areaProgress(a, store.verdicts.value).reviewed, 0);

  useEffect(() => setFocusIndex(currentIndex), [currentIndex]);

  const onKeyDown = (event: KeyboardEvent): void => {
    const last = steps.length - 1;
    const moves: Record<string, number> = { ArrowRight: focusIndex + 1, ArrowLeft: focusIndex - 1, Home: 0, End: last };
    const target = moves[event.key];
    if (target === undefined) return;
    // The keys belong to the step list here, not to the walkthrough shortcuts.
    event.preventDefault();
    const next = (target + steps.length) % steps.length;
    setFocusIndex(next);
    buttons.current[next]?.focus();
  };

  return (
    <nav class="stepper" aria-label="Review steps">
      <ol class="stepper__list" onKeyDown={onKeyDown}>
        {steps.map((step, index) => (
          <li key={step.view} class={`stepper__item${step.count ? '' : ' stepper__item--end'}`}>
            <button
              type="button"
              ref={(el) => {
                buttons.current[index] = el;
              }}
              class={`stepper__step stepper__step--${step.state}`}
              title={step.name}
              aria-current={current === step.view ? 'step' : undefined}
              tabIndex={index === focusIndex ? 0 : -1}
              onFocus={() => setFocusIndex(index)}
              onClick={() => store.goTo(step.view)}
            >
              {/* Seen: the number and count. Heard: one sentence ("1. The funnel, 3 of 5 reviewed"). */}
              <span class={step.count ? 'stepper__number' : 'stepper__label'} aria-hidden="true">
                {step.short}
              </span>
              {step.count && (
                <span class="stepper__count" aria-hidden="true">
                  {step.count}
                </span>
              )}
              <span class="visually-hidden">{step.name}</span>
            </button>
          </li>
        ))}
      </ol>
      <div
        class="stepper__progress"
        role="progressbar"
        aria-label="Items reviewed"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={reviewed}
        aria-valuetext={`${reviewed} of ${plural(total, 'item')} reviewed`}
      >
        <span class="stepper__progress-fill" style={{ width: `${total === 0 ? 0 : (reviewed / total) * 100}%` }} />
      </div>
    </nav>
  );
}
