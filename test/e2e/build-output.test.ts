// Where the build writes: an output folder on another file system, and what a killed build leaves,
// which the next build clears. The real build script, run and killed as a person would.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixtureSite, PROJECT_ROOT, runScript } from '../support/build-site.ts';
import { fixtureCopy } from '../support/data-folder.ts';
import { pause, until } from '../support/waiting.ts';

const MEMORY = '/dev/shm';
const onAnotherDisk = existsSync(MEMORY) && statSync(MEMORY).dev !== statSync(PROJECT_ROOT).dev;

/** The processes whose command line names this text (Linux's /proc). */
function processesNaming(text: string): number[] {
  return readdirSync('/proc').filter((name) => /^\d+$/.test(name)).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(text);
    } catch {
      return false; // Ended while we looked.
    }
  }).map(Number);
}

describe.skipIf(!onAnotherDisk)('the output folder', () => {
  it('may be on another file system, and a build killed mid-render leaves nothing the next build keeps', async () => {
    const parent = mkdtempSync(join(MEMORY, 'sme-register-test-'));
    try {
      const outDir = join(parent, 'site');
      cpSync(buildFixtureSite('register'), outDir, { recursive: true });
      const oldHome = readFileSync(join(outDir, 'index.html'), 'utf8');
      // Another data date than the fixture's latest release: a copy without its releases builds for it.
      const data = fixtureCopy();

      const killed = spawn(process.execPath, [join(PROJECT_ROOT, 'scripts', 'build.ts'), '--data', data, '--out', outDir, '--render-processes', '2'], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, SITE_AS_OF: '2026-06-16', ASTRO_TELEMETRY_DISABLED: '1' },
        stdio: 'ignore',
      });
      const renderFolder = join(PROJECT_ROOT, '.build-tmp', `render-${killed.pid}`);
      await until(() => processesNaming(renderFolder).length === 2, 'both render processes run');
      await pause(1000);
      killed.kill('SIGKILL');
      // The render processes stop with the build that started them, rather than write on for nobody:
      // neither finishes its pages (each lists its pages' policies last).
      await until(() => processesNaming(renderFolder).length === 0, 'the render processes stop', 30_000);
      expect(existsSync(join(renderFolder, 'policies-0.json')) || existsSync(join(renderFolder, 'policies-1.json'))).toBe(false);
      expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe(oldHome);

      const run = runScript('build', ['--data', data, '--out', outDir], { SITE_AS_OF: '2026-06-16' });
      expect(run.status, run.stderr).toBe(0);
      expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('<time datetime="2026-06-16">');
      expect(existsSync(join(outDir, 'pagefind', 'pagefind.js'))).toBe(true);
      // Left by the killed build; the next build (this one, or any other test's meanwhile) clears it.
      expect(existsSync(renderFolder)).toBe(false);
      // The old site goes afterwards, in a process of its own (output-swap.ts): nothing else stays.
      await until(() => readdirSync(parent).length === 1, 'the old site is removed', 30_000);
      expect(readdirSync(parent)).toEqual(['site']);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
