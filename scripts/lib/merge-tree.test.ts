import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempTree } from '../../test/support/temp-tree.ts';
import { mergeTree } from './merge-tree.ts';

describe('mergeTree', () => {
  it('moves every page into the target and keeps one copy of the files both wrote alike', () => {
    const target = tempTree({ 'platforms/p1/index.html': 'one', '_astro/site.css': 'css', 'index.html': 'home' });
    const source = tempTree({ 'platforms/p2/index.html': 'two', '_astro/site.css': 'css', 'notices/n1/index.html': 'notice' });
    mergeTree(source, target);
    const read = (path: string) => readFileSync(join(target, path), 'utf8');
    expect(['platforms/p1/index.html', 'platforms/p2/index.html', '_astro/site.css', 'notices/n1/index.html', 'index.html'].map(read)).toEqual(['one', 'two', 'css', 'notice', 'home']);
    expect(existsSync(source)).toBe(false);
  });

  it('stops at a shared file the two wrote differently, naming it', () => {
    const target = tempTree({ '_astro/site.css': 'css' });
    const source = tempTree({ '_astro/site.css': 'other css' });
    expect(() => mergeTree(source, target)).toThrow(/_astro\/site\.css differently/);
  });
});
