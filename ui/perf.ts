/** Marks the end-to-end test reads to time the panel from boot to the first item list. */
export function markOnce(name: 'afr:boot' | 'afr:first-items'): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  if (performance.getEntriesByName(name, 'mark').length > 0) return;
  performance.mark(name);
}
