/**
 * Small files of the shapes real Figma responses take: the nodes endpoint, the older
 * prototype fields, files organised in cover / components / flow / archive pages, hover and
 * variant interactions, unknown node types and missing optional fields.
 */
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../../src/core/engine';
import { RestInputError, snapshotFromRest, storedDataFromRest } from '../../../src/core/rest';
import { ScopeError } from '../../../src/core/scope';

type Json = Record<string, unknown>;

const box = (x: number, y = 0) => ({ x, y, width: 375, height: 812 });
const text = (id: string, characters: string, extra: Json = {}): Json => ({ id, name: characters, type: 'TEXT', characters, absoluteBoundingBox: { x: 0, y: 0, width: 100, height: 20 }, ...extra });
const frame = (id: string, name: string, x: number, children: Json[] = [], extra: Json = {}): Json => ({ id, name, type: 'FRAME', absoluteBoundingBox: box(x), children, ...extra });
const go = (destinationId: string, navigation = 'NAVIGATE', trigger = 'ON_CLICK'): Json => ({ interactions: [{ trigger: { type: trigger }, actions: [{ type: 'NODE', destinationId, navigation, transition: null }] }] });
const page = (id: string, name: string, children: Json[], extra: Json = {}): Json => ({ id, name, type: 'CANVAS', children, ...extra });
const file = (pages: Json[]): Json => ({ name: 'Real', document: { id: '0:0', type: 'DOCUMENT', children: pages }, components: {}, componentSets: {} });

describe('the nodes endpoint (GET /v1/files/:key/nodes)', () => {
  const nodes = {
    name: 'Onboarding',
    lastModified: '2026-11-01T00:00:00Z',
    nodes: {
      '1:1': {
        document: frame('1:1', 'Sign up', 0, [text('1:2', 'Create your account'), { id: '1:3', name: 'Button', type: 'INSTANCE', componentId: 'C:1', ...go('2:1') }], { sharedPluginData: { authflowreview: { frame: '{}' } } }),
        components: { 'C:1': { key: 'k', name: 'Primary', componentSetId: 'S:1' } },
        componentSets: { 'S:1': { key: 's', name: 'Button' } },
        schemaVersion: 0,
        styles: {},
      },
      '2:1': { document: frame('2:1', 'Connect', 400, [text('2:2', 'Connect your bank')]), components: {}, componentSets: {}, schemaVersion: 0, styles: {} },
      '9:9': null,
    },
  };

  it('reads the requested frames as screens, with their links and component names', () => {
    const snapshot = snapshotFromRest(nodes);
    expect(snapshot.fileName).toBe('Onboarding');
    expect(snapshot.frames.map((entry) => [entry.id, entry.pageName])).toEqual([['1:1', 'Onboarding (requested nodes)'], ['2:1', 'Onboarding (requested nodes)']]);
    expect(snapshot.links).toEqual([{ sourceNodeId: '1:3', sourceFrameId: '1:1', destinationFrameId: '2:1' }]);
    expect(snapshot.frames[0]!.nodes.find((node) => node.id === '1:3')?.componentName).toBe('Button/Primary');
    expect(storedDataFromRest(nodes).map((entry) => entry.nodeId)).toEqual(['1:1']);
  });

  it('reads a requested page with its starting points like a page of the file', () => {
    const pageResponse = { name: 'F', nodes: { '0:1': { document: page('0:1', 'Flow', [frame('1:1', 'Sign up', 0, [], go('2:1')), frame('2:1', 'Next', 400)], { flowStartingPoints: [{ nodeId: '1:1', name: 'Main' }] }), components: {} } } };
    const snapshot = snapshotFromRest(pageResponse);
    expect(snapshot.frames.map((entry) => entry.id)).toEqual(['1:1', '2:1']);
    expect(snapshot.flowStarts).toEqual([{ frameId: '1:1', name: 'Main' }]);
  });

  it('says which ids were not found when none of them exist', () => {
    expect(() => snapshotFromRest({ name: 'F', nodes: { '9:9': null } })).toThrow(new RestInputError('nodes', 'none of the requested nodes exist (9:9)'));
    expect(() => snapshotFromRest({ name: 'F', nodes: { '9:9': { components: {} } } })).toThrow('nodes > 9:9: has no document');
  });
});

