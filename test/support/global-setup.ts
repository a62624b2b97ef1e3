// Once per test project and run: one temporary folder for everything the tests write (sites they
// build, data folders they edit), removed when the run ends; one a killed run left is removed at the
// next run's start (its name carries the process id).
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { clearAbandonedFolders, workFolderName } from '../../scripts/lib/work-folders.ts';

const PREFIX = 'sme-register-tests-';

export default function setup(project: TestProject): () => void {
  clearAbandonedFolders(tmpdir(), PREFIX);
  const root = join(tmpdir(), `${workFolderName(PREFIX)}-${project.name}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  project.provide('testTempRoot', root);
  return () => rmSync(root, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's temporary folder (global-setup.ts). */
    testTempRoot: string;
  }
}
