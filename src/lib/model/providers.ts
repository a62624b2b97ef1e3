// Finding providers by service function: the platforms offering a canonical function, holders of
// the title first, each with the name its own jurisdiction gives the function.
import type { FunctionCode } from '../contract/functions.ts';
import type { PlatformView } from './site-model.ts';
import { holdersFirstRank } from './status.ts';

const collator = new Intl.Collator('zh-Hans-CN');

export interface Provider {
  platform: PlatformView;
  /** The jurisdiction's own names for this function on this platform (培训服务, 人员培训). */
  localNames: string[];
}

export function providersOf(platforms: readonly PlatformView[], code: FunctionCode, jurisdictionId: string | null = null): Provider[] {
  return platforms
    .filter((view) => view.functionCodes.includes(code) && (jurisdictionId === null || view.record.jurisdiction === jurisdictionId))
    .sort((a, b) => holdersFirstRank(a.status) - holdersFirstRank(b.status) || collator.compare(a.jurisdiction.name, b.jurisdiction.name) || collator.compare(a.record.name, b.record.name))
    .map((platform) => ({
      platform,
      localNames: platform.functions.filter((fn) => fn.codes.includes(code) && fn.localName !== null).map((fn) => fn.localName as string),
    }));
}
