// An .xlsx file written so that the same sheets always give the same bytes: write-excel-file stamps
// each file in the zip with the time of writing, which would make every build differ.
import { unzipSync, zipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/node';

type Sheets = Parameters<typeof writeXlsxFile>[0];

const FIXED_TIME = new Date('2000-01-01T00:00:00Z');

export async function workbookBytes(sheets: Sheets): Promise<Buffer> {
  const written = await writeXlsxFile(sheets).toBuffer();
  return Buffer.from(zipSync(unzipSync(written), { mtime: FIXED_TIME, level: 6 }));
}
