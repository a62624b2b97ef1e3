// An independent second reading of the five rules documents (content/rules/*.md), checked
// against their structured provisions (content/provisions/*.json). The table below was
// written from the rules text and rules-matrix.md alone, before the provisions were read.
// Where the two disagree, look at the text again: do not bend the table to the file.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../test/support/build-site.ts';
import { toChineseNumber } from './chinese-numerals.ts';
import { loadRulesCatalog } from './load-rules.ts';
import type { ProvisionKey } from './schema.ts';

const { catalog, problems } = loadRulesCatalog(join(PROJECT_ROOT, 'content'));

const DOCUMENTS = ['weihai', 'chengdu', 'linfen', 'yangjiang', 'ningxia'] as const;
type DocumentId = (typeof DOCUMENTS)[number];

/** The keys checked value by value: every key of rules-matrix.md but the prose ones and revocation_grounds. */
type TabledKey = Exclude<ProvisionKey, 'revocation_grounds' | 'annual_report_due' | 'recognition_frequency'>;
type Expected = number | 'working' | 'calendar' | 'review' | 'reapply' | true | null;
/** [document, key, the value read from the text, the articles it was read from ('14' or '14.1')] */
type Row = readonly [DocumentId, TabledKey, Expected, readonly string[]];

const SILENT: readonly string[] = [];

