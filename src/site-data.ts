// The pages' one source of data: the site model, loaded once per build from the data folder the
// build script names (SITE_DATA_DIR, SITE_AS_OF, SITE_STRICT). Pages never read files themselves.
import { resolve } from 'node:path';
import { formatProblem } from './lib/contract/problems.ts';
import { loadSite } from './lib/load-site.ts';
import type { SiteModel } from './lib/model/site-model.ts';

let cached: SiteModel | undefined;

export function siteModel(): SiteModel {
  if (cached) return cached;
  const dataDir = resolve(process.env['SITE_DATA_DIR'] || 'data');
  const { model, problems } = loadSite({
    dataDir,
    contentDir: resolve(process.env['SITE_CONTENT_DIR'] || 'content'),
    asOfOverride: process.env['SITE_AS_OF'],
    strict: process.env['SITE_STRICT'] === '1',
  });
  if (!model) throw new Error(`The data folder ${dataDir} has errors:\n${problems.map(formatProblem).join('\n')}`);
  cached = model;
  return model;
}
