import { describe, expect, it } from 'vitest';
import { sha256Hex } from './read-releases.ts';
import { checkChain, type ReleaseFileText } from './chain.ts';
import { releaseFileName, serializeRelease, type ReleaseRecord, type ReleaseTables } from './release-file.ts';
import { releaseHistory, type ReleaseHistory } from './release-history.ts';
import { changeContext, changeGroups, countsText, formatValue, orderedChanges, platformChangeLog, recordChangeView, releaseSummary, type ChangeContext } from './change-view.ts';

const weihai = { id: 'weihai', name: '威海市', level: 'city', authority: '威海市工业和信息化局', rules: 'weihai' };
const active = { id: 'p-active', name: '海岳信息服务平台', operator: '海岳信息咨询有限公司', uscc: '91371002MA0TEAM013', jurisdiction: 'weihai', kind: 'platform', functions: ['信息服务', 'training'], certified_on: '2025-01-10', phone: '0631-5550000' };
const leaving = { id: 'p-leaving', name: '乳山融资服务平台', operator: '乳山融资顾问有限公司', uscc: '91371002MA0TEAM09U', jurisdiction: 'weihai', kind: 'platform', functions: ['financing'] };
const newcomer = { id: 'p-new', name: '文登技术服务平台', operator: '文登检测技术有限公司', uscc: '91371002MA0TEAM026', jurisdiction: 'weihai', kind: 'base', functions: ['technology'] };
const revocation = { id: 'r-1', platform: 'p-active', action: 'revoked', decided_on: '2026-11-02', ground: 'weihai#24', reason: '经查实存在违法违规行为' };

const tables = (overrides: Partial<Record<keyof ReleaseTables, ReleaseRecord[]>>): ReleaseTables => ({ jurisdictions: [weihai], platforms: [], notices: [], revocations: [], ...overrides });

/** The history of these releases, made as the build makes it: serialised files, the chain checked. */
function historyOf(...releases: { asOf: string; tables: ReleaseTables }[]): ReleaseHistory {
  const files: ReleaseFileText[] = [];
  releases.forEach((release, index) => {
    const text = serializeRelease({ release: index + 1, as_of: release.asOf, note: `第 ${index + 1} 次`, previous: files.at(-1)?.sha256 ?? null, tables: release.tables });
    files.push({ name: releaseFileName(index + 1), text, sha256: sha256Hex(text) });
  });
  const chain = checkChain(files);
  expect(chain.problems).toEqual([]);
  const last = releases.at(-1) as { asOf: string; tables: ReleaseTables };
  return releaseHistory(chain, last.tables, last.asOf);
}

const history = historyOf(
  { asOf: '2026-06-15', tables: tables({ platforms: [active, leaving] }) },
  { asOf: '2026-09-01', tables: tables({ platforms: [{ ...active, phone: '0631-5550001' }, newcomer] }) },
  { asOf: '2026-11-18', tables: tables({ platforms: [{ ...active, phone: '0631-5550001' }, newcomer], revocations: [revocation] }) },
);
const context: ChangeContext = changeContext(history, new Set(['p-active', 'p-new']), new Map([['weihai', '威海市中小企业公共服务示范平台认定管理办法']]));
const release = (number: number) => history.releases[number - 1] as ReleaseHistory['releases'][number];

describe('the words for a release', () => {
  it('says each count that is not nought, and a release of nothing but a new data date as such', () => {
    expect(releaseSummary({ number: 3, asOf: '2026-11-18', counts: { added: 1, changed: 2, removed: 1 } })).toBe('第 3 版（2026年11月18日）：新增 1、变更 2、移除 1 条记录');
    expect(countsText({ added: 0, changed: 1, removed: 0 })).toBe('变更 1 条记录');
    expect(countsText({ added: 0, changed: 0, removed: 0 })).toBe('记录无变化，仅更新数据日期');
  });
});

