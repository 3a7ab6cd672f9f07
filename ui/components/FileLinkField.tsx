import { useEffect, useRef, useState } from 'preact/hooks';
import { fileUrl } from '../../src/core/report/links';
import { useStore } from '../state/context';

/**
 * The file's link, pasted once and kept in the document (its key only), so the hand-off
 * links each item to its frame: a plugin cannot read its own file's key.
 */
export function FileLinkField() {
  const store = useStore();
  const saved = store.fileLink.value;
  const savedText = saved.fileKey === null ? '' : fileUrl(saved.fileKey);
  const [text, setText] = useState(savedText);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const shown = useRef(savedText);

  // Another reviewer's link (read by a scan) shows up unless this one is being edited.
  useEffect(() => {
    if (shown.current === savedText) return;
    shown.current = savedText;
    if (document.activeElement !== input.current) setText(savedText);
  }, [savedText]);

  const save = async (value: string): Promise<void> => {
    setStatus('');
    const failed = await store.saveFileLink(value);
    setError(failed);
    if (failed !== null) {
      input.current?.focus();
      return;
    }
    const key = store.fileLink.value.fileKey;
    shown.current = key === null ? '' : fileUrl(key);
    setText(shown.current);
    setStatus(key === null ? 'Removed: the hand-off has no links.' : 'Saved: the hand-off links each item to its frame.');
  };

  const locked = saved.newer;
  const replacing = saved.problem !== null && !locked;
  const describedBy = ['file-link-hint', error !== null || saved.problem !== null ? 'file-link-message' : ''].filter(Boolean).join(' ');

  return (
    <form
      class="file-link"
      data-testid="file-link"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save(text);
      }}
    >
      <label class="file-link__label" for="file-link-input">
        Figma file link <span class="muted">(optional)</span>
      </label>
      <p id="file-link-hint" class="muted file-link__hint">
        Paste the file’s link (Share → Copy link) so the hand-off links to the design. Only the file’s key is kept in the document.
      </p>
      <div class="file-link__row">
        <input
          ref={input}
          id="file-link-input"
          class={`file-link__input${error !== null ? ' file-link__input--invalid' : ''}`}
          type="url"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="https://www.figma.com/design/…"
          value={text}
          disabled={locked}
          aria-invalid={error !== null || undefined}
          aria-describedby={describedBy}
          data-testid="file-link-input"
          onInput={(event) => {
            setText(event.currentTarget.value);
            if (error !== null) setError(null);
          }}
        />
        <button type="submit" class="button button--small" disabled={locked || store.savingFileLink.value} data-testid="file-link-save">
          {replacing ? 'Replace' : 'Save'}
        </button>
        {saved.fileKey !== null && (
          <button type="button" class="button button--small button--secondary" aria-label="Remove the file link" disabled={store.savingFileLink.value} onClick={() => void save('')}>
            Remove
          </button>
        )}
      </div>
      {error !== null ? (
        <p id="file-link-message" class="file-link__error" role="alert" data-testid="file-link-error">
          {error}
        </p>
      ) : (
        saved.problem !== null && (
          <p id="file-link-message" class="file-link__error" data-testid="file-link-problem">
            {saved.problem}
            {replacing ? ' Save a link to replace it.' : ''}
          </p>
        )
      )}
      <p class="muted file-link__status" role="status" data-testid="file-link-status">
        {status}
      </p>
    </form>
  );
}
