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
