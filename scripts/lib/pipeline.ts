// The generating stages of the build: Astro renders the pages; Pagefind indexes the pages, and the
// platform register gets an index of its own.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { serialize } from 'node:v8';
import type { SiteModel } from '../../src/lib/model/site-model.ts';
import { buildPlatformIndex, type PlatformEntry } from '../../src/lib/search/platform-index/build-index.ts';
import { INDEX_FOLDER, MANIFEST_FILE } from '../../src/lib/search/platform-index/format.ts';
import { indexedPagesGlob } from '../../src/lib/search/searchable-sections.ts';
import { mergeTree } from './merge-tree.ts';
import { clearAbandonedFolders, workFolderName } from './work-folders.ts';

const RENDER_PREFIX = 'render-';

export interface BuildPagesOptions {
  root: string;
  outDir: string;
  /** The validated model of the data, which the render processes take as it is (src/site-data.ts). */
  model: SiteModel;
  /** How many processes render the pages at once, each a share (src/integrations/render-shard.ts). */
  processes: number;
}

/**
 * Below this many platforms a second render process costs about what it saves (its own start and
 * bundling, some 3 s): at 1,000 one process rendered in 6.0–7.4 s, two in 6.9–9.2 s; at 5,000 they
 * were even; at 20,000 two took 27–37 s where one took 42–60 s.
 */
const PLATFORMS_WORTH_SHARING = 5000;
/** Each render process holds the whole model and Astro's own working set: two keep a national build under 2 GB. */
const MOST_PROCESSES = 2;

export function defaultRenderProcesses(platforms: number, cores = availableParallelism()): number {
  return platforms < PLATFORMS_WORTH_SHARING ? 1 : Math.max(1, Math.min(MOST_PROCESSES, cores));
}

export interface BuiltPages {
  /** The Content-Security-Policies the pages set, each once (src/integrations/page-policies.ts). */
  policies: string[];
}

/**
 * V8 lets a render process's heap grow to up to four times what survives a collection, and keeps it:
 * at 20,000 platforms each process held about 145 MB yet kept a heap of 480 MB, and the build peaked
 * past its 2 GB budget. Growing by what survives keeps the heap near twice its working set at any size
 * of register (a fixed --max-old-space-size would fail a larger one): each process's peak fell from
 * 1,010 to 757 MB for 1–2% more CPU (farm-bench, two pairs); growing by half cost 8% (README, Performance).
 */
const RENDER_PROCESS_FLAGS = ['--heap-growing-percent=100'];

/**
 * Renders the pages in child processes (scripts/lib/render-process.ts), which give their memory back
 * when they end, before the index is built; with more than one, each renders a share into a folder of
 * its own, merged into outDir afterwards. A failing process stops the others.
 */
export async function buildPages(options: BuildPagesOptions): Promise<BuiltPages> {
  const count = Math.max(1, options.processes);
  // Inside the project: Astro keeps its work files under the output folder only when that is inside
  // the working folder, and elsewhere in one shared folder that two processes would both write.
  const workBase = join(options.root, '.build-tmp');
  clearAbandonedFolders(workBase, RENDER_PREFIX); // What killed builds left.
  const work = join(workBase, workFolderName(RENDER_PREFIX));
  const folders = Array.from({ length: count }, (_, index) => join(work, `share-${index}`));
  const modelFile = join(work, 'model.v8');
  const policyFile = (index: number) => join(work, `policies-${index}.json`);
  rmSync(work, { recursive: true, force: true }); // What a killed build of the same process id left.
  mkdirSync(work, { recursive: true });
  writeFileSync(modelFile, serialize(options.model));
  const children: ChildProcess[] = [];
  const runs = folders.map((folder, index) => {
    const child = spawn(process.execPath, [...RENDER_PROCESS_FLAGS, join(options.root, 'scripts', 'lib', 'render-process.ts'), folder], {
      cwd: options.root,
      // The IPC channel tells the child when this process ends, killed or not: it stops then (render-process.ts).
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, SITE_BUILD_PID: String(process.pid), SITE_MODEL_FILE: modelFile, SITE_BASE_URL: options.model.site.base_url ?? '', SITE_RENDER_SHARD: count > 1 ? `${index}/${count}` : '', SITE_PAGE_POLICIES: policyFile(index) },
    });
    children.push(child);
    return new Promise<void>((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`render process ${index + 1} of ${count} ended with ${signal ?? `exit code ${code}`}`))));
    });
  });
  try {
    await Promise.all(runs);
    const [site = '', ...others] = folders;
    for (const folder of others) mergeTree(folder, site);
    moveFolder(site, options.outDir);
    const policies = folders.flatMap((_, index) => JSON.parse(readFileSync(policyFile(index), 'utf8')) as string[]);
    return { policies: [...new Set(policies)].sort() };
  } catch (error) {
    for (const child of children) if (child.exitCode === null) child.kill();
    await Promise.allSettled(runs);
    throw error;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function moveFolder(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(dirname(to), { recursive: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true }); // Another file system (a temporary folder elsewhere).
  }
}

const INDEXED_PAGES = indexedPagesGlob();

/**
 * The pages marked data-pagefind-body (notices, rules, jurisdictions, comparisons), indexed by
 * Pagefind from their HTML. Platforms have an index of their own (writePlatformIndex).
 */
export async function indexPages(siteDir: string): Promise<void> {
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    // Only the folders whose pages carry data-pagefind-body: parsing every platform page only to skip it would be most of the time.
    const added = await index.addDirectory({ path: siteDir, glob: INDEXED_PAGES });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  // The site has its own search page; Pagefind's ready-made interfaces would only be dead weight.
  for (const file of readdirSync(join(siteDir, 'pagefind'))) {
    if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(file)) rmSync(join(siteDir, 'pagefind', file));
  }
}

/**
 * The platform register's own search index (src/lib/search/platform-index/): small shards that a
 * query fetches by key, where one Pagefind index over every platform made a first search fetch some
 * 640 KB at 20,000 platforms (README, Search).
 */
export function writePlatformIndex(siteDir: string, entries: readonly PlatformEntry[]): void {
  const folder = join(siteDir, INDEX_FOLDER);
  const { manifest, files } = buildPlatformIndex(entries);
  rmSync(folder, { recursive: true, force: true });
  for (const file of files) {
    mkdirSync(dirname(join(folder, file.path)), { recursive: true });
    writeFileSync(join(folder, file.path), file.text);
  }
  writeFileSync(join(folder, MANIFEST_FILE), JSON.stringify(manifest));
}
