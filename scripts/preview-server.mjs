// A tiny static server for the browser preview: the preview host page, the real ui.html,
// nothing else. Bound to 127.0.0.1 only.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const ROUTES = {
  '/': 'preview/index.html',
  '/index.html': 'preview/index.html',
  '/host.js': 'preview/host.js',
  '/ui.html': 'ui.html',
};
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json' };

/** Start serving dist/ on 127.0.0.1; port 0 picks a free one. Resolves with the URL and a close function. */
export function startPreviewServer({ port = 0 } = {}) {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const file = ROUTES[path];
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    try {
      const body = await readFile(normalize(join(dist, file)));
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(`Missing ${file}: run "node build.mjs" first.`);
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      // Browsers keep connections open: close them too, or close() would wait for them.
      const close = () =>
        new Promise((done) => {
          server.close(() => done());
          server.closeAllConnections();
        });
      resolve({ url: `http://127.0.0.1:${actualPort}/`, close });
    });
  });
}
