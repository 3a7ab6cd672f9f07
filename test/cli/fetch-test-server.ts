/** A stand-in for the Figma API on 127.0.0.1 whose answers each test scripts. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export type Handler = (request: IncomingMessage, response: ServerResponse, hit: number) => void;

export interface TestServer {
  base: string;
  /** Every request as received: path and the credential headers. */
  requests: { url: string; token: string | undefined; authorization: string | undefined; acceptEncoding: string | undefined }[];
  handle(handler: Handler): void;
  close(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  let handler: Handler = (_request, response) => {
    response.writeHead(500);
    response.end();
  };
  const requests: TestServer['requests'] = [];
  const server = createServer((request, response) => {
    requests.push({
      url: request.url ?? '',
      token: request.headers['x-figma-token'] as string | undefined,
      authorization: request.headers.authorization,
      acceptEncoding: request.headers['accept-encoding'],
    });
    handler(request, response, requests.length);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    handle(next) {
      handler = next;
      requests.length = 0;
    },
    close: () => new Promise<void>((resolve) => {
      // Stalled answers keep their sockets open on purpose; they must not hold the suite.
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

export function json(response: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(body);
}
