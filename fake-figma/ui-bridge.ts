/**
 * figma.ui and figma.showUI. Messages are JSON-copied and delivered asynchronously, as
 * over postMessage. A host (a test, or the browser preview with a real iframe) connects
 * with onPostToUi(listener) to receive what the plugin posts and sendToPlugin(message)
 * for what the panel sends (the `pluginMessage` payload of a real iframe's parent.postMessage).
 */
type Listener = (message: unknown) => void;

const copy = (message: unknown): unknown => (message === undefined ? undefined : JSON.parse(JSON.stringify(message)));

export class FakeUi {
  html: string | null = null;
  options: ShowUIOptions | null = null;
  visible = false;
  closed = false;
  size: { width: number; height: number } | null = null;
  onmessage: MessageEventHandler | undefined = undefined;
  readonly pluginListeners = new Set<MessageEventHandler>();
  readonly hostListeners = new Set<Listener>();
  /** Everything the plugin posted, in order (tests read it). */
  readonly posted: unknown[] = [];
  /** How a message reaches the plugin's code (an instance may need to enter its own context). */
  deliver: (run: () => void) => void = (run) => run();

  show(html: string, options?: ShowUIOptions): void {
    this.html = html;
    this.options = options ?? null;
    this.visible = options?.visible ?? true;
    if (options?.width !== undefined && options.height !== undefined) this.size = { width: options.width, height: options.height };
  }

  /** The UIAPI the plugin sees. */
  api(): UIAPI {
    return uiApi(this);
  }

  /** Host side: receive what the plugin posts. Returns an unsubscribe function. */
  onPostToUi(listener: Listener): () => void {
    this.hostListeners.add(listener);
    return () => this.hostListeners.delete(listener);
  }

  /** Host side: deliver a message from the panel to the plugin. */
  sendToPlugin(message: unknown): void {
    const data = copy(message);
    setTimeout(() => {
      this.deliver(() => {
        const props: OnMessageProperties = { origin: 'null' };
        this.onmessage?.(data, props);
        for (const listener of Array.from(this.pluginListeners)) listener(data, props);
      });
    }, 0);
  }
}

function uiApi(self: FakeUi): UIAPI {
  const api = {
    show() {
      self.visible = true;
    },
    hide() {
      self.visible = false;
    },
    close() {
      self.closed = true;
    },
    resize(width: number, height: number) {
      self.size = { width, height };
    },
    reposition() {},
    getPosition() {
      return { windowSpace: { x: 0, y: 0 }, canvasSpace: { x: 0, y: 0 } };
    },
    postMessage(message: unknown) {
      const data = copy(message);
      self.posted.push(data);
      setTimeout(() => {
        for (const listener of Array.from(self.hostListeners)) listener(data);
      }, 0);
    },
    get onmessage() {
      return self.onmessage;
    },
    set onmessage(handler: MessageEventHandler | undefined) {
      self.onmessage = handler;
    },
    on(type: 'message', handler: MessageEventHandler) {
      if (type === 'message') self.pluginListeners.add(handler);
    },
    once(type: 'message', handler: MessageEventHandler) {
      const wrapped: MessageEventHandler = (message, props) => {
        self.pluginListeners.delete(wrapped);
        handler(message, props);
      };
      if (type === 'message') self.pluginListeners.add(wrapped);
    },
    off(type: 'message', handler: MessageEventHandler) {
      if (type === 'message') self.pluginListeners.delete(handler);
    },
  };
  return api as unknown as UIAPI;
}
