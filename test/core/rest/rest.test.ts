import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../../src/core/engine';
import { RestInputError, snapshotFromRest, storedDataFromRest } from '../../../src/core/rest';
import { ScopeError } from '../../../src/core/scope';

const strong: unknown = JSON.parse(readFileSync(new URL('../../../samples/strong-onboarding.json', import.meta.url), 'utf8'));

function file(children: unknown[], extra: Record<string, unknown> = {}) {
  return { name: 'F', document: { id: '0:0', type: 'DOCUMENT', children: [{ id: '0:1', name: 'Page 1', type: 'CANVAS', children, ...extra }] }, components: {} };
}

describe('snapshotFromRest', () => {
  it('reads top-level frames, frames in nested sections, instances and links of the strong sample', () => {
    const snapshot = snapshotFromRest(strong);
    expect(snapshot.fileName).toBe('Fundly onboarding v3');
    expect(snapshot.frames.map((frame) => frame.id)).toEqual(['1:10', '1:40', '1:80', '1:120', '1:160', '1:200', '1:240', '1:280', '2:10']);
    const checkbox = snapshot.frames[2]!.nodes.find((node) => node.id === '1:89')!;
    expect(checkbox).toMatchObject({ type: 'INSTANCE', componentName: 'Checkbox/State=Checked', parentId: '1:88', depth: 2, x: 420, y: 392 });
    // The older transitionNodeID link and the NODE action next to a null action are both read.
    expect(snapshot.links).toContainEqual({ sourceNodeId: '1:162', sourceFrameId: '1:160', destinationFrameId: '1:200' });
    expect(snapshot.links).toContainEqual({ sourceNodeId: '1:49', sourceFrameId: '1:40', destinationFrameId: '1:80' });
    expect(snapshot.flowStarts).toEqual([{ frameId: '1:10', name: 'Onboarding' }, { frameId: '2:10', name: 'Welcome email' }]);
  });

  it('maps a link into a layer to the frame that holds it, and keeps only the frames asked for', () => {
    const input = file([
      { id: '1:1', name: 'A', type: 'FRAME', children: [{ id: '1:2', name: 'Go', type: 'TEXT', characters: 'Go', transitionNodeID: '2:2' }] },
      { id: '2:1', name: 'B', type: 'FRAME', children: [{ id: '2:2', name: 'Inner', type: 'FRAME' }] },
    ]);
    expect(snapshotFromRest(input).links).toEqual([{ sourceNodeId: '1:2', sourceFrameId: '1:1', destinationFrameId: '2:1' }]);
    const only = snapshotFromRest(input, { frameIds: ['2:1'] });
    expect(only.frames.map((frame) => frame.id)).toEqual(['2:1']);
    expect(only.links).toEqual([]);
    expect(() => snapshotFromRest(input, { frameIds: ['9:9'] })).toThrow(new ScopeError('no top-level frame or section with id 9:9'));
  });

  it('names the node path of a node without an id', () => {
    const input = file([{ id: '1:1', name: 'Sign up', type: 'FRAME', children: [{ name: 'Button', type: 'INSTANCE' }] }]);
    expect(() => snapshotFromRest(input)).toThrow(RestInputError);
    expect(() => snapshotFromRest(input)).toThrow('document > Page 1 > Sign up > Button: node has no id');
  });

  it('rejects what is not a file response with a clear message', () => {
    expect(() => snapshotFromRest([])).toThrow('file: expected a JSON object');
    expect(() => snapshotFromRest({ name: 'x' })).toThrow(/has no document or nodes/);
    expect(() => snapshotFromRest({ document: { id: '0:0' } })).toThrow('document: has no pages');
  });

  it('never throws anything but RestInputError or ScopeError, on any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      try { snapshotFromRest(value); storedDataFromRest(value); } catch (error) { expect(error instanceof RestInputError || error instanceof ScopeError).toBe(true); }
    }), { numRuns: 300 });
  });

  it('reads arbitrary node trees and the engine judges them, or says why there is nothing to judge', () => {
    const node: fc.Memo<Record<string, unknown>> = fc.memo((depth) => fc.record({
      id: fc.oneof(fc.constantFrom('1:1', '1:2', '2:1', '3:3'), fc.string()),
      name: fc.oneof(fc.string(), fc.constantFrom('Button', 'Checkbox', 'Search bar', 'Spinner', 'Sidebar')),
      type: fc.constantFrom('FRAME', 'TEXT', 'INSTANCE', 'GROUP', 'SECTION', 'RECTANGLE', 'COMPONENT'),
      characters: fc.oneof(fc.string(), fc.constantFrom('Connect your accounting', 'QuickBooks', 'Privacy policy', 'I agree')),
      visible: fc.boolean(),
      componentId: fc.constantFrom('90:1', 'missing'),
      transitionNodeID: fc.constantFrom('1:1', '2:1', 'nowhere'),
      absoluteBoundingBox: fc.record({ x: fc.double(), y: fc.integer(), width: fc.nat(), height: fc.nat() }),
      interactions: fc.array(fc.record({ actions: fc.array(fc.oneof(fc.constant(null), fc.record({ type: fc.constant('NODE'), destinationId: fc.constantFrom('1:2', '3:3') }))) })),
      children: depth <= 0 ? fc.constant([]) : fc.array(node(depth - 1), { maxLength: 3 }),
    }, { requiredKeys: ['id', 'type'] }));
    fc.assert(fc.property(fc.array(node(3), { maxLength: 4 }), (children) => {
      try {
        const findings = runEngine(snapshotFromRest(file(children, { flowStartingPoints: [{ nodeId: '1:1', name: 'Flow' }] })));
        expect(findings.items).toHaveLength(29);
        expect(findings.items.every((item) => item.detection !== ('pass' as string))).toBe(true);
      } catch (error) {
        if (error instanceof ScopeError) expect(error.message).toMatch(/^nothing to review: no frames on page "Page 1"/);
        else expect(error).toBeInstanceOf(RestInputError);
      }
    }), { numRuns: 200 });
  });
});

describe('storedDataFromRest', () => {
  it('collects our namespace from every node, the document included', () => {
    const stored = storedDataFromRest(strong);
    expect(stored.map((node) => node.nodeId)).toEqual(['0:0', '1:80', '1:280']);
    expect(Object.keys(stored[1]!.entries).sort()).toEqual(['frame', 'item:privacy.consent-action', 'item:value.progress-meter', 'item:value.three-part']);
  });
});
