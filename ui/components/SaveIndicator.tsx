import { useStore } from '../state/context';

const TEXT = {
  idle: 'Changes save automatically',
  pending: 'Saving…',
  saving: 'Saving…',
  saved: 'Saved',
  error: 'Couldn’t save',
} as const;

/** The visible save state; a polite live region so saves are announced too. */
export function SaveIndicator() {
  const store = useStore();
  const { saver } = store;
  const state = saver.state.value;
  const dev = store.editorType.value === 'dev';
  const readOnly = dev || (store.review.value !== null && store.readOnly());
  const text = dev ? 'Read-only in Dev Mode' : readOnly ? 'Read-only' : TEXT[state];
  return (
    <div class="save">
      <span class={`save__state save__state--${readOnly ? 'readonly' : state}`} data-testid="save-state" role="status" aria-live="polite">
        {text}
        {state === 'error' && saver.error.value ? `: ${saver.error.value}` : ''}
        {state !== 'error' && saver.annotationWarning.value ? ` · annotations not updated: ${saver.annotationWarning.value}` : ''}
      </span>
      {state === 'error' && (
        <button type="button" class="button button--small" onClick={() => saver.retry()}>
          Retry
        </button>
      )}
    </div>
  );
}