describe('the older prototype fields', () => {
  // A loop of links (account ⇄ welcome) on the way to the bank, and a dead end off the account.
  // No frame reads as sign-up: without the older start the flow had no start at all.
  const loop = file([page('0:1', 'Flow', [
    frame('1:1', 'Account', 0, [text('1:2', 'Next', { transitionNodeID: '2:1' }), text('1:3', 'Plans', { transitionNodeID: '4:1' })]),
    frame('2:1', 'Welcome', 400, [text('2:2', 'Back', { transitionNodeID: '1:1' }), text('2:3', 'Continue', { transitionNodeID: '3:1' }), text('2:4', 'Your company')]),
    frame('3:1', 'Bank', 800, [{ id: '3:2', name: 'Button', type: 'INSTANCE', children: [text('3:3', 'Connect your bank')] }]),
    frame('4:1', 'Plans', 1200, [text('4:2', 'Pro plan')]),
  ], { prototypeStartNodeID: '1:1' })]);

  it('takes prototypeStartNodeID as the start and transitionNodeID as steps', () => {
    const snapshot = snapshotFromRest(loop);
    expect(snapshot.flowStarts).toEqual([{ frameId: '1:1', name: 'Flow' }]);
    const { flow } = runEngine(snapshot);
    expect(flow.startFrameId).toBe('1:1');
    expect(flow.connectFrameId).toBe('3:1');
    expect(flow.stepsToConnect).toBe(2);
    expect(flow.deadEnds).toEqual(['4:1']);
  });

  it('reads transitionNodeID beside interactions as a step unless it repeats one of their destinations', () => {
    const changeTo = (destinationId: string) => ({ interactions: [{ trigger: { type: 'ON_HOVER' }, actions: [{ type: 'NODE', destinationId, navigation: 'CHANGE_TO' }] }] });
    const mixed = file([page('0:1', 'Flow', [
      frame('1:1', 'Sign up', 0, [text('1:2', 'Create account', { ...changeTo('5:2'), transitionNodeID: '2:1' })]),
      frame('2:1', 'Details', 400, [text('2:2', 'Next', { ...changeTo('3:1'), transitionNodeID: '3:1' })]),
      frame('3:1', 'Next state', 800),
    ], { prototypeStartNodeID: '1:1' })]);
    const links = snapshotFromRest(mixed).links.map((link) => `${link.sourceFrameId}>${link.destinationFrameId}`);
    // The hover variant change and its copy in transitionNodeID are no steps; the distinct navigation is.
    expect(links).toEqual(['1:1>2:1']);
  });

  it('prefers the flows when a page has both', () => {
    const both = file([page('0:1', 'Flow', [frame('1:1', 'A', 0), frame('2:1', 'B', 400)], { prototypeStartNodeID: '1:1', flowStartingPoints: [{ nodeId: '2:1', name: 'New' }] })]);
    expect(snapshotFromRest(both).flowStarts).toEqual([{ frameId: '2:1', name: 'New' }, { frameId: '1:1', name: 'Flow' }]);
  });
});

