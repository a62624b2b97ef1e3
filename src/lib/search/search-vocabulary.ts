// The filters' names as the search page shows them, one for each filter of the platform index.
import type { FacetName } from './platform-index/format.ts';

export const FILTER_LABELS: Record<FacetName, string> = { jurisdiction: '地区', function: '服务功能', status: '状态', kind: '平台类型' };
