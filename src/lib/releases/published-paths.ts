// Where a built site publishes its chain (published-chain.ts) and release files, as site paths: a
// module of its own, without zod, so that the page script of /data/verify/ stays small.
export const PUBLISHED_CHAIN_PATH = '/data/releases.json';
export const PUBLISHED_RELEASES_FOLDER = '/data/releases/';
/** Where the open-data files a release names live on the site: /data/platforms.csv, … */
export const OPEN_DATA_FOLDER = '/data/';
