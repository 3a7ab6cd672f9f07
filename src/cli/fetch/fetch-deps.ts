/** The clock, the dice and stderr of a fetch: real ones for the CLI, fakes in tests. */
import type { ProgressStream } from './download-progress';

export interface FetchDeps {
  sleep(ms: number): Promise<void>;
  random(): number;
  now(): number;
  stderr: ProgressStream;
}

export const systemFetchDeps: FetchDeps = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
  now: Date.now,
  stderr: process.stderr,
};
