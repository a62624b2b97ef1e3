// One render process: Astro builds the share of the pages SITE_RENDER_SHARD names into the folder
// given (node scripts/lib/render-process.ts OUT_DIR). scripts/lib/pipeline.ts starts it with the
// model's file in SITE_MODEL_FILE (src/site-data.ts); run alone, it is `astro build` with the site's
// settings, reading the data folder that SITE_DATA_DIR names.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: node scripts/lib/render-process.ts OUT_DIR');
  process.exit(2);
}
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
const { build } = await import('astro');
await build({ root, outDir: resolve(outDir), logLevel: 'warn' });
