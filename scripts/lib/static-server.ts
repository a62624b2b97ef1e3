// Serves a built site on a loopback port, as a static host would: /x/ → /x/index.html, else 404.html.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Compressed as any static host compresses them; Pagefind's own .pf_* files come compressed already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.csv', '.svg', '.xml', '.ics', '.wasm', '.pagefind']);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface StaticSite {
  url: string;
  close(): Promise<void>;
}

/** `mounts` serves other folders under path prefixes, e.g. { '/yangjiang/': dir }: several sites on one origin. */
export async function serveStatic(root: string, mounts: Record<string, string> = {}): Promise<StaticSite> {
  const server: Server = createServer(async (request, response) => {
    const requested = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const mount = Object.keys(mounts).find((prefix) => requested.startsWith(prefix));
    const path = mount ? requested.slice(mount.length - 1) : requested;
    let file = join(mount ? (mounts[mount] ?? root) : root, path);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
        response.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
        response.end(gzipSync(body));
      } else {
        response.writeHead(200, { 'Content-Type': type });
        response.end(body);
      }
    } catch {
      const body = await readFile(join(root, '404.html')).catch(() => Buffer.from('not found'));
      response.writeHead(404, { 'Content-Type': TYPES['.html'] ?? 'text/html' });
      response.end(body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
