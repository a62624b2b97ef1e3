// Each document's claims about itself (status, dates, issuer, what it supersedes, its attachments),
// read against its own text: every claim rests on a line quoted here, and where the text says less
// the front matter says so. And the schema that keeps a claim from outrunning its source.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../test/support/build-site.ts';
import { tempTree } from '../../../test/support/temp-tree.ts';
import { articleExists } from './articles.ts';
import { loadRulesCatalog, type RulesDocument } from './load-rules.ts';
import { rulesFrontmatterSchema, supersedesEffect } from './schema.ts';

const { catalog } = loadRulesCatalog(join(PROJECT_ROOT, 'content'));

function documentOf(id: string): RulesDocument {
  const document = catalog.documents.get(id);
  if (!document) throw new Error(`rules document ${id} did not load`);
  return document;
}

/** The words of an article as the page shows them, items included. */
const articleText = (id: string, number: number) => (documentOf(id).articles.find((article) => article.number === number)?.paragraphs ?? []).map((paragraph) => paragraph.text).join('');
const wholeText = (id: string) => documentOf(id).body;

describe('Yangjiang: in force on its face, validity not determinable', () => {
  const { meta } = documentOf('yangjiang');

  it('is status unknown: 第二十一条 “本办法自发布之日起实施，有效期五年” and no date of 发布 anywhere', () => {
    expect(articleText('yangjiang', 21)).toContain('本办法自发布之日起实施，有效期五年');
    expect(wholeText('yangjiang')).not.toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    expect(meta.status).toBe('unknown');
    expect(meta.effective_from).toBeNull();
  });

  it('says it was issued in 2017 or later, from 第一条’s 粤经信规字〔2017〕2号', () => {
    expect(articleText('yangjiang', 1)).toContain('（粤经信规字〔2017〕2号）');
    expect(meta.status_basis).toContain('粤经信规字〔2017〕2号表明它发布于2017年或以后');
  });

  it('lists no attachments: the text has no list, 第十九条 names only “复核申请表（附件2）”', () => {
    expect(wholeText('yangjiang')).not.toMatch(/^附件[：:]/m);
    expect(articleText('yangjiang', 19)).toContain('复核申请表（附件2）');
    expect(meta.attachments).toEqual([]);
    expect(meta.attachments_note).toContain('第十九条提到“复核申请表（附件2）”');
  });

  it('says its title joins two lines of the source, the first perhaps the issuer', () => {
    expect(meta.title).toBe(`${meta.issuer}中小企业公共服务示范平台管理办法`);
    expect(meta.title_note).toContain('首行也可能仅为发文机关名称');
  });
});

describe('Chengdu: a draft with no issuing line, whose 2018 predecessor lapsed', () => {
  const { meta } = documentOf('chengdu');

  it('names its issuer only as “市经信局”: the full name is marked inferred', () => {
    expect(articleText('chengdu', 13)).toContain('市经信局负责平台和基地的认定、指导和管理工作');
    expect(articleText('chengdu', 28)).toContain('本办法由市经信局负责解释');
    expect(wholeText('chengdu')).not.toContain('成都市经济和信息化局');
    expect(meta).toMatchObject({ issuer_source: 'inferred', issuer_as_written: '市经信局', issuer_cite: ['13', '28'] });
  });

  it('records the 2018 measure as “已到期废止”, lapsed, not repealed by this draft (第二十七条)', () => {
    expect(articleText('chengdu', 27)).toContain('（成经信函〔2018〕348号）已到期废止');
    expect(articleText('chengdu', 27)).not.toContain('同时废止');
    expect(supersedesEffect(meta)).toBe('lapsed');
    expect(meta.supersedes_cite).toEqual(['27']);
  });

  it('is a draft: “（征求意见稿）”, “本办法自印发之日起施行，有效期5年” with no date', () => {
    expect(meta.status).toBe('draft');
    expect(articleText('chengdu', 27)).toContain('本办法自印发之日起施行，有效期5年');
    expect(meta.dates_note).toContain('未载印发日期');
  });
});

describe('Weihai: a draft with no issuing line, whose repeal of the 2017 measure is proposed', () => {
  const { meta } = documentOf('weihai');

  it('has its issuer read from 第三条 “市工业和信息化局负责示范平台的认定管理工作”: inferred', () => {
    expect(articleText('weihai', 3)).toContain('市工业和信息化局负责示范平台的认定管理工作');
    expect(meta).toMatchObject({ issuer: '威海市工业和信息化局', issuer_source: 'inferred', issuer_cite: ['3'] });
  });

  it('repeals 威中小企字〔2017〕60号 only when it takes effect: 第二十八条, its dates blank', () => {
    expect(articleText('weihai', 28)).toMatch(/本办法有效期自2021年\s+月\s+日起，至2026年\s+月\s+日止。.*（威中小企字〔2017〕60号）同时废止/);
    expect(supersedesEffect(meta)).toBe('proposed');
    expect(meta.supersedes_cite).toEqual(['28']);
  });

  it('lists the attachments its 第十八条、第十九条 name: 推荐表（见附件1）, 申请报告（见附件2）', () => {
    expect(articleText('weihai', 18)).toContain('《威海市中小企业公共服务示范平台推荐表》（见附件1）');
    expect(articleText('weihai', 19)).toContain('威海市中小企业公共服务示范平台申请报告（见附件2）');
    expect(meta.attachments).toEqual(['威海市中小企业公共服务示范平台推荐表', '威海市中小企业公共服务示范平台申请报告']);
  });
});

