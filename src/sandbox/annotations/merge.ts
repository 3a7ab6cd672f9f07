/**
 * Merge our annotations into a node's existing ones. Others' entries are copied exactly
 * (keeping only one of label / labelMarkdown, as Figma requires on write); ours are updated
 * in place, added at the end, or dropped when no longer wanted.
 */
import type { OurKey } from './marker';
import { ourKeyOf } from './marker';

export interface AnnotationInput {
  label?: string;
  labelMarkdown?: string;
  properties?: { type: AnnotationPropertyType }[];
  categoryId?: string;
}

/** A writable copy of an annotation as read back (Figma reports the markdown's plain text as `label` too). */
export function copyAnnotation(annotation: Annotation): AnnotationInput {
  const copy: AnnotationInput = {};
  if (annotation.labelMarkdown !== undefined) copy.labelMarkdown = annotation.labelMarkdown;
  else if (annotation.label !== undefined) copy.label = annotation.label;
  if (annotation.properties) copy.properties = annotation.properties.map((p) => ({ type: p.type }));
  if (annotation.categoryId !== undefined) copy.categoryId = annotation.categoryId;
  return copy;
}

export interface MergeResult {
  next: AnnotationInput[];
  changed: boolean;
}

export function mergeAnnotations(existing: ReadonlyArray<Annotation>, wanted: ReadonlyMap<OurKey, AnnotationInput>): MergeResult {
  const next: AnnotationInput[] = [];
  const placed = new Set<OurKey>();
  for (const annotation of existing) {
    const key = ourKeyOf(annotation);
    if (key === null) {
      next.push(copyAnnotation(annotation));
      continue;
    }
    const replacement = wanted.get(key);
    if (replacement && !placed.has(key)) {
      next.push(replacement);
      placed.add(key);
    }
  }
  wanted.forEach((annotation, key) => {
    if (!placed.has(key)) next.push(annotation);
  });
  const before = JSON.stringify(existing.map(copyAnnotation));
  return { next, changed: before !== JSON.stringify(next) };
}
