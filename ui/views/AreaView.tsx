import { useEffect } from 'preact/hooks';
import type { AreaId } from '../../src/core/checklist/types';
import { CHECKLIST, getArea } from '../../src/core/checklist';
import { ItemCard } from '../components/ItemCard';
import { ProgressBar } from '../components/ProgressBar';
import { useStore } from '../state/context';
import { areaProgress } from '../state/progress';
import { stepAfter } from '../state/steps';
import { markOnce } from '../perf';
import { needsWorkText } from '../text/counts';

export function AreaView({ areaId }: { areaId: AreaId }) {
  const store = useStore();
  const review = store.review.value;
  const area = getArea(areaId);
  const p = areaProgress(area, store.verdicts.value);
  const position = CHECKLIST.indexOf(area) + 1;

  useEffect(() => {
    markOnce('afr:first-items');
  }, []);

  useEffect(() => {
    // Keyboard shortcuts act on the focused item: start each area on its first one.
    const focused = store.focusedItem.value;
    if (!focused || !area.items.some((i) => i.id === focused)) store.focusedItem.value = area.items[0]?.id ?? null;
  }, [areaId]);

  if (!review) return null;
  const findings = review.findings.items;
  const go = (delta: 1 | -1): void => {
    store.goTo(stepAfter(areaId, delta));
  };

  return (
    <section class="panel-section" aria-labelledby="area-title">
      <header class="area-head">
        <p class="area-head__eyebrow">
          Area {position} of {CHECKLIST.length}
        </p>
        <h2 id="area-title" class="section-title" tabIndex={-1}>
          {area.title}
        </h2>
        <p class="area-head__summary">{area.summary}</p>
        <p class="area-head__impact">
          <strong>Why it matters:</strong> {area.impact}
        </p>
        <div class="area-head__progress">
          <ProgressBar value={p.reviewed} max={p.total} label={`${area.title}: reviewed`} valueText={`${p.reviewed} of ${p.total} reviewed`} />
          <span class="muted">
            {p.reviewed}/{p.total} reviewed{p.needsWork > 0 ? ` · ${needsWorkText(p.needsWork)}` : ''}
          </span>
        </div>
      </header>
      <div class="items" role="list" aria-label={`${area.title} items`}>
        {area.items.map((item, index) => (
          <div role="listitem" key={item.id}>
            <ItemCard item={item} area={area} index={index} finding={findings.find((f) => f.itemId === item.id)} />
          </div>
        ))}
      </div>
      <div class="actions actions--split">
        <button type="button" class="button button--secondary" onClick={() => go(-1)}>
          Back
        </button>
        <button type="button" class="button" onClick={() => go(1)}>
          Next
        </button>
      </div>
    </section>
  );
}
