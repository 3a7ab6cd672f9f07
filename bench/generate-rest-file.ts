/**
 * Writes a large, realistic Figma REST file response (GET /v1/files/:key?geometry=paths&plugin_data=shared)
 * for the CLI benchmark and the large-file tests. Real exports spend most of their bytes on
 * what the review never reads (fills, strokes, effects, text styles, vector geometry, component
 * properties, overrides), so every node carries them here too. Pages hold sections of
 * onboarding-like frames with nested groups and instances, text drawn from onboarding copy
 * (so the engine has real matching to do) plus unique copy, and prototype links between frames.
 * Deterministic for a given seed; written piece by piece so the generator itself stays small.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

export interface GeneratedFile {
  path: string;
  bytes: number;
  pages: number;
  frames: number;
  /** Every node under the document, pages included. */
  nodes: number;
}

export interface GenerateOptions {
  path: string;
  /** Stop adding frames once the file reaches this size. */
  targetBytes: number;
  seed?: number;
  framesPerSection?: number;
  sectionsPerPage?: number;
  /**
   * `sections` (default): pages of sections of large frames. `top-level`: small frames placed
   * straight on the page, as in files with thousands of screens; `framesPerPage` per page.
   */
  layout?: 'sections' | 'top-level';
  framesPerPage?: number;
  /** Stop adding frames after this many, whatever the size. */
  maxFrames?: number;
}

/** Small deterministic PRNG (mulberry32): the same seed gives the same file on every machine. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COPY = [
  'Create your account', 'Work email', 'Password', 'Continue', 'Sign in with Google', 'Already have an account? Log in',
  'Connect your accounting software', 'Connect QuickBooks Online', 'Link bank account', 'Connect', 'Skip for now',
  'QuickBooks Online', 'QuickBooks Desktop', 'Xero', 'Sage', 'FreshBooks', 'NetSuite', 'Wave', 'Stripe', 'Shopify',
  'Accounting', 'Payroll', 'Banking', 'Commerce', 'Search platforms', 'Search for your software',
  'We never share your data without your consent', 'Bank-level 256-bit encryption', 'Trusted by 20,000 businesses',
  'You can disconnect at any time', 'We read your invoices and bills to forecast cash flow',
  'See your cash flow in one place', 'Step 1 of 3', 'Step 2 of 3', 'Step 3 of 3', '1. Open settings', '2. Choose apps',
  'I agree to the Terms of Service and Privacy Policy', 'Privacy Policy', 'Want to know more? Read our FAQ',
  'Call us at +1 415 555 0100', 'Email support@example.com', 'Chat with us', 'Powered by Plaid',
  'You will sign in on the QuickBooks site and come back here', 'Last synced 12 Mar 2026', 'Syncing…', 'Refresh',
  'Disconnect', 'Add another connection', 'Connected', 'Pending', 'Dashboard', 'Insights', 'Cash runway',
  'Don\'t see your software? Upload a CSV instead', 'Invite a colleague to finish', 'Company details were prefilled from Xero',
  '“Setting up took five minutes” — Dana, CFO', 'Résumé of your connections', 'Ålesund Bokføring AS',
];
const NAMES = ['Header', 'Content', 'Footer', 'Card', 'Row', 'Stack', 'Group', 'Frame', 'Container', 'Sidebar', 'Nav', 'Form', 'List'];
const COMPONENTS: [string, string, string | null][] = [
  ['90:1', 'Type=Primary', 'Button'], ['90:2', 'Type=Secondary', 'Button'], ['90:3', 'State=Unchecked', 'Checkbox'],
  ['90:4', 'Input/Text', null], ['90:5', 'Platform card', null], ['90:6', 'Icon/Refresh', null], ['90:7', 'Spinner', null],
  ['90:8', 'Star', null], ['90:9', 'Progress bar', null], ['90:10', 'Search bar', null], ['90:11', 'Avatar', null],
];
const SCREEN_NAMES = ['Sign up', 'Welcome', 'Connect your accounts', 'Choose platform', 'Consent', 'Connecting', 'Connections', 'Dashboard', 'Settings', 'Welcome email'];

interface Writer {
  write(text: string): void;
  bytes(): number;
  close(): void;
}

/** Buffers writes into ~1 MB blocks: one syscall per block, not per node. */
function fileWriter(path: string): Writer {
  const fd = openSync(path, 'w');
  let pending: string[] = [];
  let pendingLength = 0;
  let pendingBytes = 0;
  let written = 0;
  const flush = () => {
    if (pending.length === 0) return;
    written += writeSync(fd, pending.join(''));
    pending = [];
    pendingLength = 0;
    pendingBytes = 0;
  };
  return {
    write(text) {
      pending.push(text);
      pendingLength += text.length;
      // Counted as it comes: the size is asked after every frame.
      pendingBytes += Buffer.byteLength(text);
      if (pendingLength > 1 << 20) flush();
    },
    bytes: () => written + pendingBytes,
    close() {
      flush();
      closeSync(fd);
    },
  };
}

