import { batch, signal } from '@preact/signals';
import type { Client } from '../../src/core/protocol/channel';
import { ProtocolError } from '../../src/core/protocol/channel';
import type { ScanResult } from '../../src/core/protocol/messages';
import { plural } from '../text/plural';
import type { Notices } from './notices';
import { messageOf } from './notices';

export interface ScanProgress {
  scannedNodes: number;
  doneFrames: number;
  totalFrames: number;
}

export type ScanPhase =
  | { kind: 'idle' }
  | { kind: 'scanning'; progress: ScanProgress | null }
  | { kind: 'failed'; message: string };

const SHORT_TIMEOUT_MS = 10000;

export interface ScanDeps {
  client: Client;
  notices: Pick<Notices, 'announce' | 'notify'>;
  /** Runs before the review is replaced (nothing typed may be lost). */
  beforeScan(): Promise<void>;
  onResult(result: ScanResult): void;
}

/** Reading the selection's review from the sandbox: one scan at a time, a second one queued. */
export function createScan(deps: ScanDeps) {
  const phase = signal<ScanPhase>({ kind: 'idle' });
  const review = signal<ScanResult | null>(null);
  let rescanQueued = false;

  const scan = async (): Promise<void> => {
    if (phase.value.kind === 'scanning') {
      rescanQueued = true;
      return;
    }
    phase.value = { kind: 'scanning', progress: null };
    await deps.beforeScan();
    try {
      const result = await deps.client.request('scan', {});
      // One render for the whole new review: never the new frames with the old verdicts.
      batch(() => {
        review.value = result;
        phase.value = { kind: 'idle' };
        deps.onResult(result);
      });
      deps.notices.announce(`Review loaded: ${plural(result.frames.length, 'frame')}.`);
    } catch (error) {
      if (error instanceof ProtocolError && error.code === 'cancelled') {
        phase.value = { kind: 'idle' };
        deps.notices.announce('Scan cancelled.');
      } else {
        phase.value = { kind: 'failed', message: messageOf(error) };
      }
    }
    if (rescanQueued) {
      rescanQueued = false;
      void scan();
    }
  };

  const cancelScan = async (): Promise<void> => {
    rescanQueued = false;
    try {
      await deps.client.request('cancel-scan', {}, { timeoutMs: SHORT_TIMEOUT_MS });
    } catch (error) {
      deps.notices.notify('error', `Couldn’t cancel the scan: ${messageOf(error)}`);
    }
  };

  const progress = (payload: ScanProgress): void => {
    if (phase.value.kind === 'scanning') phase.value = { kind: 'scanning', progress: payload };
  };

  return { phase, review, scan, cancelScan, progress };
}

export type ScanState = ReturnType<typeof createScan>;
