// The two generating stages of the build: Astro renders the pages, Pagefind indexes them.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchRecord } from '../../src/lib/search/search-records.ts';

export interface BuildPagesOptions {
  root: string;
  outDir: string;
  dataDir: string;
  asOf: string;
  strict: boolean;
}

export async function buildPages(options: BuildPagesOptions): Promise<void> {
  // The pages read the data folder through src/site-data.ts, which takes these from the environment.
  process.env['SITE_DATA_DIR'] = options.dataDir;
  process.env['SITE_AS_OF'] = options.asOf;
  process.env['SITE_STRICT'] = options.strict ? '1' : '';
  process.env['SITE_CONTENT_DIR'] = join(options.root, 'content');
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  const { build } = await import('astro');
  await build({ root: options.root, outDir: options.outDir, logLevel: 'warn' });
}

const RECORD_BATCH = 256;
const INDEXED_PAGES = '{notices,rules,jurisdictions,compare}/**/*.html';

/** Pages marked data-pagefind-body are indexed from their HTML; platforms from records made for search. */
export async function indexPages(siteDir: string, records: readonly SearchRecord[]): Promise<void> {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  // Only the folders whose pages carry data-pagefind-body: parsing every platform page only to skip it
  // is most of addDirectory's time at national scale (platforms come in as records below).
  const added = await index.addDirectory({ path: siteDir, glob: INDEXED_PAGES });
  if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  // Sent in batches rather than one round trip at a time; Pagefind takes them in the order sent.
  for (let start = 0; start < records.length; start += RECORD_BATCH) {
    const batch = records.slice(start, start + RECORD_BATCH);
    const results = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
    results.forEach((result, offset) => {
      if (result.errors.length > 0) throw new Error(`Pagefind: ${batch[offset]?.url}: ${result.errors.join('; ')}`);
    });
  }
  const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  // The site has its own search page; Pagefind's ready-made interfaces would only be dead weight.
  for (const file of readdirSync(join(siteDir, 'pagefind'))) {
    if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(file)) rmSync(join(siteDir, 'pagefind', file));
  }
  await pagefind.close();
}
