// The register of actions as readers see it: what has been decided by the data date, newest first.
import type { RevocationView } from './site-model.ts';
import type { IsoDate } from '../dates.ts';

export function actionsDecidedBy(actions: readonly RevocationView[], asOf: IsoDate, jurisdictionId: string | null = null): RevocationView[] {
  return actions
    .filter((action) => action.record.decided_on <= asOf && (jurisdictionId === null || action.platform.record.jurisdiction === jurisdictionId))
    .sort((a, b) => b.record.decided_on.localeCompare(a.record.decided_on) || a.record.id.localeCompare(b.record.id));
}
