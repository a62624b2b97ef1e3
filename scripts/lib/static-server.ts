// Serves a built site on a loopback port as a static host would: /x/ → /x/index.html, the site's own
// 404.html for what is missing, compression, and the headers the site's `_headers` file asks for
// (headers.ts writes it). `npm run preview` and the browser tests both serve sites with it.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
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
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticSite {
  /** The site's address: origin and base, without a trailing slash (http://127.0.0.1:4321/sme). */
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** The path the site is served under, as its base_url has it ('/sme/'); '/' by default. */
  base?: string;
  /** Other folders served under path prefixes, e.g. { '/yangjiang/': dir }: several sites on one origin. */
  mounts?: Record<string, string>;
  /** 0 for any free port. */
  port?: number;
  /** Told of each response once sent: the path asked for and the bytes on the wire (status line, headers, body as sent). */
  onResponse?: (path: string, bytes: number) => void;
}

/** One block of a `_headers` file: a path pattern (`*` matches anything, `:name` one segment) and the headers it sets. */
export interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/** Reads `_headers` as Netlify and Cloudflare Pages do: a path line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .split('*')
        .map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]+/g, '[^/]+'))
        .join('.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && colon > 0) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  return Object.fromEntries(rules.filter((rule) => rule.pattern.test(path)).flatMap((rule) => rule.headers));
}

function readRules(root: string): HeaderRule[] {
  try {
    return parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
  } catch {
    return []; // A site built without _headers: nothing to add.
  }
}

export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticSite> {
  const mounts = options.mounts ?? {};
  const base = options.base ?? '/';
  const rules = readRules(root);
  const server: Server = createServer(async (request, response) => {
    const requested = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    // A browser sends one request at a time on a connection: what the socket sent meanwhile is this response.
    const { socket } = request;
    const sentBefore = socket.bytesWritten;
    response.once('finish', () => options.onResponse?.(requested, socket.bytesWritten - sentBefore));
    const mount = Object.keys(mounts).find((prefix) => requested.startsWith(prefix));
    const path = mount ? requested.slice(mount.length - 1) : requested.slice(base.length - 1);
    const headers = mount ? {} : headersFor(rules, requested);
    let file = join(mount ? (mounts[mount] ?? root) : root, path);
    try {
      if (!mount && !requested.startsWith(base)) throw new Error('outside the site');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
        response.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
        response.end(gzipSync(body));
      } else {
        response.writeHead(200, { ...headers, 'Content-Type': type });
        response.end(body);
      }
    } catch {
      const body = await readFile(join(root, '404.html')).catch(() => Buffer.from('not found'));
      response.writeHead(404, { ...headers, 'Content-Type': TYPES['.html'] ?? 'text/html' });
      response.end(body);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    // Without the trailing slash, so that `${url}/platforms/` reads the same under any base.
    url: `http://127.0.0.1:${port}${base.slice(0, -1)}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
