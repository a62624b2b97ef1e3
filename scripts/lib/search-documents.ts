// Platform search records as small HTML documents, one per platform at its page's path, in a folder
// of their own: Pagefind reads a folder of files on all cores, and spends about a third less of its
// time on them than on the same records sent one message at a time (addCustomRecord).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchRecord } from '../../src/lib/search/search-records.ts';

const escapeText = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
/** Names are the search records' own keys (search-records.ts), escaped all the same. */
const escapeAttribute = (text: string): string => escapeText(text).replaceAll('"', '&quot;');

/**
 * The document Pagefind indexes for one record: the words in the body; metadata, filters and sort
 * keys as elements it reads but does not index as words (data-pagefind-ignore="index").
 */
export function searchDocumentHtml(record: SearchRecord): string {
  const tagged = (kind: 'meta' | 'filter' | 'sort', name: string, value: string) => `<span data-pagefind-${kind}="${escapeAttribute(name)}">${escapeText(value)}</span>`;
  const fields = [
    ...Object.entries(record.meta).map(([name, value]) => tagged('meta', name, value)),
    ...Object.entries(record.filters).flatMap(([name, values]) => values.map((value) => tagged('filter', name, value))),
    ...Object.entries(record.sort ?? {}).map(([name, value]) => tagged('sort', name, value)),
  ];
  return `<!doctype html><html lang="${escapeAttribute(record.language)}"><head><meta charset="utf-8"><title>${escapeText(record.meta['title'] ?? '')}</title></head><body data-pagefind-body><div data-pagefind-ignore="index">${fields.join('')}</div><p>${escapeText(record.content)}</p></body></html>`;
}

const FOLDER_PREFIX = 'search-documents-';

/**
 * A fresh folder for the documents: in memory (/dev/shm) where the machine has one to write to, else
 * under `scratch`. Its name carries the build's process id, so that a later build can clear what a
 * killed one left in memory (clearAbandonedFolders; /dev/shm belongs to one machine or container).
 */
export function searchDocumentsFolder(scratch: string, memory = '/dev/shm'): string {
  for (const base of existsSync(memory) ? [memory, scratch] : [scratch]) {
    try {
      mkdirSync(base, { recursive: true });
      clearAbandonedFolders(base);
      return mkdtempSync(join(base, `${FOLDER_PREFIX}${process.pid}-`));
    } catch {
      // Not writable for this user: the next place will do.
    }
  }
  throw new Error(`No folder to write the search documents to: neither ${memory} nor ${scratch} is writable.`);
}

/** Removes the document folders of builds whose process no longer runs. */
export function clearAbandonedFolders(base: string): void {
  for (const name of readdirSync(base)) {
    const pid = Number(/^search-documents-(\d+)-/.exec(name)?.[1]);
    if (pid && !isRunning(pid)) rmSync(join(base, name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // Running, as another user.
  }
}

/** Writes each record's document at its URL's path (/platforms/x/ → platforms/x/index.html), so that Pagefind gives it that URL. */
export function writeSearchDocuments(records: readonly SearchRecord[], folder: string): void {
  for (const record of records) {
    const path = join(folder, ...record.url.split('/').filter(Boolean));
    mkdirSync(path, { recursive: true });
    writeFileSync(join(path, 'index.html'), searchDocumentHtml(record));
  }
}
