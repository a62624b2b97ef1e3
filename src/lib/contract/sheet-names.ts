// The sheets of a register workbook: what the clerk's register.xlsx may call each table (read-workbook.ts),
// and what the site's own /data/register.xlsx calls them (the Chinese name, listed second).
import type { TableName } from './tables.ts';

/** The whole data set in one workbook. */
export const REGISTER_WORKBOOK = 'register.xlsx';

/** The names a sheet may have for each table: the table's id, then its Chinese name, then others accepted. */
export const SHEET_NAMES: Record<TableName, readonly [string, string, ...string[]]> = {
  jurisdictions: ['jurisdictions', '地区'],
  platforms: ['platforms', '平台', '示范平台'],
  notices: ['notices', '公示'],
  revocations: ['revocations', '撤销与暂停', '撤销'],
};
