// What a reader types, as lookups in the platform index: each part of the query is a clause that a
// record must satisfy, written with the keys' own rules (keys.ts). Parts are cut at spaces and
// punctuation, and where the script changes (5G创新 is 5G and 创新), full-width forms read as ASCII.
import { codeEndKey, codeStartKey, hanBigrams, wordKey } from './keys.ts';

/** A key to look up, or every key it begins. */
export interface Lookup {
  key: string;
  prefix: boolean;
}

/** A record satisfies a clause when it has every lookup of one of its alternatives. */
export type Clause = Lookup[][];

export interface QueryPlan {
  clauses: Clause[];
  /**
   * The pieces of the query, in lower case, that keys alone also match where their parts stand apart:
   * three or more Han characters (技术服务 by 技术 术服 服务), or Han with letters, digits or brackets
   * (5G创新 by 5g and 创新; a name pasted with its （示例）). A result is checked against its text for
   * each (holdsPhrases).
   */
  phrases: string[];
}

const HAN_RUN = /^\p{Script=Han}+$/u;
const SCRIPT_RUNS = /\p{Script=Han}+|[^\p{Script=Han}]+/gu;
/**
 * A piece of a 统一社会信用代码 looked for at a code's beginning and at its ending: 6 to 17 letters
 * and digits, a digit among them (the last 6 are a common way to read a code off a certificate).
 */
const CODE_PIECE = /^(?=.*\d)[0-9A-Za-z]{6,17}$/;
const WHOLE_CODE = /^[0-9A-Za-z]{18}$/;

/** Full-width letters and digits (Ａ１) to ASCII, as typed on a Chinese keyboard. */
function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** The query cut at spaces and at punctuation that separates (、，；): a name pasted with its brackets stays one phrase. */
function queryPhrases(query: string): string[] {
  return toHalfWidth(query).split(/[\s,;.!?:、。]+/u).filter(Boolean);
}

export function queryParts(query: string): string[] {
  return toHalfWidth(query)
    .split(/[\s\p{P}\p{S}]+/u)
    .flatMap((piece) => piece.match(SCRIPT_RUNS) ?? [])
    .filter(Boolean);
}

function needsChecking(phrase: string): boolean {
  const han = phrase.match(/\p{Script=Han}/gu)?.length ?? 0;
  return han > 0 && (han > 2 || han < [...phrase].length);
}

function clauseOf(part: string): Clause {
  if (HAN_RUN.test(part)) {
    return [...part].length === 1 ? [[{ key: part, prefix: true }]] : [hanBigrams(part).map((key) => ({ key, prefix: false }))];
  }
  if (WHOLE_CODE.test(part)) return [[{ key: codeStartKey(part), prefix: false }]];
  const word = [{ key: wordKey(part), prefix: true }];
  if (!CODE_PIECE.test(part)) return [word];
  return [[{ key: codeStartKey(part), prefix: true }], [{ key: codeEndKey(part), prefix: true }], word];
}

export function queryPlan(query: string): QueryPlan {
  const parts = queryParts(query);
  return { clauses: parts.map(clauseOf), phrases: queryPhrases(query).filter(needsChecking).map((phrase) => phrase.toLowerCase()) };
}

/** Whether a result's text holds each phrase of the query whole, full-width forms and letter case aside. */
export function holdsPhrases(plan: QueryPlan, text: string): boolean {
  const normal = toHalfWidth(text).toLowerCase();
  return plan.phrases.every((phrase) => normal.includes(phrase));
}
