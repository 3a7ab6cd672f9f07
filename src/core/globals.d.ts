/** Replaced at build time with package.json's version (see build.mjs). */
declare const __APP_VERSION__: string;

/**
 * Timers exist in every place shared code runs (Figma sandbox, browser, Node), but the
 * shared side sees neither DOM nor Node types, so declare just what the protocol uses.
 */
declare function setTimeout(callback: () => void, ms?: number): unknown;
declare function clearTimeout(handle: unknown): void;
