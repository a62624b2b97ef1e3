// Serves the pages' site-path links under the site's base (src/lib/site-base.ts), when base_url has a path.
import { defineMiddleware } from 'astro:middleware';
import { basePathOf, rebaseLinks } from './lib/site-base.ts';
import { siteModel } from './site-data.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  // From the model, as Astro's base is (astro.config.mjs): import.meta.env.BASE_URL, on the server,
  // would take whatever BASE_URL the environment happens to hold.
  const base = basePathOf(siteModel().site.base_url);
  if (base === '/' || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(rebaseLinks(await response.text(), base), response);
});
