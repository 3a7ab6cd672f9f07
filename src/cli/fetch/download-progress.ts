/**
 * "Downloading… 12.3 MB" on stderr while a large file arrives, so a slow run in a terminal
 * does not look hung. Only on a terminal: in a CI log a line per update would be noise.
 */

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

const SHOW_AFTER_MS = 2000;
const REDRAW_EVERY_MS = 250;

export interface DownloadProgress {
  update(receivedBytes: number, totalBytes: number | undefined): void;
  done(): void;
}

export function downloadProgress(stream: ProgressStream, now: () => number): DownloadProgress {
  const started = now();
  let shownAt: number | null = null;
  return {
    update(receivedBytes, totalBytes) {
      if (stream.isTTY !== true) return;
      const at = now();
      if (at - started < SHOW_AFTER_MS || (shownAt !== null && at - shownAt < REDRAW_EVERY_MS)) return;
      const total = totalBytes === undefined ? '' : ` of ${formatBytes(totalBytes)}`;
      stream.write(`\rDownloading… ${formatBytes(receivedBytes)}${total}`);
      shownAt = at;
    },
    done() {
      // Erases the line, so the next message starts on a clean one.
      if (shownAt !== null) stream.write('\r\x1b[K');
    },
  };
}

export function formatBytes(bytes: number): string {
  return bytes < 1e5 ? `${(bytes / 1e3).toFixed(1)} kB` : `${(bytes / 1e6).toFixed(1)} MB`;
}
