import type { ItemFinding } from '../../src/core/model/findings';

const LABELS = {
  found: { text: 'Found', tone: 'success' },
  missing: { text: 'Not found', tone: 'warning' },
  manual: { text: 'Needs your judgement', tone: 'neutral' },
} as const;

export interface SuggestionProps {
  itemTitle: string;
  finding: ItemFinding | undefined;
  onShow(nodeIds: string[]): void;
}

/** Quotation marks the mockup's own text already wraps itself in: the panel adds its own single ones. */
const WRAPPING_QUOTES = /^["“”'‘’«»]+|["“”'‘’«»]+$/g;

/** What the mockup says, in single quotes, never doubled. */
function quote(label: string): string {
  return `'${label.trim().replace(WRAPPING_QUOTES, '')}'`;
}

/** What the detector saw, with a button that selects and zooms to the evidence on the canvas. */
export function Suggestion({ itemTitle, finding, onShow }: SuggestionProps) {
  if (!finding) {
    return <p class="suggestion suggestion--none">No automatic suggestion for this item.</p>;
  }
  const label = LABELS[finding.detection];
  const nodeIds = finding.evidence.map((e) => e.nodeId);
  const shown = finding.evidence.slice(0, 3);
  return (
    <div class="suggestion">
      <div class="suggestion__head">
        <span class="suggestion__label">Suggestion</span>
        <span class={`badge badge--${label.tone}`}>{label.text}</span>
        {nodeIds.length > 0 && (
          <button type="button" class="button button--small" aria-label={`Show evidence for “${itemTitle}”`} onClick={() => onShow(nodeIds)}>
            Show
          </button>
        )}
      </div>
      <p class="suggestion__reason">{finding.reason}</p>
      {shown.length > 0 && (
        <ul class="suggestion__evidence" aria-label="Evidence">
          {shown.map((e) => (
            <li key={e.nodeId}>{quote(e.label)}</li>
          ))}
          {finding.evidence.length > shown.length && <li>and {finding.evidence.length - shown.length} more</li>}
        </ul>
      )}
    </div>
  );
}
