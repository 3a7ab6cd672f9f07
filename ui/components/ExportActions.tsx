import { useState } from 'preact/hooks';
import { copyText } from '../export/clipboard';
import { downloadText, slug } from '../export/download';
import { panelReport, reportJson, reportMarkdown } from '../export/report';
import { useStore } from '../state/context';

type Format = 'markdown' | 'json';

/** Copy or download the handoff report: Markdown for a ticket or PR, JSON in the CLI's schema. */
export function ExportActions() {
  const store = useStore();
  const [status, setStatus] = useState('');
  const [preview, setPreview] = useState(false);
  const review = store.review.value;
  if (!review) return null;

  const render = (format: Format): string => {
    const report = panelReport(review, store.verdicts.value, store.fileLink.value.fileKey);
    return format === 'markdown' ? reportMarkdown(report) : reportJson(report);
  };
  const label = (format: Format): string => (format === 'markdown' ? 'Markdown' : 'JSON');

  const copy = async (format: Format): Promise<void> => {
    const ok = await copyText(render(format));
    const text = ok ? `${label(format)} copied to the clipboard.` : `Couldn’t copy ${label(format)}: download it, or select it in the preview.`;
    if (!ok && format === 'markdown') setPreview(true);
    setStatus(text);
    if (ok) store.copyNotify(text);
  };

  const download = (format: Format): void => {
    const base = `auth-flow-review-${slug(review.scope.pageName)}`;
    if (format === 'markdown') downloadText(`${base}.md`, render(format), 'text/markdown');
    else downloadText(`${base}.json`, render(format), 'application/json');
    setStatus(`${label(format)} downloaded.`);
  };

  return (
    <div class="export" role="group" aria-labelledby="export-title">
      <h3 id="export-title" class="subsection-title">
        Hand off
      </h3>
      <div class="export__row">
        <span class="export__label">Markdown</span>
        <button type="button" class="button button--small" data-testid="copy-markdown" onClick={() => void copy('markdown')}>
          Copy Markdown
        </button>
        <button type="button" class="button button--small button--secondary" data-testid="export-markdown" onClick={() => download('markdown')}>
          Download .md
        </button>
      </div>
      <div class="export__row">
        <span class="export__label">JSON</span>
        <button type="button" class="button button--small" data-testid="copy-json" onClick={() => void copy('json')}>
          Copy JSON
        </button>
        <button type="button" class="button button--small button--secondary" data-testid="export-json" onClick={() => download('json')}>
          Download .json
        </button>
      </div>
      <button type="button" class="link export__toggle" aria-expanded={preview} aria-controls="markdown-preview" onClick={() => setPreview(!preview)}>
        {preview ? 'Hide the Markdown' : 'Preview the Markdown'}
      </button>
      {preview && (
        <textarea
          id="markdown-preview"
          class="export__preview"
          data-testid="markdown-preview"
          aria-label="Markdown report"
          readOnly
          rows={12}
          value={render('markdown')}
        />
      )}
      <p class="muted" role="status" data-testid="export-status">
        {status}
      </p>
    </div>
  );
}
