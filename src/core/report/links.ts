/** Links back to the design: https://www.figma.com/design/KEY/?node-id=1-23 opens a node in Figma. */

const FILE_KEY = /^[A-Za-z0-9]+$/;

/** A file key as it appears in a Figma link; anything else gives no links rather than broken ones. */
export function isFileKey(key: string): boolean {
  return FILE_KEY.test(key);
}

export function fileUrl(key: string): string {
  return `https://www.figma.com/design/${key}/`;
}

/** Node ids are written with a dash in links ("1:23" → "1-23"); instance sublayer ids keep their ";". */
export function nodeUrl(key: string, nodeId: string): string {
  return `${fileUrl(key)}?node-id=${encodeURIComponent(nodeId.replace(/:/g, '-'))}`;
}
