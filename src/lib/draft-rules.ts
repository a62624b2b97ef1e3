// The one line said beside “征求意见稿” wherever a draft's rules are applied to what a page shows:
// a citizen must never take a draft for the rules in force.
export type DraftContext = 'platform' | 'notice' | 'jurisdiction' | 'check';

const WHERE: Record<DraftContext, string> = {
  platform: '本平台所在地区',
  notice: '本公示所在地区',
  jurisdiction: '本地区',
  check: '该地区',
};

export const DRAFT_LABEL = '征求意见稿';

/** 本平台所在地区的认定办法尚为征求意见稿，以下依据按该稿列出 */
export function draftRulesNote(context: DraftContext): string {
  return `${WHERE[context]}的认定办法尚为征求意见稿，${context === 'check' ? '以下结论按该稿核对' : '以下依据按该稿列出'}`;
}
