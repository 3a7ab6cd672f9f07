/**
 * Figma's rules for node.annotations, as the real editor enforces them: entries are
 * read back frozen, an entry carries label or labelMarkdown (never both), categories
 * must exist, and only some node types can carry annotations.
 */

const PROPERTY_TYPES: ReadonlySet<AnnotationPropertyType> = new Set<AnnotationPropertyType>([
  'width', 'height', 'maxWidth', 'minWidth', 'maxHeight', 'minHeight', 'fills', 'strokes', 'effects',
  'strokeWeight', 'cornerRadius', 'textStyleId', 'textAlignHorizontal', 'fontFamily', 'fontStyle',
  'fontSize', 'fontWeight', 'lineHeight', 'letterSpacing', 'itemSpacing', 'padding', 'layoutMode',
  'alignItems', 'opacity', 'mainComponent', 'gridRowGap', 'gridColumnGap', 'gridRowCount',
  'gridColumnCount', 'gridRowAnchorIndex', 'gridColumnAnchorIndex', 'gridRowSpan', 'gridColumnSpan',
]);

/** Node types without AnnotationsMixin in the plugin typings. */
export const ANNOTATION_UNSUPPORTED_TYPES: ReadonlySet<string> = new Set(['DOCUMENT', 'PAGE', 'GROUP', 'SECTION', 'SLICE']);

/** What the fake stores for one annotation: exactly what a plugin or the file set. */
export interface StoredAnnotation {
  label?: string;
  labelMarkdown?: string;
  properties?: { type: AnnotationPropertyType }[];
  categoryId?: string;
}

/** Validate what a plugin assigns and keep a private copy; throws like Figma on bad input. */
export function acceptAnnotations(value: unknown, categoryExists: (id: string) => boolean): StoredAnnotation[] {
  if (!Array.isArray(value)) throw new Error('in set_annotations: Expected an array of annotations');
  return value.map((entry: unknown, index) => {
    if (typeof entry !== 'object' || entry === null) throw new Error(`in set_annotations: annotations[${index}] is not an object`);
    const a = entry as Record<string, unknown>;
    for (const key of Object.keys(a)) {
      if (key !== 'label' && key !== 'labelMarkdown' && key !== 'properties' && key !== 'categoryId') {
        throw new Error(`in set_annotations: Unrecognized key "${key}" in annotations[${index}]`);
      }
    }
    if (a.label !== undefined && a.labelMarkdown !== undefined) {
      throw new Error(`in set_annotations: annotations[${index}] cannot have both label and labelMarkdown`);
    }
    if (a.label !== undefined && typeof a.label !== 'string') throw new Error(`in set_annotations: annotations[${index}].label must be a string`);
    if (a.labelMarkdown !== undefined && typeof a.labelMarkdown !== 'string') throw new Error(`in set_annotations: annotations[${index}].labelMarkdown must be a string`);
    const stored: StoredAnnotation = {};
    if (typeof a.label === 'string') stored.label = a.label;
    if (typeof a.labelMarkdown === 'string') stored.labelMarkdown = a.labelMarkdown;
    if (a.properties !== undefined) {
      if (!Array.isArray(a.properties)) throw new Error(`in set_annotations: annotations[${index}].properties must be an array`);
      stored.properties = a.properties.map((p: unknown) => {
        const type = (p as { type?: unknown } | null)?.type;
        if (typeof type !== 'string' || !PROPERTY_TYPES.has(type as AnnotationPropertyType)) {
          throw new Error(`in set_annotations: invalid annotation property ${JSON.stringify(p)}`);
        }
        return { type: type as AnnotationPropertyType };
      });
    }
    if (stored.label === undefined && stored.labelMarkdown === undefined && !stored.properties?.length) {
      throw new Error(`in set_annotations: annotations[${index}] needs a label, labelMarkdown or properties`);
    }
    if (a.categoryId !== undefined) {
      if (typeof a.categoryId !== 'string' || !categoryExists(a.categoryId)) {
        throw new Error(`in set_annotations: annotation category ${String(a.categoryId)} does not exist`);
      }
      stored.categoryId = a.categoryId;
    }
    return stored;
  });
}

/** Markdown → the plain text Figma also reports as `label` (enough for bold, italics, code, links). */
export function plainTextOf(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)/g, '');
}

/** As Figma reads them back: frozen, and markdown entries carry their plain-text label too. */
export function readAnnotations(stored: readonly StoredAnnotation[]): ReadonlyArray<Annotation> {
  return Object.freeze(
    stored.map((a) => {
      const out: { label?: string; labelMarkdown?: string; properties?: ReadonlyArray<AnnotationProperty>; categoryId?: string } = {};
      if (a.labelMarkdown !== undefined) {
        out.label = plainTextOf(a.labelMarkdown);
        out.labelMarkdown = a.labelMarkdown;
      } else if (a.label !== undefined) {
        out.label = a.label;
      }
      if (a.properties) out.properties = Object.freeze(a.properties.map((p) => Object.freeze({ type: p.type })));
      if (a.categoryId !== undefined) out.categoryId = a.categoryId;
      return Object.freeze(out) as Annotation;
    }),
  );
}
