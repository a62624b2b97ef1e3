// The rules as built: every article on its page, every cited anchor there, no conversion debris,
// and /data/rules.json valid under the schema the site itself uses.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixtureSite } from '../support/build-site.ts';
import { checkLinks, htmlFiles } from '../../scripts/lib/link-check.ts';
import { builtSiteBase } from '../../scripts/lib/built-site.ts';
import { rulesJsonSchema } from '../../src/lib/rules/rules-json.ts';
import { SOURCE_ARTICLE_COUNTS } from '../support/source-article-counts.ts';

const dist = buildFixtureSite('register');
const page = (path: string) => readFileSync(join(dist, path), 'utf8');
/** The words of one field of a rules page's metadata (`<dd data-field="issuer">`), tags dropped. */
const field = (html: string, name: string) => {
  const match = new RegExp(`<dd data-field="${name}"[^>]*>([\\s\\S]*?)</dd>`).exec(html);
  return (match?.[1] ?? '').replace(/<[^>]+>/g, '').replace(/\s+/g, '');
};

describe('the built rules pages', () => {
  it.each(SOURCE_ARTICLE_COUNTS)('%s shows all %i articles, anchored #article-1 to #article-N', (id, count) => {
    const anchors = [...page(`rules/${id}/index.html`).matchAll(/<section id="article-(\d+)"/g)].map((match) => Number(match[1]));
    expect(anchors).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  });

  it('anchors items as #article-N-M', () => {
    const yangjiang = page('rules/yangjiang/index.html');
    for (const item of [1, 2, 3, 4, 5]) expect(yangjiang).toContain(`id="article-20-${item}"`);
  });

  it('marks drafts with a banner and keeps covering letters on pages of their own', () => {
    expect(page('rules/weihai/index.html')).toContain('这是征求意见稿，不是现行有效的规则。');
    expect(page('rules/linfen/index.html')).not.toContain('这是征求意见稿');
    expect(page('rules/ningxia/cover/index.html')).toContain('征求');
    expect(page('rules/ningxia/index.html')).not.toContain('专此致函');
  });

  it('says on Yangjiang’s page that its validity cannot be told from its text, and why (第二十一条)', () => {
    const yangjiang = page('rules/yangjiang/index.html');
    expect(yangjiang).toContain('这份办法是否仍然有效，无法据其文本确定。');
    expect(yangjiang).toContain('第二十一条写明“本办法自发布之日起实施，有效期五年”，但未载发布日期');
    expect(yangjiang).not.toContain('现行有效</dd>');
    // No list of attachments: 第十九条 names 复核申请表（附件2）, nothing more.
    expect(field(yangjiang, 'attachments')).toMatch(/^未列附件清单.*第十九条提到“复核申请表（附件2）”/);
    // The title joins two lines of the source; the page says so under it.
    expect(yangjiang).toContain('标题说明：标题由源文件前两行连成');
  });

  it('marks an issuer no line of the source names as inferred, with the words the source uses', () => {
    // Chengdu says only “市经信局” (第十三条、第二十八条) and has no issuing line.
    expect(field(page('rules/chengdu/index.html'), 'issuer')).toMatch(/^成都市经济和信息化局（推断）原文作“市经信局”源文件无发文机关行/);
    // Weihai's draft has no issuing line either: 第三条 “市工业和信息化局负责示范平台的认定管理工作”.
    expect(field(page('rules/weihai/index.html'), 'issuer')).toMatch(/^威海市工业和信息化局（推断）征求意见稿无发文机关行/);
    expect(field(page('rules/linfen/index.html'), 'issuer')).toMatch(/^临汾市中小企业局见标题首行/);
  });

  it('says what each document does to the documents before it, as its words support', () => {
    // A draft repeals nothing until issued (Weihai 第二十八条, Ningxia 第二十二条: 同时废止).
    expect(page('rules/weihai/index.html')).toMatch(/<dt>拟废止<\/dt>\s*<dd data-field="supersedes" data-effect="proposed">/);
    expect(page('rules/ningxia/index.html')).toContain('data-effect="proposed"');
    // Chengdu 第二十七条: the 2018 measure “已到期废止”, not repealed by this draft.
    expect(field(page('rules/chengdu/index.html'), 'supersedes')).toContain('本办法称其已到期废止，不是由本办法废止');
    // Linfen 第二十一条, in force: 同时废止.
    expect(page('rules/linfen/index.html')).toMatch(/<dt>废止文件<\/dt>\s*<dd data-field="supersedes" data-effect="repealed">/);
    for (const id of ['weihai', 'chengdu', 'ningxia']) expect(page(`rules/${id}/index.html`)).not.toContain('<dt>废止文件</dt>');
  });

  it('shows what Linfen’s status rests on wherever it is shown: the 2023 notice, which covers the 2023 round', () => {
    expect(field(page('rules/linfen/index.html'), 'status')).toMatch(/^现行有效依据：据临汾市中小微企业发展中心2023年的通知（临企发〔2023〕7号）：该通知称本办法为“暂行办法”/);
    expect(page('rules/index.html')).toContain('效力依据：据临汾市中小微企业发展中心2023年的通知（临企发〔2023〕7号）');
  });

  it('marks Yangjiang in the head of every comparison table, as drafts are marked', () => {
    const heads = (html: string) => [...html.matchAll(/<thead[\s\S]*?<\/thead>/g)].map((match) => match[0]).filter((head) => head.includes('/rules/yangjiang/'));
    for (const path of ['compare/applicants/index.html', 'compare/pairs/weihai-vs-yangjiang/index.html', 'rules/functions/index.html']) {
      const html = page(path);
      expect(heads(html).length, path).toBeGreaterThan(0);
      for (const head of heads(html)) {
        expect(head, path).toContain('data-status-mark="unknown">效力无法确定</span>');
        if (head.includes('/rules/weihai/')) expect(head, path).toContain('data-status-mark="draft">征求意见稿</span>');
      }
    }
  });

  it('says on the function pages what Yangjiang’s catch-all covers, and why Chengdu maps as it does', () => {
    // 第七条（九）: “中小微企业所需要的其他服务”.
    const functions = page('rules/functions/index.html');
    const information = functions.slice(functions.indexOf('id="function-information"'), functions.indexOf('id="function-technology"'));
    expect(information).toContain('其他服务');
    expect(information).toContain('兜底项，另涵盖未列明的政策服务、信息服务、专业服务');
    // Chengdu 第五条（二）: “融资促进等咨询服务……投融资……等供需对接服务”: 咨询服务 stands in the 融资服务 row.
    const financing = functions.slice(functions.indexOf('id="function-financing"'), functions.indexOf('id="function-consulting"'));
    expect(financing).toContain('第五条（二）所列“融资促进等咨询服务”');
    expect(financing).toContain('每次须有15家以上中小企业参加，本站只核对次数');
    expect(page('rules/chengdu/index.html')).toContain('“代理会计”即代理记账等财务代理，本站归入“财税服务”');
  });

  it('resolves every internal link and anchor: provisions, grounds, comparisons', () => {
    const { broken, links } = checkLinks(dist, builtSiteBase(dist));
    expect(links).toBeGreaterThan(1000);
    expect(broken).toEqual([]);
  });

  it('lets no conversion debris reach any page', () => {
    for (const file of htmlFiles(dist)) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\[bookmark|_GoBack|\*\*/);
    }
  });

  it('links every comparison cell with a value to its article', () => {
    const html = page('compare/record-and-staff/index.html');
    const table = html.slice(0, html.indexOf('哪些条件最常起决定作用'));
    const cells = [...table.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((match) => match[1] ?? '');
    const answered = cells.filter((cell) => !cell.includes('未规定'));
    expect(answered.length).toBeGreaterThan(20);
    for (const cell of answered) expect(cell).toMatch(/href="\/rules\/[a-z]+\/#article-\d+(-\d+)?"/);
  });

  it('publishes /data/rules.json in the shape of the rules matrix', () => {
    const rules = rulesJsonSchema.parse(JSON.parse(page('data/rules.json')));
    expect(rules.generated_at).toBe('2026-06-15');
    expect(rules.documents.map((document) => [document.id, document.status, document.articles.length])).toEqual([
      ['chengdu', 'draft', 28],
      ['linfen', 'in_force', 21],
      ['ningxia', 'draft', 22],
      ['weihai', 'draft', 28],
      ['yangjiang', 'unknown', 21],
    ]);
    const yangjiang = rules.documents.find((document) => document.id === 'yangjiang');
    expect(yangjiang).toMatchObject({ status: 'unknown', attachments: [], supersedes_effect: null });
    expect(yangjiang?.status_basis).toContain('“本办法自发布之日起实施，有效期五年”，但未载发布日期');
    expect(yangjiang?.attachments_note).toContain('复核申请表（附件2）');
    expect(yangjiang?.title_note).toContain('首行也可能仅为发文机关名称');
    expect(rules.documents.find((document) => document.id === 'chengdu')).toMatchObject({ issuer_source: 'inferred', issuer_as_written: '市经信局', issuer_cite: ['13', '28'], supersedes_effect: 'lapsed', supersedes_cite: ['27'] });
    expect(rules.documents.find((document) => document.id === 'weihai')).toMatchObject({ issuer_source: 'inferred', issuer_cite: ['3'], supersedes_effect: 'proposed', supersedes_cite: ['28'] });
    expect(rules.documents.find((document) => document.id === 'ningxia')).toMatchObject({ issuer_source: 'stated', supersedes_effect: 'proposed' });
    expect(rules.documents.find((document) => document.id === 'linfen')).toMatchObject({ status: 'in_force', supersedes_effect: 'repealed', ref_note: expect.stringContaining('临企发〔2018〕56号') as unknown });
    expect(rules.documents.find((document) => document.id === 'linfen')?.status_basis).toContain('临企发〔2023〕7号');
    expect(rules.documents.find((document) => document.id === 'weihai')?.provisions.validity_years).toEqual({ value: 3, cite: ['23'], note: '获得省级或国家级认定或通过复核的，自公布之日起顺延3年' });
  });
});
