// Runs the real build script, as a clerk would, on a data folder. A site is built once per test run
// for each data folder, environment and options, and shared by every test file that asks for it: the
// first asks, builds and marks it done; the others wait for that mark (or the failure it left).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { testTempDir } from './temp-tree.ts';

export const PROJECT_ROOT = dirname(dirname(dirname(fileURLToPath(import.meta.url))));

export interface ScriptRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runScript(script: 'build' | 'validate' | 'release', args: readonly string[], env: Record<string, string> = {}): ScriptRun {
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', `${script}.ts`), ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, SITE_AS_OF: '', ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function fixturePath(name: string): string {
  return join(PROJECT_ROOT, 'test', 'fixtures', name);
}

/** The site built from a fixture folder, shared with every other test that asks for the same: read it, never change it. */
export function buildFixtureSite(fixture: string, env: Record<string, string> = {}, args: readonly string[] = []): string {
  return buildSite(fixturePath(fixture), env, args);
}

/** The site built from any data folder, shared as buildFixtureSite's are. */
export function buildSite(dataDir: string, env: Record<string, string> = {}, args: readonly string[] = []): string {
  const key = createHash('sha256').update(JSON.stringify([dataDir, Object.entries(env).sort(), args])).digest('hex').slice(0, 16);
  const folder = join(inject('testTempRoot'), 'sites', key);
  const outDir = join(folder, 'dist');
  mkdirSync(dirname(folder), { recursive: true });
  try {
    mkdirSync(folder); // Whoever makes the folder builds; mkdir is atomic.
  } catch {
    return awaitBuild(folder, outDir);
  }
  try {
    buildInto(dataDir, outDir, env, args);
  } catch (error) {
    writeFileSync(join(folder, FAILED), String(error));
    throw error;
  }
  writeFileSync(join(folder, DONE), '');
  return outDir;
}

/** A build of the test's own, into a folder no other test reads: for a test that changes the site or its folder. */
export function buildPrivateSite(dataDir: string, env: Record<string, string> = {}, args: readonly string[] = []): string {
  const outDir = join(testTempDir('site-'), 'dist');
  buildInto(dataDir, outDir, env, args);
  return outDir;
}

/** A copy of a built site that the test may change. */
export function privateCopy(site: string): string {
  const copy = join(testTempDir('site-'), 'dist');
  cpSync(site, copy, { recursive: true });
  return copy;
}

const DONE = 'done';
const FAILED = 'failed.txt';
/** A fixture site builds in well under a minute; a wait of ten means the builder is gone. */
const LONGEST_WAIT_MS = 600_000;

function buildInto(dataDir: string, outDir: string, env: Record<string, string>, args: readonly string[]): void {
  const run = runScript('build', ['--data', dataDir, '--out', outDir, ...args], env);
  if (run.status !== 0) throw new Error(`build of ${dataDir} failed:\n${run.stdout}\n${run.stderr}`);
}

function awaitBuild(folder: string, outDir: string): string {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (const started = Date.now(); Date.now() - started < LONGEST_WAIT_MS; ) {
    if (existsSync(join(folder, DONE))) return outDir;
    if (existsSync(join(folder, FAILED))) throw new Error(readFileSync(join(folder, FAILED), 'utf8'));
    Atomics.wait(pause, 0, 0, 200); // Test files load synchronously: sleep without a promise.
  }
  throw new Error(`gave up waiting for another test's build into ${outDir}`);
}
