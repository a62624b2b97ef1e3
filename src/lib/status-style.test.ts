import { describe, expect, it } from 'vitest';
import type { PlatformStatus } from './model/status.ts';
import { statusBadge, statusBox } from './status-style.ts';

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

describe('statusBox', () => {
  it('tells a suspended, revoked or expired title from a held one by heading words, symbol and border style, not by colour alone', () => {
    const boxes = (['active', 'suspended', 'revoked', 'expired'] as const).map((status) => statusBox(status));
    const style = (className: string) => className.split(' ').filter((name) => /^border-(solid|dashed|double|dotted|2|4|\[6px\])$/.test(name)).join(' ');
    expect(boxes.map((box) => [box.symbol, box.heading, style(box.className)])).toEqual([
      ['✓', '称号有效', 'border-2 border-solid'],
      ['‖', '称号已暂停', 'border-4 border-dashed'],
      ['✕', '称号已撤销', 'border-[6px] border-double'],
      ['–', '认定已到期', 'border-4 border-dotted'],
    ]);
    expect(statusBox('revoked').className).toContain('bg-revoked-bg');
    expect(statusBox('revoked').headingClassName).toContain('text-revoked');
  });
});
