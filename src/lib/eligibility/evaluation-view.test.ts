// What a reader of the self-check sees, pinned as written words: each expected value below is
// what the page showed before the view existed, not a value recomputed here.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../test/support/build-site.ts';
import { loadRulesCatalog } from '../rules/load-rules.ts';
import { asRulesDocument, checkDocuments } from './check-documents.ts';
import { evaluateProfile } from './evaluate.ts';
import { CHECK_MESSAGES, evaluationView, type CheckRowView, type EvaluationView } from './evaluation-view.ts';
import { profileFromSearchParams } from './profile.ts';

const { catalog } = loadRulesCatalog(join(PROJECT_ROOT, 'content'));
const sources = checkDocuments(catalog, { weihai: '威海市', chengdu: '成都市', ningxia: '宁夏回族自治区', linfen: '临汾市', yangjiang: '阳江市' });

/** The view of one jurisdiction for a profile given as the page's address-bar query. */
function viewOf(documentId: string, query: string): EvaluationView {
  const source = sources.find((candidate) => candidate.id === documentId);
  if (!source) throw new Error(`rules document ${documentId} did not load`);
  const profile = profileFromSearchParams(new URLSearchParams(query));
  return evaluationView(source, evaluateProfile(profile, asRulesDocument(source)), profile);
}

/** A row as the reader reads it across the table: condition, requirement, own figure, result, cited articles. */
const line = (row: CheckRowView) => [row.condition, row.required, row.actual, row.result, row.cites.map((cite) => cite.label).join('、')];

// The browser journey's profile (test/e2e/self-check.test.ts).
const PLATFORM = 'y=2&ta=60&rc=60&cr=3&sv=45&tr=growing&sat=85&pb=25&pa=2&st=6&qs=80&pi=3&oa=120&f.training=s210_a3_p550';

