// Search tokens for what a word segmenter misses: Chinese users expect any run of characters of a
// name to find it (海岳 in 威海市海岳示例…), and a code to be found by its last characters.

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

/** Every distinct Han character of the text. */
export function hanCharacters(text: string): string[] {
  return [...new Set((text.match(HAN) ?? []).flatMap((run) => [...run]))];
}

/**
 * Han characters as one ASCII word (`技服` → `zh0jgg0kct`), which no word segmenter splits: the
 * platform records hold these tokens for every character and every pair, and the search page asks
 * for them, so that matching is exact and the index spends nothing on segmenting Chinese.
 */
export function hanToken(chars: string): string {
  return `zh${[...chars].map((char) => (char.codePointAt(0) ?? 0).toString(36).padStart(4, '0')).join('')}`;
}

/** The code's endings of 8 to 17 characters, so that its last 8+ characters find it. */
export function codeSuffixes(code: string, shortest = 8): string[] {
  const suffixes: string[] = [];
  for (let length = shortest; length < code.length; length += 1) suffixes.push(code.slice(-length));
  return suffixes;
}
