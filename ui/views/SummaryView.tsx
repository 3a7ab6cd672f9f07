import { CHECKLIST, getItem } from '../../src/core/checklist';
import type { ItemId } from '../../src/core/checklist/types';
import { Banner } from '../components/Banner';
import { ExportActions } from '../components/ExportActions';
import { FileLinkField } from '../components/FileLinkField';
import { useStore } from '../state/context';
import { ResetReview } from '../components/ResetReview';
import { areaProgress, coreBlockers, isReady } from '../state/progress';
import { notReadyTitle } from '../text/counts';

export function SummaryView() {
  const store = useStore();
  const review = store.review.value;
  if (!review) return null;
  const verdicts = store.verdicts.value;
  const blockers = coreBlockers(CHECKLIST, verdicts);
  const needsWork = CHECKLIST.flatMap((area) => area.items.filter((i) => verdicts[i.id]?.status === 'needs-work').map((item) => ({ item, area })));

  const evidenceFor = (itemId: ItemId): string[] => {
    const ids = review.findings.items.find((f) => f.itemId === itemId)?.evidence.map((e) => e.nodeId) ?? [];
    const frameId = verdicts[itemId]?.frameId;
    return ids.length > 0 ? ids : frameId ? [frameId] : [];
  };

  return (
    <section class="panel-section" aria-labelledby="summary-title">
      <h2 id="summary-title" class="section-title" tabIndex={-1}>
        Summary
      </h2>
      {isReady(blockers) ? (
        <Banner tone="success" testId="ready" title="Ready for engineers">
          <span>Every core item passes or does not apply. Hand the review off below.</span>
        </Banner>
      ) : (
        <Banner tone="info" testId="not-ready" title={`Not ready: ${notReadyTitle(blockers.needsWork.length, blockers.unreviewed.length)}`}>
          <span>The review is ready for engineers once every core item is Pass or Not applicable.</span>
        </Banner>
      )}

      <table class="counts" data-testid="summary-counts">
        <caption class="visually-hidden">Verdicts per area</caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Pass</th>
            <th scope="col">Needs work</th>
            <th scope="col">N/A</th>
            <th scope="col">Not reviewed</th>
          </tr>
        </thead>
        <tbody>
          {CHECKLIST.map((area) => {
            const p = areaProgress(area, verdicts);
            return (
              <tr key={area.id}>
                <th scope="row">
                  <button type="button" class="link" onClick={() => store.goTo(area.id)}>
                    {area.title}
                  </button>
                </th>
                <td>{p.pass}</td>
                <td>{p.needsWork}</td>
                <td>{p.notApplicable}</td>
                <td>{p.unreviewed}</td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <h3 class="subsection-title">Needs work</h3>
      {needsWork.length === 0 ? (
        <p class="muted">Nothing is marked as needing work.</p>
      ) : (
        <ul class="needs-work" data-testid="needs-work">
          {needsWork.map(({ item, area }) => {
            const ids = evidenceFor(item.id);
            const note = verdicts[item.id]?.note ?? '';
            return (
              <li key={item.id} class="needs-work__item">
                <div class="needs-work__head">
                  <span class="needs-work__title">{getItem(item.id).title}</span>
                  <span class="muted"> · {area.title}</span>
                  {ids.length > 0 && (
                    <button type="button" class="link" aria-label={`Show “${item.title}” on the canvas`} onClick={() => void store.showNodes(ids)}>
                      Show
                    </button>
                  )}
                </div>
                <p class={note ? 'needs-work__note' : 'needs-work__note muted'}>{note || 'No note.'}</p>
              </li>
            );
          })}
        </ul>
      )}

      <ExportActions />
      <FileLinkField />
      <ResetReview />
    </section>
  );
}
