import { useEffect, useRef } from 'preact/hooks';
import { CHECKLIST } from '../../src/core/checklist';
import { useStore } from '../state/context';
import { areaProgress } from '../state/progress';
import type { View } from '../state/store';

/** Overview → five areas → Summary; the current step carries aria-current. */
export function Stepper() {
  const store = useStore();
  const current = store.view.value;
  const verdicts = store.verdicts.value;
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    // Five long area names overflow a narrow panel: keep the current step in sight.
    nav.current?.querySelector('[aria-current="step"]')?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [current]);
  const go = (view: View): void => {
    store.view.value = view;
  };
  const step = (view: View, label: string, extra?: string, spoken?: string) => (
    <li key={view}>
      <button
        type="button"
        class="stepper__step"
        aria-current={current === view ? 'step' : undefined}
        onClick={() => go(view)}
      >
        <span class="stepper__label">{label}</span>
        {extra && (
          <span class="stepper__count">
            <span aria-hidden="true">{extra}</span>
            {spoken && <span class="visually-hidden">{spoken}</span>}
          </span>
        )}
      </button>
    </li>
  );
  return (
    <nav class="stepper" aria-label="Review steps" ref={nav}>
      <ol class="stepper__list">
        {step('overview', 'Overview')}
        {CHECKLIST.map((area, index) => {
          const p = areaProgress(area, verdicts);
          return step(area.id, `${index + 1}. ${area.title}`, `${p.reviewed}/${p.total}`, `, ${p.reviewed} of ${p.total} reviewed`);
        })}
        {step('summary', 'Summary')}
      </ol>
    </nav>
  );
}
