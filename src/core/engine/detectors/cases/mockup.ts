/**
 * A small builder for the detectors' own cases (the *.cases.ts files beside them): screens
 * drawn the way designers draw them, a label centred on a filled shape for a button, a
 * coloured line for a link, with layer names only where designers usually leave them.
 * Not part of the plugin's bundle: only the cases and their test import it.
 */
import type { Snapshot, SnapshotFrame, SnapshotNode } from '../../../model/snapshot';

interface Place {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  name?: string;
  parent?: string;
}

const BLUE = { fill: 'solid', accent: true } as const;

export class Mockup {
  private next = 1;
  private readonly frames: SnapshotFrame[] = [];
  private readonly snapshot: Snapshot = { fileName: 'Case', frames: this.frames, links: [], flowStarts: [] };
  /** Next free row per frame, so callers rarely need coordinates. */
  private readonly rows = new Map<string, number>();

  private id(): string {
    return `5:${this.next++}`;
  }

  private frameOf(frameId: string): SnapshotFrame {
    const frame = this.frames.find((candidate) => candidate.id === frameId);
    if (!frame) throw new Error(`no frame ${frameId}`);
    return frame;
  }

  private row(frameId: string, height: number, y?: number): number {
    const at = y ?? this.rows.get(frameId) ?? 40;
    this.rows.set(frameId, Math.max(this.rows.get(frameId) ?? 40, at + height + 16));
    return at;
  }

  screen(name: string): string {
    const id = this.id();
    this.frames.push({ id, name, type: 'FRAME', pageId: '0:1', pageName: 'Flow', x: this.frames.length * 500, y: 0, width: 390, height: 844, nodes: [] });
    return id;
  }

  layer(frameId: string, type: string, place: Place & { fill?: SnapshotNode['fill']; accent?: boolean; text?: string; componentName?: string } = {}): string {
    const frame = this.frameOf(frameId);
    const parentId = place.parent ?? frameId;
    const parent = frame.nodes.find((node) => node.id === parentId);
    const height = place.height ?? 20;
    const node: SnapshotNode = {
      id: this.id(), type, name: place.name ?? (place.text !== undefined ? place.text.slice(0, 40) : type.toLowerCase()), parentId,
      depth: parent ? parent.depth + 1 : 1, x: place.x ?? 24, y: place.y ?? this.row(frameId, height), width: place.width ?? 342, height,
    };
    if (place.text !== undefined) node.text = place.text;
    if (place.fill !== undefined) node.fill = place.fill;
    if (place.accent) node.accent = true;
    if (place.componentName !== undefined) node.componentName = place.componentName;
    frame.nodes.push(node);
    return node.id;
  }

  text(frameId: string, characters: string, place: Place = {}): string {
    return this.layer(frameId, 'TEXT', { ...place, text: characters, fill: 'solid' });
  }

  /** A label centred on a filled rectangle drawn just behind it (no layer named "button"); returns the label. */
  button(frameId: string, label: string, place: Place = {}): string {
    const y = this.row(frameId, 48, place.y);
    const x = place.x ?? 24;
    const width = place.width ?? 342;
    this.layer(frameId, 'RECTANGLE', { x, y, width, height: 48, fill: 'solid', accent: true, name: 'Rectangle', parent: place.parent });
    return this.layer(frameId, 'TEXT', { x: x + width / 2 - 60, y: y + 14, width: 120, height: 20, text: label, fill: 'solid', parent: place.parent });
  }

  /** A short line in the brand colour; returns it. */
  link(frameId: string, label: string, place: Place = {}): string {
    return this.layer(frameId, 'TEXT', { ...place, text: label, ...BLUE });
  }

  /** A small square box just left of its consent line; returns the line. */
  checkbox(frameId: string, consent: string): string {
    const y = this.row(frameId, 20);
    this.layer(frameId, 'RECTANGLE', { x: 24, y, width: 20, height: 20, fill: 'solid', name: 'Rectangle' });
    return this.layer(frameId, 'TEXT', { x: 52, y, width: 300, height: 20, text: consent, fill: 'solid' });
  }

  /** Sets a text's type size (px). */
  setFontSize(nodeId: string, size: number): this {
    const node = this.frames.reduce<SnapshotNode | undefined>((found, frame) => found ?? frame.nodes.find((candidate) => candidate.id === nodeId), undefined);
    if (!node) throw new Error(`no node ${nodeId}`);
    node.fontSize = size;
    return this;
  }

  goesTo(sourceNodeId: string, destinationFrameId: string): this {
    const source = this.frames.find((frame) => frame.id === sourceNodeId || frame.nodes.some((node) => node.id === sourceNodeId));
    if (!source) throw new Error(`no node ${sourceNodeId}`);
    this.snapshot.links.push({ sourceNodeId, sourceFrameId: source.id, destinationFrameId });
    return this;
  }

  start(frameId: string): this {
    this.snapshot.flowStarts.push({ frameId, name: 'Flow 1' });
    return this;
  }

  build(): Snapshot {
    return this.snapshot;
  }
}

/** A connect screen: a heading, the connect button, and whatever the case adds. */
export function connectScreen(m: Mockup, label = 'Connect your accounting software'): { frame: string; cta: string } {
  const frame = m.screen('Connect');
  m.text(frame, 'Link your books to get your offer');
  return { frame, cta: m.button(frame, label) };
}

/** A screen that lists platforms (Xero, QuickBooks Online…), each on its own row. */
export function platformScreen(m: Mockup, names: readonly string[] = ['Xero', 'QuickBooks Online', 'Sage Intacct']): { frame: string; rows: string[] } {
  const frame = m.screen('Choose your software');
  return { frame, rows: names.map((name) => m.text(frame, name, { width: 200 })) };
}