describe('a release’s changes', () => {
  it('come removals first, then additions, then changes', () => {
    const second = release(2);
    expect(second.counts).toEqual({ added: 1, changed: 1, removed: 1 });
    expect(orderedChanges(second).map((change) => `${change.kind} ${change.id}`)).toEqual(['removed p-leaving', 'added p-new', 'changed p-active']);
    const groups = changeGroups(orderedChanges(second), second.counts, context);
    expect(groups.map((group) => [group.kind, group.heading, group.total, group.items.length])).toEqual([
      ['removed', '移除的记录', 1, 1],
      ['added', '新增的记录', 1, 1],
      ['changed', '变更的记录', 1, 1],
    ]);
  });

  it('names a removed platform by its key fields and links to no page, since it has none', () => {
    const removed = orderedChanges(release(2))[0];
    const view = recordChangeView(removed as NonNullable<typeof removed>, context);
    expect(view.headline).toBe('移除平台“乳山融资服务平台”');
    expect(view.platformId).toBeNull();
    expect(view.platformName).toBe('乳山融资服务平台');
    expect(view.keyFields).toEqual([
      { title: '平台名称', value: '乳山融资服务平台' },
      { title: '运营单位', value: '乳山融资顾问有限公司' },
      { title: '统一社会信用代码', value: '91371002MA0TEAM09U' },
      { title: '所属地区', value: '威海市' },
    ]);
  });

  it('gives a changed field its Chinese name, old value and new', () => {
    const changed = orderedChanges(release(2)).find((change) => change.kind === 'changed');
    const view = recordChangeView(changed as NonNullable<typeof changed>, context);
    expect(view.headline).toBe('平台“海岳信息服务平台”的记录有变更');
    expect(view.platformId).toBe('p-active');
    expect(view.fields).toEqual([{ title: '联系电话', before: '0631-5550000', after: '0631-5550001' }]);
    expect(view.keyFields).toEqual([]);
  });

  it('says which platform an action concerns, what it is and when', () => {
    const [added] = orderedChanges(release(3));
    const view = recordChangeView(added as NonNullable<typeof added>, context);
    expect(view.headline).toBe('新增处理决定：撤销“海岳信息服务平台”（2026年11月2日）');
    expect(view.platformId).toBe('p-active');
    expect(view.keyFields).toEqual([
      { title: '平台', value: '海岳信息服务平台' },
      { title: '处理类型', value: '撤销' },
      { title: '决定日期', value: '2026年11月2日' },
    ]);
  });
});

describe('formatValue', () => {
  it('writes dates in Chinese, function codes as their names, lists with 、, references by name', () => {
    expect(formatValue('platforms', 'certified_on', '2025-01-10', context)).toBe('2025年1月10日');
    expect(formatValue('platforms', 'functions', ['信息服务', 'training'], context)).toBe('信息服务、培训服务');
    expect(formatValue('platforms', 'kind', 'base', context)).toBe('小企业创业基地');
    expect(formatValue('platforms', 'jurisdiction', 'weihai', context)).toBe('威海市');
    expect(formatValue('notices', 'platforms', ['p-active', 'p-leaving'], context)).toBe('海岳信息服务平台、乳山融资服务平台');
    expect(formatValue('revocations', 'ground', 'weihai#24', context)).toBe('《威海市中小企业公共服务示范平台认定管理办法》第二十四条');
    expect(formatValue('revocations', 'ground', 'elsewhere#20.4', context)).toBe('elsewhere第二十条（四）');
    expect(formatValue('jurisdictions', 'rules', 'weihai', context)).toBe('《威海市中小企业公共服务示范平台认定管理办法》');
  });

  it('says a field that was not given is empty, and cuts a long text, pointing to the release file', () => {
    expect(formatValue('platforms', 'phone', undefined, context)).toBe('（空）');
    const body = '公'.repeat(250);
    expect(formatValue('notices', 'body', body, context)).toBe(`${'公'.repeat(200)}……（共 250 字，全文见发布文件）`);
  });
});

describe('a platform’s record changes', () => {
  it('lists the releases that changed its record or its actions, oldest first', () => {
    expect(platformChangeLog('p-active', context).map((entry) => `${entry.release} ${entry.change.kind} ${entry.change.table}`)).toEqual(['1 added platforms', '2 changed platforms', '3 added revocations']);
    expect(platformChangeLog('p-active', context).map((entry) => entry.change.headline)).toEqual(['收录该平台的记录', '该平台的记录有变更', '新增处理决定：撤销“海岳信息服务平台”（2026年11月2日）']);
    expect(platformChangeLog('p-new', context).map((entry) => `${entry.release} ${entry.change.kind}`)).toEqual(['2 added']);
    expect(platformChangeLog('p-none', context)).toEqual([]);
  });
});
