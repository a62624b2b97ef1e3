import { describe, expect, it } from 'vitest';
import { computeReapplyAfter, computeValidUntil } from './recognition.ts';

const threeYears = { validity_years: { value: 3, cite: ['23'], note: null } };
const ban = { reapply_ban_years: { value: 3, cite: ['24'], note: null } };

describe('computeValidUntil', () => {
  it('defaults to certified_on + the validity years − 1 day', () => {
    expect(computeValidUntil({ certified_on: '2023-06-16' }, threeYears)).toBe('2026-06-15');
    expect(computeValidUntil({ certified_on: '2024-01-01' }, threeYears)).toBe('2026-12-31');
    expect(computeValidUntil({ certified_on: '2024-02-29' }, threeYears)).toBe('2027-02-27');
  });

  it('keeps a valid_until the data gives', () => {
    expect(computeValidUntil({ certified_on: '2023-06-16', valid_until: '2027-01-01' }, threeYears)).toBe('2027-01-01');
  });

  it('gives nothing for a candidate or where the rules are silent', () => {
    expect(computeValidUntil({}, threeYears)).toBeNull();
    expect(computeValidUntil({ certified_on: '2023-06-16' }, { validity_years: { value: null, cite: [], note: null } })).toBeNull();
  });
});

describe('computeReapplyAfter', () => {
  it('applies the ban of the article the revocation rests on', () => {
    expect(computeReapplyAfter({ action: 'revoked', decided_on: '2025-05-20', ground: 'weihai#24' }, ban)).toBe('2028-05-20');
  });

  it('applies no ban for a ground that carries none, for a suspension, or without a ground', () => {
    expect(computeReapplyAfter({ action: 'revoked', decided_on: '2025-05-20', ground: 'weihai#25' }, ban)).toBeNull();
    expect(computeReapplyAfter({ action: 'suspended', decided_on: '2025-05-20', ground: 'weihai#24' }, ban)).toBeNull();
    expect(computeReapplyAfter({ action: 'revoked', decided_on: '2025-05-20' }, ban)).toBeNull();
    expect(computeReapplyAfter({ action: 'revoked', decided_on: '2025-05-20', ground: 'linfen#16' }, { reapply_ban_years: { value: null, cite: [], note: null } })).toBeNull();
  });

  it('keeps a reapply_after the data gives', () => {
    expect(computeReapplyAfter({ action: 'revoked', decided_on: '2025-05-20', ground: 'weihai#25', reapply_after: '2026-01-01' }, ban)).toBe('2026-01-01');
  });
});
