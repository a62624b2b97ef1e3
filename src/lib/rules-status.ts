// What a rules document's status means wherever its rules are applied or named: a short mark beside
// its name or title, and one line saying what it means for what follows. A citizen must never take
// a draft, or a document whose validity its text does not settle, for rules plainly in force.
import type { DocumentStatus } from './rules/schema.ts';

export type StatusContext = 'platform' | 'notice' | 'jurisdiction' | 'check';

const WHERE: Record<StatusContext, string> = {
  platform: '本平台所在地区',
  notice: '本公示所在地区',
  jurisdiction: '本地区',
  check: '该地区',
};

/** The mark beside a document's name or title (comparison heads, citations); null for rules in force. */
export const STATUS_MARKS: Record<DocumentStatus, string | null> = {
  draft: '征求意见稿',
  in_force: null,
  unknown: '效力无法确定',
  expired: '已失效',
  superseded: '已被替代',
};

/** How the caveat names the document's state, after “的认定办法”. */
const STATE: Record<Exclude<DocumentStatus, 'in_force'>, string> = {
  draft: '尚为征求意见稿',
  unknown: '是否仍然有效无法据其文本确定',
  expired: '已失效',
  superseded: '已被替代',
};

export interface StatusCaveat {
  /** The mark, set in bold before the line. */
  label: string;
  /** 本平台所在地区的认定办法尚为征求意见稿，以下依据按该稿列出 */
  text: string;
}

/** The line said beside the mark wherever a document's rules are applied; null for rules in force. */
export function statusCaveat(status: DocumentStatus, context: StatusContext): StatusCaveat | null {
  const label = STATUS_MARKS[status];
  if (status === 'in_force' || label === null) return null;
  const document = status === 'draft' ? '该稿' : '该办法';
  const rest = context === 'check' ? `以下结论按${document}核对` : `以下依据按${document}列出`;
  return { label, text: `${WHERE[context]}的认定办法${STATE[status]}，${rest}` };
}
