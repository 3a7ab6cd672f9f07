import { useEffect, useRef } from 'preact/hooks';
import { SHORTCUTS } from '../keyboard/shortcut-list';
import { useStore } from '../state/context';

export function HelpButton() {
  const store = useStore();
  return (
    <button
      type="button"
      class="icon-button"
      aria-label="Keyboard shortcuts"
      aria-expanded={store.helpOpen.value}
      aria-controls="help-popover"
      onClick={() => (store.helpOpen.value = !store.helpOpen.value)}
    >
      ?
    </button>
  );
}

export function HelpPopover() {
  const store = useStore();
  const ref = useRef<HTMLDivElement>(null);
  const open = store.helpOpen.value;
  useEffect(() => {
    if (!open) return;
    // Return focus where it was when the popover closes, so keyboard users keep their place.
    const previous = document.activeElement as HTMLElement | null;
    ref.current?.focus();
    return () => {
      if (previous && previous !== document.body && previous.isConnected) previous.focus();
    };
  }, [open]);
  if (!open) return null;
  return (
    <div
      id="help-popover"
      ref={ref}
      class="popover"
      role="dialog"
      aria-label="Keyboard shortcuts"
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          store.helpOpen.value = false;
        }
      }}
    >
      <div class="popover__head">
        <h2 class="popover__title">Keyboard shortcuts</h2>
        <button type="button" class="icon-button" aria-label="Close shortcuts" onClick={() => (store.helpOpen.value = false)}>
          ×
        </button>
      </div>
      <dl class="shortcuts">
        {SHORTCUTS.map((s) => (
          <div class="shortcuts__row" key={s.action}>
            <dt>
              {s.keys.map((k, i) => (
                <span key={k}>
                  {i > 0 && ' or '}
                  <kbd>{k}</kbd>
                </span>
              ))}
            </dt>
            <dd>{s.action}</dd>
          </div>
        ))}
      </dl>
      <p class="popover__foot">Shortcuts pause while you type in a note.</p>
    </div>
  );
}
