import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadSite } from '../load-site.ts';
import { openDataJson, openDataTables } from '../open-data/records.ts';
import { releaseTables } from '../releases/release-file.ts';
import { fixturePath, PROJECT_ROOT } from '../../../test/support/build-site.ts';
import { editPlatforms, releaseHistoryOf } from '../../../test/support/release-history.ts';
import { PLATFORM_JSON_FORMAT, platformJson, platformJsonSchema, platformJsonText } from './platform-json.ts';

const loaded = loadSite({ dataDir: fixturePath('register'), contentDir: join(PROJECT_ROOT, 'content') });
const model = loaded.model!;
const byId = (id: string) => model.platforms.find((view) => view.record.id === id)!;
const atRoot = { asOf: model.asOf, base: '/', releases: null };

describe('a platform’s JSON', () => {
  it('holds its record exactly as /data/platforms.json publishes it, in the shape its schema gives', () => {
    const [platforms] = openDataTables(model);
    const published = (JSON.parse(openDataJson(model, platforms!)) as { records: { id: string }[] }).records;
    expect(published).toHaveLength(model.platforms.length);
    for (const view of model.platforms) {
      const json = JSON.parse(platformJsonText(view, atRoot)) as unknown;
      expect(platformJsonSchema.parse(json), view.record.id).toEqual(json);
      expect((json as { record: unknown }).record).toEqual(published.find((record) => record.id === view.record.id));
    }
  });

  it('says the status as of the data date, and the history with each step’s source and article', () => {
    const json = platformJson(byId('fx-weihai-revoked'), atRoot);
    expect(json).toMatchObject({
      format: PLATFORM_JSON_FORMAT,
      as_of: '2026-06-15',
      url: '/platforms/fx-weihai-revoked/',
      code_url: '/codes/91371002MA0TEAM09U/',
      status: 'revoked',
      status_label: '已撤销',
      status_since: '2025-05-20',
      valid_until: '2027-02-28',
      valid_until_computed: true,
      changes: [],
    });
    expect(json.history).toEqual([
      { date: '2024-03-01', kind: 'recognised', until: '2027-02-28', detail: null, source: { kind: 'decision', ref: '测威工信〔2024〕3号' }, article: null },
      {
        date: '2025-05-20',
        kind: 'revoked',
        until: null,
        detail: '经查实存在违法违规行为（测试）',
        source: { kind: 'action', revocation_id: 'fx-revoke-rushan', ref: '测威工信〔2025〕9号', source_url: null },
        article: { rules_id: 'weihai', article: 24, item: null, label: '第二十四条', url: '/rules/weihai/#article-24' },
      },
    ]);
    expect(platformJson(byId('fx-weihai-candidate'), atRoot).history).toEqual([
      {
        date: '2026-06-12',
        kind: 'publicity',
        until: '2026-06-18',
        detail: null,
        source: { kind: 'notice', notice_id: 'fx-weihai-2026', title: '关于2026年度威海市示范平台拟认定名单的公示（测试）', ref: '测威工信〔2026〕5号', source_url: 'https://example.org/notices/fx-weihai-2026', url: '/notices/fx-weihai-2026/' },
        article: null,
      },
    ]);
    // An expiry rests on the article that sets the period of validity (Weihai 第二十三条).
    expect(platformJson(byId('fx-weihai-expired'), atRoot).history.at(-1)).toMatchObject({
      date: '2025-06-14',
      kind: 'expired',
      source: { kind: 'rules' },
      article: { rules_id: 'weihai', article: 23, url: '/rules/weihai/#article-23' },
    });
    expect(platformJson(byId('fx-yangjiang-comprehensive'), atRoot)).toMatchObject({ status: 'active', valid_until: '2026-06-15', valid_until_computed: false });
  });

  it('gives its site paths under the path the site is served under', () => {
    const json = platformJson(byId('fx-weihai-revoked'), { ...atRoot, base: '/sme/' });
    expect(json).toMatchObject({ url: '/sme/platforms/fx-weihai-revoked/', code_url: '/sme/codes/91371002MA0TEAM09U/' });
    expect(json.history[1]?.article?.url).toBe('/sme/rules/weihai/#article-24');
    expect(platformJson(byId('fx-weihai-candidate'), { ...atRoot, base: '/sme/' }).history[0]?.source).toMatchObject({ url: '/sme/notices/fx-weihai-2026/' });
  });

  it('lists the releases that changed its record, field by field, a field not given as null', () => {
    const current = releaseTables(loaded.dataset!);
    const earlier = editPlatforms(current, {
      'fx-weihai-active': { uscc: '91371002MA0TEAM021', phone: '0631-5550009' },
      'fx-weihai-expired': { phone: '0631-5550002' },
    });
    const releases = releaseHistoryOf([{ asOf: '2026-05-01', tables: earlier }, { asOf: '2026-06-15', tables: current }], current, model.asOf);
    const context = { ...atRoot, releases };
    expect(platformJson(byId('fx-weihai-active'), context).changes).toEqual([
      { release: 1, as_of: '2026-05-01', kind: 'added', fields: [] },
      {
        release: 2,
        as_of: '2026-06-15',
        kind: 'changed',
        fields: [
          { field: 'phone', before: '0631-5550009', after: '0631-5550001' },
          { field: 'uscc', before: '91371002MA0TEAM021', after: '91371002MA0TEAM013' },
        ],
      },
    ]);
    const expired = JSON.parse(platformJsonText(byId('fx-weihai-expired'), context)) as { changes: unknown[] };
    expect(expired.changes.at(-1)).toEqual({ release: 2, as_of: '2026-06-15', kind: 'changed', fields: [{ field: 'phone', before: '0631-5550002', after: null }] });
    expect(platformJson(byId('fx-weihai-revoked'), context).changes).toEqual([{ release: 1, as_of: '2026-05-01', kind: 'added', fields: [] }]);
  });
});
