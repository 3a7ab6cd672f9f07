import type { AnnotationOutcome } from '../../core/protocol/messages';

/** Annotation failures never fail a save: the review in plugin data is the source of truth. */
export function annotationOutcome(failures: readonly string[], what = 'Annotations were not fully written (the review itself is saved)'): AnnotationOutcome {
  return failures.length ? { ok: false, message: `${what}: ${failures.slice(0, 3).join('; ')}` } : { ok: true };
}
