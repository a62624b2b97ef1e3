// The search stage's figures: what one visit measured, the two networks it is measured on, and the
// medians and worsts per kind of query that the table, the checks and the JSON results carry.
import { middleOf } from '../lib/budgets.ts';
import { kb, thousands } from './format.ts';
import { KIND_LABELS, QUERY_KINDS, type QueryKind, type SearchQuery } from './search-queries.ts';

/** Chrome DevTools' conditions (Network.emulateNetworkConditions); null: the loopback as it is. */
export interface NetworkConditions {
  latency: number;
  downloadThroughput: number;
  uploadThroughput: number;
}

/** Slow 4G: 150 ms of latency, 1.6 Mbit/s (200,000 bytes/s) each way. */
export const NETWORKS = {
  unthrottled: null,
  'slow 4G': { latency: 150, downloadThroughput: 200_000, uploadThroughput: 200_000 },
} as const satisfies Record<string, NetworkConditions | null>;
export type NetworkName = keyof typeof NETWORKS;
export const NETWORK_NAMES = Object.keys(NETWORKS) as NetworkName[];

/** Bytes as transferred (compressed, headers included) and the number of responses. */
export interface Traffic {
  bytes: number;
  files: number;
}

export interface Answer extends SearchQuery {
  /** From Enter to the results; null: none came. */
  ms: number | null;
  /** The page's status line at the end: why there were no results, when there were none. */
  status: string;
}

export interface FirstSearch extends Answer {
  /** Opening the page, until the network was idle. */
  page: Traffic;
  /** From Enter until the network was idle again. */
  search: Traffic;
}

export interface NetworkRun {
  network: NetworkName;
  first: FirstSearch[];
  later: Answer[];
}

export interface Spread {
  median: number;
  worst: number;
}

export type Group = QueryKind | 'all';
export const GROUPS: readonly Group[] = [...QUERY_KINDS, 'all'];

export interface TrafficSummary {
  page: { bytes: Spread; files: Spread };
  search: { bytes: Spread; files: Spread };
  total: { bytes: Spread; files: Spread };
}

export interface TimeSummary {
  first: Spread | null;
  firstSearches: number;
  firstFailures: number;
  later: Spread | null;
  laterQueries: number;
  laterFailures: number;
}

export interface SearchSummary {
  /** Of the first searches on both networks: what a browser fetches does not depend on the network's speed. */
  traffic: Record<Group, TrafficSummary>;
  times: Record<NetworkName, Record<Group, TimeSummary>>;
  /** Every query that brought no results, with the page's status. */
  failures: string[];
}

/** The median (middleOf: the lower middle one) and the largest; null of nothing. */
export function spread(values: readonly number[]): Spread | null {
  const sorted = [...values].sort((a, b) => a - b);
  const median = middleOf(sorted);
  const worst = sorted.at(-1);
  return median === undefined || worst === undefined ? null : { median, worst };
}

const ofGroup = <T extends SearchQuery>(items: readonly T[], group: Group): T[] => items.filter((item) => group === 'all' || item.kind === group);

function trafficOf(searches: readonly FirstSearch[]): TrafficSummary {
  const of = (traffic: (search: FirstSearch) => Traffic) => {
    const bytes = spread(searches.map((search) => traffic(search).bytes));
    const files = spread(searches.map((search) => traffic(search).files));
    if (!bytes || !files) throw new Error('no first searches to summarise');
    return { bytes, files };
  };
  return {
    page: of((search) => search.page),
    search: of((search) => search.search),
    total: of((search) => ({ bytes: search.page.bytes + search.search.bytes, files: search.page.files + search.search.files })),
  };
}

function timesOf(run: NetworkRun, group: Group): TimeSummary {
  const first = ofGroup(run.first, group);
  const later = ofGroup(run.later, group);
  const found = (answers: readonly Answer[]) => answers.flatMap((answer) => (answer.ms === null ? [] : [answer.ms]));
  return {
    first: spread(found(first)),
    firstSearches: first.length,
    firstFailures: first.length - found(first).length,
    later: spread(found(later)),
    laterQueries: later.length,
    laterFailures: later.length - found(later).length,
  };
}

export function summariseSearch(runs: readonly NetworkRun[]): SearchSummary {
  const allFirst = runs.flatMap((run) => run.first);
  const byGroup = <T>(make: (group: Group) => T) => Object.fromEntries(GROUPS.map((group) => [group, make(group)])) as Record<Group, T>;
  const failures = runs.flatMap((run) =>
    [...run.first.map((answer) => ({ answer, when: 'first search' })), ...run.later.map((answer) => ({ answer, when: 'later query' }))]
      .filter(({ answer }) => answer.ms === null)
      .map(({ answer, when }) => `${run.network}, ${when}, ${KIND_LABELS[answer.kind]} ${JSON.stringify(answer.query)}: ${answer.status}`),
  );
  return {
    traffic: byGroup((group) => trafficOf(ofGroup(allFirst, group))),
    times: Object.fromEntries(runs.map((run) => [run.network, byGroup((group) => timesOf(run, group))])) as Record<NetworkName, Record<Group, TimeSummary>>,
    failures,
  };
}

const ms = (value: number): string => thousands(Math.round(value));
const spreadText = (value: Spread | null, unit: (value: number) => string): string => (value === null ? '–' : `${unit(value.median)} / ${unit(value.worst)}`);
/** Times as median / worst, with the failures (no results) counted after them. */
const timeText = (value: Spread | null, failures: number): string => `${spreadText(value, ms)}${failures > 0 ? ` (${failures} failed)` : ''}`;

/** The README's search table: a column per kind of query and all together. */
export function searchTable(summary: SearchSummary, visitsPerKind: number): string[] {
  const row = (label: string, cell: (group: Group) => string) => `| ${label} | ${GROUPS.map(cell).join(' | ')} |`;
  const lines = [
    `| search page: ${visitsPerKind} new visitors per kind and network | ${QUERY_KINDS.map((kind) => KIND_LABELS[kind]).join(' | ')} | all |`,
    `| --- |${' ---: |'.repeat(GROUPS.length)}`,
    row('page + first query, KB, median / worst', (group) => spreadText(summary.traffic[group].total.bytes, kb)),
    row('page + first query, files, median / worst', (group) => spreadText(summary.traffic[group].total.files, thousands)),
    row('of which the page, KB (files), median', (group) => `${kb(summary.traffic[group].page.bytes.median)} (${summary.traffic[group].page.files.median})`),
  ];
  for (const network of NETWORK_NAMES) {
    const times = summary.times[network];
    lines.push(row(`first results, ${network}, ms median / worst`, (group) => timeText(times[group].first, times[group].firstFailures)));
  }
  for (const network of NETWORK_NAMES) {
    const times = summary.times[network];
    lines.push(row(`later queries, ${network}, ms median / worst`, (group) => timeText(times[group].later, times[group].laterFailures)));
  }
  return lines;
}

/** What the table leaves out: the page and the first query apart, and every query that brought no results. */
export function searchDetails(summary: SearchSummary): string[] {
  const traffic = (value: { bytes: Spread; files: Spread }) => `${spreadText(value.bytes, kb)} KB in ${spreadText(value.files, thousands)} files`;
  const lines = GROUPS.map((group) => {
    const { page, search, total } = summary.traffic[group];
    return `search traffic, ${group === 'all' ? 'all' : KIND_LABELS[group]} (median / worst): page ${traffic(page)}, first query ${traffic(search)}, together ${traffic(total)}`;
  });
  for (const failure of summary.failures) lines.push(`search gave no results: ${failure}`);
  return lines;
}
