// Platform search records as small HTML documents, one per platform at its page's path, in a folder
// of their own: Pagefind reads a folder of files on all cores, and spends about a third less of its
// time on them than on the same records sent one message at a time (addCustomRecord).
import { existsSync, mkdirSync, mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchRecord } from '../../src/lib/search/search-records.ts';
import { clearAbandonedFolders, workFolderName } from './work-folders.ts';

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
/** tmpfs gives each file whole pages; a tenth more leaves room for the folders and for others' use. */
const PAGE = 4096;
const MARGIN = 1.1;

export interface DocumentPlaces {
  /** A folder on disk, used where the memory-backed one is missing, not writable, or short of room. */
  scratch: string;
  /** A memory-backed folder, tried first: /dev/shm on Linux (64 MB in a default Docker container). */
  memory?: string;
}

/**
 * Writes each record's document into a fresh folder and returns the folder: in memory where it has
 * room for them all (about 78 MB at 20,000 platforms), else on disk under `scratch`. The folder's
 * name carries the build's process id, so that a later build clears what a killed one left
 * (work-folders.ts; /dev/shm belongs to one machine or container and outlives the build).
 */
export function writeSearchDocuments(records: readonly SearchRecord[], places: DocumentPlaces): string {
  const { scratch, memory = '/dev/shm' } = places;
  // Sizing the documents renders each once more: only where there is a memory-backed folder to size them for.
  const bases = existsSync(memory) && freeBytes(memory) >= bytesInPages(records) ? [memory, scratch] : [scratch];
  for (const base of bases) {
    let folder: string;
    try {
      mkdirSync(base, { recursive: true });
      clearAbandonedFolders(base, FOLDER_PREFIX);
      folder = mkdtempSync(join(base, `${workFolderName(FOLDER_PREFIX)}-`));
    } catch {
      continue; // Not writable for this user: the next place will do.
    }
    try {
      writeDocumentsInto(records, folder);
      return folder;
    } catch (error) {
      rmSync(folder, { recursive: true, force: true });
      // Memory filled up after all (someone else wrote there meanwhile): the disk will do.
      if ((error as NodeJS.ErrnoException).code !== 'ENOSPC' || base === scratch) throw error;
    }
  }
  throw new Error(`No folder to write the search documents to: neither ${memory} nor ${scratch} is writable.`);
}

/** Writes each record's document at its URL's path (/platforms/x/ → platforms/x/index.html), so that Pagefind gives it that URL. */
function writeDocumentsInto(records: readonly SearchRecord[], folder: string): void {
  for (const record of records) {
    const path = join(folder, ...record.url.split('/').filter(Boolean));
    mkdirSync(path, { recursive: true });
    writeFileSync(join(path, 'index.html'), searchDocumentHtml(record));
  }
}

/** What the documents take on a memory-backed file system, counted without keeping them all in memory. */
function bytesInPages(records: readonly SearchRecord[]): number {
  let pages = 0;
  for (const record of records) pages += Math.ceil(Buffer.byteLength(searchDocumentHtml(record)) / PAGE);
  return pages * PAGE * MARGIN;
}

function freeBytes(folder: string): number {
  try {
    const stats = statfsSync(folder);
    return stats.bavail * stats.bsize;
  } catch {
    return 0;
  }
}
