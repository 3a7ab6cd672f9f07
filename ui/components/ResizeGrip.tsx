import { useRef } from 'preact/hooks';
import { useStore } from '../state/context';

const MIN = { width: 300, height: 360 };
const MAX = { width: 1200, height: 1400 };
const THROTTLE_MS = 50;
const KEY_STEP = 16;

const clamp = (value: number, min: number, max: number): number => Math.round(Math.min(max, Math.max(min, value)));

/**
 * Bottom-right grip: Figma cannot resize plugin windows itself, so the panel asks the
 * sandbox (which also remembers the size). Drag with a pointer, or use arrow keys.
 */
export function ResizeGrip() {
  const store = useStore();
  const drag = useRef<{ x: number; y: number; width: number; height: number } | null>(null);
  const lastSent = useRef(0);
  const trailing = useRef<ReturnType<typeof setTimeout> | null>(null);

  const send = (width: number, height: number, final: boolean): void => {
    const size = { width: clamp(width, MIN.width, MAX.width), height: clamp(height, MIN.height, MAX.height) };
    if (trailing.current) clearTimeout(trailing.current);
    const now = Date.now();
    if (final || now - lastSent.current >= THROTTLE_MS) {
      lastSent.current = now;
      void store.resize(size);
    } else {
      trailing.current = setTimeout(() => send(size.width, size.height, true), THROTTLE_MS);
    }
  };

  return (
    <button
      type="button"
      class="grip"
      aria-label="Resize panel"
      title="Drag to resize (or focus and use the arrow keys)"
      onPointerDown={(e) => {
        e.preventDefault();
        e.currentTarget.setPointerCapture(e.pointerId);
        drag.current = { x: e.clientX, y: e.clientY, ...store.prefs.value };
      }}
      onPointerMove={(e) => {
        const d = drag.current;
        if (d) send(d.width + e.clientX - d.x, d.height + e.clientY - d.y, false);
      }}
      onPointerUp={(e) => {
        const d = drag.current;
        drag.current = null;
        if (d) send(d.width + e.clientX - d.x, d.height + e.clientY - d.y, true);
      }}
      onPointerCancel={() => {
        drag.current = null;
      }}
      onKeyDown={(e) => {
        const step = e.shiftKey ? KEY_STEP * 4 : KEY_STEP;
        const { width, height } = store.prefs.value;
        const delta: Record<string, [number, number]> = {
          ArrowRight: [step, 0],
          ArrowLeft: [-step, 0],
          ArrowDown: [0, step],
          ArrowUp: [0, -step],
        };
        const d = delta[e.key];
        if (!d) return;
        e.preventDefault();
        e.stopPropagation();
        send(width + d[0], height + d[1], true);
      }}
    >
      <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
        <path d="M9 1L1 9M9 5L5 9" stroke="currentColor" stroke-width="1.2" fill="none" />
      </svg>
    </button>
  );
}
