import { describe, expect, it } from 'vitest';
import type { PlatformStatus } from './model/status.ts';
import { statusBadge } from './status-style.ts';

describe('statusBadge', () => {
  it('gives a status its colour, its symbol and its full words', () => {
    expect(statusBadge('candidate')).toEqual({
      status: 'candidate',
      className: 'inline-flex items-center gap-1 whitespace-nowrap rounded border px-2 py-0.5 text-sm font-bold text-candidate bg-candidate-bg border-candidate',
      symbol: '○',
      words: '候选（公示中或待认定）',
    });
  });

  it('gives the short words for lists', () => {
    expect(statusBadge('candidate', true).words).toBe('候选');
    expect(statusBadge('revoked', true)).toMatchObject({ symbol: '✕', words: '已撤销' });
  });

  it('keeps the code of a status it does not know as its words, with no colour or symbol', () => {
    expect(statusBadge('archived' as PlatformStatus, true)).toEqual({
      status: 'archived',
      className: 'inline-flex items-center gap-1 whitespace-nowrap rounded border px-2 py-0.5 text-sm font-bold ',
      symbol: '',
      words: 'archived',
    });
  });
});
