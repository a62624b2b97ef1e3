// How each status looks: shared by the StatusBadge component and the search page's script, which
// draws the same badge in the browser. Colour always comes with a symbol and words.
import type { PlatformStatus } from './model/status.ts';

export const STATUS_SYMBOLS: Record<PlatformStatus, string> = { candidate: '○', active: '✓', suspended: '‖', revoked: '✕', expired: '–' };

export const STATUS_BADGE_BASE = 'inline-flex items-center gap-1 whitespace-nowrap rounded border px-2 py-0.5 text-sm font-bold';

export const STATUS_BADGE_COLOURS: Record<PlatformStatus, string> = {
  candidate: 'text-candidate bg-candidate-bg border-candidate',
  active: 'text-active bg-active-bg border-active',
  suspended: 'text-suspended bg-suspended-bg border-suspended',
  revoked: 'text-revoked bg-revoked-bg border-revoked',
  expired: 'text-expired bg-expired-bg border-expired',
};
