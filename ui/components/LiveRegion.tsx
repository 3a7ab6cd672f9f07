import { useStore } from '../state/context';

/** Announces scan and publish outcomes to screen readers without moving focus. */
export function LiveRegion() {
  const store = useStore();
  return (
    <div class="visually-hidden" aria-live="polite" aria-atomic="true">
      {store.announcement.value}
    </div>
  );
}
