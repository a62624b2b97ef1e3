// What the platform index holds for each platform (platform-index/): the words people search by
// (name, operator, code, district, functions), what a result shows, and the filters' values.
import { FUNCTION_LABELS } from '../contract/functions.ts';
import { KIND_LABELS, STATUS_SHORT } from '../labels.ts';
import type { SiteModel } from '../model/site-model.ts';
import { holdersFirstRank } from '../model/status.ts';
import { platformUrl } from '../urls.ts';
import type { PlatformEntry } from './platform-index/build-index.ts';

export function platformSearchEntries(model: SiteModel): PlatformEntry[] {
  return model.platforms.map((view) => {
    const { record } = view;
    const functionWords = [...new Set([...view.functions.map((fn) => fn.localName ?? ''), ...view.functionCodes.map((code) => FUNCTION_LABELS[code])])].filter(Boolean);
    return {
      meta: {
        url: platformUrl(record.id),
        name: record.name,
        operator: record.operator,
        jurisdiction: view.jurisdiction.name,
        district: record.district ?? '',
        status: view.status,
        functions: functionWords.join('、'),
        uscc: record.uscc,
      },
      words: [record.name, record.operator, view.jurisdiction.name, record.district ?? '', ...functionWords],
      facets: {
        jurisdiction: view.jurisdiction.name,
        function: view.functionCodes.map((code) => FUNCTION_LABELS[code]),
        status: STATUS_SHORT[view.status],
        kind: KIND_LABELS[record.kind],
      },
      rank: holdersFirstRank(view.status),
    };
  });
}