const READING: readonly Row[] = [
  // ── 威海 ──────────────────────────────────────────────────────────────────────────
  ['weihai', 'operating_years_min', 1, ['14.1']], // 运营一年以上
  // 资产总额不低于100万元; the unnumbered paragraph closing 第十四条 relaxes it to 50万元 for
  // 事业单位、民办非企、社团法人 platforms: that is a variant, the general figure stays 100.
  ['weihai', 'assets_min_wan', 100, ['14.1']],
  ['weihai', 'smes_served_min_per_year', 60, ['14.2']], // 年服务中小企业60家以上
  ['weihai', 'satisfaction_min_pct', 90, ['14.2']], // 用户满意度在90%以上
  ['weihai', 'staff_min', 5, ['14.5']], // 专职人员不少于5人
  ['weihai', 'qualified_staff_min_pct', 80, ['14.5']],
  ['weihai', 'partner_institutions_min', 3, ['14.3']], // 集聚服务机构3家以上
  // 14.4 asks for 公益性服务活动两次以上、每次服务企业20家以上: a count of events, not a share of service.
  ['weihai', 'public_benefit_share_min_pct', null, SILENT],
  ['weihai', 'office_area_min_m2', null, SILENT],
  ['weihai', 'functions_min', 1, ['15']], // 应满足以下至少一项功能要求
  ['weihai', 'training_persons_min_per_year', 600, ['15.4']], // 年培训600人次以上
  ['weihai', 'publicity_days', 5, ['20']], // 公示5个工作日
  ['weihai', 'publicity_day_type', 'working', ['20']],
  ['weihai', 'validity_years', 3, ['23']],
  ['weihai', 'renewal_mode', 'review', ['23']], // 有效期满当年……申请复核
  ['weihai', 'reapply_ban_years', 3, ['24']], // 撤销……3年内不得申报
  ['weihai', 'suspension', null, SILENT],

  // ── 成都 ──────────────────────────────────────────────────────────────────────────
  // The common keys describe the 平台 (第四条、第五条); the 小企业创业基地 figures of 第六条、第七条
  // (3年, 5人, 3家, 20%, 6万/8千平方米, 4种功能, 150人次) belong to the base and are not read here.
  ['chengdu', 'operating_years_min', 3, ['4.1']], // 在本市行政区域内登记（注册）3年以上
  // 注册资金 (registered capital), not 资产总额: still the document's money floor, 100万元.
  ['chengdu', 'assets_min_wan', 100, ['4.1']],
  // The basic conditions (第四条) give no yearly count of SMEs served (4.6 only 稳步增长); the
  // counts of 第五条 (线上300/线下100, 50家) belong to single functions.
  ['chengdu', 'smes_served_min_per_year', null, SILENT],
  ['chengdu', 'satisfaction_min_pct', 90, ['4.6']],
  ['chengdu', 'staff_min', 10, ['4.4']],
  ['chengdu', 'qualified_staff_min_pct', 80, ['4.4']],
  // 集聚服务机构5家以上或拥有10名以上外部专家资源库: the institutions figure, with an alternative.
  ['chengdu', 'partner_institutions_min', 5, ['4.3']],
  // The 20% of 6.5 is a condition for the base only.
  ['chengdu', 'public_benefit_share_min_pct', null, SILENT],
  // The floor areas of 第六条 运营条件（一） are the base's 建筑总面积.
  ['chengdu', 'office_area_min_m2', null, SILENT],
  ['chengdu', 'functions_min', 1, ['5']], // 应满足以下至少一项服务功能要求
  ['chengdu', 'training_persons_min_per_year', 500, ['5.3']], // 年培训500人（次）以上（线下200）
  // 公示一周: a week is seven days as the calendar runs, not five working days.
  ['chengdu', 'publicity_days', 7, ['10']],
  ['chengdu', 'publicity_day_type', 'calendar', ['10']],
  ['chengdu', 'validity_years', 3, ['17']],
  ['chengdu', 'renewal_mode', 'reapply', ['17']], // 有效期满当年可再次申报
  ['chengdu', 'reapply_ban_years', 3, ['22']],
  // 暂停平台、基地称号: on 更名、重组 (第十八条) and on failing a 测评 (第二十一条).
  ['chengdu', 'suspension', true, ['18', '21']],

  // ── 临汾 ──────────────────────────────────────────────────────────────────────────
  ['linfen', 'operating_years_min', 1, ['6.1']],
  ['linfen', 'assets_min_wan', 50, ['6.1']],
  ['linfen', 'smes_served_min_per_year', 30, ['6.2']],
  ['linfen', 'satisfaction_min_pct', 80, ['6.2']],
  ['linfen', 'staff_min', 5, ['6.5']],
  ['linfen', 'qualified_staff_min_pct', 80, ['6.5']],
  // 6.3 asks only for 有组织带动社会服务资源的能力, with no number of institutions.
  ['linfen', 'partner_institutions_min', null, SILENT],
  ['linfen', 'public_benefit_share_min_pct', 20, ['6.4']],
  ['linfen', 'office_area_min_m2', null, SILENT],
  ['linfen', 'functions_min', 1, ['7']],
  ['linfen', 'training_persons_min_per_year', 500, ['7.4']],
  // 第十二条: 评审结果……公示, with no length given.
  ['linfen', 'publicity_days', null, SILENT],
  ['linfen', 'publicity_day_type', null, SILENT],
  ['linfen', 'validity_years', 3, ['16']],
  ['linfen', 'renewal_mode', 'reapply', ['16']], // 在有效期满当年可再次申报
  ['linfen', 'reapply_ban_years', null, SILENT],
  ['linfen', 'suspension', null, SILENT],

  // ── 阳江 ──────────────────────────────────────────────────────────────────────────
  ['yangjiang', 'operating_years_min', 2, ['8.1']], // 依法设立和运营两年以上
  // 综合服务平台资产总额不低于30万元，专业服务平台总资产不低于50万元: the value is the 专业 figure,
  // 30 is the 综合 variant.
  ['yangjiang', 'assets_min_wan', 50, ['8.1']],
  ['yangjiang', 'smes_served_min_per_year', 40, ['8.4']], // 不少于40家（培训服务不少于200家）
  // Only 企业满意度稳步提升 (第六条), no figure.
  ['yangjiang', 'satisfaction_min_pct', null, SILENT],
  ['yangjiang', 'staff_min', 5, ['8.3']],
  ['yangjiang', 'qualified_staff_min_pct', 60, ['8.3']],
  ['yangjiang', 'partner_institutions_min', 3, ['8.7']],
  ['yangjiang', 'public_benefit_share_min_pct', null, SILENT],
  ['yangjiang', 'office_area_min_m2', 100, ['8.2']],
  // 第七条: 服务平台应当具备以下一种或多种服务功能, i.e. one at least.
  ['yangjiang', 'functions_min', 1, ['7']],
  // 8.4's 培训服务不少于200家 counts enterprises (家) served by a training platform, not persons
  // trained (人次); no figure of persons is given.
  ['yangjiang', 'training_persons_min_per_year', null, SILENT],
  // 公示7天: 天 against the 15个工作日 of 12.1 in the same article, so calendar days.
  ['yangjiang', 'publicity_days', 7, ['12.3']],
  ['yangjiang', 'publicity_day_type', 'calendar', ['12.3']],
  ['yangjiang', 'validity_years', 3, ['13']],
  ['yangjiang', 'renewal_mode', 'review', ['19']], // 有效期三年期满后，需申请复核
  ['yangjiang', 'reapply_ban_years', null, SILENT],
  ['yangjiang', 'suspension', null, SILENT],

  // ── 宁夏 ──────────────────────────────────────────────────────────────────────────
  // The paragraph closing 第六条 says (一) 可适当放宽 for 事业单位、社团法人 platforms, and (一)(二)(五)
  // for 山区市县 platforms, with no figure: the general figures below stand.
  ['ningxia', 'operating_years_min', 2, ['6.1']],
  ['ningxia', 'assets_min_wan', 100, ['6.1']],
  ['ningxia', 'smes_served_min_per_year', 50, ['6.2']],
  ['ningxia', 'satisfaction_min_pct', 80, ['6.2']],
  ['ningxia', 'staff_min', 10, ['6.5']],
  ['ningxia', 'qualified_staff_min_pct', 60, ['6.5']],
  ['ningxia', 'partner_institutions_min', 2, ['6.3']],
  ['ningxia', 'public_benefit_share_min_pct', 20, ['6.4']],
  ['ningxia', 'office_area_min_m2', null, SILENT],
  ['ningxia', 'functions_min', 1, ['7']],
  ['ningxia', 'training_persons_min_per_year', 500, ['7.4']],
  ['ningxia', 'publicity_days', 5, ['12']], // 公示期为5个工作日
  ['ningxia', 'publicity_day_type', 'working', ['12']],
  ['ningxia', 'validity_years', 3, ['17']],
  // 第十七条: 在有效期满当年可再次申报. (第二十二条's 通过复核 is about platforms of the 2015 rules.)
  ['ningxia', 'renewal_mode', 'reapply', ['17']],
  ['ningxia', 'reapply_ban_years', null, SILENT],
  ['ningxia', 'suspension', null, SILENT],
];

