/**
 * The snapshot: plain, serialisable data about the onboarding frames under review.
 * Built by two adapters (live Figma nodes in the sandbox, REST file JSON in the CLI);
 * read by the engine. Nothing here may reference `figma` or the DOM.
 */

/** A visible layer inside a frame. Hidden layers are never part of a snapshot. */
export interface SnapshotNode {
  id: string;
  /** Figma node type as written by Figma ("TEXT", "INSTANCE", "FRAME", "GROUP", …). */
  type: string;
  name: string;
  /** Id of the parent layer; the frame's own id for its direct children. */
  parentId: string;
  /** Nesting depth below the frame (direct children are 1). */
  depth: number;
  /** Characters of a TEXT node. */
  text?: string;
  /** For an INSTANCE: its main component's name (a variant's set name first, e.g. "Checkbox/State=On"). For a COMPONENT: its own name. */
  componentName?: string;
  /** Bounds relative to the frame's top-left corner. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SnapshotFrame {
  id: string;
  name: string;
  /** FRAME, COMPONENT, INSTANCE… : whatever top-level node is reviewed as a screen. */
  type: string;
  pageId: string;
  pageName: string;
  /** Absolute position on the canvas, for canvas-order sorting. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Visible descendants in document (pre-)order, the frame itself excluded. */
  nodes: SnapshotNode[];
}

/** A prototype link: clicking `sourceNodeId` (inside `sourceFrameId`) navigates to `destinationFrameId`. */
export interface PrototypeLink {
  sourceNodeId: string;
  sourceFrameId: string;
  destinationFrameId: string;
}

/** A page's prototype flow starting point. */
export interface FlowStart {
  frameId: string;
  name: string;
}

export interface Snapshot {
  fileName: string;
  frames: SnapshotFrame[];
  links: PrototypeLink[];
  flowStarts: FlowStart[];
}
