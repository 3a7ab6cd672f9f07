/**
 * Every field of a REST file response that snapshotFromRest and storedDataFromRest read, as a
 * tree of shapes. The CLI's reader builds only these fields from the file bytes and skips the
 * rest (fills, effects, geometry, styles… are most of a real file), so a field read by the
 * adapters but missing here would silently read as absent: add it here when you read it there.
 * The large-file equivalence test compares both paths on a realistic file.
 */
import { PLUGIN_DATA_NAMESPACE } from '../review/types';

/**
 * What to keep of a JSON value. `null` keeps the value whole. An object shape keeps only the
 * listed `fields` of an object, or every entry of a map (`entries`); `items` keeps every
 * element of an array. A value of another kind than the shape expects is kept whole, so the
 * adapters' own type checks see exactly what JSON.parse would have given them.
 */
export interface FieldShape {
  fields?: Record<string, FieldShape | null>;
  entries?: FieldShape | null;
  items?: FieldShape | null;
}

function node(): FieldShape {
  const shape: FieldShape = {
    fields: {
      id: null,
      name: null,
      type: null,
      visible: null,
      characters: null,
      componentId: null,
      transitionNodeID: null,
      absoluteBoundingBox: { fields: { x: null, y: null, width: null, height: null } },
      // The top paint and a short text's style tell controls, logos, links and headings apart (SnapshotNode.fill).
      fills: { items: { fields: { type: null, visible: null, opacity: null, color: null } } },
      style: { fields: { textDecoration: null, fontSize: null } },
      interactions: { items: { fields: { actions: { items: { fields: { type: null, destinationId: null, navigation: null } } } } } },
      flowStartingPoints: { items: { fields: { nodeId: null, name: null } } },
      prototypeStartNodeID: null,
      sharedPluginData: { fields: { [PLUGIN_DATA_NAMESPACE]: null } },
    },
  };
  // Children are nodes too: the shape refers to itself.
  shape.fields!.children = { items: shape };
  return shape;
}

const COMPONENTS: FieldShape = { entries: { fields: { name: null, componentSetId: null } } };
const COMPONENT_SETS: FieldShape = { entries: { fields: { name: null } } };
const DOCUMENT = node();

/** GET /v1/files/:key, and GET /v1/files/:key/nodes (each requested node with its own maps). */
export const REST_FILE_FIELDS: FieldShape = {
  fields: {
    name: null,
    document: DOCUMENT,
    components: COMPONENTS,
    componentSets: COMPONENT_SETS,
    nodes: { entries: { fields: { document: DOCUMENT, components: COMPONENTS, componentSets: COMPONENT_SETS } } },
  },
};
