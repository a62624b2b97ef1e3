// Search tokens for what a word segmenter misses: Chinese users expect any run of characters of a
// name to find it (海岳 in 威海市海岳示例…), and a code to be found by its last characters.
// Pagefind matches a query word against every indexed word it begins (search_term's word
// extensions), so one character is found through the pairs it begins, and a code's ending through
// the code written backwards: the index holds a few words per record, not every character and ending.

const HAN = /\p{Script=Han}+/gu;

/** Every run of two adjacent Han characters: 威海市海岳 → 威海 海市 市海 海岳. */
export function hanBigrams(text: string): string[] {
  const grams = new Set<string>();
  for (const run of text.match(HAN) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i += 1) grams.add(`${chars[i]}${chars[i + 1]}`);
  }
  return [...grams];
}

/**
 * The last character of each run of Han characters: the one character that begins no pair, so the
 * only one a single-character query could not find through the pairs.
 */
export function hanRunEnds(text: string): string[] {
  return [...new Set((text.match(HAN) ?? []).map((run) => [...run].at(-1) as string))];
}

/**
 * Han characters as one ASCII word (`技服` → `zh0jgg0kct`), which no word segmenter splits: the
 * platform records hold these tokens for every character and every pair, and the search page asks
 * for them, so that matching is exact and the index spends nothing on segmenting Chinese.
 */
export function hanToken(chars: string): string {
  return `zh${[...chars].map((char) => (char.codePointAt(0) ?? 0).toString(36).padStart(4, '0')).join('')}`;
}

/**
 * A code written backwards as one word (`rv` + reversed), which any ending of the code, written the
 * same way, begins: `reversedCode('X7')` is a prefix of `reversedCode('9137…65X7')`.
 */
export function reversedCode(code: string): string {
  return `rv${[...code].reverse().join('')}`;
}
