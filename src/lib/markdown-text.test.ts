import { describe, expect, it } from 'vitest';
import { parseInlines, parseMarkdownText } from './markdown-text.ts';

describe('parseMarkdownText', () => {
  it('reads paragraphs, lists and headings', () => {
    expect(parseMarkdownText('# 标题\n\n第一段\n续行\n\n- 甲\n- 乙\n\n1. 一\n2. 二')).toEqual([
      { kind: 'heading', inlines: [{ kind: 'text', text: '标题' }] },
      { kind: 'paragraph', inlines: [{ kind: 'text', text: '第一段\n续行' }] },
      { kind: 'list', ordered: false, items: [[{ kind: 'text', text: '甲' }], [{ kind: 'text', text: '乙' }]] },
      { kind: 'list', ordered: true, items: [[{ kind: 'text', text: '一' }], [{ kind: 'text', text: '二' }]] },
    ]);
  });

  it('keeps raw HTML as text, for the template to escape', () => {
    expect(parseMarkdownText('<script>alert(1)</script>')).toEqual([{ kind: 'paragraph', inlines: [{ kind: 'text', text: '<script>alert(1)</script>' }] }]);
  });
});

describe('parseInlines', () => {
  it('reads bold and http(s) links', () => {
    expect(parseInlines('请看**公告**和[原文](https://example.org/a)。')).toEqual([
      { kind: 'text', text: '请看' },
      { kind: 'strong', text: '公告' },
      { kind: 'text', text: '和' },
      { kind: 'link', text: '原文', href: 'https://example.org/a' },
      { kind: 'text', text: '。' },
    ]);
  });

  it('shows a link to any other scheme as its text alone', () => {
    expect(parseInlines('[点我](javascript:alert(1))')).toEqual([{ kind: 'text', text: '点我' }, { kind: 'text', text: ')' }]);
    expect(parseInlines('[图](data:text/html,x)')).toEqual([{ kind: 'text', text: '图' }]);
  });
});
