import type { Handler } from '../../core/protocol/channel';
import { assertCanEditReview } from '../session/editor';
import { resolveCopy } from '../storage/resolve-copy';

export function resolveCopyHandler(): Handler<'resolve-copy'> {
  return async ({ frameId, action }) => {
    assertCanEditReview();
    try {
      await resolveCopy(frameId, action);
    } finally {
      figma.commitUndo();
    }
    return { frameId };
  };
}
