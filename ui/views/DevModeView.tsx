import { CHECKLIST } from '../../src/core/checklist';
import { Banner } from '../components/Banner';
import { StatusBadge } from '../components/StatusBadge';
import { useStore } from '../state/context';
import { areaProgress, openCoreItems } from '../state/progress';
import { markOnce } from '../perf';
import { useEffect } from 'preact/hooks';

/** Dev Mode: engineers read the stored review of the selected frames and can publish it as annotations. */
export function DevModeView() {
  const store = useStore();
  const review = store.review.value;
  useEffect(() => {
    markOnce('afr:first-items');
  }, []);
  if (!review) return null;
  const verdicts = store.verdicts.value;
  const open = openCoreItems(CHECKLIST, verdicts);
  const reviewedAny = Object.values(verdicts).some((v) => v && v.status !== 'unreviewed');

  return (
    <section class="panel-section" aria-labelledby="dev-title" data-testid="dev-mode">
      <h2 id="dev-title" class="section-title">
        Design review
      </h2>
      {!reviewedAny ? (
        <Banner tone="info" title="Not reviewed yet">
          <span>No verdicts are stored on these frames. Ask the designer to run Auth Flow Review on them.</span>
        </Banner>
      ) : open.length === 0 ? (
        <Banner tone="success" testId="ready" title="Ready for engineers">
          <span>Every core item passes or does not apply.</span>
        </Banner>
      ) : (
        <Banner tone="warning" testId="not-ready" title={`${open.length} core ${open.length === 1 ? 'item' : 'items'} still open`}>
          <span>The designer has not signed these items off yet.</span>
        </Banner>
      )}
      <div class="actions">
        <button type="button" class="button" onClick={() => void store.publishAnnotations()}>
          Publish annotations
        </button>
        {store.published.value && (
          <span class="muted" role="status">
            {store.published.value}
          </span>
        )}
      </div>
      {CHECKLIST.map((area) => {
        const p = areaProgress(area, verdicts);
        return (
          <section key={area.id} class="dev-area" aria-labelledby={`dev-${area.id}`}>
            <h3 id={`dev-${area.id}`} class="subsection-title">
              {area.title}{' '}
              <span class="muted">
                {p.pass} pass · {p.needsWork} need work · {p.unreviewed} open
              </span>
            </h3>
            <ul class="dev-items">
              {area.items.map((item) => {
                const v = verdicts[item.id];
                const finding = review.findings.items.find((f) => f.itemId === item.id);
                const ids = finding?.evidence.map((e) => e.nodeId) ?? [];
                return (
                  <li key={item.id} class="dev-items__row" data-testid={`item-${item.id}`}>
                    <div class="dev-items__head">
                      <span class="dev-items__title">{item.title}</span>
                      {item.bonus && <span class="badge badge--bonus">Bonus</span>}
                      <StatusBadge status={v?.status ?? 'unreviewed'} />
                      {ids.length > 0 && (
                        <button type="button" class="link" aria-label={`Show “${item.title}” on the canvas`} onClick={() => void store.showNodes(ids)}>
                          Show
                        </button>
                      )}
                    </div>
                    {v?.note && <p class="dev-items__note">{v.note}</p>}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
