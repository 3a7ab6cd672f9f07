import type { AreaId, ItemId } from '../checklist/types';

/** What the engine saw for an item. `manual` means a mockup cannot show it: a human must judge. */
export type Detection = 'found' | 'missing' | 'manual';

/** A node that shows an item, so the panel can select and zoom to it. */
export interface EvidenceRef {
  nodeId: string;
  frameId: string;
  /** Short human label: the text it reads, or its layer name. */
  label: string;
}

export interface ItemFinding {
  itemId: ItemId;
  area: AreaId;
  detection: Detection;
  evidence: EvidenceRef[];
  /** One sentence saying why the detector decided this (shown as the suggestion). */
  reason: string;
}

export interface FlowFacts {
  startFrameId: string | null;
  connectFrameId: string | null;
  /** Prototype transitions on the shortest path start → connect; null without a path. */
  stepsToConnect: number | null;
  /** Frame ids on that shortest path, start first; empty without a path. */
  pathToConnect: string[];
  /** All frame ids: reachable ones breadth-first from the start, then the rest in canvas order. */
  order: string[];
  /** Reachable frames, not downstream of the connect frame, from which it cannot be reached. */
  deadEnds: string[];
  /** True when the snapshot has at least one prototype link between its frames. */
  hasLinks: boolean;
}

export interface ReviewFindings {
  items: ItemFinding[];
  flow: FlowFacts;
}
