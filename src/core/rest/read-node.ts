/** Tolerant field readers over untyped REST JSON: wrong types read as absent, never throw. */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stringField(node: JsonObject, key: string): string | undefined {
  const value = node[key];
  return typeof value === 'string' ? value : undefined;
}

export function arrayField(node: JsonObject, key: string): unknown[] {
  const value = node[key];
  return Array.isArray(value) ? value : [];
}

export function finiteNumber(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function boundingBox(node: JsonObject): Box {
  const box = node.absoluteBoundingBox;
  if (!isObject(box)) return { x: 0, y: 0, width: 0, height: 0 };
  return { x: finiteNumber(box.x), y: finiteNumber(box.y), width: finiteNumber(box.width), height: finiteNumber(box.height) };
}

/** Label for a node in an error path: its name, else its id, else its type. */
export function pathLabel(node: unknown): string {
  if (!isObject(node)) return '(not an object)';
  return stringField(node, 'name') ?? stringField(node, 'id') ?? stringField(node, 'type') ?? '(unnamed)';
}
