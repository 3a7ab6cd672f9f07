import { describe, expect, it } from 'vitest';
import { snapshotFromRest } from '../../../src/core/rest';

function file(children: unknown[], extra: Record<string, unknown> = {}) {
  return { name: 'F', document: { id: '0:0', type: 'DOCUMENT', children: [{ id: '0:1', name: 'Page 1', type: 'CANVAS', children, ...extra }] }, components: {} };
}

describe('snapshotFromRest: screens that links land on, and paths in errors', () => {
  it('lands a link and a flow start on the screen that holds the layer, whatever the reading order', () => {
    const input = file(
      [
        { id: '1:1', name: 'A', type: 'FRAME', children: [{ id: '1:2', name: 'Back', type: 'TEXT', characters: 'Back', transitionNodeID: '2:3' }] },
        { id: '2:1', name: 'B', type: 'FRAME', transitionNodeID: '1:2', children: [{ id: '2:2', name: 'Group', type: 'GROUP', children: [{ id: '2:3', name: 'Deep', type: 'RECTANGLE' }] }] },
        // A hidden layer is not on its screen: a link to it lands nowhere.
        { id: '3:1', name: 'C', type: 'FRAME', transitionNodeID: '4:2', children: [] },
        { id: '4:1', name: 'D', type: 'FRAME', children: [{ id: '4:2', name: 'Hidden', type: 'RECTANGLE', visible: false }] },
      ],
      { flowStartingPoints: [{ nodeId: '2:2', name: 'From a group' }] },
    );
    const snapshot = snapshotFromRest(input);
    expect(snapshot.links).toEqual([
      { sourceNodeId: '1:2', sourceFrameId: '1:1', destinationFrameId: '2:1' },
      { sourceNodeId: '2:1', sourceFrameId: '2:1', destinationFrameId: '1:1' },
    ]);
    expect(snapshot.flowStarts).toEqual([{ frameId: '2:1', name: 'From a group' }]);
  });

  it('names the path of a child that is not a node, past a hidden layer holding the same value', () => {
    const input = file([
      {
        id: '1:1', name: 'Sign up', type: 'FRAME',
        children: [
          { id: '1:2', name: 'Hidden', type: 'GROUP', visible: false, children: [null] },
          { id: '1:3', name: 'Form', type: 'FRAME', children: [{ id: '1:4', name: 'Field', type: 'TEXT', characters: 'Email' }, null] },
        ],
      },
    ]);
    expect(() => snapshotFromRest(input)).toThrow('document > Page 1 > Sign up > Form > (not an object): expected a node object');
  });
});
