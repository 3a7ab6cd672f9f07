/** Groups, sections and pages cannot carry annotations: the nearest ancestor that can takes them. */

const CARRIER_TYPES: ReadonlySet<string> = new Set([
  'FRAME', 'COMPONENT', 'COMPONENT_SET', 'INSTANCE', 'TEXT', 'RECTANGLE', 'ELLIPSE', 'VECTOR',
  'LINE', 'POLYGON', 'STAR', 'BOOLEAN_OPERATION',
]);

export function canCarryAnnotations(node: BaseNode): node is SceneNode & AnnotationsMixin {
  return CARRIER_TYPES.has(node.type) && 'annotations' in node;
}

export async function carrierFor(nodeId: string): Promise<(SceneNode & AnnotationsMixin) | null> {
  let node: BaseNode | null;
  try {
    node = await figma.getNodeByIdAsync(nodeId);
  } catch {
    return null;
  }
  while (node && node.type !== 'PAGE' && node.type !== 'DOCUMENT') {
    if (canCarryAnnotations(node)) return node;
    node = node.parent;
  }
  return null;
}