/** The articles whose text revokes or cancels a title (article numbers). */
const REVOCATION_ARTICLES: Record<DocumentId, readonly number[]> = {
  // 23: 有效期满未申请复核或经复核未达标的，取消称号; 24: 违法违规，撤销; 25: 检查不合格，撤销.
  weihai: [23, 24, 25],
  // 20: 连续6次未填报; 21: 测评不合格后6个月内未完成整改; 22: 拒不配合、弄虚作假、违法违规.
  // (第十八条 and the first paragraph of 第二十一条 only suspend.)
  chengdu: [20, 21, 22],
  // 16: 违法违规; 17: 评测不合格.
  linfen: [16, 17],
  // 20 (一)–(五).
  yangjiang: [20],
  // 17: 违法违规; 19: 考核不合格.
  ningxia: [17, 19],
};

/** [document, the function's name in the document, the item it comes from, applies_to (Chengdu only)] */
type FunctionRow = readonly [DocumentId, string, string, 'platform' | 'base' | null];

const FUNCTIONS: readonly FunctionRow[] = [
  // 威海 第十五条 (the functions 第七条–第十三条 describe, with their requirements).
  ['weihai', '信息服务', '15.1', null],
  ['weihai', '技术服务', '15.2', null],
  ['weihai', '创业服务', '15.3', null],
  ['weihai', '培训服务', '15.4', null],
  ['weihai', '融资服务', '15.5', null],
  ['weihai', '咨询服务', '15.6', null],
  ['weihai', '法律服务', '15.7', null],
  // 成都 平台: 第五条.
  ['chengdu', '政策服务', '5.1', 'platform'],
  ['chengdu', '咨询服务', '5.2', 'platform'],
  ['chengdu', '培训服务', '5.3', 'platform'],
  ['chengdu', '技术服务', '5.4', 'platform'],
  // 成都 小企业创业基地: 第七条.
  ['chengdu', '信息服务', '7.1', 'base'],
  ['chengdu', '创业辅导', '7.2', 'base'],
  ['chengdu', '创新支持', '7.3', 'base'],
  ['chengdu', '人员培训', '7.4', 'base'],
  ['chengdu', '市场营销', '7.5', 'base'],
  ['chengdu', '投融资服务', '7.6', 'base'],
  ['chengdu', '管理咨询', '7.7', 'base'],
  ['chengdu', '专业服务', '7.8', 'base'],
  // 临汾 第七条 (the requirements; 第五条 describes the same five).
  ['linfen', '信息服务', '7.1', null],
  ['linfen', '技术服务', '7.2', null],
  ['linfen', '创业服务', '7.3', null],
  ['linfen', '培训服务', '7.4', null],
  ['linfen', '融资服务', '7.5', null],
  // 阳江 第七条: the only list of functions the document has.
  ['yangjiang', '培训服务', '7.1', null],
  ['yangjiang', '市场服务', '7.2', null],
  ['yangjiang', '创业创新服务', '7.3', null],
  ['yangjiang', '管理咨询服务', '7.4', null],
  ['yangjiang', '信息化服务', '7.5', null],
  ['yangjiang', '法律服务', '7.6', null],
  ['yangjiang', '财税服务', '7.7', null],
  ['yangjiang', '融资服务', '7.8', null],
  // (九) 中小微企业所需要的其他服务: a listed function with no heading of its own; see OTHER_NAMES.
  ['yangjiang', '其他服务', '7.9', null],
  // 宁夏 第七条 (the requirements; 第五条 describes the same seven).
  ['ningxia', '信息服务', '7.1', null],
  ['ningxia', '技术服务', '7.2', null],
  ['ningxia', '创业服务', '7.3', null],
  ['ningxia', '培训服务', '7.4', null],
  ['ningxia', '融资服务', '7.5', null],
  ['ningxia', '咨询服务', '7.6', null],
  ['ningxia', '市场服务', '7.7', null],
];

