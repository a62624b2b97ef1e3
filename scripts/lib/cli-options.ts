// The options shared by `npm run build` and `npm run validate`: --data DIR, --strict, SITE_DATA_DIR, SITE_AS_OF.
import { resolve } from 'node:path';

export interface CliOptions {
  /** The data folder as the user named it. */
  dataLabel: string;
  dataDir: string;
  strict: boolean;
  asOf: string | undefined;
  outDir: string;
}

export function readCliOptions(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): CliOptions {
  let dataLabel = env['SITE_DATA_DIR'] || 'data';
  let strict = false;
  let outDir = 'dist';
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--data') dataLabel = argv[++i] ?? fail('--data needs a folder / --data 后应给出文件夹');
    else if (arg?.startsWith('--data=')) dataLabel = arg.slice('--data='.length);
    else if (arg === '--strict') strict = true;
    else if (arg === '--out') outDir = argv[++i] ?? fail('--out needs a folder / --out 后应给出文件夹');
    else fail(`unknown option ${arg} / 未知选项 ${arg}`);
  }
  return { dataLabel, dataDir: resolve(cwd, dataLabel), strict, asOf: env['SITE_AS_OF'], outDir: resolve(cwd, outDir) };
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
