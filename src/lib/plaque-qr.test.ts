import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { plaqueQr, QUIET_ZONE } from './plaque-qr.ts';

const URL_A = 'https://example.org/sme-platforms/platforms/weihai-haiyue-cloud/';
const URL_B = 'https://example.org/sme-platforms/platforms/weihai-haiyue-clouds/';

/** Draws the path back into a grid of modules, as a renderer would, reading only its own commands. */
function modulesDrawn(qr: { size: number; path: string }): boolean[][] {
  const grid = Array.from({ length: qr.size }, () => Array.from({ length: qr.size }, () => false));
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of qr.path.matchAll(/([Mmh])([\d.]+)(?: ([\d.]+))?/g)) {
    if (command === 'M') [x, y] = [Number(a), Number(b)];
    else if (command === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else {
      const row = grid[Math.floor(y)];
      if (!row) throw new Error(`a stroke outside the symbol at y ${y}`);
      for (let col = x; col < x + Number(a); col += 1) row[col] = true;
      x += Number(a);
    }
  }
  return grid;
}

describe('the plaque QR code', () => {
  it('is one path of the package’s own symbol, module for module, inside a quiet zone of four', () => {
    const qr = plaqueQr(URL_A);
    const symbol = QRCode.create([{ mode: 'byte', data: new TextEncoder().encode(URL_A) }], { errorCorrectionLevel: 'M' }).modules;
    expect(qr.size).toBe(symbol.size + 2 * QUIET_ZONE);
    expect(qr.path).toMatch(/^M\d+ \d+\.5h\d+(?:(?:m\d+ 0|M\d+ \d+\.5)h\d+)*$/);
    const drawn = modulesDrawn(qr);
    for (let row = 0; row < qr.size; row += 1) {
      for (let col = 0; col < qr.size; col += 1) {
        const inSymbol = row >= QUIET_ZONE && col >= QUIET_ZONE && row < QUIET_ZONE + symbol.size && col < QUIET_ZONE + symbol.size;
        const dark = inSymbol && symbol.get(row - QUIET_ZONE, col - QUIET_ZONE) === 1;
        expect(drawn[row]?.[col], `module ${row},${col}`).toBe(dark);
      }
    }
  });

  it('draws a platform page’s address of 64 characters in 37 modules (version 5) inside the quiet zone', () => {
    expect(plaqueQr(URL_A).size).toBe(37 + 2 * QUIET_ZONE);
  });

  it('gives one address one code, every time, and another address another', () => {
    expect(plaqueQr(URL_A)).toEqual(plaqueQr(URL_A));
    expect(plaqueQr(URL_B).path).not.toBe(plaqueQr(URL_A).path);
  });

  it('stays small: under 2.5 KB for an address of 64 characters, under 4 KB for one of 134', () => {
    expect(plaqueQr(URL_A).path.length).toBeLessThan(2500);
    const long = `https://register.example.org/sme/public-service-platforms/platforms/${'ningxia-yinchuan-'.repeat(3)}platform-12345/`;
    expect(long).toHaveLength(134);
    expect(plaqueQr(long).path.length).toBeLessThan(4000);
  });
});