/** Yangjiang 7.(九) gives no short name: the item's own words are accepted as its name too. */
const OTHER_NAMES: Record<string, string> = { 中小微企业所需要的其他服务: '其他服务' };

function articleNumber(reference: string): number {
  return Number(reference.split('.')[0]);
}

/** '14.5' → 第14条（五）, '14' → 第14条. */
function label(reference: string): string {
  const [article, item] = reference.split('.');
  return `第${article}条${item === undefined ? '' : `（${toChineseNumber(Number(item))}）`}`;
}

function describeValue(value: Expected): string {
  return value === null ? 'null' : String(value);
}

function documentOf(id: DocumentId) {
  const document = catalog.documents.get(id);
  if (!document) throw new Error(`rules document ${id} did not load`);
  return document;
}

describe('the provisions files load', () => {
  it('without problems, all five', () => {
    expect(problems).toEqual([]);
    expect([...catalog.documents.keys()].sort()).toEqual([...DOCUMENTS].sort());
  });
});

describe('provisions agree with a second reading of the rules', () => {
  const rows = READING.map(([document, key, expected, articles]) => ({
    name: `${document} ${key} is ${describeValue(expected)} (${articles.length === 0 ? 'silent' : articles.map(label).join('、')})`,
    document,
    key,
    expected,
    articles,
  }));

  it.each(rows)('$name', ({ document, key, expected, articles }) => {
    expect.assertions(1 + articles.length);
    const provision = documentOf(document).provisions[key];
    expect(provision.value).toEqual(expected);
    const cited = new Set(provision.cite.map(articleNumber));
    for (const article of articles) {
      expect([...cited], `${key} should cite ${label(article)}`).toContain(articleNumber(article));
    }
  });

  it('reads every tabled key for every document, once', () => {
    const seen = READING.map(([document, key]) => `${document}.${key}`);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(DOCUMENTS.length * 17);
  });
});

