/** A tiny builder for hand-made snapshots in engine tests: ids in Figma's "12:34" form. */
import type { Snapshot, SnapshotFrame, SnapshotNode } from '../../../src/core/model/snapshot';

interface NodeOptions {
  type?: string;
  name?: string;
  parent?: string;
  componentName?: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
}

export class SnapshotBuilder {
  private next = 1;
  private readonly frames: SnapshotFrame[] = [];
  private readonly snapshot: Snapshot = { fileName: 'Test file', frames: this.frames, links: [], flowStarts: [] };

  private id(): string {
    return `10:${this.next++}`;
  }

  private frameOf(frameId: string): SnapshotFrame {
    const frame = this.frames.find((candidate) => candidate.id === frameId);
    if (!frame) throw new Error(`no frame ${frameId}`);
    return frame;
  }

  frame(name: string, options: { x?: number; y?: number; pageId?: string } = {}): string {
    const id = this.id();
    this.frames.push({
      id, name, type: 'FRAME', pageId: options.pageId ?? '0:1', pageName: 'Page 1',
      x: options.x ?? this.frames.length * 1600, y: options.y ?? 0, width: 1440, height: 1024, nodes: [],
    });
    return id;
  }

  node(frameId: string, options: NodeOptions = {}): string {
    const frame = this.frameOf(frameId);
    const parentId = options.parent ?? frameId;
    const parent = frame.nodes.find((node) => node.id === parentId);
    const id = this.id();
    const node: SnapshotNode = {
      id, type: options.type ?? 'FRAME', name: options.name ?? 'Layer', parentId, depth: parent ? parent.depth + 1 : 1,
      x: options.x ?? 0, y: options.y ?? frame.nodes.length * 30, width: options.width ?? 300, height: options.height ?? 20,
    };
    if (options.componentName !== undefined) node.componentName = options.componentName;
    frame.nodes.push(node);
    return id;
  }

  text(frameId: string, characters: string, options: NodeOptions = {}): string {
    const id = this.node(frameId, { ...options, type: 'TEXT', name: options.name ?? characters.slice(0, 30) });
    const node = this.frameOf(frameId).nodes.find((candidate) => candidate.id === id)!;
    node.text = characters;
    return id;
  }

  /** A button instance with its label; returns the label's id (the instance id is one less). */
  button(frameId: string, label: string, options: NodeOptions = {}): string {
    const button = this.node(frameId, { ...options, type: 'INSTANCE', name: 'Button', componentName: 'Button/Primary', height: 44 });
    return this.text(frameId, label, { parent: button, y: options.y });
  }

  link(sourceNodeId: string, destinationFrameId: string): this {
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
