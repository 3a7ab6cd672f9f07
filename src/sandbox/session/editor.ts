import { ProtocolError } from '../../core/protocol/channel';

/** Dev Mode shows the review and can publish annotations; editing it belongs to the design editor. */
export function assertCanEditReview(): void {
  if (figma.editorType === 'dev') {
    throw new ProtocolError('read-only', 'Dev Mode shows the review; change verdicts in the design editor.');
  }
}

export function reviewerName(): string | null {
  try {
    return figma.currentUser?.name ?? null;
  } catch {
    // Without the currentuser permission the getter throws.
    return null;
  }
}
