import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach } from 'vitest';
import { App } from '../../../ui/App';
import type { Client, Handlers, HandlerContext, Server } from '../../../src/core/protocol/channel';
import { createClient, createMemoryTransportPair, createServer } from '../../../src/core/protocol/channel';
import type { InitialState, ParamsOf, RequestName } from '../../../src/core/protocol/messages';
import { initialState, scanResult } from './fixtures';

export interface Call<M extends RequestName = RequestName> {
  method: M;
  params: ParamsOf<M>;
}

export interface PanelOptions {
  state?: Partial<InitialState>;
  /** False: the host injected no initial state. */
  injected?: boolean;
  handlers?: Partial<Handlers>;
}

const clients: Client[] = [];
afterEach(() => {
  cleanup();
  for (const c of clients.splice(0)) c.close();
});

function defaultHandlers(): Handlers {
  return {
    scan: () => scanResult(),
    'cancel-scan': () => ({ cancelled: true }),
    'set-verdict': (p) => ({
      verdict: { ...p, by: 'Ada', at: '2026-11-26T09:00:00.000Z', frameId: '1:1' },
      savedAt: '2026-11-26T09:00:00.000Z',
      annotations: { ok: true },
    }),
    'show-nodes': ({ nodeIds }) => ({ shown: nodeIds, missing: [] }),
    'publish-annotations': () => ({ written: 4, annotations: { ok: true } }),
    'reset-review': () => ({ clearedItems: 3, clearedFrames: 2, annotations: { ok: true } }),
    'resolve-copy': ({ frameId }) => ({ frameId }),
    resize: (size) => size,
    notify: () => ({}),
    'set-file-link': ({ link }) => ({ fileKey: /\/design\/([A-Za-z0-9]+)/.exec(link)?.[1] ?? null, problem: null, newer: false }),
  };
}

/**
 * Render the real panel against a scripted sandbox: a real client and server over the
 * in-memory transport pair, so requests, replies and events go through the protocol.
 */
export function renderPanel(options: PanelOptions = {}) {
  const [panelSide, sandboxSide] = createMemoryTransportPair();
  const calls: Call[] = [];
  const scripted = { ...defaultHandlers(), ...options.handlers } as Handlers;
  const recorded = {} as Record<RequestName, (params: unknown, ctx: HandlerContext) => unknown>;
  for (const method of Object.keys(scripted) as RequestName[]) {
    const handler = scripted[method] as (params: unknown, ctx: HandlerContext) => unknown;
    recorded[method] = (params, ctx) => {
      calls.push({ method, params } as Call);
      return handler(params, ctx);
    };
  }
  const server: Server = createServer(sandboxSide, recorded as unknown as Handlers);
  const client = createClient(panelSide);
  clients.push(client);
  const state = initialState(options.state);
  const utils = render(<App client={client} initialState={{ state, injected: options.injected ?? true }} />);
  const callsOf = <M extends RequestName>(method: M): ParamsOf<M>[] =>
    calls.filter((c) => c.method === method).map((c) => c.params as ParamsOf<M>);
  return { ...utils, calls, callsOf, server, client };
}

/** Open the panel with the sample frames selected and wait for the review to load. */
export async function renderLoadedPanel(options: PanelOptions = {}) {
  const panel = renderPanel({ ...options, state: { selection: scanResult().scope, ...options.state } });
  await screen.findByRole('heading', { name: 'Overview' });
  return panel;
}

export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export { screen, waitFor };

/** Go to a step through the stepper, as a reviewer would. */
export async function openStep(name: RegExp | string) {
  const { fireEvent, within } = await import('@testing-library/preact');
  const nav = screen.getByRole('navigation', { name: 'Review steps' });
  fireEvent.click(within(nav).getByRole('button', { name }));
}
