// The name a rules document goes by in tables: its jurisdiction's in the data (威海市), else the one its front matter gives.
import type { SiteModel } from '../model/site-model.ts';

export function jurisdictionNamesByRules(model: Pick<SiteModel, 'jurisdictions' | 'rules'>): Record<string, string> {
  const names: Record<string, string> = {};
  for (const document of model.rules.documents.values()) {
    names[document.id] = model.jurisdictions.find((view) => view.record.id === document.meta.jurisdiction)?.record.name ?? document.meta.jurisdiction_name;
  }
  return names;
}
