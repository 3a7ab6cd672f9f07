/**
 * Fuzzing the sandbox end of the bridge with whatever could arrive over postMessage:
 * every request envelope gets exactly one reply with its id (a result or a typed error),
 * unknown methods → unknown-method, bad params → bad-request, and nothing ever throws
 * out of the listener, whatever the handlers return or throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createServer, ProtocolError } from '../../src/core/protocol/channel';
import type { Handlers, Transport } from '../../src/core/protocol/channel';
import type { Envelope, ErrorCode } from '../../src/core/protocol/messages';
import { paramSchemas, REQUEST_NAMES } from '../../src/core/protocol/messages';
import { ITEM_IDS } from '../../src/core/checklist/types';
import * as v from 'valibot';

const ERROR_CODES: ErrorCode[] = ['bad-request', 'unknown-method', 'cancelled', 'busy', 'not-found', 'read-only', 'storage-failed', 'timeout', 'internal'];

/** A transport that copies like postMessage (structured clone: functions and symbols throw) and records what the server sent. */
function recordingTransport(): { transport: Transport; sent: Envelope[]; deliver(raw: unknown): void } {
  const sent: Envelope[] = [];
  let listener: (raw: unknown) => void = () => {};
  return {
    sent,
    deliver: (raw) => listener(raw),
    transport: {
      send: (message) => sent.push(structuredClone(message)),
      listen: (handler) => {
        listener = handler;
        return () => {};
      },
    },
  };
}

/** Let handler promises settle (they resolve through a few microtasks). */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** What a handler does in one run: answer, throw a typed error, throw anything, reject, or answer with something postMessage cannot copy. */
type Behaviour =
  | { kind: 'answer'; value: unknown }
  | { kind: 'typed'; code: ErrorCode; message: string }
  | { kind: 'throw'; value: unknown }
  | { kind: 'reject'; value: unknown }
  | { kind: 'uncloneable' };

const behaviour: fc.Arbitrary<Behaviour> = fc.oneof(
  fc.record({ kind: fc.constant('answer' as const), value: fc.jsonValue() }),
  fc.record({ kind: fc.constant('typed' as const), code: fc.constantFrom(...ERROR_CODES), message: fc.string() }),
  fc.record({ kind: fc.constant('throw' as const), value: fc.oneof(fc.anything(), fc.constant(Object.create(null) as unknown), fc.string().map((m) => new Error(m))) }),
  fc.record({ kind: fc.constant('reject' as const), value: fc.anything() }),
  fc.constant({ kind: 'uncloneable' as const }),
);

function handlersDoing(doing: Behaviour): Handlers {
  const run = (): unknown => {
    switch (doing.kind) {
      case 'answer':
        return doing.value;
      case 'typed':
        throw new ProtocolError(doing.code, doing.message);
      case 'throw':
        throw doing.value;
      case 'reject':
        return Promise.reject(doing.value);
      case 'uncloneable':
        return { frames: [], callback: () => undefined };
    }
  };
  return Object.fromEntries(REQUEST_NAMES.map((name) => [name, run])) as unknown as Handlers;
}

/** Params that are sometimes valid for their method and often not. */
const params: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(),
  fc.constant({}),
  fc.record({ itemId: fc.constantFrom(...ITEM_IDS, 'nope'), status: fc.constantFrom('pass', 'needs-work', 'bogus'), note: fc.string() }),
  fc.record({ nodeIds: fc.array(fc.string({ maxLength: 10 }), { maxLength: 4 }) }),
  fc.record({ width: fc.double(), height: fc.double() }),
  fc.record({ message: fc.string() }),
  fc.record({ frameId: fc.string(), action: fc.constantFrom('adopt', 'discard', 'merge') }),
);

const method: fc.Arbitrary<unknown> = fc.oneof(fc.constantFrom(...REQUEST_NAMES), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', ''), fc.constant(Object.create(null) as unknown), fc.string(), fc.anything());

function repliesTo(sent: Envelope[], id: number): Extract<Envelope, { kind: 'reply' }>[] {
  return sent.filter((m): m is Extract<Envelope, { kind: 'reply' }> => m.kind === 'reply' && m.id === id);
}

describe('protocol fuzz: the sandbox server', () => {
  it('answers every request envelope exactly once, with a typed reply, whatever the method, params or handler outcome', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer(), method, params, behaviour, async (id, name, raw, doing) => {
        const { transport, sent, deliver } = recordingTransport();
        createServer(transport, handlersDoing(doing));
        expect(() => deliver({ kind: 'request', id, method: name, params: raw })).not.toThrow();
        await settle();
        const replies = repliesTo(sent, id);
        expect(replies).toHaveLength(1);
        expect(sent).toHaveLength(1);
        const reply = replies[0];
        if (!reply) return;
        const known = typeof name === 'string' && (REQUEST_NAMES as string[]).includes(name);
        if (!known) {
          expect(reply).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
          return;
        }
        const valid = v.safeParse(paramSchemas[name as keyof typeof paramSchemas], raw ?? {}).success;
        if (!valid) {
          expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
          return;
        }
        if (reply.ok) {
          expect(doing.kind).toBe('answer');
          expect(reply.result).toEqual(doing.kind === 'answer' ? doing.value : undefined);
        } else {
          expect(ERROR_CODES).toContain(reply.error.code);
          expect(typeof reply.error.message).toBe('string');
          if (doing.kind === 'typed') expect(reply.error).toEqual({ code: doing.code, message: doing.message });
          else expect(reply.error.code).toBe('internal');
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never replies to, nor throws on, anything that is not a request envelope', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.anything(),
          fc.record({ kind: fc.constantFrom('request', 'reply', 'event', 'ready', 'other'), id: fc.oneof(fc.double(), fc.string(), fc.constant(undefined)), method: fc.anything() }),
          fc.record({ kind: fc.constant('request'), id: fc.oneof(fc.double({ noInteger: true }), fc.string(), fc.constant(null)), method: fc.constantFrom(...REQUEST_NAMES), params: fc.anything() }),
        ),
        async (raw) => {
          const { transport, sent, deliver } = recordingTransport();
          const server = createServer(transport, handlersDoing({ kind: 'answer', value: null }));
          expect(() => deliver(raw)).not.toThrow();
          server.emit('review-stale', { reason: 'probe' });
          await settle();
          // Only a ready envelope may release the held event; nothing else is answered.
          const isReady = typeof raw === 'object' && raw !== null && (raw as { kind?: unknown }).kind === 'ready';
          expect(sent.filter((m) => m.kind === 'reply')).toEqual([]);
          expect(sent.filter((m) => m.kind === 'event')).toHaveLength(isReady ? 1 : 0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers a burst of interleaved requests one reply each, in any arrival order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.nat(), { minLength: 1, maxLength: 20 }), fc.array(method, { minLength: 20, maxLength: 20 }), behaviour, async (ids, names, doing) => {
        const { transport, sent, deliver } = recordingTransport();
        createServer(transport, handlersDoing(doing));
        ids.forEach((id, i) => deliver({ kind: 'request', id, method: names[i], params: {} }));
        await settle();
        for (const id of ids) expect(repliesTo(sent, id)).toHaveLength(1);
        expect(sent).toHaveLength(ids.length);
      }),
      { numRuns: 150 },
    );
  });
});
