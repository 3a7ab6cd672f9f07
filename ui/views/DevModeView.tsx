import { useEffect } from 'preact/hooks';
import { CHECKLIST } from '../../src/core/checklist';
import { Banner } from '../components/Banner';
import { ExportActions } from '../components/ExportActions';
import { FileLinkField } from '../components/FileLinkField';
import { StatusBadge } from '../components/StatusBadge';
import { useStore } from '../state/context';
import { areaProgress, coreBlockers, isReady } from '../state/progress';
import { markOnce } from '../perf';
import { needsWorkText, notReadyTitle, notReviewedText } from '../text/counts';

/**
 * Dev Mode: engineers read the stored review of the selected frames, take the hand-off
 * (copy or download), and can publish it as annotations when there is something to publish.
 */
export function DevModeView() {
  const store = useStore();
  const review = store.review.value;
  useEffect(() => {
    markOnce('afr:first-items');
  }, []);
  if (!review) return null;
  const verdicts = store.verdicts.value;
  const blockers = coreBlockers(CHECKLIST, verdicts);
  const reviewedAny = Object.values(verdicts).some((v) => v && v.status !== 'unreviewed');
  const publishable = store.publishable();

  return (
    <section class="panel-section" aria-labelledby="dev-title" data-testid="dev-mode">
      <h2 id="dev-title" class="section-title" tabIndex={-1}>
        Design review
      </h2>
      {!reviewedAny ? (
        <Banner tone="info" testId="not-reviewed" title="Not reviewed yet">
          <span>No verdicts are stored on these frames. Ask the designer to run Auth Flow Review on them.</span>
        </Banner>
      ) : isReady(blockers) ? (
        <Banner tone="success" testId="ready" title="Ready for engineers">
          <span>Every core item passes or does not apply.</span>
        </Banner>
      ) : (
        <Banner tone="warning" testId="not-ready" title={`Not ready: ${notReadyTitle(blockers.needsWork.length, blockers.unreviewed.length)}`}>
          <span>The designer has not signed these items off yet.</span>
        </Banner>
      )}
      {publishable > 0 && (
        <div class="actions">
          <button type="button" class="button button--small button--secondary" onClick={() => void store.publishAnnotations()}>
            Publish annotations
          </button>
          {store.published.value && (
            <span class="muted" role="status">
              {store.published.value}
            </span>
          )}
        </div>
      )}
      {reviewedAny && (
        <>
          <ExportActions />
          <FileLinkField />
        </>
      )}
      {CHECKLIST.map((area) => {
        const p = areaProgress(area, verdicts);
        const counts = [`${p.pass} pass`, p.needsWork > 0 ? needsWorkText(p.needsWork) : '', p.notApplicable > 0 ? `${p.notApplicable} not applicable` : '', p.unreviewed > 0 ? notReviewedText(p.unreviewed) : '']
          .filter(Boolean)
          .join(' · ');
        return (
          <section key={area.id} class="dev-area" aria-labelledby={`dev-${area.id}`}>
            <h3 id={`dev-${area.id}`} class="subsection-title">
              {area.title} <span class="muted">{counts}</span>
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