describe('which pages and frames are screens', () => {
  const organised = file([
    page('0:1', 'Cover', [frame('9:1', 'Cover', 0)]),
    page('0:2', 'Components', [
      { id: '5:1', name: 'Button', type: 'COMPONENT_SET', children: [{ id: '5:2', name: 'State=Default', type: 'COMPONENT' }, { id: '5:3', name: 'State=Hover', type: 'COMPONENT' }] },
      { id: '5:9', name: 'Card', type: 'COMPONENT' },
    ]),
    page('0:3', 'Flow', [
      { id: '1:0', name: 'Onboarding', type: 'SECTION', children: [frame('1:1', 'Sign up', 0, [{ id: '1:2', name: 'Help', type: 'INSTANCE', ...go('7:1', 'OVERLAY') }], go('1:5'))] },
      frame('1:5', 'Connect', 400, [{ id: '1:6', name: 'Button', type: 'INSTANCE', ...go('5:3', 'CHANGE_TO', 'ON_HOVER') }]),
      frame('1:7', 'Old version', 800, [], { visible: false }),
      { id: '7:1', name: 'Help sheet', type: 'COMPONENT', absoluteBoundingBox: box(1200), children: [text('7:2', 'Chat with us', go('1:1', 'BACK'))] },
      { id: '7:5', name: 'Unused', type: 'COMPONENT', absoluteBoundingBox: box(1600), children: [] },
      { id: '7:9', name: 'Buttons', type: 'COMPONENT_SET', absoluteBoundingBox: box(2000), children: [{ id: '7:10', name: 'State=On', type: 'COMPONENT' }] },
    ], { flowStartingPoints: [{ nodeId: '1:1', name: 'Onboarding' }] }),
    page('0:4', 'Archive', [frame('8:1', 'Sign up v1', 0)]),
  ]);

  it('reviews the prototyped page: frames in sections, components the prototype leads to, no hidden frames', () => {
    const snapshot = snapshotFromRest(organised);
    expect(snapshot.frames.map((entry) => entry.id)).toEqual(['1:1', '1:5', '7:1']);
    expect(snapshot.links).toEqual([
      { sourceNodeId: '1:1', sourceFrameId: '1:1', destinationFrameId: '1:5' },
      { sourceNodeId: '1:2', sourceFrameId: '1:1', destinationFrameId: '7:1' },
    ]);
  });

  it('leaves a component set reached only by a hover or variant change out of the flow', () => {
    const { flow } = runEngine(snapshotFromRest(organised));
    expect(flow.order).not.toContain('5:1');
    expect(flow.order).not.toContain('7:9');
  });

  it('takes a component set as a screen when a step leads to one of its variants', () => {
    const toVariant = file([page('0:1', 'Flow', [
      frame('1:1', 'Sign up', 0, [text('1:2', 'Next', go('7:10', 'SWAP'))]),
      { id: '7:9', name: 'Dialog', type: 'COMPONENT_SET', children: [{ id: '7:10', name: 'State=Open', type: 'COMPONENT', children: [] }] },
    ])]);
    const snapshot = snapshotFromRest(toVariant);
    expect(snapshot.frames.map((entry) => entry.id)).toEqual(['1:1', '7:9']);
    expect(snapshot.links).toEqual([{ sourceNodeId: '1:2', sourceFrameId: '1:1', destinationFrameId: '7:9' }]);
  });

  it('reviews the page with the most screens when no page holds a starting point, the first one on a tie', () => {
    const unprototyped = file([page('0:1', 'Screens', [frame('1:1', 'A', 0)]), page('0:2', 'More', [frame('2:1', 'B', 0)])]);
    expect(snapshotFromRest(unprototyped).frames.map((entry) => entry.id)).toEqual(['1:1']);
    const behindACover = file([
      page('0:1', 'Cover', [frame('1:1', 'Cover', 0)]),
      page('0:2', 'Screens', [{ id: '2:0', name: 'Onboarding', type: 'SECTION', children: [frame('2:1', 'Sign up', 0), frame('2:2', 'Home', 400)] }]),
      page('0:3', 'Archive', [frame('3:1', 'Old', 0), { ...frame('3:2', 'Hidden', 400), visible: false }]),
    ]);
    expect(snapshotFromRest(behindACover).frames.map((entry) => entry.id)).toEqual(['2:1', '2:2']);
  });

  it('reviews a page named for emails along with the prototyped pages, and not otherwise', () => {
    const withEmails = file([
      page('0:1', 'Flow', [frame('1:1', 'Sign up', 0)], { flowStartingPoints: [{ nodeId: '1:1', name: 'Main' }] }),
      page('0:2', '✉️ Emails', [frame('2:1', 'Welcome email', 0)]),
      page('0:3', 'Mailchimp notes', [frame('3:1', 'Notes', 0)]),
    ]);
    expect(snapshotFromRest(withEmails).frames.map((entry) => entry.id)).toEqual(['1:1', '2:1']);
    expect(snapshotFromRest(withEmails, { pages: ['Flow'] }).frames.map((entry) => entry.id)).toEqual(['1:1']);
  });

  it('takes pages by name or id, all pages, and frames or sections by id', () => {
    const ids = (options: Parameters<typeof snapshotFromRest>[1]) => snapshotFromRest(organised, options).frames.map((entry) => entry.id);
    expect(ids({ pages: ['Archive'] })).toEqual(['8:1']);
    expect(ids({ pages: ['0:1', 'archive'] })).toEqual(['9:1', '8:1']);
    expect(ids({ allPages: true })).toEqual(['9:1', '1:1', '1:5', '8:1', '7:1']);
    expect(ids({ frameIds: ['1:0'] })).toEqual(['1:1']);
    expect(ids({ frameIds: ['8:1', '5:9'] })).toEqual(['8:1', '5:9']);
    expect(() => ids({ pages: ['Nope'] })).toThrow(new ScopeError('no page named "Nope" (the file has "Cover", "Components", "Flow", "Archive")'));
  });

  it('says which pages it looked at when they hold nothing to review', () => {
    expect(() => snapshotFromRest(organised, { pages: ['Components'] })).toThrow(new ScopeError('nothing to review: no frames on page "Components" (choose others with --page NAME, --all-pages or --frames ID)'));
    const empty = file([page('0:1', 'Page 1', [])]);
    expect(() => snapshotFromRest(empty)).toThrow(/^nothing to review: no frames on page "Page 1"/);
    expect(() => snapshotFromRest(file([]))).toThrow('nothing to review: the file has no pages');
    const shallow = file([{ id: '0:1', name: 'Flow', type: 'CANVAS' }]);
    expect(() => snapshotFromRest(shallow)).toThrow(new ScopeError('nothing to review: the response has no layers on page "Flow" (fetched with depth=1? fetch the file without depth)'));
  });
});

