// What tools that serve or check a built site read from the site itself: the path it is served under,
// from its open data's datapackage.json (homepage: site.json's base_url).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { basePathOf } from '../../src/lib/site-base.ts';

export function builtSiteBase(siteDir: string): string {
  let text: string;
  try {
    text = readFileSync(join(siteDir, 'data', 'datapackage.json'), 'utf8');
  } catch {
    return '/'; // Not a register's build (a test's tree of files): served at the root.
  }
  const homepage = (JSON.parse(text) as { homepage?: unknown }).homepage;
  return basePathOf(typeof homepage === 'string' ? homepage : undefined);
}