describe('Ningxia: a draft whose repeal of the 2015 measure is proposed', () => {
  const document = documentOf('ningxia');

  it('has its issuer from the covering letter: “我厅……起草了”, and 第二十一条', () => {
    expect(document.cover?.paragraphs.join('')).toContain('起草了《宁夏回族自治区中小企业公共服务示范平台认定管理办法（征求意见稿）》');
    expect(articleText('ningxia', 21)).toContain('本办法由自治区工业和信息化厅负责解释');
    expect(document.meta.issuer_source ?? 'stated').toBe('stated');
  });

  it('says 第二十二条’s “同时废止” is proposed: a draft repeals nothing until issued', () => {
    expect(articleText('ningxia', 22)).toContain('（宁经信办发〔2015〕104号）同时废止');
    expect(supersedesEffect(document.meta)).toBe('proposed');
  });
});

describe('Linfen: in force on the strength of the 2023 notice', () => {
  const document = documentOf('linfen');

  it('rests its status on the notice 临企发〔2023〕7号, which calls it “暂行办法” and organises the 2023 round', () => {
    const cover = document.cover?.paragraphs.join('') ?? '';
    expect(document.cover?.meta.ref).toBe('临企发〔2023〕7号');
    expect(cover).toContain('根据《临汾市中小企业公共服务示范平台认定管理暂行办法》（临企发〔2018〕56号');
    expect(cover).toContain('现就组织开展2023年度市级中小企业公共服务示范平台');
    expect(document.meta.status).toBe('in_force');
    expect(document.meta.status_basis).toMatch(/临企发〔2023〕7号.*“暂行办法”.*2023年度/);
  });

  it('takes its 文号 from the notice alone, and says so', () => {
    expect(wholeText('linfen')).not.toContain('临企发〔2018〕56号');
    expect(document.meta.ref).toBe('临企发〔2018〕56号');
    expect(document.meta.ref_note).toContain('文号仅见于封面通知');
  });

  it('repeals 临企发〔2014〕74号, being in force: 第二十一条 “同时废止”', () => {
    expect(articleText('linfen', 21)).toContain('（临企发〔2014〕74号）同时废止');
    expect(supersedesEffect(document.meta)).toBe('repealed');
  });
});

describe('every document', () => {
  it('cites, for its issuer and what it supersedes, articles its text has', () => {
    for (const document of catalog.documents.values()) {
      for (const cite of [...(document.meta.issuer_cite ?? []), ...(document.meta.supersedes_cite ?? [])]) expect(articleExists(document.articles, cite), `${document.id} ${cite}`).toBe(true);
    }
  });

  it('gives no date the text does not give', () => {
    for (const document of catalog.documents.values()) expect([document.meta.effective_from, document.meta.effective_until], document.id).toEqual([null, null]);
  });
});

describe('the front-matter schema', () => {
  const valid = rulesFrontmatterSchema.parse({
    id: 'x',
    jurisdiction: 'x',
    jurisdiction_name: '某市',
    title: '某市办法',
    issuer: '某市工业和信息化局',
    status: 'in_force',
    supersedes: ['旧办法'],
    effective_from: null,
    effective_until: null,
    attachments: [],
    source_file: 'x.txt',
  });

  it('reads a document written before the provenance fields: they are optional', () => {
    expect(supersedesEffect(valid)).toBe('repealed');
    expect(supersedesEffect({ ...valid, status: 'draft' })).toBe('proposed');
  });

  it('asks a document whose validity its text does not settle to say why', () => {
    expect(rulesFrontmatterSchema.safeParse({ ...valid, status: 'unknown' }).error?.issues.map((issue) => issue.path.join('.'))).toEqual(['status_basis']);
    expect(rulesFrontmatterSchema.safeParse({ ...valid, status: 'unknown', status_basis: '未载发布日期' }).success).toBe(true);
  });

  it('asks an inferred issuer for the line it rests on', () => {
    expect(rulesFrontmatterSchema.safeParse({ ...valid, issuer_source: 'inferred' }).error?.issues.map((issue) => issue.path.join('.'))).toEqual(['issuer_note']);
  });

  it('refuses a draft that repeals: it only proposes', () => {
    expect(rulesFrontmatterSchema.safeParse({ ...valid, status: 'draft', supersedes_effect: 'repealed' }).error?.issues.map((issue) => issue.path.join('.'))).toEqual(['supersedes_effect']);
  });

  it('refuses a front-matter cite to an article the text lacks, naming the field', () => {
    const template = (path: string) => readFileSync(join(PROJECT_ROOT, 'docs', 'templates', path), 'utf8');
    const text = template('rules/example.md').replace('cover: null', 'cover: null\nissuer_cite:\n  - "99"');
    const folder = tempTree({ 'rules/example.md': text, 'provisions/example.json': template('provisions/example.json') });
    const { problems } = loadRulesCatalog(join(PROJECT_ROOT, 'content'), { dir: folder, label: 'mine' });
    expect(problems.map((problem) => [problem.file, problem.field, problem.value])).toEqual([['mine/rules/example.md', 'issuer_cite', '99']]);
  });
});
