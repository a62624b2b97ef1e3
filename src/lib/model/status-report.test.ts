import { describe, expect, it } from 'vitest';
import { platformHistory, type HistoryInput } from './history.ts';
import { statusOn } from './status.ts';
import { statusReport, type StatusReportInput } from './status-report.ts';

const base: HistoryInput = {
  notices: [],
  certifiedOn: '2024-03-01',
  decisionRef: '测威工信〔2024〕3号',
  validUntil: '2027-02-28',
  validityArticle: { rulesId: 'weihai', article: 23, item: null },
  actions: [],
};

/** The report as the model builds it: status and history from the same input, as of a day. */
function reportOn(input: HistoryInput, asOf: string, reapplyAfter: StatusReportInput['reapplyAfter'] = new Map()) {
  const status = statusOn(input, asOf);
  return statusReport({
    status: status.status,
    since: status.since,
    history: platformHistory(input, asOf),
    validUntil: input.validUntil,
    decisionRef: input.decisionRef,
    validity: { article: input.validityArticle, years: 3 },
    renewal: { mode: 'review', article: { rulesId: 'weihai', article: 23, item: null } },
    reapplyAfter,
  });
}

const revocation = { id: 'fx-revoke', action: 'revoked' as const, decidedOn: '2025-05-20', reason: '经查实存在违法违规行为', ref: '测威工信〔2025〕9号', url: 'https://example.org/d', ground: { rulesId: 'weihai', article: 24, item: null } };
const suspension = { id: 'fx-suspend', action: 'suspended' as const, decidedOn: '2025-08-01', reason: '运营单位更名，暂停称号待审核', ref: null, url: null, ground: { rulesId: 'chengdu', article: 18, item: null } };
const reinstatement = { ...suspension, id: 'fx-reinstate', action: 'reinstated' as const, decidedOn: '2025-11-10', reason: '审核合格' };

describe('statusReport', () => {
  it('says nothing more for a title that is held, or not yet given', () => {
    expect(reportOn(base, '2026-06-15')).toBeNull();
    expect(reportOn({ ...base, certifiedOn: null }, '2026-06-15')).toBeNull();
    // Reinstated: the title is held again, and the suspension is history.
    expect(reportOn({ ...base, actions: [suspension, reinstatement] }, '2026-06-15')).toBeNull();
  });

  it('gives a revocation’s day, decision, article, reason and the day the operator may apply again', () => {
    expect(reportOn({ ...base, actions: [revocation] }, '2026-06-15', new Map([['fx-revoke', '2028-05-20']]))).toEqual({
      kind: 'decision',
      status: 'revoked',
      on: '2025-05-20',
      actionId: 'fx-revoke',
      ref: '测威工信〔2025〕9号',
      url: 'https://example.org/d',
      ground: { rulesId: 'weihai', article: 24, item: null },
      reason: '经查实存在违法违规行为',
      reapplyAfter: '2028-05-20',
    });
  });

  it('gives the suspension in force, not an earlier one that was lifted', () => {
    const again = { ...suspension, id: 'fx-suspend-again', decidedOn: '2026-04-01', reason: '第三方测评不合格' };
    const report = reportOn({ ...base, actions: [suspension, reinstatement, again] }, '2026-06-15', new Map([['fx-suspend-again', '2029-01-01']]));
    expect(report).toMatchObject({ kind: 'decision', status: 'suspended', on: '2026-04-01', actionId: 'fx-suspend-again', reason: '第三方测评不合格', ref: null });
    // Only a revocation bars a new application.
    expect(report?.kind === 'decision' && report.reapplyAfter).toBeNull();
  });

  it('does not report a decision dated after the data date', () => {
    expect(reportOn({ ...base, actions: [revocation] }, '2025-05-19')).toBeNull();
  });

  it('gives an expiry’s first day without the title, the recognition that ran out, the article and the renewal route', () => {
    expect(reportOn(base, '2027-03-01')).toEqual({
      kind: 'expiry',
      status: 'expired',
      on: '2027-03-01',
      lastValidDay: '2027-02-28',
      ref: '测威工信〔2024〕3号',
      article: { rulesId: 'weihai', article: 23, item: null },
      years: 3,
      // Weihai's 第二十三条 sets the period and the review both: cited once, with the period.
      renewal: { mode: 'review', article: null },
    });
  });

  it('cites the renewal route’s own article where it is not the article of the period', () => {
    const report = statusReport({
      status: 'expired',
      since: '2026-06-16',
      history: [],
      validUntil: '2026-06-15',
      decisionRef: null,
      validity: { article: { rulesId: 'yangjiang', article: 13, item: null }, years: 3 },
      renewal: { mode: 'review', article: { rulesId: 'yangjiang', article: 19, item: null } },
      reapplyAfter: new Map(),
    });
    expect(report).toMatchObject({ kind: 'expiry', ref: null, renewal: { mode: 'review', article: { rulesId: 'yangjiang', article: 19, item: null } } });
  });

  it('reports the expiry, not a suspension the expiry ended', () => {
    expect(reportOn({ ...base, actions: [suspension] }, '2027-06-01')).toMatchObject({ kind: 'expiry', on: '2027-03-01' });
  });
});