describe('revocation grounds cite the articles that revoke', () => {
  const rows = DOCUMENTS.map((document) => ({
    document,
    articles: REVOCATION_ARTICLES[document],
    name: `${document} revocation_grounds cite ${REVOCATION_ARTICLES[document].map((article) => `第${article}条`).join('、')}`,
  }));

  it.each(rows)(
    '$name',
    ({ document, articles }) => {
      const grounds = documentOf(document).provisions.revocation_grounds.value ?? [];
      const cited = new Set(grounds.flatMap((ground) => ground.cite.map(articleNumber)));
      expect([...cited].sort((a, b) => a - b)).toEqual([...articles]);
    },
  );
});

describe('service functions match the document’s own list', () => {
  const lists = [...new Set(FUNCTIONS.map(([document, , , appliesTo]) => `${document}|${appliesTo ?? ''}`))].map((entry) => {
    const [document, appliesTo] = entry.split('|') as [DocumentId, string];
    return { document, appliesTo: appliesTo === '' ? null : (appliesTo as 'platform' | 'base') };
  });

  function actualFunctions(document: DocumentId, appliesTo: 'platform' | 'base' | null) {
    return documentOf(document).functions.filter((fn) => appliesTo === null || fn.applies_to === appliesTo);
  }

  it.each(lists.map((list) => ({ ...list, name: `${list.document}${list.appliesTo ? ` (${list.appliesTo})` : ''} functions` })))(
    '$name are the names the document gives',
    ({ document, appliesTo }) => {
      const expected = FUNCTIONS.filter(([d, , , a]) => d === document && a === appliesTo).map(([, name]) => name);
      const actual = actualFunctions(document, appliesTo).map((fn) => OTHER_NAMES[fn.name] ?? fn.name);
      expect([...actual].sort()).toEqual([...expected].sort());
    },
  );

  it.each(FUNCTIONS.map(([document, name, item, appliesTo]) => ({ document, name, item, appliesTo, title: `${document} function ${name} cites ${label(item)}` })))(
    '$title',
    ({ document, name, item, appliesTo }) => {
      const fn = actualFunctions(document, appliesTo).find((candidate) => (OTHER_NAMES[candidate.name] ?? candidate.name) === name);
      expect(fn?.cite ?? [], `${name} is not among the functions`).toContain(item);
    },
  );
});

/**
 * Where each document speaks of objections to its publicity, read from the text: 威海 第二十一条
 * (经公示无异议的…授予称号), 成都 第十条 (对公示无异议的授予), 阳江 第十二条（三） (公示7天无误后发文公布确认),
 * 宁夏 第十三条 (公示无异议的平台授予). 临汾 第十二条 publishes the result and says no more. None says what
 * an objection must contain or how it is made (实名, 书面).
 */
const OBJECTION_ARTICLES: Record<DocumentId, string | null> = { weihai: '21', chengdu: '10', linfen: null, yangjiang: '12.3', ningxia: '13' };

describe('what the documents say of objections', () => {
  it.each(DOCUMENTS.map((document) => ({ document, article: OBJECTION_ARTICLES[document] })))('$document: $article', ({ document, article }) => {
    const { extra } = documentOf(document);
    if (article === null) expect(extra.objection_effect).toBeUndefined();
    else expect(extra.objection_effect?.cite).toContain(article);
    expect(extra.objection_requirements).toBeUndefined();
  });
});
