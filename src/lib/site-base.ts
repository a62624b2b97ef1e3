// Where the site is served. site.json's base_url may carry a path (https://gxj.example.gov.cn/sme/);
// that path is the site's base, which the build hands Astro as `base`. Pages, the model and the search
// index speak in site paths ('/platforms/x/'); the base goes in front only where an address leaves for
// the browser: once per page as it is rendered (rebaseLinks, src/middleware.ts) and in the pages'
// scripts (withBase over import.meta.env.BASE_URL).

/** The path of base_url, with slashes at both ends ('/' when there is none or no base_url). */
export function basePathOf(baseUrl: string | undefined | null): string {
  if (!baseUrl) return '/';
  const path = new URL(baseUrl).pathname;
  return path.endsWith('/') ? path : `${path}/`;
}

/** A site path ('/platforms/x/') as served under base ('/sme/' → '/sme/platforms/x/'). */
export function withBase(base: string, sitePath: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${sitePath.replace(/^\//, '')}`;
}

/**
 * A rendered page with its site-path links served under base: every href, src and action that starts
 * with a single '/'. Astro writes its own assets (/sme/_astro/…) with the base already, so those are
 * left alone. Attribute values from data are escaped and only ever http(s) (urls.ts safeHttpUrl), so a
 * value that starts with '/' was written by the site's own templates.
 */
export function rebaseLinks(html: string, base: string): string {
  if (base === '/') return html;
  const assets = `${base.slice(1)}_astro/`;
  const link = new RegExp(`(\\s(?:href|src|action))="/(?!/|${escapeRegExp(assets)})`, 'g');
  return html.replace(link, `$1="${base}`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
