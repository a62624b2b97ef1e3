// npm run check-links [-- DIR]: every internal link and #anchor of a built site resolves, or exit 1.
import { resolve } from 'node:path';
import { builtSiteBase } from './lib/built-site.ts';
import { checkLinks } from './lib/link-check.ts';

const dir = resolve(process.argv[2] ?? 'dist');
const { pages, links, broken } = checkLinks(dir, builtSiteBase(dir));
for (const link of broken) console.error(`✗ ${link.page} → ${link.href} (${link.reason})`);
console.log(`${broken.length === 0 ? '✓' : '✗'} ${pages} pages, ${links} internal links, ${broken.length} broken.`);
process.exit(broken.length === 0 ? 0 : 1);
