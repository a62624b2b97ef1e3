// Recognitions that end soon, with the route to keep the title that the rules give.
import { daysBetween, type IsoDate } from '../dates.ts';
import type { PlatformView } from './site-model.ts';

export interface Expiring {
  platform: PlatformView;
  validUntil: IsoDate;
  daysLeft: number;
}

/** Platforms holding the title whose last valid day falls within `withinDays` after `asOf`, soonest first. */
export function expiringWithin(platforms: readonly PlatformView[], asOf: IsoDate, withinDays: number): Expiring[] {
  return platforms
    .filter((view) => (view.status === 'active' || view.status === 'suspended') && view.validUntil !== null)
    .map((view) => ({ platform: view, validUntil: view.validUntil as IsoDate, daysLeft: daysBetween(asOf, view.validUntil as IsoDate) }))
    .filter((entry) => entry.daysLeft >= 0 && entry.daysLeft <= withinDays)
    .sort((a, b) => a.validUntil.localeCompare(b.validUntil) || a.platform.record.id.localeCompare(b.platform.record.id));
}
