import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadSite } from '../load-site.ts';
import { fixturePath, PROJECT_ROOT } from '../../../test/support/build-site.ts';
import { sortPlatforms } from './directory.ts';

const { model } = loadSite({ dataDir: fixturePath('register'), contentDir: join(PROJECT_ROOT, 'content') });
const byId = (id: string) => model!.platforms.find((view) => view.record.id === id)!;

describe('the end a list shows', () => {
  it('is the revocation date for a revoked platform, and the last valid day for the others', () => {
    expect(byId('fx-weihai-revoked').validUntil).toBe('2027-02-28');
    expect(byId('fx-weihai-revoked').end).toEqual({ on: '2025-05-20', by: 'revocation' });
    expect(byId('fx-weihai-active').end).toEqual({ on: byId('fx-weihai-active').validUntil, by: 'expiry' });
    expect(byId('fx-weihai-candidate').end).toBeNull();
  });

  it('orders the directory by 有效期至 the way the list shows it', () => {
    const order = sortPlatforms(model!.platforms, 'valid_until').map((view) => view.end?.on ?? null);
    expect(order).toEqual([...order].sort((a, b) => (b ?? '').localeCompare(a ?? '')));
    expect(order.at(-1)).toBeNull();
  });
});
