// Dates a recognition carries by default: its last valid day, and when a revoked operator may apply again.
import { addDays, addYears, type IsoDate } from '../dates.ts';
import type { Platform, Revocation } from '../contract/tables.ts';
import type { Provisions } from '../rules/schema.ts';

/** valid_until as given, else certified_on + the rules' validity years − 1 day; null for a candidate or silent rules. */
export function computeValidUntil(platform: Pick<Platform, 'certified_on' | 'valid_until'>, provisions: Pick<Provisions, 'validity_years'>): IsoDate | null {
  if (platform.valid_until !== undefined) return platform.valid_until;
  const years = provisions.validity_years.value;
  if (platform.certified_on === undefined || years === null) return null;
  return addDays(addYears(platform.certified_on, years), -1);
}

/**
 * reapply_after as given, else, for a revocation resting on an article that carries the rules'
 * re-application ban (Weihai 第二十四条, Chengdu 第二十二条), the decision date + the ban's years.
 */
export function computeReapplyAfter(revocation: Pick<Revocation, 'action' | 'decided_on' | 'ground' | 'reapply_after'>, provisions: Pick<Provisions, 'reapply_ban_years'> | null): IsoDate | null {
  if (revocation.reapply_after !== undefined) return revocation.reapply_after;
  const ban = provisions?.reapply_ban_years;
  if (revocation.action !== 'revoked' || revocation.ground === undefined || !ban || ban.value === null) return null;
  const article = revocation.ground.split('#')[1]?.split('.')[0];
  if (article === undefined || !ban.cite.some((cite) => cite.split('.')[0] === article)) return null;
  return addYears(revocation.decided_on, ban.value);
}
