import { defineConfig } from 'vitest/config';

// Two projects: `unit` (the modules' own tests, seconds, no browser) and `site` (the real build script
// and the built sites in Chromium). `npm test` runs both; `npm run test:unit` and `test:site` one each.
export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
        },
      },
      {
        test: {
          name: 'site',
          include: ['test/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          // Each site is built once a run (test/support/build-site.ts), by the first test file that asks.
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // A first search loads Pagefind's WebAssembly; on a busy 2-core machine that can take seconds.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
