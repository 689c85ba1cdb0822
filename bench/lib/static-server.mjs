// A tiny static file server for a built site, used by the benchmark and scripts/transfer-report.mjs.
// Astro refuses two `astro preview` servers in one project at once (and the browser tests use one),
// so the benchmark serves its synthetic and Starlight builds with this instead. It behaves like a
// plain static host: directory URLs serve index.html, hashed assets are cacheable for a year,
// pages must be revalidated, 404s serve dist/404.html. It does not compress: callers gzip bodies
// themselves when they count bytes.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file a URL path names under `root`, or undefined. Never leaves `root`. */
function fileFor(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  } catch {
    return undefined;
  }
  const full = normalize(join(root, path));
  if (!full.startsWith(normalize(root))) return undefined;
  for (const candidate of [full, join(full, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/**
 * Serves `root` on 127.0.0.1 at a free port; resolves to { url, close }.
 * @param {string} root absolute path of a dist/ folder
 */
export function serveStatic(root) {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    // A directory URL without its slash redirects, as static hosts do.
    if (!path.endsWith('/') && !extname(path) && existsSync(join(root, path, 'index.html'))) {
      res.writeHead(301, { location: `${path}/` }).end();
      return;
    }
    const file = fileFor(root, path);
    const notFound = !file && fileFor(root, '/404.html');
    const served = file ?? notFound;
    if (!served) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const immutable = /\/_astro\//.test(path) || /\.[0-9a-f]{8,}\.\w+$/i.test(path);
    res.writeHead(file ? 200 : 404, {
      'content-type': TYPES[extname(served).toLowerCase()] ?? 'application/octet-stream',
      'content-length': statSync(served).size,
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(served).pipe(res);
  });
  return new Promise((resolvePromise) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolvePromise({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done(undefined))),
      });
    });
  });
}
