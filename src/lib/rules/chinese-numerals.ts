// Chinese numerals as the rules documents write them (十四, 二十八, 一百零二) to numbers.

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100 };

/** `十四` → 14, `二十` → 20, `一百零二` → 102, `28` → 28; null for anything else. */
export function parseChineseNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '' || ![...text].every((char) => char in DIGITS || char in UNITS)) return null;
  let total = 0;
  let digit: number | null = null;
  for (const char of text) {
    const unit = UNITS[char];
    if (unit !== undefined) {
      total += (digit ?? 1) * unit;
      digit = null;
    } else {
      digit = DIGITS[char] ?? 0;
    }
  }
  return total + (digit ?? 0);
}

const SMALL = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 14 → 十四, 20 → 二十, 1 → 一 (up to 99, which is all the rules need). */
export function toChineseNumber(value: number): string {
  if (value < 10) return SMALL[value] ?? String(value);
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens === 1 ? '' : SMALL[tens]}十${ones === 0 ? '' : SMALL[ones]}`;
}
