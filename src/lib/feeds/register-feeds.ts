// The register's feeds: notices and actions as RSS, periods and end dates as a calendar, site-wide
// and per jurisdiction; the releases' changes as RSS, site-wide, where the data folder has releases.
// Feeds need absolute addresses, so they exist only where site.json gives base_url.
import { ACTION_LABELS } from '../labels.ts';
import { formatChineseDate } from '../dates.ts';
import type { SiteModel } from '../model/site-model.ts';
import { changesUrl, countsText, modelChangeContext, orderedChanges, recordChangeView, releaseSummary, type ChangeContext } from '../releases/change-view.ts';
import { absoluteUrl, jurisdictionUrl, noticeUrl, platformUrl } from '../urls.ts';
import type { CalendarEvent } from './ics.ts';
import type { Feed } from './rss.ts';

export type FeedKind = 'notices' | 'revocations' | 'calendar' | 'changes';

export const FEED_FILES: Record<FeedKind, string> = { notices: 'notices.xml', revocations: 'revocations.xml', calendar: 'calendar.ics', changes: 'changes.xml' };

/** The feeds a scope has: every kind site-wide (the changes only with releases), and a jurisdiction's own notices, actions and calendar. */
export function feedKinds(model: SiteModel, jurisdictionId: string | null): FeedKind[] {
  if (jurisdictionId !== null) return ['notices', 'revocations', 'calendar'];
  return model.releases && model.releases.releases.length > 0 ? ['notices', 'revocations', 'calendar', 'changes'] : ['notices', 'revocations', 'calendar'];
}

/** /feeds/notices.xml, or /feeds/weihai/notices.xml for one jurisdiction. */
export function feedPath(kind: FeedKind, jurisdictionId: string | null = null): string {
  return jurisdictionId === null ? `/feeds/${FEED_FILES[kind]}` : `/feeds/${jurisdictionId}/${FEED_FILES[kind]}`;
}

function scopeName(model: SiteModel, jurisdictionId: string | null): string {
  return jurisdictionId === null ? model.site.title : `${model.jurisdictions.find((view) => view.record.id === jurisdictionId)?.record.name ?? jurisdictionId}·${model.site.title}`;
}

export function noticesFeed(model: SiteModel, baseUrl: string, jurisdictionId: string | null = null): Feed {
  const notices = model.notices
    .filter((notice) => jurisdictionId === null || notice.record.jurisdiction === jurisdictionId)
    .sort((a, b) => b.record.published_on.localeCompare(a.record.published_on) || a.record.id.localeCompare(b.record.id));
  return {
    title: `公示 - ${scopeName(model, jurisdictionId)}`,
    description: '示范平台拟认定名单的公示',
    siteUrl: absoluteUrl(baseUrl, jurisdictionId === null ? '/notices/' : jurisdictionUrl(jurisdictionId)),
    feedUrl: absoluteUrl(baseUrl, feedPath('notices', jurisdictionId)),
    updated: model.asOf,
    items: notices.map((notice) => ({
      title: notice.record.title,
      url: absoluteUrl(baseUrl, noticeUrl(notice.record.id)),
      date: notice.record.published_on,
      description: `${notice.jurisdiction.name}；公示期 ${formatChineseDate(notice.period.startsOn)} 至 ${formatChineseDate(notice.period.endsOn)}；公示平台：${notice.platforms.map((platform) => platform.record.name).join('、')}`,
    })),
  };
}

export function revocationsFeed(model: SiteModel, baseUrl: string, jurisdictionId: string | null = null): Feed {
  const actions = model.revocations
    .filter((action) => action.record.decided_on <= model.asOf && (jurisdictionId === null || action.platform.record.jurisdiction === jurisdictionId))
    .sort((a, b) => b.record.decided_on.localeCompare(a.record.decided_on) || a.record.id.localeCompare(b.record.id));
  return {
    title: `撤销、暂停与恢复 - ${scopeName(model, jurisdictionId)}`,
    description: '示范平台称号的撤销、暂停与恢复决定',
    siteUrl: absoluteUrl(baseUrl, '/revocations/'),
    feedUrl: absoluteUrl(baseUrl, feedPath('revocations', jurisdictionId)),
    updated: model.asOf,
    items: actions.map((action) => ({
      title: `${ACTION_LABELS[action.record.action]}：${action.platform.record.name}`,
      // The platform's history holds the action under its id, on a page that never moves.
      url: absoluteUrl(baseUrl, `${platformUrl(action.platform.record.id)}#${action.record.id}`),
      date: action.record.decided_on,
      description: `${action.platform.record.operator}；${action.record.reason}${action.record.ref ? `（${action.record.ref}）` : ''}`,
    })),
  };
}

export function calendarEvents(model: SiteModel, baseUrl: string, jurisdictionId: string | null = null): CalendarEvent[] {
  const host = new URL(baseUrl).host;
  const inScope = (id: string) => jurisdictionId === null || id === jurisdictionId;
  const periods = model.notices
    .filter((notice) => inScope(notice.record.jurisdiction))
    .map((notice) => ({
      uid: `notice-${notice.record.id}@${host}`,
      start: notice.period.startsOn,
      end: notice.period.endsOn,
      summary: `公示期：${notice.record.title}`,
      description: `${notice.jurisdiction.name}。异议受理：${notice.record.contact ?? '见公示原文'}${notice.period.endsOnProvisional ? '。结束日为暂定（该年度节假日安排尚未公布）' : ''}`,
      url: absoluteUrl(baseUrl, noticeUrl(notice.record.id)),
    }));
  const endings = model.platforms
    .filter((platform) => inScope(platform.record.jurisdiction) && platform.validUntil !== null && platform.status !== 'revoked')
    .map((platform) => ({
      uid: `valid-until-${platform.record.id}@${host}`,
      start: platform.validUntil as string,
      end: platform.validUntil as string,
      summary: `认定有效期届满：${platform.record.name}`,
      description: `${platform.jurisdiction.name}，${platform.record.operator}。此日为认定有效期最后一天。`,
      url: absoluteUrl(baseUrl, platformUrl(platform.record.id)),
    }));
  return [...periods, ...endings].sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid));
}

/** How many records an item of the changes feed names before it says how many more there are. */
const NAMED_IN_FEED = 10;

/** One item per release, newest first, linking to its page of changes. */
export function changesFeed(model: SiteModel, baseUrl: string): Feed {
  const context = modelChangeContext(model) as ChangeContext;
  const releases = [...(model.releases?.releases ?? [])].reverse();
  return {
    title: `变更记录 - ${model.site.title}`,
    description: '本名录各编号版本新增、变更和移除的记录',
    siteUrl: absoluteUrl(baseUrl, changesUrl()),
    feedUrl: absoluteUrl(baseUrl, feedPath('changes')),
    updated: model.asOf,
    items: releases.map((release) => {
      const changes = orderedChanges(release);
      const named = changes.slice(0, NAMED_IN_FEED).map((change) => recordChangeView(change, context).headline);
      const more = changes.length > NAMED_IN_FEED ? `等，共 ${changes.length} 条` : '';
      return {
        title: releaseSummary(release),
        url: absoluteUrl(baseUrl, changesUrl(release.number)),
        date: release.asOf,
        description: [release.note ? `说明：${release.note}` : null, countsText(release.counts), named.length > 0 ? `${named.join('；')}${more}` : null].filter((part) => part !== null).join('。'),
      };
    }),
  };
}
