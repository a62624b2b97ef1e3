// The keys a platform is found by, and the one rule for writing each kind: the query side
// (query-plan.ts) writes what a reader types the same way. Chinese has no spaces to cut words at,
// and readers type any run of characters of a name (海岳 in 威海市海岳示例…), so a record holds every
// pair of adjacent Han characters and the character ending each run; a run typed is found through
// its pairs, one character through the keys it begins. A Latin word (5G, ISO9001) is held with its
// endings, so that any piece of it is a key prefix. Codes are held whole, forwards and backwards, so
// that a code's beginning and its ending are both key prefixes.

const HAN = /\p{Script=Han}+/gu;
const LATIN = /[0-9A-Za-z]+/g;

/** Namespaces that sort apart from words and Han keys: '!' and '~' begin no word. */
const CODE_START = '!';
const CODE_END = '~';

/** Every run of two adjacent Han characters: 威海市海岳 → 威海 海市 市海 海岳. */
export function hanBigrams(text: string): string[] {
  const grams = new Set<string>();
  for (const run of text.match(HAN) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i += 1) grams.add(`${chars[i]}${chars[i + 1]}`);
  }
  return [...grams];
}

/** The last character of each run of Han characters: the one character that begins no pair. */
export function hanRunEnds(text: string): string[] {
  return [...new Set((text.match(HAN) ?? []).map((run) => [...run].at(-1) as string))];
}

/** A Latin word or number as a key: lower case, as a query's is. */
export const wordKey = (word: string): string => word.toLowerCase();

/** Endings are held for words up to this long: names' words are short (5G, ISO9001); a long one is rare. */
const LONGEST_WORD_WITH_ENDINGS = 12;

function wordKeys(word: string): string[] {
  const key = wordKey(word);
  if (key.length > LONGEST_WORD_WITH_ENDINGS) return [key];
  return Array.from({ length: key.length }, (_, start) => key.slice(start));
}

/** A code as the key its beginnings are prefixes of. */
export const codeStartKey = (code: string): string => `${CODE_START}${code.toUpperCase()}`;

/** A code written backwards, as the key its endings (written the same way) are prefixes of. */
export const codeEndKey = (code: string): string => `${CODE_END}${[...code.toUpperCase()].reverse().join('')}`;

/** Every key of a record whose searchable words are `words` and whose code is `code`. */
export function recordKeys(words: readonly string[], code: string): string[] {
  const text = words.join(' ');
  const latin = (text.match(LATIN) ?? []).flatMap(wordKeys);
  return [...new Set([...hanBigrams(text), ...hanRunEnds(text), ...latin, codeStartKey(code), codeEndKey(code)])];
}
