// npm run preview serves a built site as a static host would: its pages, its own 404 page, and the
// headers its _headers file sets.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { buildFixtureSite, PROJECT_ROOT } from '../support/build-site.ts';

const dist = buildFixtureSite('register');
let preview: ChildProcess | undefined;

afterAll(() => {
  preview?.kill();
});

async function startPreview(): Promise<string> {
  preview = spawn(process.execPath, [join(PROJECT_ROOT, 'scripts', 'preview.ts'), '--dir', dist, '--port', '0'], { cwd: PROJECT_ROOT });
  const lines = createInterface({ input: preview.stdout! });
  for await (const line of lines) {
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(line)?.[0];
    if (url) return url;
  }
  throw new Error('npm run preview printed no address');
}

describe('npm run preview', () => {
  it('serves the site with its 404 page and the headers the site sets', async () => {
    const url = await startPreview();
    const home = await fetch(`${url}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<h1');
    expect(home.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(home.headers.get('x-content-type-options')).toBe('nosniff');
    const missing = await fetch(`${url}/no-such-page/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('找不到该页面');
  });
});
