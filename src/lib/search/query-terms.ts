// Rewrites what a reader types into what the index holds. Pagefind's segmenter cuts a run of Chinese
// characters one way in a name and another way in a query (技服务, from 科技服务, finds nothing, or
// everything with 技); as the tokens of its overlapping character pairs (技服 服务), which the
// platform records carry as ASCII words (see ngrams.ts), it finds the records containing the run.
import { hanBigrams, hanToken } from './ngrams.ts';

const HAN_RUN = /^\p{Script=Han}+$/u;

/** Full-width letters and digits (Ａ１) to ASCII, as typed on a Chinese keyboard. */
function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** A run of Chinese characters as the records hold it: one character's token, or its pairs' tokens. */
function termsOfHanRun(run: string): string[] {
  return [...run].length === 1 ? [hanToken(run)] : hanBigrams(run).map(hanToken);
}

export function searchTerms(query: string): string {
  const parts = toHalfWidth(query)
    .split(/[\s\p{P}\p{S}]+/u)
    .filter(Boolean);
  return parts.flatMap((part) => (HAN_RUN.test(part) ? termsOfHanRun(part) : [part])).join(' ');
}
