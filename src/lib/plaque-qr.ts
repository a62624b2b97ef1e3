// The QR code on a platform's page and its printable verification card (牌匾核验): the page's own
// absolute address, so that a reader in front of a plaque opens the live record. The symbol is made
// by the `qrcode` package (data encoding, Reed–Solomon, mask choice as ISO/IEC 18004 sets it); this
// module only draws its modules as one SVG path, which the component puts in the page as markup
// Astro escapes, at build time, with no script.
import QRCode from 'qrcode';

/** White modules around the symbol, as the standard asks (4 modules), so that a scanner finds its edge. */
export const QUIET_ZONE = 4;

export interface PlaqueQr {
  /** Modules across, quiet zone included: the SVG's viewBox is `0 0 size size`. */
  size: number;
  /**
   * The dark modules as one path of horizontal strokes one module wide, each run of dark modules in
   * a row one `h`, drawn along the row's centre line (y + 0.5) with stroke-width 1.
   */
  path: string;
}

/**
 * The QR code of an address, error correction level M (15% of the symbol may be damaged or dirty).
 * The address is one byte-mode segment: the package's search for the shortest mix of modes costs a
 * sixth of the time and, for an address, saves a few bits at most.
 */
export function plaqueQr(url: string): PlaqueQr {
  const { modules } = QRCode.create([{ mode: 'byte', data: new TextEncoder().encode(url) }], { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    let penX: number | null = null; // Where the last run of this row ended, for a relative move.
    for (let col = 0; col < modules.size; ) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      let end = col + 1;
      while (end < modules.size && modules.get(row, end)) end += 1;
      parts.push(penX === null ? `M${col + QUIET_ZONE} ${row + QUIET_ZONE}.5h${end - col}` : `m${col - penX} 0h${end - col}`);
      penX = end;
      col = end;
    }
  }
  return { size: modules.size + 2 * QUIET_ZONE, path: parts.join('') };
}
