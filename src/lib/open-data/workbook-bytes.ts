// An .xlsx file written so that the same sheets always give the same bytes: write-excel-file stamps
// each file in the zip with the time of writing, which would make every build differ. The stamps are
// overwritten in place (a fixed day), which costs nothing beside re-compressing the whole zip
// (about a second for 20,000 platforms).
import writeXlsxFile from 'write-excel-file/node';

type Sheets = Parameters<typeof writeXlsxFile>[0];

/** 2000-01-01 00:00 in the zip format's MS-DOS date and time. */
const FIXED_DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
const FIXED_DOS_TIME = 0;

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export async function workbookBytes(sheets: Sheets): Promise<Buffer> {
  return withFixedTimes(Buffer.from(await writeXlsxFile(sheets).toBuffer()));
}

/** Sets every entry's modification time, in the central directory and in its local header. */
export function withFixedTimes(zip: Buffer): Buffer {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || zip.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) throw new Error('not a zip file: no end of central directory');
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let entry = 0; entry < entries; entry += 1) {
    if (zip.readUInt32LE(at) !== CENTRAL_HEADER) throw new Error(`not a zip central directory entry at ${at}`);
    zip.writeUInt16LE(FIXED_DOS_TIME, at + 12);
    zip.writeUInt16LE(FIXED_DOS_DATE, at + 14);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== LOCAL_HEADER) throw new Error(`not a zip local header at ${local}`);
    zip.writeUInt16LE(FIXED_DOS_TIME, local + 10);
    zip.writeUInt16LE(FIXED_DOS_DATE, local + 12);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}
