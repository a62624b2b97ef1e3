// @ts-check
// The floor for the benchmark (scripts/bench/bench.ts): the same platform pages as the register, from a
// bare Astro project with one route, no layout, no integrations, no CSS framework. Built with
// astro's build() and { root: 'bench/floor' }; the data folder comes from BENCH_FLOOR_DATA.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  devToolbar: { enabled: false },
  // Astro's and Vite's caches stay inside bench/floor/.astro (git-ignored), away from the main project's.
  cacheDir: './.astro/cache',
  vite: { cacheDir: fileURLToPath(new URL('./.astro/vite', import.meta.url)) },
});
