// Who stands behind the register, for the footer of every page: the recognising authorities (认定机关)
// of the site's jurisdictions, each with its public phone, beside the publisher of the data.
import type { JurisdictionView } from './site-model.ts';

export interface AuthorityView {
  name: string;
  /** The jurisdictions it recognises platforms for, by id and name. */
  jurisdictions: { id: string; name: string }[];
  phone: string | null;
}

/** Listed by name up to this many; a portal with more names them on /jurisdictions/ instead. */
export const AUTHORITIES_LISTED = 5;

/** The authorities in the data's order, one entry per authority even where it serves several jurisdictions. */
export function issuingAuthorities(jurisdictions: readonly JurisdictionView[]): AuthorityView[] {
  const byName = new Map<string, AuthorityView>();
  for (const { record } of jurisdictions) {
    const known = byName.get(record.authority);
    if (known) {
      known.jurisdictions.push({ id: record.id, name: record.name });
      known.phone ??= record.phone ?? null;
    } else {
      byName.set(record.authority, { name: record.authority, jurisdictions: [{ id: record.id, name: record.name }], phone: record.phone ?? null });
    }
  }
  return [...byName.values()];
}
