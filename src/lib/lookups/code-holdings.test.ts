import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadSite } from '../load-site.ts';
import { releaseTables } from '../releases/release-file.ts';
import { fixturePath, PROJECT_ROOT } from '../../../test/support/build-site.ts';
import { appendLines, fixtureCopy } from '../../../test/support/data-folder.ts';
import { editPlatforms, releaseHistoryOf } from '../../../test/support/release-history.ts';
import { codeHoldings, type CodeHoldings, type Holding } from './code-holdings.ts';

const contentDir = join(PROJECT_ROOT, 'content');
const loaded = loadSite({ dataDir: fixturePath('register'), contentDir });
const model = loaded.model!;

/** What a page shows of each holding: its kind, platform id and the release it names. */
const summary = (holdings: readonly Holding[]) =>
  holdings.map((holding) =>
    holding.kind === 'current' ? ['current', holding.platform.record.id] : holding.kind === 'former' ? ['former', holding.platform.record.id, holding.changedIn] : ['removed', holding.id, holding.removedIn],
  );
const holdingsOf = (entries: readonly CodeHoldings[], code: string) => summary(entries.find((entry) => entry.code === code)?.holdings ?? []);

describe('the platforms a code holds', () => {
  it('without releases: one entry per code in the register, sorted, each with the platforms whose record names it', () => {
    const entries = codeHoldings(model.platforms, null);
    const codes = model.platforms.map((view) => view.record.uscc);
    expect(entries.map((entry) => entry.code)).toEqual([...new Set(codes)].sort());
    for (const entry of entries) {
      const named = model.platforms.filter((view) => view.record.uscc === entry.code).map((view) => view.record.id);
      expect(entry.holdings.every((holding) => holding.kind === 'current')).toBe(true);
      expect(summary(entry.holdings).map(([, id]) => id).sort()).toEqual(named.sort());
    }
  });

  it('holds an operator’s platforms in different jurisdictions together, by name', () => {
    const dir = fixtureCopy({
      'platforms.csv': appendLines('fx-chengdu-haiyue,测试用海岳成都分平台,测试用海岳信息咨询有限公司,91371002MA0TEAM013,chengdu,武侯区,platform,specialized,information,2025-03-01,,测成经信〔2025〕1号,,,,,'),
    });
    const copy = loadSite({ dataDir: dir, contentDir }).model!;
    expect(holdingsOf(codeHoldings(copy.platforms, null), '91371002MA0TEAM013')).toEqual([
      ['current', 'fx-chengdu-haiyue'],
      ['current', 'fx-weihai-active'],
    ]);
  });

  it('counts a platform whose record named the code in an earlier release, and one removed from the register, as such', () => {
    const current = releaseTables(loaded.dataset!);
    const gone = { ...current.platforms.find((record) => record.id === 'fx-weihai-expired')!, id: 'fx-weihai-gone', name: '测试用已移除平台' };
    const earlier = editPlatforms(current, { 'fx-weihai-active': { uscc: '91371002MA0TEAM021' } }, [gone]);
    const released = [{ asOf: '2026-05-01', tables: earlier }, { asOf: '2026-06-15', tables: current }];
    const entries = codeHoldings(model.platforms, releaseHistoryOf(released, current, model.asOf));
    const second = { release: 2, asOf: '2026-06-15' };
    expect(holdingsOf(entries, '91371002MA0TEAM021')).toEqual([['former', 'fx-weihai-active', second]]);
    expect(holdingsOf(entries, '91371002MA0TEAM013')).toEqual([['current', 'fx-weihai-active']]);
    expect(holdingsOf(entries, '91371002MA0TEAM026')).toEqual([
      ['current', 'fx-weihai-expired'],
      ['removed', 'fx-weihai-gone', second],
    ]);
    const removed = entries.find((entry) => entry.code === '91371002MA0TEAM026')?.holdings[1];
    expect(removed).toMatchObject({ name: '测试用已移除平台', operator: '测试用文登检测技术有限公司', jurisdictionId: 'weihai' });
    expect(entries).toHaveLength(new Set(model.platforms.map((view) => view.record.uscc)).size + 1);
  });

  it('says when only the data since the latest release made a platform former or removed it', () => {
    const current = releaseTables(loaded.dataset!);
    const gone = { ...current.platforms.find((record) => record.id === 'fx-weihai-expired')!, id: 'fx-weihai-gone', name: '测试用已移除平台' };
    const earlier = editPlatforms(current, { 'fx-weihai-active': { uscc: '91371002MA0TEAM021' } }, [gone]);
    const entries = codeHoldings(model.platforms, releaseHistoryOf([{ asOf: '2026-05-01', tables: earlier }], current, model.asOf));
    expect(holdingsOf(entries, '91371002MA0TEAM021')).toEqual([['former', 'fx-weihai-active', null]]);
    expect(holdingsOf(entries, '91371002MA0TEAM026')).toEqual([
      ['current', 'fx-weihai-expired'],
      ['removed', 'fx-weihai-gone', null],
    ]);
  });

  it('follows a code that comes back: current again, and the code between former', () => {
    const current = releaseTables(loaded.dataset!);
    const away = editPlatforms(current, { 'fx-weihai-active': { uscc: '91371002MA0TEAM021' } });
    const released = [
      { asOf: '2026-04-01', tables: current },
      { asOf: '2026-05-01', tables: away },
      { asOf: '2026-06-15', tables: current },
    ];
    const entries = codeHoldings(model.platforms, releaseHistoryOf(released, current, model.asOf));
    expect(holdingsOf(entries, '91371002MA0TEAM013')).toEqual([['current', 'fx-weihai-active']]);
    expect(holdingsOf(entries, '91371002MA0TEAM021')).toEqual([['former', 'fx-weihai-active', { release: 3, asOf: '2026-06-15' }]]);
  });
});
