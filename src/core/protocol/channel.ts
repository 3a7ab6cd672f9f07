/**
 * The two ends of the bridge over an abstract transport, so the same code runs in
 * Figma (figma.ui.postMessage / parent.postMessage), in the browser preview, and
 * in tests (an in-memory pair).
 */
import * as v from 'valibot';
import type {
  Envelope,
  ErrorCode,
  EventMap,
  EventName,
  ParamsOf,
  ProtocolErrorData,
  RequestName,
  ResultOf,
} from './messages';
import { isRequestName, paramSchemas, parseEnvelope } from './messages';

export interface Transport {
  send(message: Envelope): void;
  /** Subscribe to incoming raw messages; returns an unsubscribe function. */
  listen(handler: (raw: unknown) => void): () => void;
}

/** A failure with a code the other side can act on. */
export class ProtocolError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ProtocolError';
    this.code = code;
  }
  toData(): ProtocolErrorData {
    return { code: this.code, message: this.message };
  }
}

/** A message for anything thrown: handlers may throw non-Errors, even objects String() cannot convert. */
function describeError(error: unknown): string {
  try {
    return error instanceof Error ? String(error.message) : String(error);
  } catch {
    return 'Unknown error.';
  }
}

export interface HandlerContext {
  emit<E extends EventName>(name: E, payload: EventMap[E]): void;
}

export type Handler<M extends RequestName> = (params: ParamsOf<M>, ctx: HandlerContext) => Promise<ResultOf<M>> | ResultOf<M>;
export type Handlers = { [M in RequestName]: Handler<M> };

export interface Server {
  emit<E extends EventName>(name: E, payload: EventMap[E]): void;
  close(): void;
}

/**
 * The sandbox end: answers requests with one handler per message and sends events,
 * holding them until the panel says it is ready.
 */
export function createServer(transport: Transport, handlers: Handlers): Server {
  let ready = false;
  const pending: Envelope[] = [];

  const send = (message: Envelope): void => {
    if (ready || message.kind === 'reply') transport.send(message);
    else pending.push(message);
  };

  const emit = <E extends EventName>(name: E, payload: EventMap[E]): void => {
    send({ kind: 'event', name, payload });
  };

  const fail = (id: number, code: ErrorCode, message: string): void => {
    transport.send({ kind: 'reply', id, ok: false, error: { code, message } });
  };

  const stop = transport.listen((raw) => {
    const envelope = parseEnvelope(raw);
    if (!envelope) return;
    if (envelope.kind === 'ready') {
      ready = true;
      for (const message of pending.splice(0)) transport.send(message);
      return;
    }
    if (envelope.kind !== 'request') return;
    const { id, method } = envelope;
    if (!isRequestName(method)) {
      // Never String() an arbitrary value here: objects without a usable toString throw.
      const shown = typeof method === 'string' ? `"${method.slice(0, 80)}"` : `of type ${method === null ? 'null' : typeof method}`;
      fail(id, 'unknown-method', `Unknown request ${shown}.`);
      return;
    }
    const parsed = v.safeParse(paramSchemas[method], envelope.params ?? {});
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const where = issue?.path?.map((p) => String(p.key)).join('.') || 'params';
      fail(id, 'bad-request', `Invalid ${method} request: ${where}: ${issue?.message ?? 'invalid'}.`);
      return;
    }
    const handler = handlers[method] as (params: unknown, ctx: HandlerContext) => Promise<unknown> | unknown;
    Promise.resolve()
      .then(() => handler(parsed.output, { emit }))
      .then(
        (result) => {
          try {
            transport.send({ kind: 'reply', id, ok: true, result });
          } catch (error) {
            // A result postMessage cannot copy must still end the request, or the panel waits forever.
            fail(id, 'internal', `The ${method} result could not be sent: ${describeError(error)}`);
          }
        },
        (error: unknown) => {
          if (error instanceof ProtocolError) fail(id, error.code, error.message);
          else fail(id, 'internal', describeError(error));
        },
      );
  });

  return { emit, close: stop };
}

export interface RequestOptions {
  /** Give up after this many milliseconds with a `timeout` error (default: never). */
  timeoutMs?: number;
}

export interface Client {
  request<M extends RequestName>(method: M, params: ParamsOf<M>, options?: RequestOptions): Promise<ResultOf<M>>;
  on<E extends EventName>(name: E, handler: (payload: EventMap[E]) => void): () => void;
  /** Tell the sandbox the panel is listening (call once handlers are registered). */
  ready(): void;
  close(): void;
}

/** The panel end: typed requests that resolve with the result or reject with a ProtocolError. */
export function createClient(transport: Transport): Client {
  let nextId = 1;
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: ProtocolError): void; timer?: ReturnType<typeof setTimeout> }>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();

  const stop = transport.listen((raw) => {
    const envelope = parseEnvelope(raw);
    if (!envelope) return;
    if (envelope.kind === 'reply') {
      const entry = waiting.get(envelope.id);
      if (!entry) return;
      waiting.delete(envelope.id);
      if (entry.timer !== undefined) clearTimeout(entry.timer);
      if (envelope.ok) entry.resolve(envelope.result);
      else entry.reject(new ProtocolError(envelope.error.code as ErrorCode, envelope.error.message));
    } else if (envelope.kind === 'event') {
      for (const listener of listeners.get(envelope.name) ?? []) listener(envelope.payload);
    }
  });

  return {
    request(method, params, options) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const entry: { resolve(value: unknown): void; reject(error: ProtocolError): void; timer?: ReturnType<typeof setTimeout> } = {
          resolve: resolve as (value: unknown) => void,
          reject,
        };
        if (options?.timeoutMs !== undefined) {
          entry.timer = setTimeout(() => {
            waiting.delete(id);
            reject(new ProtocolError('timeout', `No answer to ${method} within ${options.timeoutMs} ms.`));
          }, options.timeoutMs);
        }
        waiting.set(id, entry);
        transport.send({ kind: 'request', id, method, params });
      });
    },
    on(name, handler) {
      const set = listeners.get(name) ?? new Set();
      set.add(handler as (payload: unknown) => void);
      listeners.set(name, set);
      return () => set.delete(handler as (payload: unknown) => void);
    },
    ready() {
      transport.send({ kind: 'ready' });
    },
    close() {
      stop();
      for (const [id, entry] of waiting) {
        if (entry.timer !== undefined) clearTimeout(entry.timer);
        entry.reject(new ProtocolError('cancelled', 'The connection closed.'));
        waiting.delete(id);
      }
    },
  };
}

/** Two connected in-memory transports (delivery is asynchronous, as over postMessage). */
export function createMemoryTransportPair(): [Transport, Transport] {
  const make = (deliverTo: () => Set<(raw: unknown) => void>, own: Set<(raw: unknown) => void>): Transport => ({
    send(message) {
      const copy = JSON.parse(JSON.stringify(message)) as unknown;
      setTimeout(() => {
        for (const handler of deliverTo()) handler(copy);
      }, 0);
    },
    listen(handler) {
      own.add(handler);
      return () => own.delete(handler);
    },
  });
  const a = new Set<(raw: unknown) => void>();
  const b = new Set<(raw: unknown) => void>();
  return [make(() => b, a), make(() => a, b)];
}
