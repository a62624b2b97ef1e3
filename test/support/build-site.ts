// Runs the real build script, as a clerk would, on a data folder into an output folder of the test's own.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = dirname(dirname(dirname(fileURLToPath(import.meta.url))));

export interface ScriptRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runScript(script: 'build' | 'validate', args: readonly string[], env: Record<string, string> = {}): ScriptRun {
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', `${script}.ts`), ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, SITE_AS_OF: '', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function fixturePath(name: string): string {
  return join(PROJECT_ROOT, 'test', 'fixtures', name);
}

/** Builds a fixture folder into a fresh temporary folder and returns its path; throws with the build's output on failure. */
export function buildFixtureSite(fixture: string, env: Record<string, string> = {}, args: readonly string[] = []): string {
  return buildSite(fixturePath(fixture), env, args);
}

/** Builds any data folder into a fresh temporary folder. */
export function buildSite(dataDir: string, env: Record<string, string> = {}, args: readonly string[] = []): string {
  const outDir = join(mkdtempSync(join(tmpdir(), 'site-')), 'dist');
  const run = runScript('build', ['--data', dataDir, '--out', outDir, ...args], env);
  if (run.status !== 0) throw new Error(`build of ${dataDir} failed:\n${run.stdout}\n${run.stderr}`);
  return outDir;
}
