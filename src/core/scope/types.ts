/**
 * The plain data the scope rule decides on, built by each adapter (REST JSON in the CLI, live
 * nodes in the plugin) from what sits on the canvas, so both review the same screens.
 */

/** A node on a page, at the top level or inside sections. */
export interface ScopeNode {
  id: string;
  type: string;
  visible: boolean;
  /** A SECTION's children; a COMPONENT_SET's variants (only their ids matter). Absent for other nodes. */
  children?: readonly ScopeNode[];
}

export interface ScopePage {
  id: string;
  name: string;
  /** Node ids of the page's prototype starting points: `flowStartingPoints`, then the older single start. */
  startIds: readonly string[];
  children: readonly ScopeNode[];
  /** The response left the page's layers out (fetched with `depth=1`): it has no `children` at all. */
  layersLeftOut?: boolean;
}

/** What the person asked to review; nothing set means the default. */
export interface ScopeRequest {
  /** Page names or ids. */
  pages?: readonly string[];
  allPages?: boolean;
  /** Top-level frame or section ids (a section stands for its screens). Pages are then ignored. */
  frames?: readonly string[];
}

/**
 * Screens in reading order, and the top-level components that become screens only when a
 * prototype link or a starting point leads to them.
 */
export interface ScreenCandidates {
  screens: ScopeNode[];
  linkOnly: ScopeNode[];
}

/** The request cannot be met, or leaves nothing to review: said in one line. */
export class ScopeError extends Error {
  override name = 'ScopeError';
}
