/**
 * A TLS connection to the API host through an HTTP proxy's CONNECT tunnel, handed to the
 * request only once the TLS handshake is done, so the time to reach the proxy, open the
 * tunnel and shake hands all counts as connecting.
 */
import { request as httpRequest } from 'node:http';
import type { Socket } from 'node:net';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import type { ProxySetting } from './proxy-setting';

export class ProxyError extends Error {
  override name = 'ProxyError';
  readonly code = 'EPROXY';
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** Opens the tunnel; the returned function abandons it (on a timeout). */
export function openTunnel(proxy: ProxySetting, host: string, port: number, done: (error: Error | null, socket?: TLSSocket) => void): () => void {
  let finished = false;
  const finish = (error: Error | null, socket?: TLSSocket) => {
    if (finished) return;
    finished = true;
    done(error, socket);
  };
  const target = `${host}:${port}`;
  const connect = httpRequest({
    host: proxy.host,
    port: proxy.port,
    method: 'CONNECT',
    path: target,
    headers: { Host: target, ...(proxy.authorization === null ? {} : { 'Proxy-Authorization': proxy.authorization }) },
    agent: false,
  });
  let open: { destroy(): unknown } = connect;
  connect.once('connect', (response, socket: Socket, head: Buffer) => {
    if (response.statusCode !== 200) {
      socket.destroy();
      finish(new ProxyError(response.statusCode ?? 0, `the proxy answered ${response.statusCode} ${response.statusMessage ?? ''} to CONNECT ${target}`.trim()));
      return;
    }
    if (head.length > 0) socket.unshift(head);
    const tls = tlsConnect({ socket, servername: host, ALPNProtocols: ['http/1.1'] });
    open = tls;
    const failed = (error: Error) => finish(error);
    tls.once('error', failed);
    tls.once('secureConnect', () => {
      // From here on the request owns the socket and its errors.
      tls.off('error', failed);
      finish(null, tls);
    });
  });
  connect.once('error', (error) => finish(error));
  connect.end();
  return () => {
    finished = true;
    open.destroy();
  };
}
