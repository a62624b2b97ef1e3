// Field types shared by the tables of the data contract, each with a message a clerk understands.
import * as z from 'zod';
import { parseContractDate } from '../dates.ts';
import { hasUsccFormat } from '../uscc.ts';

/** A custom zod issue that carries its Chinese text beside the English message. */
export function contractIssue(input: unknown, zh: string, en: string) {
  return { code: 'custom' as const, input, message: en, params: { zh } };
}

export const slug = z.string().check((ctx) => {
  if (!/^[a-z0-9-]+$/.test(ctx.value)) {
    ctx.issues.push(
      contractIssue(ctx.value, '应为由小写字母、数字和连字符组成的标识，如 weihai', 'expected a slug of lowercase letters, digits and hyphens, e.g. weihai'),
    );
  }
});

/** `YYYY-MM-DD`, `YYYY/M/D`, `YYYY-M-D`, `YYYY.M.D` or `YYYY年M月D日`, normalised to `YYYY-MM-DD`. */
export const contractDate = z.string().transform((text, ctx) => {
  const iso = parseContractDate(text);
  if (iso === null) {
    ctx.issues.push(
      contractIssue(text, '应为真实存在的日期，写作 YYYY-MM-DD、YYYY/M/D、YYYY.M.D 或 YYYY年M月D日', 'expected a real date as YYYY-MM-DD, YYYY/M/D, YYYY.M.D or YYYY年M月D日'),
    );
    return z.NEVER;
  }
  return iso;
});

/** A time of day, `H:MM` or `HH:MM` (a full-width colon too), normalised to `HH:MM`. */
export const contractTime = z.string().transform((text, ctx) => {
  const match = /^([01]?\d|2[0-3])[:：]([0-5]\d)$/.exec(text);
  if (!match) {
    ctx.issues.push(contractIssue(text, '应为 24 小时制的时刻，写作 HH:MM，如 17:30', 'expected a time of day as HH:MM (24-hour), e.g. 17:30'));
    return z.NEVER;
  }
  return `${(match[1] ?? '').padStart(2, '0')}:${match[2]}`;
});

const LIST_SEPARATOR = /[;；、]/;

/** Several values in one cell, separated by `;`, `；` or `、`. */
export const cellList = z.string().transform((text, ctx) => {
  const items = text.split(LIST_SEPARATOR).map((item) => item.trim()).filter((item) => item !== '');
  if (items.length === 0) {
    ctx.issues.push(contractIssue(text, '应至少列出一项，以“;”“；”或“、”分隔', 'expected at least one item, separated by ";", "；" or "、"'));
    return z.NEVER;
  }
  return items;
});

function protocolOf(text: string): string | null {
  try {
    return new URL(text).protocol;
  } catch {
    return null;
  }
}

export const httpUrl = z.string().check((ctx) => {
  const protocol = protocolOf(ctx.value);
  if (protocol !== 'http:' && protocol !== 'https:') {
    ctx.issues.push(contractIssue(ctx.value, '应为以 http:// 或 https:// 开头的网址', 'expected an http:// or https:// address'));
  }
});

/** 统一社会信用代码: format only; the check digit is a warning, checked apart (see validate-dataset.ts). */
export const usccCode = z.string().check((ctx) => {
  if (!hasUsccFormat(ctx.value)) {
    ctx.issues.push(
      contractIssue(
        ctx.value,
        '统一社会信用代码应为 18 位，由数字和大写字母（不含 I、O、S、V、Z）组成',
        'expected an 18-character unified social credit code of digits and capital letters (no I, O, S, V, Z)',
      ),
    );
  }
});

export const text = z.string();