export function generateRestFile(options: GenerateOptions): GeneratedFile {
  const random = prng(options.seed ?? 7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const round = (value: number) => Math.round(value * 100) / 100;
  const framesPerSection = options.framesPerSection ?? 10;
  const sectionsPerPage = options.sectionsPerPage ?? 8;
  const topLevel = options.layout === 'top-level';
  const framesPerPage = options.framesPerPage ?? 5000;
  const maxFrames = options.maxFrames ?? Infinity;
  let nextId = 100;
  let nodes = 0;
  const id = () => `${Math.floor(nextId / 1000) + 1}:${nextId++}`;

  const color = () => ({ r: round(random()), g: round(random()), b: round(random()), a: 1 });
  const paint = () => ({ blendMode: 'NORMAL', type: 'SOLID', color: color() });
  const box = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });
  const shadow = () => ({
    type: 'DROP_SHADOW', visible: true, color: { r: 0, g: 0, b: 0, a: 0.12 }, blendMode: 'NORMAL',
    offset: { x: 0, y: 2 }, radius: 8, spread: 0, showShadowBehindNode: false,
  });
  const path = () => {
    let d = `M${round(random() * 24)} ${round(random() * 24)}`;
    for (let i = 0; i < 12; i++) d += `C${round(random() * 24)} ${round(random() * 24)} ${round(random() * 24)} ${round(random() * 24)} ${round(random() * 24)} ${round(random() * 24)}`;
    return `${d}Z`;
  };
  // Layout, paint and export fields every exported node carries, whatever its type.
  const common = (name: string, type: string, bounds: ReturnType<typeof box>) => ({
    id: id(), name, type, scrollBehavior: 'SCROLLS', blendMode: 'PASS_THROUGH',
    absoluteBoundingBox: bounds, absoluteRenderBounds: { ...bounds, width: bounds.width + 1 },
    constraints: { vertical: 'TOP', horizontal: 'LEFT' },
    relativeTransform: [[1, 0, round(random() * 100)], [0, 1, round(random() * 100)]],
    size: { x: bounds.width, y: bounds.height },
    fills: [paint()], strokes: random() < 0.5 ? [paint()] : [], strokeWeight: 1, strokeAlign: 'INSIDE',
    effects: random() < 0.4 ? [shadow(), shadow()] : [],
    styles: random() < 0.3 ? { fill: `S:${Math.floor(random() * 1e8).toString(16)},1:${Math.floor(random() * 99)}` } : undefined,
    exportSettings: random() < 0.05 ? [{ suffix: '', format: 'PNG', constraint: { type: 'SCALE', value: 2 } }] : undefined,
  });

  type Node = Record<string, unknown>;
  const text = (x: number, y: number): Node => {
    nodes++;
    // Mostly onboarding copy, some unique lines, as in real mockups (lists, names, figures).
    const characters = random() < 0.7 ? pick(COPY) : `Invoice #${Math.floor(random() * 1e6)} due in ${Math.floor(random() * 30)} days`;
    return {
      ...common(characters.slice(0, 30), 'TEXT', box(x, y, 200 + Math.floor(random() * 200), 20)),
      characters,
      style: {
        fontFamily: 'Inter', fontPostScriptName: 'Inter-Regular', fontWeight: 400, textAutoResize: 'WIDTH_AND_HEIGHT',
        fontSize: 14, textAlignHorizontal: 'LEFT', textAlignVertical: 'TOP', letterSpacing: 0, lineHeightPx: 20,
        lineHeightPercent: 100, lineHeightUnit: 'INTRINSIC_%',
      },
      characterStyleOverrides: random() < 0.2 ? [0, 0, 1, 1, 1, 0] : [], styleOverrideTable: {},
      lineTypes: ['NONE'], lineIndentations: [0],
    };
  };
  const vector = (x: number, y: number): Node => {
    nodes++;
    return {
      ...common('Vector', 'VECTOR', box(x, y, 24, 24)),
      fillGeometry: [{ path: path(), windingRule: 'NONZERO' }],
      strokeGeometry: [{ path: path(), windingRule: 'NONZERO' }],
    };
  };
  const group = (depth: number, x: number, y: number, frameIds: string[], links: { value: number }): Node => {
    nodes++;
    const kind = random();
    const isInstance = kind < 0.35;
    const base = common(pick(NAMES), isInstance ? 'INSTANCE' : kind < 0.6 ? 'GROUP' : 'FRAME', box(x, y, 320, 120));
    const children: Node[] = [];
    const count = 2 + Math.floor(random() * 4);
    for (let i = 0; i < count; i++) {
      const roll = random();
      if (depth < 5 && roll < 0.35) children.push(group(depth + 1, x + 8, y + i * 24, frameIds, links));
      else if (roll < 0.75) children.push(text(x + 8, y + i * 24));
      else children.push(vector(x + 8, y + i * 24));
    }
    const node: Node = { ...base, clipsContent: true, layoutMode: pick(['NONE', 'VERTICAL', 'HORIZONTAL']), itemSpacing: 8, children };
    if (isInstance) {
      const [componentId] = pick(COMPONENTS);
      node.componentId = componentId;
      node.componentProperties = { 'Label#1:0': { value: pick(COPY), type: 'TEXT' }, 'Show icon#2:0': { value: random() < 0.5, type: 'BOOLEAN' } };
      node.overrides = [{ id: base.id, overriddenFields: ['fills', 'characters'] }];
    }
    if (random() < 0.1 && frameIds.length > 0) {
      links.value++;
      node.interactions = [{
        trigger: { type: 'ON_CLICK' },
        actions: [{ type: 'NODE', destinationId: pick(frameIds), navigation: 'NAVIGATE', transition: { type: 'SMART_ANIMATE', easing: { type: 'EASE_OUT' }, duration: 0.3 }, preserveScrollPosition: false }],
      }];
    }
    if (random() < 0.03) node.visible = false;
    return node;
  };

  const writer = fileWriter(options.path);
  const componentsMap: Record<string, unknown> = {};
  const componentSets: Record<string, unknown> = {};
  for (const [componentId, name, setName] of COMPONENTS) {
    const setId = setName === null ? undefined : `91:${setName.length}`;
    componentsMap[componentId] = { key: `k${componentId}`, name, description: '', remote: false, componentSetId: setId, documentationLinks: [] };
    if (setId !== undefined && setName !== null) componentSets[setId] = { key: `s${setId}`, name: setName, description: '', remote: false };
  }
  writer.write(`{"name":"Generated onboarding (${options.targetBytes} bytes)","lastModified":"2026-11-26T00:00:00Z","version":"1","role":"owner","editorType":"figma",`);
  writer.write('"document":{"id":"0:0","name":"Document","type":"DOCUMENT","scrollBehavior":"SCROLLS","sharedPluginData":{"other.plugin":{"k":"v"}},"children":[');
  let frames = 0;
  let pages = 0;
  const links = { value: 0 };
  const reserve = 4096; // room for the closing maps
  const room = () => writer.bytes() < options.targetBytes - reserve && frames < maxFrames;
  /** One screen; `ids` are its siblings in the flow, chosen up front so buttons can link forward as well as back. */
  const writeFrame = (frameId: string, f: number, ids: string[], x: number, y: number, blocks: number, separator: boolean, home: string | null = null) => {
    frames++;
    nodes++;
    const children: Node[] = [];
    for (let b = 0; b < blocks; b++) children.push(group(1, 40, 80 + b * 140, ids, links));
    // A small screen: a heading, a line of copy and now and then a flat block (a button that may link on).
    if (blocks === 0) {
      children.push(text(40, 40));
      if (random() < 0.3) children.push(group(5, 40, 120, ids, links));
    }
    // A "Home" link on every screen to the page's first one, as a navigation bar gives: one
    // screen that thousands of others lead to.
    if (home !== null && home !== frameId) {
      links.value++;
      children.push({ ...text(40, 10), interactions: [{ trigger: { type: 'ON_CLICK' }, actions: [{ type: 'NODE', destinationId: home, navigation: 'NAVIGATE', transition: null }] }] });
    }
    const frame: Node = {
      ...common(SCREEN_NAMES[f % SCREEN_NAMES.length]!, 'FRAME', box(x, y, 1440, 1024)),
      id: frameId, clipsContent: true, background: [paint()], backgroundColor: color(), layoutMode: 'NONE', children,
    };
    if (f + 1 < ids.length) frame.transitionNodeID = ids[f + 1];
    if (f === 0) frame.sharedPluginData = { 'other.plugin': { note: 'kept by another plugin' } };
    writer.write(`${separator ? ',' : ''}${JSON.stringify(frame)}`);
  };
  while (room()) {
    const pageId = `0:${++pages}`;
    if (pages > 1) writer.write(',');
    writer.write(`{"id":"${pageId}","name":"Onboarding ${pages}","type":"CANVAS","scrollBehavior":"SCROLLS","backgroundColor":{"r":0.96,"g":0.96,"b":0.96,"a":1},"prototypeStartNodeID":null,"children":[`);
    nodes++;
    let firstFrame: string | null = null;
    if (topLevel) {
      // Flows of ten screens side by side, rows of flows down the page.
      for (let f = 0; f < framesPerPage && room(); f += framesPerSection) {
        const ids = Array.from({ length: framesPerSection }, id);
        firstFrame ??= ids[0]!;
        ids.forEach((frameId, i) => {
          if (room()) writeFrame(frameId, i, ids, i * 1600, (f / framesPerSection) * 1200, 0, f + i > 0, firstFrame);
        });
      }
    }
    for (let s = 0; !topLevel && s < sectionsPerPage && room(); s++) {
      const sectionId = id();
      nodes++;
      const ids = Array.from({ length: framesPerSection }, id);
      firstFrame ??= ids[0]!;
      writer.write(`${s > 0 ? ',' : ''}{"id":"${sectionId}","name":"Flow ${s + 1}","type":"SECTION","absoluteBoundingBox":${JSON.stringify(box(0, s * 2000, 16000, 1800))},"fills":[${JSON.stringify(paint())}],"children":[`);
      ids.forEach((frameId, f) => writeFrame(frameId, f, ids, f * 1600, s * 2000, 4 + Math.floor(random() * 5), f > 0));
      writer.write(']}');
    }
    writer.write(`],"flowStartingPoints":[{"nodeId":"${firstFrame ?? pageId}","name":"Onboarding"}]}`);
  }
  writer.write(`]},"components":${JSON.stringify(componentsMap)},"componentSets":${JSON.stringify(componentSets)},"styles":{},"schemaVersion":0}`);
  writer.close();
  return { path: options.path, bytes: writer.bytes(), pages, frames, nodes };
}
