// The options shared by `npm run build` and `npm run validate`: --data DIR, --strict, --out DIR,
// --render-processes N and --preview (build only), SITE_DATA_DIR, SITE_AS_OF.
import { resolve } from 'node:path';

export interface CliOptions {
  /** The data folder as the user named it. */
  dataLabel: string;
  dataDir: string;
  strict: boolean;
  asOf: string | undefined;
  outDir: string;
  /** --render-processes N: how many processes render the pages; by default chosen by the site's size. */
  renderProcesses: number | null;
  /** --preview: build a data folder that has changed since its latest release, marked as a preview on every page. */
  preview: boolean;
}

export function readCliOptions(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): CliOptions {
  let dataLabel = env['SITE_DATA_DIR'] || 'data';
  let strict = false;
  let outDir = 'dist';
  let renderProcesses: number | null = null;
  let preview = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--data') dataLabel = argv[++i] ?? fail('--data needs a folder / --data 后应给出文件夹');
    else if (arg?.startsWith('--data=')) dataLabel = arg.slice('--data='.length);
    else if (arg === '--strict') strict = true;
    else if (arg === '--preview') preview = true;
    else if (arg === '--out') outDir = argv[++i] ?? fail('--out needs a folder / --out 后应给出文件夹');
    else if (arg === '--render-processes') renderProcesses = positiveInteger(argv[++i], '--render-processes');
    else fail(`unknown option ${arg} / 未知选项 ${arg}`);
  }
  return { dataLabel, dataDir: resolve(cwd, dataLabel), strict, asOf: env['SITE_AS_OF'], outDir: resolve(cwd, outDir), renderProcesses, preview };
}

function positiveInteger(value: string | undefined, option: string): number {
  const number = Number(value);
  return Number.isInteger(number) && number >= 1 ? number : fail(`${option} needs a whole number of at least 1 / ${option} 后应给出不小于 1 的整数`);
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
