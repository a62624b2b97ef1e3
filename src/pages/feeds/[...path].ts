// /feeds/{notices.xml,revocations.xml,calendar.ics}, site-wide and under /feeds/<jurisdiction>/;
// /feeds/changes.xml, site-wide, where the data folder has releases.
import type { APIRoute } from 'astro';
import { siteModel } from '../../site-data.ts';
import { calendarEvents, changesFeed, feedKinds, feedPath, noticesFeed, revocationsFeed, type FeedKind } from '../../lib/feeds/register-feeds.ts';
import { renderRss } from '../../lib/feeds/rss.ts';
import { renderIcs } from '../../lib/feeds/ics.ts';

interface Props {
  kind: FeedKind;
  jurisdictionId: string | null;
}

export function getStaticPaths() {
  const model = siteModel();
  if (!model.site.base_url) return [];
  const scopes = [null, ...model.jurisdictions.map((view) => view.record.id)];
  return scopes.flatMap((jurisdictionId) =>
    feedKinds(model, jurisdictionId).map((kind) => ({ params: { path: feedPath(kind, jurisdictionId).slice('/feeds/'.length) }, props: { kind, jurisdictionId } })),
  );
}

export const GET: APIRoute<Props> = ({ props }) => {
  const model = siteModel();
  const baseUrl = model.site.base_url as string;
  if (props.kind === 'calendar') {
    const name = props.jurisdictionId === null ? model.site.title : `${props.jurisdictionId} ${model.site.title}`;
    return new Response(renderIcs(name, model.asOf, calendarEvents(model, baseUrl, props.jurisdictionId)), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
  }
  const feed = props.kind === 'changes' ? changesFeed(model, baseUrl) : props.kind === 'notices' ? noticesFeed(model, baseUrl, props.jurisdictionId) : revocationsFeed(model, baseUrl, props.jurisdictionId);
  return new Response(renderRss(feed), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
