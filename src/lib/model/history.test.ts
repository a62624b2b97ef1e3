import { describe, expect, it } from 'vitest';
import { parseGround, platformHistory, type HistoryInput } from './history.ts';

const input: HistoryInput = {
  notices: [{ id: 'n1', title: '公示', ref: null, url: null, startsOn: '2023-05-22', endsOn: '2023-05-28' }],
  certifiedOn: '2023-06-16',
  decisionRef: '测阳工信〔2023〕2号',
  validUntil: '2026-06-15',
  validityArticle: { rulesId: 'yangjiang', article: 13, item: null },
  actions: [{ id: 'a1', action: 'suspended', decidedOn: '2025-01-10', reason: '测试', ref: null, url: null, ground: { rulesId: 'yangjiang', article: 20, item: 3 } }],
};

describe('platformHistory', () => {
  it('lists publicity, recognition, actions and expiry in date order, each with its source', () => {
    expect(platformHistory(input, '2026-07-01').map((event) => [event.date, event.kind, event.source.kind])).toEqual([
      ['2023-05-22', 'publicity', 'notice'],
      ['2023-06-16', 'recognised', 'decision'],
      ['2025-01-10', 'suspended', 'action'],
      ['2026-06-16', 'expired', 'rules'],
    ]);
  });

  it('leaves out what has not happened yet on the data date', () => {
    expect(platformHistory(input, '2024-01-01').map((event) => event.kind)).toEqual(['publicity', 'recognised']);
  });

  it('shows no expiry for a revoked title', () => {
    const revoked = { ...input, actions: [{ ...input.actions[0]!, action: 'revoked' as const }] };
    expect(platformHistory(revoked, '2027-01-01').map((event) => event.kind)).toEqual(['publicity', 'recognised', 'revoked']);
  });
});

describe('parseGround', () => {
  it('reads <rules>#<article>[.<item>]', () => {
    expect(parseGround('yangjiang#20.4')).toEqual({ rulesId: 'yangjiang', article: 20, item: 4 });
    expect(parseGround('weihai#24')).toEqual({ rulesId: 'weihai', article: 24, item: null });
    expect(parseGround('第二十条')).toBeNull();
  });
});
