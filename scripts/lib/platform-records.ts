// /platforms/<id>.json, one file per platform (src/lib/lookups/platform-json.ts), written by the build
// from the model beside the pages the render processes wrote. As Astro endpoints they would be 20,000
// more routes to render at national scale; written here they take about a second (README, Performance).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SiteModel } from '../../src/lib/model/site-model.ts';
import { platformJsonText } from '../../src/lib/lookups/platform-json.ts';
import { basePathOf } from '../../src/lib/site-base.ts';
import { platformJsonUrl } from '../../src/lib/urls.ts';

/** Writes every platform's JSON into a built site; returns how many. Ids are slugs ([a-z0-9-]), safe as file names. */
export function writePlatformRecords(siteDir: string, model: SiteModel): number {
  const context = { asOf: model.asOf, base: basePathOf(model.site.base_url), releases: model.releases };
  const folders = new Set<string>();
  for (const view of model.platforms) {
    const file = join(siteDir, platformJsonUrl(view.record.id));
    const folder = dirname(file);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    writeFileSync(file, platformJsonText(view, context));
  }
  return model.platforms.length;
}
