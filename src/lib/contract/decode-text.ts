// A data file's bytes as text. Excel on Chinese Windows saves "CSV (逗号分隔)" in GBK, not UTF-8:
// such a file is read as GB18030 (which contains GBK) and the clerk told so; a file that is neither
// is refused at its first bad byte, never read with replacement characters that would be published.

export type TextEncoding = 'UTF-8' | 'GB18030';

export type DecodedText =
  | { ok: true; text: string; encoding: TextEncoding }
  | { ok: false; line: number; byte: number };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const gb18030 = new TextDecoder('gb18030', { fatal: true });

export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    return { ok: true, text: utf8.decode(bytes), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: the Chinese national encoding is the one a clerk's tools write otherwise.
  }
  try {
    return { ok: true, text: gb18030.decode(bytes), encoding: 'GB18030' };
  } catch {
    const byte = firstInvalidUtf8Byte(bytes);
    return { ok: false, byte, line: lineOfByte(bytes, byte) };
  }
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return at;
    const end = at + length;
    if (end > bytes.length) return at;
    try {
      utf8.decode(bytes.subarray(at, end)); // Overlong forms and surrogates, left to the decoder.
    } catch {
      return at;
    }
    at = end;
  }
  return bytes.length;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let at = 0; at < offset; at += 1) if (bytes[at] === 0x0a) line += 1;
  return line;
}