describe('what a prototype step is', () => {
  it.each([
    ['NAVIGATE', true], ['SWAP', true], ['OVERLAY', true], ['SCROLL_TO', false], ['CHANGE_TO', false],
  ])('a NODE action with navigation %s is a step: %s', (navigation, step) => {
    const input = file([page('0:1', 'P', [frame('1:1', 'A', 0, [text('1:2', 'Go', go('2:1', navigation))]), frame('2:1', 'B', 400)])]);
    expect(snapshotFromRest(input).links.length).toBe(step ? 1 : 0);
  });

  it.each(['BACK', 'CLOSE', 'URL'])('a %s action is not a step', (type) => {
    const input = file([page('0:1', 'P', [frame('1:1', 'A', 0, [text('1:2', 'Go', { interactions: [{ trigger: { type: 'ON_CLICK' }, actions: [{ type, url: 'https://x.test', destinationId: '2:1' }] }] })]), frame('2:1', 'B', 400)])]);
    expect(snapshotFromRest(input).links).toEqual([]);
  });
});

describe('tolerance', () => {
  it('reads unknown node types and nodes missing optional fields', () => {
    const input = file([page('0:1', 'P', [
      { id: '1:1', type: 'FRAME', children: [{ id: '1:2', type: 'SLOT_OF_THE_FUTURE', children: [{ id: '1:3', type: 'TEXT', characters: 'Connect your bank' }] }, { id: '1:4' }] },
      { id: '2:1', type: 'TABLE', name: 'A table on the canvas' },
      { id: '3:1', type: 'STICKY' },
    ])]);
    const snapshot = snapshotFromRest(input);
    expect(snapshot.frames.map((entry) => entry.id)).toEqual(['1:1']);
    expect(snapshot.frames[0]!.nodes.map((node) => [node.id, node.type, node.name])).toEqual([['1:2', 'SLOT_OF_THE_FUTURE', ''], ['1:3', 'TEXT', ''], ['1:4', 'UNKNOWN', '']]);
    expect(() => snapshotFromRest(input, { frameIds: ['3:1'] })).toThrow(new ScopeError('3:1 is a sticky, not a frame or section'));
    expect(runEngine(snapshot).items).toHaveLength(29);
  });

  it('still names the path of a damaged node', () => {
    const damaged = file([page('0:1', 'Flow', [frame('1:1', 'Sign up', 0, [{ id: '1:2', name: 'Form', type: 'FRAME', children: [{ name: 'Field', type: 'TEXT' }] }])])]);
    expect(() => snapshotFromRest(damaged)).toThrow(new RestInputError('document > Flow > Sign up > Form > Field', 'node has no id'));
  });
});
