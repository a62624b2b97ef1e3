// The tests launch Chromium as the scripts do (scripts/lib/chromium.ts).
export { CHROMIUM_PATH, launchBrowser } from '../../scripts/lib/chromium.ts';
