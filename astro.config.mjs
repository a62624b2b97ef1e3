// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { createHash } from 'node:crypto';
import { INLINE_SCRIPTS } from './src/layouts/inline-scripts.ts';
import { parseBuildPid, parseRenderShard, renderShard } from './src/integrations/render-shard.ts';
import { pagePolicies } from './src/integrations/page-policies.ts';
import { basePathOf } from './src/lib/site-base.ts';

/** @param {string} text @returns {`sha256-${string}`} */
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

// site.json's base_url, which scripts/lib/pipeline.ts passes on: its path is where the site is served.
const baseUrl = process.env.SITE_BASE_URL || undefined;

export default defineConfig({
  output: 'static',
  site: baseUrl ? new URL(baseUrl).origin : undefined,
  base: basePathOf(baseUrl),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Set by scripts/lib/pipeline.ts: SITE_RENDER_SHARD, the share of the pages this process renders;
  // SITE_BUILD_PID, the build that started it; SITE_PAGE_POLICIES, where it lists its pages' policies for _headers.
  integrations: [
    mdx(),
    renderShard(parseRenderShard(process.env.SITE_RENDER_SHARD), parseBuildPid(process.env.SITE_BUILD_PID)),
    pagePolicies(process.env.SITE_PAGE_POLICIES),
  ],
  // No Shiki: its inline styles would need 'unsafe-inline' under the CSP below.
  markdown: { syntaxHighlight: false },
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
  // A Content-Security-Policy in every page's <meta>: no inline script but by its hash, nothing from
  // another origin. Pagefind compiles WebAssembly ('wasm-unsafe-eval') and runs a same-origin worker.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: INLINE_SCRIPTS.map(sha256) },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
