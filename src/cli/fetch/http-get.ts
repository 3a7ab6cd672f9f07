/**
 * One GET with real time limits: node:http(s) tells connecting apart from waiting for the
 * answer and from reading it, which fetch() does not, so a timeout can say which one hung.
 * The body is collected as it arrives (see body-buffer.ts) and inflated when gzipped.
 */
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { BodyBuffer } from './body-buffer';
import { gunzipBody } from './gunzip-body';
import type { ProxySetting } from './proxy-setting';
import { openTunnel } from './proxy-tunnel';

export type Phase = 'connect' | 'headers' | 'body';

export interface GetRequest {
  url: URL;
  headers: Record<string, string>;
  connectTimeoutMs: number;
  totalTimeoutMs: number;
  /** Bytes received so far (on the wire), for a progress line. */
  onBody?: (receivedBytes: number, totalBytes: number | undefined) => void;
  /** Error answers are only read for their message: no need to hold a large HTML page. */
  errorBodyLimit?: number;
  /** Name resolution, part of connecting (the system resolver unless given). */
  lookup?: LookupFunction;
  /** An HTTP proxy to tunnel https requests through. */
  proxy?: ProxySetting | null;
}

export interface GetResponse {
  status: number;
  statusText: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export class HttpTimeout extends Error {
  override name = 'HttpTimeout';
  constructor(readonly phase: Phase, readonly limitMs: number, readonly receivedBytes: number) {
    super(`${phase} timed out`);
  }
}

export class HttpNetworkError extends Error {
  override name = 'HttpNetworkError';
  constructor(readonly phase: Phase, readonly code: string | undefined, detail: string) {
    super(detail);
  }
}

const DEFAULT_ERROR_BODY_LIMIT = 64 * 1024;

export function httpGet(request: GetRequest): Promise<GetResponse> {
  const { url } = request;
  const secure = url.protocol === 'https:';
  return new Promise<GetResponse>((resolve, reject) => {
    let phase: Phase = 'connect';
    let received = 0;
    let settled = false;
    const timers: NodeJS.Timeout[] = [];
    let abandonTunnel: (() => void) | null = null;
    const finish = (error: Error | null, response?: GetResponse) => {
      if (settled) return;
      settled = true;
      for (const timer of timers) clearTimeout(timer);
      if (error) {
        abandonTunnel?.();
        req.destroy();
        reject(error);
      } else {
        resolve(response!);
      }
    };

    const proxy = secure ? request.proxy ?? null : null;
    const req = (secure ? httpsRequest : httpRequest)(url, {
      method: 'GET',
      headers: { 'Accept-Encoding': 'gzip', Accept: 'application/json', ...request.headers },
      ...(request.lookup ? { lookup: request.lookup } : {}),
      ...(proxy === null
        // A fresh connection per attempt: a retry must not reuse the socket that just failed.
        ? { agent: false }
        : {
          // Without an agent, Node asks this for the socket (and, like agent: false, closes it after).
          agent: undefined,
          createConnection: (_options: unknown, oncreate: (error: Error | null, socket: Duplex) => void) => {
            abandonTunnel = openTunnel(proxy, url.hostname, url.port === '' ? 443 : Number(url.port), (error, socket) => {
              if (error) oncreate(error, undefined as never);
              else oncreate(null, socket!);
            });
            return undefined;
          },
        }),
    });
    timers.push(setTimeout(() => finish(new HttpTimeout(phase, request.totalTimeoutMs, received)), request.totalTimeoutMs));
    if (request.connectTimeoutMs < request.totalTimeoutMs) {
      timers.push(setTimeout(() => {
        if (phase === 'connect') finish(new HttpTimeout('connect', request.connectTimeoutMs, 0));
      }, request.connectTimeoutMs));
    }
    req.on('socket', (socket: Socket) => {
      const connected = () => {
        if (phase === 'connect') phase = 'headers';
      };
      if (!socket.connecting) connected();
      else socket.once(secure ? 'secureConnect' : 'connect', connected);
    });
    req.on('error', (error: NodeJS.ErrnoException) => finish(new HttpNetworkError(phase, error.code, error.message)));
    req.on('response', (response: IncomingMessage) => {
      phase = 'body';
      const status = response.statusCode ?? 0;
      const ok = status >= 200 && status < 300;
      const declared = Number(response.headers['content-length']);
      const totalBytes = Number.isSafeInteger(declared) && declared >= 0 ? declared : undefined;
      const limit = ok ? Infinity : request.errorBodyLimit ?? DEFAULT_ERROR_BODY_LIMIT;
      const body = new BodyBuffer(ok ? totalBytes : undefined);
      response.on('data', (chunk: Buffer) => {
        received += chunk.length;
        try {
          if (body.length < limit) body.push(chunk);
        } catch (error) {
          // No room for the body: a clear end, not a crash inside the stream.
          finish(new HttpNetworkError('body', 'ETOOLARGE', `${received} bytes received, then ${error instanceof Error ? error.message : String(error)}`));
          return;
        }
        if (ok) request.onBody?.(received, totalBytes);
      });
      response.on('error', (error: NodeJS.ErrnoException) => finish(new HttpNetworkError('body', error.code ?? 'ECONNRESET', error.message)));
      response.on('close', () => {
        if (!response.complete) finish(new HttpNetworkError('body', 'ECONNRESET', `connection closed after ${received} bytes of the body`));
      });
      response.on('end', () => {
        if (settled) return;
        // The whole answer is here: inflating it is local work, no longer bound by the time limit.
        for (const timer of timers) clearTimeout(timer);
        const raw = body.finish();
        const encoding = String(response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
        const respond = (decoded: Buffer) => finish(null, { status, statusText: response.statusMessage ?? '', headers: response.headers, body: decoded });
        if (encoding === 'identity' || encoding === '') respond(raw);
        else if (encoding === 'gzip' || encoding === 'x-gzip') {
          gunzipBody(raw, (error, decoded) => {
            if (decoded !== null) respond(decoded);
            // An error answer cut at its read limit cannot inflate; its status still says enough.
            else if (!ok) respond(Buffer.alloc(0));
            else finish(new HttpNetworkError('body', 'EBADGZIP', `the gzip body is damaged (${error?.message ?? 'unreadable'})`));
          });
        } else finish(new HttpNetworkError('body', 'EENCODING', `unsupported Content-Encoding "${encoding}"`));
      });
    });
    req.end();
  });
}
