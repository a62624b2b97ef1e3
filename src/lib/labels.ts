// The site's Chinese words for the model's codes, in one place.
import type { PlatformStatus } from './model/status.ts';
import type { NoticeState } from './model/notice-state.ts';
import type { HistoryEventKind } from './model/history.ts';
import type { DocumentStatus, RulesFrontmatter, SupersessionEffect } from './rules/schema.ts';

export const STATUS_LABELS: Record<PlatformStatus, string> = {
  candidate: '候选（公示中或待认定）',
  active: '有效',
  suspended: '暂停',
  revoked: '已撤销',
  expired: '已到期',
};

/** Short words for tight spaces such as table cells. */
export const STATUS_SHORT: Record<PlatformStatus, string> = {
  candidate: '候选',
  active: '有效',
  suspended: '暂停',
  revoked: '已撤销',
  expired: '已到期',
};

export const STATUS_EXPLANATIONS: Record<PlatformStatus, string> = {
  candidate: '尚未获得认定：已列入公示名单或正在评审。',
  active: '在有效期内持有示范平台称号。',
  suspended: '称号暂停使用，待整改或审核后决定恢复或撤销。',
  revoked: '称号已被撤销。',
  expired: '认定有效期已满，称号不再有效。',
};

export const KIND_LABELS = { platform: '公共服务平台', base: '小企业创业基地' } as const;
export const SCOPE_LABELS = { comprehensive: '综合示范平台', specialized: '专业示范平台' } as const;
export const LEVEL_LABELS = { national: '国家', province: '省级', city: '市级', county: '县级' } as const;

export const NOTICE_STATE_LABELS: Record<NoticeState, string> = { upcoming: '尚未开始', open: '公示中', closed: '已结束' };

export const EVENT_LABELS: Record<HistoryEventKind, string> = {
  publicity: '列入公示',
  recognised: '获得认定',
  suspended: '暂停称号',
  reinstated: '恢复称号',
  revoked: '撤销称号',
  expired: '认定到期',
};

export const ACTION_LABELS = { revoked: '撤销', suspended: '暂停', reinstated: '恢复' } as const;

export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = {
  draft: '征求意见稿（草案，非现行有效）',
  in_force: '现行有效',
  unknown: '效力无法确定（按其文字已实施，但无法据文本确定是否仍然有效）',
  expired: '已失效',
  superseded: '已被替代',
};

/**
 * What a document's list of earlier documents is, as its own words support (schema.ts
 * supersessionEffect): the term the rules page and the open data's readers see, and what it means.
 */
export const SUPERSESSION_LABELS: Record<SupersessionEffect, { term: string; meaning: string | null }> = {
  repealed: { term: '废止文件', meaning: null },
  proposed: { term: '拟废止', meaning: '本办法施行后废止；征求意见稿尚未施行，不废止任何文件' },
  lapsed: { term: '前一办法', meaning: '本办法称其已到期废止，不是由本办法废止' },
};

/** 成都市经济和信息化局（推断）: an issuer the source does not name in an issuing line is marked as the site's reading. */
export function issuerLabel(meta: Pick<RulesFrontmatter, 'issuer' | 'issuer_source'>): string {
  return meta.issuer_source === 'inferred' ? `${meta.issuer}（推断）` : meta.issuer;
}
