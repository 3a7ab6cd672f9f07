/** The CLI's JSON contract (DESIGN.md), as a schema the tests validate real output against. */
import * as v from 'valibot';
import { AREA_IDS, ITEM_IDS } from '../../src/core/checklist/types';

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const NodeId = v.pipe(v.string(), v.regex(/^\d+:\d+$/));

export const AuditReportSchema = v.strictObject({
  schemaVersion: v.literal(1),
  file: v.strictObject({ name: v.string() }),
  frames: v.array(v.strictObject({ id: NodeId, name: v.string() })),
  flow: v.strictObject({
    startFrameId: v.nullable(NodeId),
    connectFrameId: v.nullable(NodeId),
    stepsToConnect: v.nullable(Count),
    deadEnds: v.array(NodeId),
  }),
  items: v.pipe(v.array(v.strictObject({
    id: v.picklist(ITEM_IDS),
    area: v.picklist(AREA_IDS),
    detection: v.picklist(['found', 'missing', 'manual']),
    evidence: v.array(NodeId),
    status: v.picklist(['pass', 'needs-work', 'not-applicable', 'unreviewed']),
    note: v.nullable(v.pipe(v.string(), v.minLength(1))),
  })), v.length(29)),
  summary: v.strictObject({
    found: Count, missing: Count, manual: Count, pass: Count, needsWork: Count,
    notApplicable: Count, unreviewed: Count, coreOpen: Count, readyForEngineers: v.boolean(),
  }),
});
