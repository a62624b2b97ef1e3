// A platform's status on a given day, from its recognition and the actions taken on it.
import { addDays, type IsoDate } from '../dates.ts';
import type { RevocationAction } from '../contract/tables.ts';

export const PLATFORM_STATUSES = ['candidate', 'active', 'suspended', 'revoked', 'expired'] as const;
export type PlatformStatus = (typeof PLATFORM_STATUSES)[number];

/** Holders of the title first: the order a citizen checking a title expects (directory, providers, search). */
const HOLDERS_FIRST: readonly PlatformStatus[] = ['active', 'suspended', 'candidate', 'expired', 'revoked'];

/** A status's place in the holders-first order, 0 for an active holder. */
export function holdersFirstRank(status: PlatformStatus): number {
  return HOLDERS_FIRST.indexOf(status);
}

export interface StatusInput {
  certifiedOn: IsoDate | null;
  validUntil: IsoDate | null;
  actions: readonly { action: RevocationAction; decidedOn: IsoDate }[];
}

export interface StatusOnDay {
  status: PlatformStatus;
  /** The day this status began; null for a candidate. */
  since: IsoDate | null;
}

/**
 * Revocation is final and outranks expiry; expiry outranks a suspension (the title has ended either
 * way); a suspension lasts until it is reinstated. Actions dated after `asOf` have not happened yet.
 */
export function statusOn(input: StatusInput, asOf: IsoDate): StatusOnDay {
  if (input.certifiedOn === null || input.certifiedOn > asOf) return { status: 'candidate', since: null };
  const past = input.actions.filter((entry) => entry.decidedOn <= asOf).sort((a, b) => a.decidedOn.localeCompare(b.decidedOn));
  const revocation = past.find((entry) => entry.action === 'revoked');
  if (revocation) return { status: 'revoked', since: revocation.decidedOn };
  if (input.validUntil !== null && asOf > input.validUntil) return { status: 'expired', since: addDays(input.validUntil, 1) };
  const last = past.at(-1);
  if (last?.action === 'suspended') return { status: 'suspended', since: last.decidedOn };
  return { status: 'active', since: last?.action === 'reinstated' ? last.decidedOn : input.certifiedOn };
}

export interface TitleEnd {
  /** The day the lists give as the end: the last valid day, or the day of the revocation. */
  on: IsoDate;
  by: 'expiry' | 'revocation';
}

/**
 * Where a platform's title ends, as the lists show it: a revocation ends it on the day of the
 * decision, so a revoked platform's end is that day, not the expiry it never reached; a title that had
 * already expired when it was revoked ended by expiry. Null when there is no end (no recognition, or
 * neither the data nor the rules give one).
 */
export function titleEnd(validUntil: IsoDate | null, status: StatusOnDay): TitleEnd | null {
  if (status.status === 'revoked' && status.since !== null && (validUntil === null || status.since <= validUntil)) {
    return { on: status.since, by: 'revocation' };
  }
  return validUntil === null ? null : { on: validUntil, by: 'expiry' };
}
