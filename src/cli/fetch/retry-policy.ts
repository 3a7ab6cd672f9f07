/**
 * When to try the Figma API again and how long to wait. Pure: the caller supplies the clock
 * and the random source, so the waits are testable without waiting.
 */

export const MAX_ATTEMPTS = 4;
/** Longest wait the CLI accepts from Retry-After: past it a CI job is better off failing now. */
export const MAX_RETRY_AFTER_MS = 60_000;
const BACKOFF_BASE_MS = 1_000;
/** Figma's docs say a throttled caller should typically wait about a minute. */
const RATE_LIMIT_BACKOFF_BASE_MS = 5_000;
const BACKOFF_CAP_MS = 30_000;

/**
 * Retry-After as milliseconds from now: delta-seconds or an HTTP date. null when absent or
 * unreadable, so the caller backs off instead.
 */
export function parseRetryAfter(header: string | undefined, nowMs: number): number | null {
  if (header === undefined) return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  if (Number.isNaN(date) || !/[a-z]/i.test(text)) return null;
  return Math.max(0, date - nowMs);
}

/** Exponential backoff with full jitter: uniform in [0, min(cap, base·2^(n−1))) after failed attempt n. */
export function backoffMs(failedAttempt: number, random: () => number, rateLimited = false): number {
  const base = rateLimited ? RATE_LIMIT_BACKOFF_BASE_MS : BACKOFF_BASE_MS;
  const ceiling = Math.min(rateLimited ? MAX_RETRY_AFTER_MS : BACKOFF_CAP_MS, base * 2 ** (failedAttempt - 1));
  return Math.floor(random() * ceiling);
}

/** Connection failures worth another attempt: the server or a proxy dropped us mid-way. */
const TRANSIENT_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'EAI_AGAIN', 'ETIMEDOUT', 'ENETRESET']);

export function isTransientNetworkCode(code: string | undefined): boolean {
  return code !== undefined && TRANSIENT_CODES.has(code);
}

export function isTransientStatus(status: number): boolean {
  return status >= 500 && status <= 599;
}

/** "12 s", "0.8 s": a wait as a CI log should show it. */
export function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return seconds >= 10 ? `${Math.round(seconds)} s` : `${Number(seconds.toFixed(1))} s`;
}
