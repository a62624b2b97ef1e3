import { describe, expect, it } from 'vitest';
import { holdersFirstRank, PLATFORM_STATUSES, statusOn, titleEnd, type StatusInput } from './status.ts';

const recognised: StatusInput = { certifiedOn: '2023-06-16', validUntil: '2026-06-15', actions: [] };

describe('statusOn', () => {
  it('is a candidate before recognition, and with no recognition at all', () => {
    expect(statusOn({ certifiedOn: null, validUntil: null, actions: [] }, '2026-01-01')).toEqual({ status: 'candidate', since: null });
    expect(statusOn(recognised, '2023-06-15')).toEqual({ status: 'candidate', since: null });
  });

  it('is active from the day of recognition', () => {
    expect(statusOn(recognised, '2023-06-16')).toEqual({ status: 'active', since: '2023-06-16' });
  });

  it('is active the day before and on the last valid day, and expired the day after', () => {
    expect(statusOn(recognised, '2026-06-14').status).toBe('active');
    expect(statusOn(recognised, '2026-06-15').status).toBe('active');
    expect(statusOn(recognised, '2026-06-16')).toEqual({ status: 'expired', since: '2026-06-16' });
  });

  it('is suspended from the decision until a reinstatement, then active again', () => {
    const input: StatusInput = {
      ...recognised,
      actions: [
        { action: 'reinstated', decidedOn: '2025-03-01' },
        { action: 'suspended', decidedOn: '2024-09-01' },
      ],
    };
    expect(statusOn(input, '2024-08-31').status).toBe('active');
    expect(statusOn(input, '2024-09-01')).toEqual({ status: 'suspended', since: '2024-09-01' });
    expect(statusOn(input, '2025-02-28').status).toBe('suspended');
    expect(statusOn(input, '2025-03-01')).toEqual({ status: 'active', since: '2025-03-01' });
  });

  it('lets expiry end a suspension that was never lifted', () => {
    const input: StatusInput = { ...recognised, actions: [{ action: 'suspended', decidedOn: '2026-01-10' }] };
    expect(statusOn(input, '2026-06-15').status).toBe('suspended');
    expect(statusOn(input, '2026-06-16').status).toBe('expired');
  });

  it('keeps a revoked title revoked, after its validity too', () => {
    const input: StatusInput = {
      ...recognised,
      actions: [
        { action: 'suspended', decidedOn: '2024-09-01' },
        { action: 'revoked', decidedOn: '2025-03-01' },
      ],
    };
    expect(statusOn(input, '2025-02-28').status).toBe('suspended');
    expect(statusOn(input, '2025-03-01')).toEqual({ status: 'revoked', since: '2025-03-01' });
    expect(statusOn(input, '2030-01-01')).toEqual({ status: 'revoked', since: '2025-03-01' });
  });

  it('stays active forever when neither the data nor the rules give an end', () => {
    expect(statusOn({ certifiedOn: '2020-01-01', validUntil: null, actions: [] }, '2040-01-01').status).toBe('active');
  });
});

describe('holdersFirstRank', () => {
  it('ranks every status once, holders of the title first', () => {
    const ranked = [...PLATFORM_STATUSES].sort((a, b) => holdersFirstRank(a) - holdersFirstRank(b));
    expect(ranked).toEqual(['active', 'suspended', 'candidate', 'expired', 'revoked']);
    expect(new Set(PLATFORM_STATUSES.map(holdersFirstRank))).toEqual(new Set([0, 1, 2, 3, 4]));
  });
});

describe('titleEnd', () => {
  const revokedOn = (decidedOn: string) => ({ ...recognised, actions: [{ action: 'revoked' as const, decidedOn }] });

  it('ends a revoked title on the day of the revocation, not the expiry it never reached', () => {
    const input = revokedOn('2025-03-01');
    expect(titleEnd(input.validUntil, statusOn(input, '2026-01-01'))).toEqual({ on: '2025-03-01', by: 'revocation' });
    expect(titleEnd(input.validUntil, statusOn(input, '2030-01-01'))).toEqual({ on: '2025-03-01', by: 'revocation' });
  });

  it('ends it at expiry before a revocation has happened, and when the revocation came after the expiry', () => {
    const input = revokedOn('2025-03-01');
    expect(titleEnd(input.validUntil, statusOn(input, '2025-02-28'))).toEqual({ on: '2026-06-15', by: 'expiry' });
    const late = revokedOn('2026-09-01');
    expect(titleEnd(late.validUntil, statusOn(late, '2027-01-01'))).toEqual({ on: '2026-06-15', by: 'expiry' });
  });

  it('ends a revoked title with no expiry on the day of the revocation', () => {
    const input = { certifiedOn: '2020-01-01', validUntil: null, actions: [{ action: 'revoked' as const, decidedOn: '2024-05-01' }] };
    expect(titleEnd(null, statusOn(input, '2025-01-01'))).toEqual({ on: '2024-05-01', by: 'revocation' });
  });

  it('gives the expiry of every other status, and nothing without one', () => {
    expect(titleEnd('2026-06-15', statusOn(recognised, '2026-01-01'))).toEqual({ on: '2026-06-15', by: 'expiry' });
    expect(titleEnd('2026-06-15', statusOn(recognised, '2027-01-01'))).toEqual({ on: '2026-06-15', by: 'expiry' });
    expect(titleEnd(null, statusOn({ certifiedOn: null, validUntil: null, actions: [] }, '2026-01-01'))).toBeNull();
  });
});
