// Turns zod issues into problems that name the field and say, in both languages, what was expected.
import * as z from 'zod';
import { problemAt, type Location, type Problem } from './problems.ts';

const zhLocale = z.locales.zhCN().localeError;
const enLocale = z.locales.en().localeError;

type RawIssue = Parameters<typeof enLocale>[0];

function localeMessage(locale: typeof enLocale, issue: z.core.$ZodIssue): string {
  const message = locale(issue as unknown as RawIssue);
  return typeof message === 'string' ? message : (message?.message ?? issue.message);
}

export function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  at: Location,
  row: Readonly<Record<string, unknown>>,
  allowedFields: readonly string[],
): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) =>
        problemAt(
          at,
          `未知字段“${key}”（拼写错误会让数据被悄悄丢弃）；可用字段：${allowedFields.join('、')}`,
          `unknown field "${key}" (a typo would silently drop data); known fields: ${allowedFields.join(', ')}`,
          { field: key, value: row[key] },
        ),
      );
    }
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
    const value = field === undefined ? undefined : row[String(issue.path[0])];
    const details = field === undefined ? {} : { field, value };
    if (issue.code === 'invalid_type' && value === undefined && field !== undefined) {
      return [problemAt(at, '缺少必填字段', 'required field is missing', details)];
    }
    if (issue.code === 'custom' && typeof issue.params?.['zh'] === 'string') {
      return [problemAt(at, issue.params['zh'], issue.message, details)];
    }
    return [problemAt(at, localeMessage(zhLocale, issue), localeMessage(enLocale, issue), details)];
  });
}
