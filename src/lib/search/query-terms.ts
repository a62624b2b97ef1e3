// Rewrites what a reader types into what the index holds. Pagefind's segmenter cuts a run of Chinese
// characters one way in a name and another way in a query (技服务, from 科技服务, finds nothing, or
// everything with 技); as the tokens of its overlapping character pairs (技服 服务), which the
// platform records carry as ASCII words (see ngrams.ts), it finds the records containing the run.
import { hanBigrams, hanToken, reversedCode } from './ngrams.ts';

const HAN_RUN = /^\p{Script=Han}+$/u;
/** Runs of one script within a part: `5G创新` is `5G` and `创新`, each held by the records its own way. */
const SCRIPT_RUNS = /\p{Script=Han}+|[^\p{Script=Han}]+/gu;
/**
 * A piece of a 统一社会信用代码 long enough to be looked for at its beginning or its ending: 6 to 17
 * letters and digits, a digit among them (the last 6 are a common way to read a code off a certificate).
 */
const CODE_PIECE = /^(?=.*\d)[0-9A-Za-z]{6,17}$/;
const WHOLE_CODE = /^[0-9A-Za-z]{18}$/;

/** Full-width letters and digits (Ａ１) to ASCII, as typed on a Chinese keyboard. */
function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** A run of Chinese characters as the records hold it: one character's token, or its pairs' tokens. */
function termsOfHanRun(run: string): string[] {
  return [...run].length === 1 ? [hanToken(run)] : hanBigrams(run).map(hanToken);
}

function queryParts(query: string): string[] {
  return toHalfWidth(query)
    .split(/[\s\p{P}\p{S}]+/u)
    .flatMap((part) => part.match(SCRIPT_RUNS) ?? [])
    .filter(Boolean);
}

export function searchTerms(query: string): string {
  return queryParts(query)
    .flatMap((part) => (HAN_RUN.test(part) ? termsOfHanRun(part) : [part]))
    .join(' ');
}

/** Where a search looks for a piece of a code: at the code's beginning or at its end. */
export interface CodePiece {
  piece: string;
  at: 'start' | 'end';
}

export interface SearchAttempt {
  /** What to ask Pagefind. */
  terms: string;
  /**
   * The pieces of codes the query holds (6 to 18 letters and digits), and where this attempt looks
   * for them. Pagefind, finding no word that a term begins, falls back to looser matches, so a code
   * nobody holds would list unrelated platforms: results must have every piece where it was looked for.
   */
  codePieces: CodePiece[];
}

/**
 * The searches to try, in order, until one finds a platform that really matches: the query as typed
 * (a whole code, or its beginning, is found by prefix matching), then, if it holds a piece of a code
 * short of a whole one, with that piece read as the code's ending (matched against the code written
 * backwards). An attempt that finds nothing does not end the search.
 */
export function searchAttempts(query: string): SearchAttempt[] {
  const parts = queryParts(query);
  const isPiece = (part: string) => CODE_PIECE.test(part) || WHOLE_CODE.test(part);
  const pieces = parts.filter(isPiece).map((part) => part.toUpperCase());
  const asTyped: SearchAttempt = { terms: searchTerms(query), codePieces: pieces.map((piece) => ({ piece, at: 'start' })) };
  if (!parts.some((part) => CODE_PIECE.test(part))) return [asTyped];
  const asEnding: SearchAttempt = {
    terms: parts.flatMap((part) => (isPiece(part) ? [reversedCode(part)] : HAN_RUN.test(part) ? termsOfHanRun(part) : [part])).join(' '),
    codePieces: pieces.map((piece) => ({ piece, at: 'end' })),
  };
  return [asTyped, asEnding];
}

/** Whether a result's code has every piece of code the attempt looked for, where it looked. */
export function hasCodePieces(attempt: SearchAttempt, code: string): boolean {
  const upper = code.toUpperCase();
  return attempt.codePieces.every(({ piece, at }) => (at === 'start' ? upper.startsWith(piece) : upper.endsWith(piece)));
}
