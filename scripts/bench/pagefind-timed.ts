// Pagefind's Node API with every index method timed, for `stage.ts index-split`: a module hook there
// hands this module to scripts/lib/pipeline.ts in place of 'pagefind', so that the breakdown follows
// whatever indexPages() does (how it adds pages and records, in which batches) without a copy of it.
import * as pagefind from 'pagefind';
import type { NewIndexResponse, PagefindIndex, PagefindServiceConfig } from 'pagefind';

export interface MethodTiming {
  calls: number;
  /** From the first call's start to the last call's end, seconds (calls may overlap). */
  spanSeconds: number;
  firstStart: number;
  lastEnd: number;
  /** Pages Pagefind reported for addDirectory. */
  pages: number;
}

export const timings = new Map<string, MethodTiming>();

function timed<Args extends unknown[], Result>(name: string, method: (...args: Args) => Promise<Result>): (...args: Args) => Promise<Result> {
  return async (...args: Args) => {
    const start = performance.now();
    try {
      const result = await method(...args);
      const pages = (result as { page_count?: unknown } | null)?.page_count;
      const entry = timings.get(name) ?? { calls: 0, spanSeconds: 0, firstStart: start, lastEnd: start, pages: 0 };
      entry.calls += 1;
      if (typeof pages === 'number') entry.pages += pages;
      timings.set(name, entry);
      return result;
    } finally {
      const entry = timings.get(name);
      if (entry) {
        entry.firstStart = Math.min(entry.firstStart, start);
        entry.lastEnd = Math.max(entry.lastEnd, performance.now());
        entry.spanSeconds = (entry.lastEnd - entry.firstStart) / 1000;
      }
    }
  };
}

export async function createIndex(config?: PagefindServiceConfig): Promise<NewIndexResponse> {
  const response = await timed('createIndex', pagefind.createIndex)(config);
  const index = response.index;
  if (!index) return response;
  const wrapped: PagefindIndex = {
    addHTMLFile: timed('addHTMLFile', index.addHTMLFile.bind(index)),
    addCustomRecord: timed('addCustomRecord', index.addCustomRecord.bind(index)),
    addDirectory: timed('addDirectory', index.addDirectory.bind(index)),
    writeFiles: timed('writeFiles', index.writeFiles.bind(index)),
    getFiles: timed('getFiles', index.getFiles.bind(index)),
    deleteIndex: timed('deleteIndex', index.deleteIndex.bind(index)),
  };
  return { ...response, index: wrapped };
}

export const close = timed('close', pagefind.close);
