// How to object to a listing while its notice runs: by when, to whom, and what the rules say of
// objections. The notice page's objection box shows this and nothing it computes itself.
import { weekday, type IsoDate } from '../dates.ts';
import type { Jurisdiction, Notice } from '../contract/tables.ts';
import type { ExtraProvisions } from '../rules/schema.ts';
import type { NoticeState } from './notice-state.ts';

export interface RulesSay {
  text: string;
  rulesId: string;
  cite: string[];
}

export type ObjectionContact =
  /** The notice's own words on where objections go. */
  | { from: 'notice'; text: string }
  /** The notice gives none: the recognising authority's public contact points, which may be missing too. */
  | { from: 'authority'; authority: string; phone: string | null; address: string | null };

export interface ObjectionView {
  /** The last day objections are taken, 星期 and all, and the hour where the notice gives one. */
  until: IsoDate;
  untilWeekday: string;
  untilTime: string | null;
  /** True where the last day rests on a holiday arrangement not yet published. */
  untilProvisional: boolean;
  contact: ObjectionContact;
  /** What becomes of a listing objected to or not, where the rules say (Weihai 第二十一条). */
  effect: RulesSay | null;
  /** What an objection must contain or how it is made (实名, 书面), where the rules say; none of the five does. */
  requirements: RulesSay | null;
}

export interface ObjectionInput {
  state: NoticeState;
  notice: Pick<Notice, 'contact' | 'ends_time'>;
  period: { endsOn: IsoDate; endsOnProvisional: boolean };
  jurisdiction: Pick<Jurisdiction, 'authority' | 'phone' | 'address'>;
  rules: { id: string; extra: Pick<ExtraProvisions, 'objection_effect' | 'objection_requirements'> };
}

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

/** The objection box of a notice that is running or about to; null once it has closed. */
export function objectionView({ state, notice, period, jurisdiction, rules }: ObjectionInput): ObjectionView | null {
  if (state === 'closed') return null;
  const say = (entry: { value: string | null; cite: string[] } | undefined): RulesSay | null =>
    entry && entry.value !== null ? { text: entry.value, rulesId: rules.id, cite: entry.cite } : null;
  return {
    until: period.endsOn,
    untilWeekday: WEEKDAYS[weekday(period.endsOn)] ?? '',
    untilTime: notice.ends_time ?? null,
    untilProvisional: period.endsOnProvisional,
    contact: notice.contact
      ? { from: 'notice', text: notice.contact }
      : { from: 'authority', authority: jurisdiction.authority, phone: jurisdiction.phone ?? null, address: jurisdiction.address ?? null },
    effect: say(rules.extra.objection_effect),
    requirements: say(rules.extra.objection_requirements),
  };
}
