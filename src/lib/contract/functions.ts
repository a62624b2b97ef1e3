// The canonical service functions: one vocabulary across jurisdictions (data contract).
import * as z from 'zod';

export const FUNCTION_LABELS = {
  policy: '政策服务',
  information: '信息服务',
  technology: '技术服务',
  startup: '创业服务',
  training: '培训服务',
  financing: '融资服务',
  consulting: '咨询服务',
  legal: '法律服务',
  market: '市场服务',
  digital: '信息化服务',
  tax: '财税服务',
  professional: '专业服务',
  other: '其他服务',
} as const;

export const functionCode = z.enum(Object.keys(FUNCTION_LABELS) as [keyof typeof FUNCTION_LABELS, ...(keyof typeof FUNCTION_LABELS)[]]);
export type FunctionCode = z.infer<typeof functionCode>;
export const FUNCTION_CODES: readonly FunctionCode[] = functionCode.options;

export function isFunctionCode(value: string): value is FunctionCode {
  return Object.hasOwn(FUNCTION_LABELS, value);
}