describe('evaluationView', () => {
  const weihai = viewOf('weihai', PLATFORM);

  it('heads a draft document’s result with its verdict and says the draft is not in force', () => {
    expect(weihai.id).toBe('result-weihai');
    expect(weihai.heading).toBe('威海市：有 4 项未达到');
    expect(weihai.about).toBe('依据《威海市中小企业公共服务示范平台认定管理办法》（征求意见稿，尚未正式施行），按公共服务平台核对。');
    expect(weihai.statusNote).toEqual({ status: 'draft', label: '征求意见稿', text: '该地区的认定办法尚为征求意见稿，以下结论按该稿核对。' });
    expect(weihai.tableLabel).toBe('威海市的核对结果');
    expect(weihai.columns).toEqual(['条件', '要求', '您的情况', '结论', '依据']);
  });

  it('lists every platform condition in the self-check’s order, with units, gaps and articles', () => {
    expect(weihai.rows.map(line)).toEqual([
      ['成立或运营年限', '1 年以上', '2 年', '达到', '第十四条（一）'],
      ['资产总额', '100 万元以上', '60 万元', '未达到，差 40 万元', '第十四条（一）'],
      ['年服务中小企业数', '60 家以上', '45 家', '未达到，差 15 家', '第十四条（二）'],
      ['服务企业数量增长', '逐年增长', '逐年增长', '达到', '第十四条（二）'],
      ['用户满意度', '90%以上', '85%', '未达到，差 5%', '第十四条（二）'],
      ['专职服务人员', '5 人以上', '6 人', '达到', '第十四条（五）'],
      ['大专以上学历或中级以上职称人员占比', '80%以上', '80%', '达到', '第十四条（五）'],
      ['集聚服务机构', '3 家以上', '3 家', '达到', '第十四条（三）'],
      ['公益性或低收费服务占比', '未规定', '25%', '未作要求', ''],
      ['年公益性服务活动', '2 次以上', '2 次', '达到', '第十四条（四）'],
      ['办公场所面积', '未规定', '120 平方米', '未作要求', ''],
      ['无违法失信记录年限', '未规定', '3 年', '未作要求', ''],
      ['至少具备的服务功能', '1 项', '0 项', '未达到，差 1 项', '第十五条'],
    ]);
  });

  it('marks each row with its condition and outcome, and sets only shortfalls in bold', () => {
    expect(weihai.rows.filter((row) => row.emphasised).map((row) => [row.key, row.outcome])).toEqual([
      ['assets_min_wan', 'short'],
      ['smes_served_min_per_year', 'short'],
      ['satisfaction_min_pct', 'short'],
      ['functions_min', 'short'],
    ]);
  });

  it('links each cited article to its anchor on the rules page', () => {
    expect(weihai.rows[1]?.cites).toEqual([{ label: '第十四条（一）', href: '/rules/weihai/#article-14-1' }]);
    expect(weihai.rows[12]?.cites).toEqual([{ label: '第十五条', href: '/rules/weihai/#article-15' }]);
  });

  it('lists the functions offered, with their articles', () => {
    expect(weihai.functionsHeading).toBe('服务功能');
    expect(weihai.functions).toEqual([
      {
        text: '培训服务：未达到要求',
        cites: [
          { label: '第十条', href: '/rules/weihai/#article-10' },
          { label: '第十五条（四）', href: '/rules/weihai/#article-15-4' },
        ],
        unlisted: false,
        details: ['年培训：要求 600 人次以上；您的情况：550 人次；未达到，差 50 人次（规则：年培训人次）'],
      },
    ]);
  });

  it('lists each figure of a function, and both of Chengdu’s training figures: “年培训500人（次）以上。其中，线下培训200人（次）以上”', () => {
    const chengdu = viewOf('chengdu', 'f.training=p550');
    expect(chengdu.functions.map((fn) => [fn.text, fn.details])).toEqual([
      [
        '培训服务：无法判断（数据未填全）',
        ['年培训：要求 500 人次以上；您的情况：550 人次；达到（规则：年培训人（次），线上线下合计）', '其中线下培训：要求 200 人次以上；您的情况：未填写；无法判断（规则：其中，线下培训200人（次）以上）'],
      ],
    ]);
  });

  it('says a Chengdu 咨询服务 is counted on the financing ticked, and that the 15 SMEs per activity are not checked', () => {
    const [consulting] = viewOf('chengdu', 'f.financing=a5').functions;
    expect(consulting?.text).toBe('咨询服务（按融资服务计）：达到要求');
    expect(consulting?.details[0]).toBe('标【】的各组要求满足其中一组即可。');
    expect(consulting?.details).toContain('【供需对接】年服务活动：要求 5 次以上；您的情况：5 次；达到（规则：主要开展供需对接服务的：年组织开展15家以上中小企业参加的相关服务活动5次以上；每次须有15家以上中小企业参加，本站只核对次数）');
  });

  it('says Yangjiang’s catch-all counts a service it does not list', () => {
    expect(viewOf('yangjiang', 'f.information=').functions.map((fn) => fn.text)).toEqual(['其他服务（兜底项，按信息服务计）：达到要求']);
  });

  it('says, for each jurisdiction, which ticked service its rules do not list, instead of leaving it out', () => {
    // Chengdu's platforms have 政策、咨询、培训、技术服务 (第五条): no 法律服务; Weihai lists it (第十五条（七）).
    const query = 'f.training=p550_i200&f.legal=';
    const chengdu = viewOf('chengdu', query);
    expect(chengdu.functions.map((fn) => [fn.text, fn.unlisted])).toEqual([
      ['培训服务：达到要求', false],
      ['法律服务：成都市的认定办法未列此项服务，不计入服务功能要求', true],
    ]);
    expect(chengdu.functions[1]?.cites.map((cite) => cite.href)).toEqual(['/rules/chengdu/#article-5']);
    expect(viewOf('weihai', query).functions.filter((fn) => fn.unlisted)).toEqual([]);
    // A Chengdu 小企业创业基地 offers it under 专业服务 (第七条（八）): listed there.
    expect(viewOf('chengdu', `as=base&${query}`).functions.filter((fn) => fn.unlisted)).toEqual([]);
  });

  it('gives the summary line a link to the section and marks a draft there too', () => {
    expect(weihai.summary).toEqual({ name: '威海市', href: '#result-weihai', verdict: '有 4 项未达到（征求意见稿）' });
  });

  it('says a document in force qualifies without a mark, and what its being in force rests on', () => {
    const linfen = viewOf('linfen', 'y=10&ta=1000&sv=1000&tr=growing&sat=95&st=50&qs=100&pb=30&f.training=p9000&f.legal=');
    expect(linfen.heading).toBe('临汾市：符合各项条件');
    // The 2023 notice (临企发〔2023〕7号) calls it 暂行办法 and organises the 2023 round under it: that is all the source says.
    expect(linfen.about).toBe(
      '依据《临汾市中小企业局市级中小企业公共服务示范平台认定管理办法》（现行有效：据临汾市中小微企业发展中心2023年的通知（临企发〔2023〕7号）：该通知称本办法为“暂行办法”，依据它组织2023年度市级示范平台认定；此后是否仍然施行，源文件未载），按公共服务平台核对。',
    );
    expect(linfen.statusNote).toBeNull();
    expect(linfen.summary.verdict).toBe('符合各项条件');
  });

  it('says of Yangjiang that whether its rules are still in force cannot be told (第二十一条: “本办法自发布之日起实施，有效期五年”, no date)', () => {
    const yangjiang = viewOf('yangjiang', 'y=10&ta=1000&sv=1000&st=50&qs=100&pi=20&oa=5000&f.training=p9000&f.legal=');
    expect(yangjiang.heading).toBe('阳江市：符合各项条件');
    expect(yangjiang.about).toMatch(/^依据《阳江市工业和信息化局中小企业公共服务示范平台管理办法》（效力无法确定：第二十一条写明“本办法自发布之日起实施，有效期五年”，但未载发布日期；.*），按公共服务平台核对。$/);
    expect(yangjiang.statusNote).toEqual({ status: 'unknown', label: '效力无法确定', text: '该地区的认定办法是否仍然有效无法据其文本确定，以下结论按该办法核对。' });
    expect(yangjiang.summary.verdict).toBe('符合各项条件（效力无法确定）');
    expect(yangjiang.functions.map((fn) => fn.text)).toEqual(['培训服务：达到要求', '法律服务：达到要求']);
  });

  it('checks a Chengdu 小企业创业基地 against the base’s own conditions', () => {
    const chengdu = viewOf('chengdu', 'as=base&y=3&tn=20&st=5&mn=4&pi=2&pb=30&fa=2000&ps=80&f.training=s50_a2&f.legal=');
    expect(chengdu.heading).toBe('成都市：有 4 项未达到');
    expect(chengdu.about).toBe('依据《成都市中小企业公共服务平台和小企业创业基地认定管理办法》（征求意见稿，尚未正式施行），按小企业创业基地核对。');
    expect(chengdu.rows.map(line)).toEqual([
      ['基地：登记年限', '3 年以上', '3 年', '达到', '第六条（一）'],
      ['基地：入驻小微企业', '30 家以上', '20 家', '未达到，差 10 家', '第六条（三）'],
      ['基地：专职服务人员', '5 人以上', '5 人', '达到', '第六条（四）'],
      ['基地：创业辅导师', '2 人以上', '4 人', '达到', '第六条（四）'],
      ['基地：外部专业服务机构', '3 家以上', '2 家', '未达到，差 1 家', '第六条（四）'],
      ['基地：公益性或低收费服务占比', '20%以上', '30%', '达到', '第六条（五）'],
      ['基地：建筑总面积', '8000 平方米以上', '2000 平方米', '未达到，差 6000 平方米', '第六条'],
      ['基地：运营单位建筑产权占比', '70%以上', '80%', '达到', '第六条'],
      ['基地：至少具备的服务功能', '4 项', '0 项', '未达到，差 4 项', '第七条'],
    ]);
    expect(chengdu.functions.map((fn) => fn.text)).toEqual(['人员培训（按培训服务计）：无法判断（数据未填全）', '专业服务（按法律服务计）：无法判断（数据未填全）']);
  });

  // 第六条 运营条件（一）: “制造业园区建筑总面积在 6 万平方米以上，楼宇经济园建筑总面积在 8 千平方米以上”.
  it('tells a 10,000 m² 制造业园区 it falls short, and without a park type that it depends on the type, never that it meets', () => {
    const area = (query: string) => viewOf('chengdu', `as=base&fa=10000&${query}`).rows.find((row) => row.key === 'base_floor_area_min_m2');
    expect(area('pk=manufacturing')).toMatchObject({ required: '60000 平方米以上', actual: '10000 平方米', result: '未达到，差 50000 平方米', outcome: 'short' });
    expect(area('')).toMatchObject({ required: '8000 平方米以上', result: '无法判断：制造业园区要求 60000 平方米以上', outcome: 'unknown' });
    expect(area('pk=building')).toMatchObject({ required: '8000 平方米以上', result: '达到', outcome: 'meets' });
    expect(viewOf('chengdu', 'as=base&fa=10000').heading).toBe('成都市：尚无法判断：8 项未填写，1 项视适用的标准而定');
  });

  // 第十四条: “由事业单位、民办非企、社团法人主办，服务业绩突出，示范作用明显的服务平台，……资产总额可放宽至不低于50万元”.
  it('shows Weihai’s 50万元 for a 事业单位 as a lower standard that may apply, on its condition', () => {
    const assets = (query: string) => viewOf('weihai', `lf=public_institution&${query}`).rows.find((row) => row.key === 'assets_min_wan');
    expect(assets('ta=60')).toMatchObject({ outcome: 'may_be_relaxed', result: '未达到，差 40 万元；可适用较低标准 50 万元以上（事业单位、民办非企业单位、社团法人，须服务业绩突出，示范作用明显）' });
    expect(assets('ta=49.9')).toMatchObject({ outcome: 'short', result: '未达到，差 50.1 万元；较低标准 50 万元以上（事业单位、民办非企业单位、社团法人，须服务业绩突出，示范作用明显）也差 0.1 万元' });
    expect(viewOf('weihai', 'lf=public_institution&ta=60').heading).toBe('威海市：尚无法判断：9 项未填写；另有 1 项可适用较低标准');
  });

  // 第八条（四）: “年服务中小微企业不少于40家（培训服务不少于200家）”.
  it('tells a Yangjiang training platform serving 80 SMEs that it is 120 short of 200', () => {
    expect(viewOf('yangjiang', 'sv=80&f.training=').rows.find((row) => row.key === 'smes_served_min_per_year')).toMatchObject({ required: '200 家以上', result: '未达到，差 120 家', cites: [{ label: '第八条（四）' }] });
    expect(viewOf('yangjiang', 'sv=80&f.training=&f.legal=').rows.find((row) => row.key === 'smes_served_min_per_year')?.result).toBe('无法判断：培训服务平台要求 200 家以上');
  });

  it('says what may be relaxed and what cannot be told, and shows a missing figure as a dash', () => {
    const ningxia = viewOf('ningxia', 'lf=public_institution&ta=60&y=1&mt=1&tr=steady&sv=10');
    expect(ningxia.heading).toBe('宁夏回族自治区：尚无法判断：6 项未填写；另有 4 项可适当放宽');
    expect(ningxia.summary.verdict).toBe('尚无法判断：6 项未填写；另有 4 项可适当放宽（征求意见稿）');
    expect(ningxia.rows.slice(0, 5).map(line)).toEqual([
      ['成立或运营年限', '2 年以上', '1 年', '未达到，但规则规定可适当放宽，差 1 年', '第六条（一）、第六条'],
      ['资产总额', '100 万元以上', '60 万元', '未达到，但规则规定可适当放宽，差 40 万元', '第六条（一）、第六条'],
      ['年服务中小企业数', '50 家以上', '10 家', '未达到，但规则规定可适当放宽，差 40 家', '第六条（二）、第六条'],
      ['服务企业数量增长', '稳步增长', '基本持平', '未达到，但规则规定可适当放宽', '第六条（二）、第六条'],
      ['用户满意度', '80%以上', '—', '无法判断（未填写）', '第六条（二）'],
    ]);
    expect(ningxia.rows.some((row) => row.emphasised)).toBe(false);
    expect(ningxia.functions).toEqual([]);
  });

  it('names Chengdu’s platform measure 注册资金', () => {
    expect(viewOf('chengdu', PLATFORM).rows[1]?.condition).toBe('注册资金');
  });
});

describe('the self-check’s messages', () => {
  it('says how many jurisdictions were checked and how to correct a field', () => {
    expect(CHECK_MESSAGES.done(5)).toBe('已按 5 个地区的规则核对完毕。');
    expect(CHECK_MESSAGES.invalidField('为中小企业服务的专职人员（人）')).toBe('为中小企业服务的专职人员（人）：应为不小于 0 的数字');
  });
});
