import { batch, signal } from '@preact/signals';
import type { Signal } from '@preact/signals';
import type { Client } from '../../src/core/protocol/channel';
import type { ExistingReviewSummary, ScanResult } from '../../src/core/protocol/messages';
import { plural } from '../text/plural';
import type { FrameStates } from './frame-states';
import type { Notices } from './notices';
import { messageOf } from './notices';
import type { VerdictState } from './verdicts';
import { SAVE_TIMEOUT_MS } from './verdicts';

export interface ReviewActionDeps {
  client: Client;
  notices: Pick<Notices, 'announce' | 'notify'>;
  verdicts: Pick<VerdictState, 'saver' | 'clear'>;
  frames: Pick<FrameStates, 'frameStates' | 'clear'>;
  review: Signal<ScanResult | null>;
  existingReview: Signal<ExistingReviewSummary | null>;
  stale: Signal<string | null>;
  /** The review was reset: show where it starts again. */
  onReset(): void;
}

/** What is done to the stored review as a whole: publish it as annotations, or reset it. */
export function createReviewActions(deps: ReviewActionDeps) {
  const { client, notices, verdicts, frames, review } = deps;
  const published = signal<string | null>(null);

  /** How many stored verdicts would become annotations (publish is offered only then). */
  const publishable = (): number => review.value?.publishable ?? 0;

  const publishAnnotations = async (): Promise<void> => {
    published.value = null;
    try {
      const result = await client.request('publish-annotations', {}, { timeoutMs: SAVE_TIMEOUT_MS });
      if (result.annotations.ok) {
        published.value = `Published ${plural(result.written, 'annotation')}.`;
        notices.announce(published.value);
      } else {
        notices.notify('error', `Couldn’t publish annotations: ${result.annotations.message ?? 'unknown reason'}`);
      }
    } catch (error) {
      notices.notify('error', `Couldn’t publish annotations: ${messageOf(error)}`);
    }
  };

  /**
   * Forget the whole stored review of these frames (the reviewer confirmed first). Typing
   * still waiting goes out first, so the reset is the last word.
   */
  const resetReview = async (): Promise<boolean> => {
    try {
      await verdicts.saver.flush();
      const result = await client.request('reset-review', {}, { timeoutMs: SAVE_TIMEOUT_MS });
      batch(() => {
        verdicts.clear();
        frames.clear();
        deps.existingReview.value = null;
        const current = review.value;
        if (current) review.value = { ...current, verdicts: [], frameStates: frames.frameStates.value, publishable: 0 };
        deps.stale.value = null;
        deps.onReset();
      });
      notices.announce(`Review reset: ${plural(result.clearedItems, 'verdict')} cleared.`);
      if (!result.annotations.ok) {
        notices.notify('warning', `The review was reset, but its annotations could not all be removed: ${result.annotations.message ?? 'unknown reason'}`);
      }
      return true;
    } catch (error) {
      notices.notify('error', `Couldn’t reset the review: ${messageOf(error)}`);
      return false;
    }
  };

  return { published, publishable, publishAnnotations, resetReview };
}
