// npm run verify -- <folder or address of a built site> [--file PATH ...]: checks a published site
// against its own chain (scripts/lib/verify-site.ts), and says which release each named file belongs
// to. Exit status 0 when all is well, 1 when anything fails, 2 when the command is misused.
import { readFileSync } from 'node:fs';
import { siteSource } from './lib/site-source.ts';
import { verifySite, type NamedFile } from './lib/verify-site.ts';

const argv = process.argv.slice(2);
let target: string | undefined;
const paths: string[] = [];
for (let i = 0; i < argv.length; i += 1) {
  const arg = argv[i] ?? '';
  if (arg === '--file') paths.push(argv[++i] ?? usage());
  else if (arg.startsWith('--file=')) paths.push(arg.slice('--file='.length));
  else if (arg.startsWith('--') || target !== undefined) usage();
  else target = arg;
}
if (target === undefined) usage();

try {
  const named: NamedFile[] = paths.map((path) => ({ path, bytes: readFileSync(path) }));
  const lines = await verifySite(siteSource(target), named);
  for (const line of lines) (line.ok ? console.log : console.error)(`${line.ok ? '✓' : '✗'} ${line.zh} / ${line.en}`);
  const failed = lines.filter((line) => !line.ok).length;
  if (failed > 0) {
    console.error(`\n✗ 核验未通过：${failed} 项不符。\n✗ Verification failed: ${failed} check(s) did not pass.`);
    process.exit(1);
  }
  console.log(`\n✓ 核验通过。\n✓ Verified.`);
} catch (error) {
  console.error(`✗ 无法核验 / could not verify: ${(error as Error).message}`);
  process.exit(1);
}

function usage(): never {
  console.error('usage: npm run verify -- <folder or URL of a built site> [--file PATH ...]\n用法：npm run verify -- <已构建站点的文件夹或网址> [--file 文件路径 ...]');
  process.exit(2);
}
