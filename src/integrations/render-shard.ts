// Renders one share of the site's pages, so that several processes can render a large site at once
// (one per core; scripts/lib/pipeline.ts starts them and merges what they write). Astro renders a
// build's pages one after another on one thread; its prerenderer hook is the place to choose which.
import type { AstroIntegration } from 'astro';

export interface RenderShard {
  /** Which share this process renders, from 0. */
  index: number;
  /** How many processes share the pages. */
  count: number;
}

/** SITE_RENDER_SHARD, as `index/count` (`1/2`: the second of two); unset or empty: every page. */
export function parseRenderShard(value: string | undefined): RenderShard | null {
  if (value === undefined || value === '') return null;
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index >= count) throw new Error(`SITE_RENDER_SHARD should be index/count with index < count, such as 0/2; got ${value}`);
  return { index, count };
}

/**
 * Every count-th path from the index-th: each route's pages are dealt out in turn, so every process
 * gets a like share of each kind of page, heavy list pages and light records alike.
 */
export function pathsOfShard<Path>(paths: readonly Path[], shard: RenderShard): Path[] {
  return paths.filter((_, position) => position % shard.count === shard.index);
}

/**
 * `buildPid`: the build process that started this one (SITE_BUILD_PID). Between pages the render
 * stops when that process is gone (killed): its pages would have nobody to take them. Checked on
 * each page, not only on the IPC channel's close (render-process.ts), because a busy render may not
 * get back to its event loop for many seconds.
 */
export function renderShard(shard: RenderShard | null, buildPid?: number): AstroIntegration {
  const sharing = shard !== null && shard.count > 1;
  return {
    name: 'sme-register:render-shard',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        if (!sharing && buildPid === undefined) return;
        // Astro keeps the last prerenderer set, so one integration does both jobs.
        setPrerenderer((prerenderer) => ({
          ...prerenderer,
          name: sharing ? `${prerenderer.name} (share ${shard.index + 1} of ${shard.count})` : prerenderer.name,
          getStaticPaths: async () => (sharing ? pathsOfShard(await prerenderer.getStaticPaths(), shard) : prerenderer.getStaticPaths()),
          render: (request, options) => {
            if (buildPid !== undefined && process.ppid !== buildPid) process.exit(1);
            return prerenderer.render(request, options);
          },
        }));
      },
    },
  };
}

/** SITE_BUILD_PID as a process id, or undefined when unset (a plain `astro build`). */
export function parseBuildPid(value: string | undefined): number | undefined {
  return value ? Number(value) : undefined;
}
