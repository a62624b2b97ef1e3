import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { tempTree } from '../../test/support/temp-tree.ts';
import { serveStatic } from './static-server.ts';

/** Everything the server sends for one raw HTTP/1.1 request. */
function rawResponse(url: string, path: string): Promise<Buffer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(`GET ${path} HTTP/1.1\r\nHost: ${hostname}\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n`));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(chunks)));
    socket.on('error', reject);
  });
}

describe('serveStatic', () => {
  it('reports each response with the bytes it put on the wire, compressed, headers included; a missing page too', async () => {
    const sent: [string, number][] = [];
    const site = await serveStatic(tempTree({ 'a/index.html': 'a'.repeat(10_000), '404.html': 'missing', _headers: '/*\n  X-Test: yes\n' }), { onResponse: (path, bytes) => sent.push([path, bytes]) });
    try {
      const page = await rawResponse(site.url, '/a/');
      const missing = await rawResponse(site.url, '/b/');
      expect(page.toString('latin1')).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*X-Test: yes\r\n[\s\S]*Content-Encoding: gzip\r\n/);
      expect(page.length).toBeLessThan(1000);
      await expect.poll(() => sent).toEqual([
        ['/a/', page.length],
        ['/b/', missing.length],
      ]);
    } finally {
      await site.close();
    }
  });

  it('serves a site under its base and nothing outside it; the headers file names paths under the base', async () => {
    const site = await serveStatic(tempTree({ 'a/index.html': 'page a', '404.html': 'missing', _headers: '/sme/a/*\n  X-Test: yes\n' }), { base: '/sme/' });
    try {
      expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sme$/);
      const inside = await fetch(`${site.url}/a/`);
      expect([inside.status, inside.headers.get('x-test'), await inside.text()]).toEqual([200, 'yes', 'page a']);
      const outside = await fetch(`${new URL(site.url).origin}/a/`);
      expect([outside.status, await outside.text()]).toEqual([404, 'missing']);
    } finally {
      await site.close();
    }
  });
});
