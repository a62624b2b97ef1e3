import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
    // Browser journeys build a whole site first.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    maxWorkers: 2,
    // A first search loads Pagefind's WebAssembly; on a busy 2-core machine that can take seconds.
    expect: { poll: { timeout: 15_000 } },
  },
});
