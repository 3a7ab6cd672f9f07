/**
 * Two plugin instances (two reviewers) on one shared in-memory document. Each instance
 * runs the real plugin with its own `figma`: the global resolves to the instance whose
 * code is running (async context follows every await), and an interleaver can hold each
 * instance's async API calls and release them in any order a test chooses.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createClient } from '../../../src/core/protocol/channel';
import type { Client } from '../../../src/core/protocol/channel';
import type { EventMap, EventName } from '../../../src/core/protocol/messages';
import type { HandlerOptions } from '../../../src/sandbox/handlers';
import { startPlugin } from '../../../src/sandbox/plugin';
import type { RunningPlugin } from '../../../src/sandbox/plugin';
import type { FakeFigma } from '../../../fake-figma';
import { panelTransport } from './panel';

export interface Reviewer {
  name: string;
  fake: FakeFigma;
  client: Client;
  plugin: RunningPlugin;
  events: { name: EventName; payload: unknown }[];
}

const EVENTS: EventName[] = ['review-changed', 'frames-changed', 'review-stale', 'selection-changed'];

export interface TwoReviewers {
  a: Reviewer;
  b: Reviewer;
  interleaver: Interleaver;
  close(): void;
}

/** Open the plugin for two reviewers on `doc` (a FakeFigma whose nodes are shared). */
export async function openTwoReviewers(doc: FakeFigma, names: [string, string], options: HandlerOptions = {}): Promise<TwoReviewers> {
  const g = globalThis as unknown as Record<string, unknown>;
  const previous = { figma: g.figma, html: g.__html__ };
  const als = new AsyncLocalStorage<FakeFigma>();
  const apis = new Map<FakeFigma, PluginAPI>();
  const sessions = names.map((name, i) => doc.session({ user: { id: `u${i + 1}`, name } }));
  for (const session of sessions) {
    apis.set(session, session.api);
    session.invoke = (run) => als.run(session, run);
  }
  const current = (): PluginAPI => {
    const session = als.getStore();
    const api = session ? apis.get(session) : undefined;
    if (!api) throw new Error('figma used outside of a plugin instance');
    return api;
  };
  g.figma = new Proxy({} as PluginAPI, {
    get: (_target, prop) => Reflect.get(current(), prop),
    set: (_target, prop, value) => Reflect.set(current(), prop, value),
  });
  g.__html__ = '<!doctype html><html><body><!--AFR_INITIAL_STATE--></body></html>';
  const interleaver = new Interleaver(sessions);
  const reviewers: Reviewer[] = [];
  for (let i = 0; i < sessions.length; i++) {
    const session = sessions[i] as FakeFigma;
    const plugin = await als.run(session, () => startPlugin(options));
    const client = createClient(panelTransport(session));
    const events: Reviewer['events'] = [];
    for (const name of EVENTS) client.on(name, (payload: EventMap[typeof name]) => events.push({ name, payload }));
    client.ready();
    reviewers.push({ name: names[i] as string, fake: session, client, plugin, events });
  }
  const [a, b] = reviewers as [Reviewer, Reviewer];
  return {
    a,
    b,
    interleaver,
    close() {
      for (const r of reviewers) {
        r.client.close();
        r.fake.invoke(() => r.plugin.stop());
      }
      g.figma = previous.figma;
      g.__html__ = previous.html;
    },
  };
}

interface Held {
  label: string;
  run: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

const turn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Holds every async API call of each instance while active; a test releases them one at a time. */
export class Interleaver {
  private readonly held = new Map<FakeFigma, Held[]>();
  active = false;
  /** Labels of the calls released, in order (for messages when a check fails). */
  readonly log: string[] = [];

  constructor(private readonly sessions: FakeFigma[]) {
    for (const session of sessions) {
      this.held.set(session, []);
      session.scheduler = (call, run) => {
        if (!this.active) return new Promise((resolve) => resolve(run()));
        return new Promise((resolve, reject) => this.held.get(session)?.push({ label: call.label, run, resolve, reject }));
      };
    }
  }

  /** Let every callback, message and microtask that can run without a held call run. */
  async settle(): Promise<void> {
    for (let i = 0; i < 8; i++) await turn();
  }

  ready(): FakeFigma[] {
    return this.sessions.filter((s) => (this.held.get(s)?.length ?? 0) > 0);
  }

  release(session: FakeFigma): void {
    const call = this.held.get(session)?.shift();
    if (!call) throw new Error('nothing held for that instance');
    this.log.push(`${session.user?.name ?? '?'}: ${call.label}`);
    try {
      call.resolve(call.run());
    } catch (error) {
      call.reject(error);
    }
  }

  /**
   * Run `work` (requests already sent) to the end, releasing one held call per step as
   * `choose` says. Returns the number of steps.
   */
  async drive(work: Promise<unknown>, choose: (step: number, ready: FakeFigma[]) => FakeFigma): Promise<number> {
    let finished = false;
    void work.then(
      () => (finished = true),
      () => (finished = true),
    );
    this.active = true;
    let step = 0;
    try {
      for (let idle = 0; ; ) {
        await this.settle();
        const ready = this.ready();
        if (ready.length === 0) {
          if (finished) return step;
          if (++idle > 50) throw new Error('the instances stopped without finishing');
          continue;
        }
        idle = 0;
        this.release(choose(step, ready));
        step++;
      }
    } finally {
      this.active = false;
      // Anything still held (a debounced re-read) runs now.
      for (const session of this.sessions) while ((this.held.get(session)?.length ?? 0) > 0) this.release(session);
    }
  }
}

/** A single interruption: `first` runs `k` calls, then the other runs to its end, then `first` finishes. */
export function singleInterruption(first: FakeFigma, k: number): (step: number, ready: FakeFigma[]) => FakeFigma {
  let firstSteps = 0;
  return (_step, ready) => {
    const other = ready.find((s) => s !== first);
    if (firstSteps < k && ready.indexOf(first) >= 0) {
      firstSteps++;
      return first;
    }
    return other ?? (ready[0] as FakeFigma);
  };
}

/** Any number of interruptions: at each step, the preferred instance if it is ready. */
export function byChoices(a: FakeFigma, b: FakeFigma, choices: readonly boolean[]): (step: number, ready: FakeFigma[]) => FakeFigma {
  return (step, ready) => {
    const preferred = (choices[step % Math.max(1, choices.length)] ?? true) ? a : b;
    return ready.indexOf(preferred) >= 0 ? preferred : (ready[0] as FakeFigma);
  };
}
