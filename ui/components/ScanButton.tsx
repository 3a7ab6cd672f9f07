import type { ComponentChildren } from 'preact';
import { useStore } from '../state/context';

/** Every "(re)scan the selection" action in the panel: start, retry, reload, rescan. */
export function ScanButton({ children, class: className = 'button button--small', disabled = false }: { children: ComponentChildren; class?: string; disabled?: boolean }) {
  const store = useStore();
  return (
    <button type="button" class={className} disabled={disabled} onClick={() => void store.scan()}>
      {children}
    </button>
  );
}
