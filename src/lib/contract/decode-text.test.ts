import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8Byte } from './decode-text.ts';

// 示例 in GBK is CA BE C0 FD; 中 is D6 D0. Written out as bytes, as Excel on Chinese Windows saves them.
const GBK_LINE = Uint8Array.from([0x69, 0x64, 0x2c, 0x6e, 0x61, 0x6d, 0x65, 0x0d, 0x0a, 0x61, 0x2c, 0xca, 0xbe, 0xc0, 0xfd, 0xd6, 0xd0, 0x0d, 0x0a]);

describe('decodeText', () => {
  it('reads UTF-8, with or without a BOM', () => {
    expect(decodeText(Buffer.from('id,name\n甲,乙\n'))).toEqual({ ok: true, text: 'id,name\n甲,乙\n', encoding: 'UTF-8' });
    expect(decodeText(Buffer.from('\ufeffid\n', 'utf8'))).toEqual({ ok: true, text: 'id\n', encoding: 'UTF-8' });
  });

  it('reads a GBK export as GB18030 and says so', () => {
    expect(decodeText(GBK_LINE)).toEqual({ ok: true, text: 'id,name\r\na,示例中\r\n', encoding: 'GB18030' });
  });

  it('keeps a replacement character that was in the input, as UTF-8', () => {
    expect(decodeText(Buffer.from('a\ufffdb'))).toEqual({ ok: true, text: 'a\ufffdb', encoding: 'UTF-8' });
  });

  it('refuses bytes that are neither, naming the line and offset of the first bad byte', () => {
    // 0x80 and 0xFF begin no sequence in UTF-8 or GB18030.
    const bytes = Uint8Array.from([0x69, 0x64, 0x0a, 0x61, 0x0a, 0x62, 0xff, 0x80, 0x0a]);
    expect(decodeText(bytes)).toEqual({ ok: false, line: 3, byte: 6 });
  });
});

describe('firstInvalidUtf8Byte', () => {
  it('finds a truncated sequence, a stray continuation byte and an overlong form', () => {
    expect(firstInvalidUtf8Byte(Uint8Array.from([0x61, 0xe4, 0xb8]))).toBe(1);
    expect(firstInvalidUtf8Byte(Uint8Array.from([0x61, 0x62, 0x80]))).toBe(2);
    expect(firstInvalidUtf8Byte(Uint8Array.from([0xc0, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8Byte(Buffer.from('全部有效'))).toBe(12);
  });
});
