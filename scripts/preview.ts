// npm run preview [-- --dir DIR] [--port N]: serves a built site (dist/ by default) on this machine as
// a static host would, with its 404 page and the headers its _headers file sets, to look at it.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtSiteBase } from './lib/built-site.ts';
import { serveStatic } from './lib/static-server.ts';

let dir = 'dist';
let port = 4321;
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 1) {
  const arg = argv[i];
  if (arg === '--dir') dir = argv[++i] ?? usage();
  else if (arg === '--port') port = Number(argv[++i]);
  else usage();
}
if (!Number.isInteger(port) || port < 0 || port > 65535) usage();
const root = resolve(dir);
if (!existsSync(join(root, 'index.html'))) {
  console.error(`${dir} 中没有构建好的网站，请先运行 npm run build。\nNo built site in ${dir}: run npm run build first.`);
  process.exit(1);
}
const site = await serveStatic(root, { port, base: builtSiteBase(root) });
console.log(`${dir} → ${site.url}/  （按 Ctrl+C 停止 / Ctrl+C to stop）`);

function usage(): never {
  console.error('usage: npm run preview [-- --dir DIR] [--port N]');
  process.exit(2);
}
