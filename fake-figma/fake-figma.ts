/**
 * The fake `figma` global: one document plus the API surface the plugin uses, typed
 * against @figma/plugin-typings. The only cast to PluginAPI is in `api`.
 */
import { FakeCategories } from './categories';
import { FakeContext } from './context';
import type { FakeHooks, FakeNode } from './nodes';
import { FakeDocumentNode } from './nodes';
import type { FakePage } from './nodes';
import { FakeUi } from './ui-bridge';
import type { MutableState } from './state';
import { exportState, importState } from './state';

export interface FakeFigmaOptions {
  editorType?: 'figma' | 'dev' | 'figjam';
  /** null: no currentuser permission / signed out. */
  user?: { id: string; name: string } | null;
  command?: string;
  readCostMicros?: number;
  fileName?: string;
}

type Listener = (...args: unknown[]) => void;

export class FakeFigma {
  readonly ctx = new FakeContext();
  readonly categories = new FakeCategories();
  readonly ui = new FakeUi();
  readonly document: FakeDocumentNode;
  editorType: 'figma' | 'dev' | 'figjam';
  user: { id: string; name: string } | null;
  command: string;
  currentPage!: FakePage;
  commitUndoCount = 0;
  readonly notifications: { message: string; error: boolean }[] = [];
  readonly zoomedTo: string[][] = [];
  readonly clientStorage = new Map<string, unknown>();
  closed = false;
  /** Make every annotation write throw (as an editor that refuses annotations would). */
  failAnnotationWrites: string | null = null;
  private readonly listeners = new Map<string, Set<Listener>>();
  readonly hooks: FakeHooks;

  constructor(options: FakeFigmaOptions = {}) {
    this.editorType = options.editorType ?? 'figma';
    this.user = options.user === undefined ? { id: 'u1', name: 'Dana Designer' } : options.user;
    this.command = options.command ?? '';
    this.ctx.readCostMicros = options.readCostMicros ?? 0;
    this.hooks = {
      categoryExists: (id) => this.categories.exists(id),
      beforeAnnotationWrite: () => {
        if (this.failAnnotationWrites) throw new Error(this.failAnnotationWrites);
      },
      selectionChanged: (page) => {
        if (page === this.currentPage) setTimeout(() => this.fire('selectionchange'), 0);
      },
    };
    this.document = new FakeDocumentNode(this.ctx, this.hooks, 'DOCUMENT', options.fileName ?? 'Untitled', { id: '0:0' });
  }

  /** First page added becomes the current page. */
  page(name: string, options?: { id?: string }): FakePage {
    const page = this.document.page(name, options);
    if (!this.currentPage) this.currentPage = page;
    return page;
  }

  node(id: string): FakeNode {
    const found = this.ctx.nodes.get(id);
    if (!found) throw new Error(`No node ${id}`);
    return found;
  }

  byName(name: string): FakeNode {
    const found = this.document.findByName(name);
    if (!found) throw new Error(`No node named ${name}`);
    return found;
  }

  /** Select nodes on the current page (fires selectionchange like Figma). */
  select(...nodes: FakeNode[]): void {
    this.currentPage.selection = nodes;
  }

  on(type: string, listener: Listener): void {
    const set = this.listeners.get(type) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(type, set);
  }
  off(type: string, listener: Listener): void {
    this.listeners.get(type)?.delete(listener);
  }
  fire(type: string, ...args: unknown[]): void {
    for (const listener of Array.from(this.listeners.get(type) ?? [])) listener(...args);
  }
  listenerCount(type: string): number {
    return this.listeners.get(type)?.size ?? 0;
  }

  exportMutableState(): MutableState {
    return exportState(this);
  }
  importMutableState(state: MutableState): void {
    importState(this, state);
  }

  /** The PluginAPI the plugin code sees. */
  get api(): PluginAPI {
    return pluginApi(this);
  }
}

function pluginApi(self: FakeFigma): PluginAPI {
  const api = {
    get mixed() {
      return self.ctx.mixed;
    },
    get root() {
      return self.document;
    },
    get currentPage() {
      return self.currentPage;
    },
    setCurrentPageAsync(page: FakePage) {
      self.currentPage = page;
      return page.loadAsync();
    },
    get editorType() {
      return self.editorType;
    },
    get mode() {
      return self.editorType === 'dev' ? 'inspect' : 'default';
    },
    get command() {
      return self.command;
    },
    get currentUser() {
      return self.user ? { id: self.user.id, name: self.user.name, photoUrl: null, color: '#000000', sessionId: 1 } : null;
    },
    get skipInvisibleInstanceChildren() {
      return self.ctx.skipInvisibleInstanceChildren;
    },
    set skipInvisibleInstanceChildren(value: boolean) {
      self.ctx.skipInvisibleInstanceChildren = value;
    },
    getNodeByIdAsync(id: string) {
      const node = self.ctx.nodes.get(id);
      return Promise.resolve(node && !node._removed ? node : null);
    },
    getNodeById() {
      throw new Error('in getNodeById: Cannot call with documentAccess: dynamic-page. Use figma.getNodeByIdAsync instead.');
    },
    loadAllPagesAsync() {
      return Promise.all(self.document._children.map((p) => (p as FakePage).loadAsync())).then(() => undefined);
    },
    commitUndo() {
      self.commitUndoCount++;
    },
    notify(message: string, options?: NotificationOptions) {
      self.notifications.push({ message, error: options?.error ?? false });
      return { cancel() {} };
    },
    showUI(html: string, options?: ShowUIOptions) {
      self.ui.show(html, options);
    },
    get ui() {
      return self.ui.api();
    },
    closePlugin() {
      self.closed = true;
      self.fire('close');
    },
    on(type: string, listener: Listener) {
      self.on(type, listener);
    },
    once(type: string, listener: Listener) {
      const wrapped: Listener = (...args) => {
        self.off(type, wrapped);
        listener(...args);
      };
      self.on(type, wrapped);
    },
    off(type: string, listener: Listener) {
      self.off(type, listener);
    },
    viewport: {
      center: { x: 0, y: 0 },
      zoom: 1,
      scrollAndZoomIntoView(nodes: ReadonlyArray<FakeNode>) {
        self.zoomedTo.push(nodes.map((n) => n.rawId));
      },
    },
    clientStorage: {
      getAsync(key: string) {
        const value = self.clientStorage.get(key);
        return Promise.resolve(value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
      },
      setAsync(key: string, value: unknown) {
        self.clientStorage.set(key, JSON.parse(JSON.stringify(value)));
        return Promise.resolve();
      },
      deleteAsync(key: string) {
        self.clientStorage.delete(key);
        return Promise.resolve();
      },
      keysAsync() {
        return Promise.resolve(Array.from(self.clientStorage.keys()));
      },
    },
    annotations: self.categories.api(),
  };
  return api as unknown as PluginAPI;
}

export interface FakeFigmaHandle {
  fake: FakeFigma;
  api: PluginAPI;
  uninstall(): void;
}

/** Put a fake on globalThis as `figma` and `__html__` (per test; nothing happens at import). */
export function installFakeFigma(fake: FakeFigma = new FakeFigma(), html = '<!doctype html><html><body><!--AFR_INITIAL_STATE--></body></html>'): FakeFigmaHandle {
  const g = globalThis as unknown as Record<string, unknown>;
  const previous = { figma: g.figma, html: g.__html__ };
  if (!fake.currentPage) fake.page('Page 1');
  const api = fake.api;
  g.figma = api;
  g.__html__ = html;
  return {
    fake,
    api,
    uninstall() {
      g.figma = previous.figma;
      g.__html__ = previous.html;
    },
  };
}
