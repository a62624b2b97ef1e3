// How each status looks: the one badge that the StatusBadge component renders at build time and the
// search page's script draws in the browser. Colour always comes with a symbol and words.
import { STATUS_LABELS, STATUS_SHORT } from './labels.ts';
import type { PlatformStatus } from './model/status.ts';

const STATUS_SYMBOLS: Record<PlatformStatus, string> = { candidate: '○', active: '✓', suspended: '‖', revoked: '✕', expired: '–' };

const STATUS_BADGE_BASE = 'inline-flex items-center gap-1 whitespace-nowrap rounded border px-2 py-0.5 text-sm font-bold';

const STATUS_BADGE_COLOURS: Record<PlatformStatus, string> = {
  candidate: 'text-candidate bg-candidate-bg border-candidate',
  active: 'text-active bg-active-bg border-active',
  suspended: 'text-suspended bg-suspended-bg border-suspended',
  revoked: 'text-revoked bg-revoked-bg border-revoked',
  expired: 'text-expired bg-expired-bg border-expired',
};

export interface StatusBadgeView {
  status: PlatformStatus;
  className: string;
  /** Shown beside the words, hidden from screen readers: the words already say it. */
  symbol: string;
  words: string;
}

/**
 * A status badge: `short` words in lists, the full ones elsewhere. A status the site does not know
 * (a merged site's index may carry one) keeps its code as its words, with no colour or symbol.
 */
export function statusBadge(status: PlatformStatus, short = false): StatusBadgeView {
  const words = short ? STATUS_SHORT[status] : STATUS_LABELS[status];
  return {
    status,
    className: `${STATUS_BADGE_BASE} ${STATUS_BADGE_COLOURS[status] ?? ''}`,
    symbol: STATUS_SYMBOLS[status] ?? '',
    words: words ?? status,
  };
}

/** The heading of a platform page's status box: what the title is now, in words. */
const STATUS_BOX_HEADINGS: Record<PlatformStatus, string> = {
  candidate: '候选：尚未认定',
  active: '称号有效',
  suspended: '称号已暂停',
  revoked: '称号已撤销',
  expired: '认定已到期',
};

/**
 * A title that is suspended, revoked or has expired must not pass for a valid one at a glance: its
 * box differs in border style and weight too (dashed, double, dotted), not in colour alone.
 */
const STATUS_BOX_CLASSES: Record<PlatformStatus, string> = {
  candidate: 'border-2 border-solid border-candidate',
  active: 'border-2 border-solid border-active',
  suspended: 'border-4 border-dashed border-suspended bg-suspended-bg',
  revoked: 'border-[6px] border-double border-revoked bg-revoked-bg',
  expired: 'border-4 border-dotted border-expired bg-expired-bg',
};

const STATUS_BOX_HEADING_COLOURS: Record<PlatformStatus, string> = {
  candidate: 'text-candidate',
  active: 'text-active',
  suspended: 'text-suspended',
  revoked: 'text-revoked',
  expired: 'text-expired',
};

export interface StatusBoxView {
  status: PlatformStatus;
  className: string;
  headingClassName: string;
  symbol: string;
  heading: string;
}

/** The status box at the top of a platform's page. */
export function statusBox(status: PlatformStatus): StatusBoxView {
  return {
    status,
    className: `rounded p-4 ${STATUS_BOX_CLASSES[status]}`,
    headingClassName: `mt-0 ${STATUS_BOX_HEADING_COLOURS[status]}`,
    symbol: STATUS_SYMBOLS[status],
    heading: STATUS_BOX_HEADINGS[status],
  };
}
