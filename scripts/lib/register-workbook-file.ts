// /data/register.xlsx, written by the build after the pages rather than rendered as a page: at 20,000
// platforms the workbook's zipped sheets took a few hundred MB more in a render process that already
// held the model and Astro's working set, pushing the build past its 2 GB budget (README, Performance).
// Here it is made once, when the render processes have ended and given their memory back.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteModel } from '../../src/lib/model/site-model.ts';
import { tableFields } from '../../src/lib/open-data/datapackage.ts';
import { openDataTables } from '../../src/lib/open-data/records.ts';
import { registerWorkbook } from '../../src/lib/open-data/register-workbook.ts';
import { REGISTER_WORKBOOK } from '../../src/lib/contract/sheet-names.ts';

export async function writeRegisterWorkbook(siteDir: string, model: SiteModel): Promise<void> {
  const tables = openDataTables(model).map((table) => ({ table, fields: tableFields(table) }));
  mkdirSync(join(siteDir, 'data'), { recursive: true });
  writeFileSync(join(siteDir, 'data', REGISTER_WORKBOOK), await registerWorkbook(tables));
}
