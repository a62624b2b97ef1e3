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
// Started by the build with an IPC channel: when the build ends, killed or not, the channel closes,
// and a render with nobody to take its pages stops rather than write into folders no one will clear.
const stopWithParent = () => process.exit(1);
process.on('disconnect', stopWithParent);
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
const { build } = await import('astro');
await build({ root, outDir: resolve(outDir), logLevel: 'warn' });
process.off('disconnect', stopWithParent);
process.disconnect?.();
