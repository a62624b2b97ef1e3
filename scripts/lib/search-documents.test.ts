import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchRecord } from '../../src/lib/search/search-records.ts';
import { tempTree } from '../../test/support/temp-tree.ts';
import { searchDocumentHtml, writeSearchDocuments } from './search-documents.ts';

const record: SearchRecord = {
  url: '/platforms/fx-a/',
  content: 'zh0ll70rmd 91371002MA0TEAM09U',
  language: 'zh-cn',
  meta: { title: '<img src=x onerror=alert(1)>平台', operator: 'A & B "公司"' },
  filters: { jurisdiction: ['威海市'], function: ['培训服务', '</span><script>'] },
  sort: { status: '0' },
};

describe('searchDocumentHtml', () => {
  it('carries the words in the body and every field as an element Pagefind reads but does not index', () => {
    const html = searchDocumentHtml(record);
    expect(html).toContain('<html lang="zh-cn">');
    expect(html).toContain('<body data-pagefind-body><div data-pagefind-ignore="index">');
    expect(html).toContain('<span data-pagefind-filter="jurisdiction">威海市</span><span data-pagefind-filter="function">培训服务</span>');
    expect(html).toContain('<span data-pagefind-sort="status">0</span>');
    expect(html).toContain('<p>zh0ll70rmd 91371002MA0TEAM09U</p>');
  });

  it('escapes every value, so that data never becomes markup', () => {
    const html = searchDocumentHtml(record);
    expect(html).toContain('<span data-pagefind-meta="title">&lt;img src=x onerror=alert(1)&gt;平台</span>');
    expect(html).toContain('<span data-pagefind-meta="operator">A &amp; B "公司"</span>');
    expect(html).toContain('&lt;/span&gt;&lt;script&gt;');
    expect(html).not.toMatch(/<img|<script/);
  });
});

const isRoot = process.getuid?.() === 0;

describe('writeSearchDocuments', () => {
  it('writes each document at its URL’s path, so that Pagefind gives it that URL', () => {
    const memory = tempTree({});
    const folder = writeSearchDocuments([record], { scratch: join(memory, 'scratch'), memory });
    expect(folder.startsWith(join(memory, `search-documents-${process.pid}-`))).toBe(true);
    expect(readFileSync(join(folder, 'platforms', 'fx-a', 'index.html'), 'utf8')).toBe(searchDocumentHtml(record));
  });

  it('clears what a build that no longer runs left behind, and leaves running builds’ folders alone', () => {
    // 2147483646 is no process here: Linux gives out ids up to 4,194,304 at most.
    const memory = tempTree({ 'search-documents-2147483646-abc/platforms/x/index.html': 'left behind', [`search-documents-${process.ppid}-def/index.html`]: 'running', 'other/keep.txt': 'not ours' });
    writeSearchDocuments([record], { scratch: join(memory, 'scratch'), memory });
    expect(existsSync(join(memory, 'search-documents-2147483646-abc'))).toBe(false);
    expect(existsSync(join(memory, `search-documents-${process.ppid}-def`))).toBe(true);
    expect(existsSync(join(memory, 'other', 'keep.txt'))).toBe(true);
  });

  it('falls back to the scratch folder where there is no memory-backed one', () => {
    const scratch = join(tempTree({}), 'scratch');
    const folder = writeSearchDocuments([record], { scratch, memory: join(scratch, 'no-such-folder') });
    expect(folder.startsWith(join(scratch, 'search-documents-'))).toBe(true);
    expect(existsSync(join(folder, 'platforms', 'fx-a', 'index.html'))).toBe(true);
  });

  // A small memory-backed file system, as /dev/shm is in a Docker container (64 MB): mounting one takes root.
  it.skipIf(!isRoot)('falls back to the scratch folder where the memory-backed one is too small for the documents', () => {
    const memory = tempTree({});
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', memory]);
    try {
      const records = Array.from({ length: 40 }, (_, index) => ({ ...record, url: `/platforms/fx-${index}/` }));
      const scratch = join(tempTree({}), 'scratch');
      const folder = writeSearchDocuments(records, { scratch, memory });
      expect(folder.startsWith(join(scratch, 'search-documents-'))).toBe(true);
      expect(existsSync(join(folder, 'platforms', 'fx-39', 'index.html'))).toBe(true);
      expect(readdirSync(memory)).toEqual([]);
    } finally {
      execFileSync('umount', [memory]);
    }
  });
});
