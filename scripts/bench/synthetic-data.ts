// A seeded generator of synthetic data folders, valid under the data contract (docs/data-contract.md),
// for the benchmark: N platforms over many jurisdictions, with notices and revocations in proportion.
//
//   node scripts/bench/synthetic-data.ts --platforms N --out DIR [--seed S]
//
// Deterministic: the same N and seed give the same bytes. Everything is fictional (site.json says
// `sample: true`; every platform and operator name contains 示例).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FUNCTION_CODES } from '../../src/lib/contract/functions.ts';
import { addDays, addYears } from '../../src/lib/dates.ts';
import { USCC_ALPHABET, usccCheckCharacter } from '../../src/lib/uscc.ts';

export const AS_OF = '2026-11-18';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

// ---------------------------------------------------------------------------------------------
// A small seeded PRNG (mulberry32): no Math.random anywhere.

export interface Random {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  sample<T>(items: readonly T[], count: number): T[];
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(next() * items.length)] as T;
  };
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    for (let i = pool.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
    }
    return pool.slice(0, Math.min(count, pool.length));
  };
  return { next, int, pick, chance: (p) => next() < p, sample };
}

// ---------------------------------------------------------------------------------------------
// The rules: the five documents and the function names each gives.

type RulesId = 'weihai' | 'chengdu' | 'linfen' | 'yangjiang' | 'ningxia';
const RULES_IDS: readonly RulesId[] = ['weihai', 'chengdu', 'linfen', 'yangjiang', 'ningxia'];

interface RulesFunction {
  name: string;
  applies_to?: 'platform' | 'base';
}

function readRulesFunctions(rulesId: RulesId): RulesFunction[] {
  const file = join(ROOT, 'content', 'provisions', `${rulesId}.json`);
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { functions?: RulesFunction[] };
  return (parsed.functions ?? []).map(({ name, applies_to }) => (applies_to === undefined ? { name } : { name, applies_to }));
}

interface RulesFacts {
  /** 文号 prefix. */
  refPrefix: string;
  /** Grounds for a revocation, with a reason each (articles that exist in content/rules/<id>.md). */
  revocationGrounds: readonly { ground: string; reason: string }[];
  /** Only where the rules provide for suspension (Chengdu). */
  suspensionGrounds: readonly { ground: string; reason: string; reinstated: string }[];
  /** The rules set no publicity period (Linfen): a notice must give ends_on. */
  needsEndsOn: boolean;
  /** Six-digit administrative division code used in the USCC (positions 3-8). */
  division: string;
}

const RULES_FACTS: Record<RulesId, RulesFacts> = {
  weihai: {
    refPrefix: '威工信字',
    revocationGrounds: [
      { ground: 'weihai#24', reason: '运营单位在有效期内因违法经营受到行政处罚，经查实撤销示范平台称号' },
      { ground: 'weihai#25', reason: '主管部门检查服务质量和服务满意度不合格，提出撤销申请，经查实撤销称号' },
    ],
    suspensionGrounds: [],
    needsEndsOn: false,
    division: '371000',
  },
  chengdu: {
    refPrefix: '成经信函',
    revocationGrounds: [
      { ground: 'chengdu#20', reason: '连续6次未按规定按月填报服务工作情况，撤销平台称号' },
      { ground: 'chengdu#22', reason: '申报和检查中提供虚假服务业绩材料，撤销平台称号，3年内不得再次申报' },
    ],
    suspensionGrounds: [
      { ground: 'chengdu#21', reason: '第三方服务测评不合格，暂停平台称号，限6个月内整改', reinstated: '在6个月内完成整改，经复测合格，恢复平台称号' },
      { ground: 'chengdu#18', reason: '运营单位更名，自更名之日起暂停平台称号，待审核', reinstated: '更名事项经年度评审合格，准予在原有效期内继续使用平台称号' },
    ],
    needsEndsOn: false,
    division: '510100',
  },
  linfen: {
    refPrefix: '临企发',
    revocationGrounds: [
      { ground: 'linfen#16', reason: '有效期内存在违法违规行为，经查实撤销称号' },
      { ground: 'linfen#17', reason: '第三方机构服务情况测评不合格，撤销称号' },
    ],
    suspensionGrounds: [],
    needsEndsOn: true,
    division: '141000',
  },
  yangjiang: {
    refPrefix: '阳工信',
    revocationGrounds: [
      { ground: 'yangjiang#20.2', reason: '运营单位受到行政机关处罚，撤销称号' },
      { ground: 'yangjiang#20.4', reason: '被中小企业有效投诉累计达5次以上，撤销称号' },
      { ground: 'yangjiang#20.5', reason: '连续两年未向市中小企业行政主管部门报送运营信息，撤销称号' },
    ],
    suspensionGrounds: [],
    needsEndsOn: false,
    division: '441700',
  },
  ningxia: {
    refPrefix: '宁工信企服发',
    revocationGrounds: [
      { ground: 'ningxia#17', reason: '有效期内存在违法违规行为，经查实撤销示范平台称号' },
      { ground: 'ningxia#19', reason: '年度服务绩效考核不合格，撤销示范平台称号' },
    ],
    suspensionGrounds: [],
    needsEndsOn: false,
    division: '640000',
  },
};

/** The five seed jurisdictions, as data/jurisdictions.csv has them. */
const SEED_JURISDICTIONS: readonly JurisdictionRow[] = [
  { id: 'weihai', name: '威海市', level: 'city', parent: '', authority: '威海市工业和信息化局', rules: 'weihai', website: '', phone: '', address: '' },
  { id: 'chengdu', name: '成都市', level: 'city', parent: '', authority: '成都市经济和信息化局', rules: 'chengdu', website: '', phone: '', address: '' },
  { id: 'linfen', name: '临汾市', level: 'city', parent: '', authority: '临汾市中小微企业发展中心', rules: 'linfen', website: '', phone: '', address: '' },
  { id: 'yangjiang', name: '阳江市', level: 'city', parent: '', authority: '阳江市工业和信息化局', rules: 'yangjiang', website: '', phone: '', address: '' },
  { id: 'ningxia', name: '宁夏回族自治区', level: 'province', parent: '', authority: '宁夏回族自治区工业和信息化厅', rules: 'ningxia', website: '', phone: '', address: '' },
];

// ---------------------------------------------------------------------------------------------
// Word pools for fictional names.

const PLACE_FIRST = [...'云青泽安临嘉崇宁平兴永长丰和顺清华新福东西南北金玉石龙凤桐松柳梅桂兰江河湖海山川'];
const PLACE_SECOND = [...'川阳州安宁原平城源泉溪水山林岭峰德兴昌丰远和'];
const BRAND = [...'海岳东山胶新港汇锦程高德信诚博瑞恒泰华通达广宏远盛元启明智慧创优聚合汇力航星众'];
const INDUSTRY = ['', '', '', '中小企业', '制造业', '海洋产业', '文创产业', '装备制造', '电子信息', '现代农业', '食品加工', '新材料', '数字经济', '跨境电商'];
const OPERATOR_BUSINESS = ['信息咨询', '检测技术', '创业孵化管理', '企业法务咨询', '融资服务', '教育咨询', '管理咨询', '数字科技', '技术转移', '企业服务', '产业园运营', '职业培训', '工业设计', '财税咨询'];
const OPERATOR_FORM = ['有限公司', '有限公司', '有限公司', '有限责任公司', '服务中心'];
const DISTRICT_SUFFIX = ['区', '区', '县', '市'];
const DESCRIPTION_LEAD = ['为', '面向', '服务'];
const DESCRIPTION_BODY = [
  '中小企业提供政策、市场和人才信息的线上查询与线下对接服务',
  '机械加工企业提供检验检测和质量控制服务，开放部分检测设备共享',
  '初创小微企业提供创业辅导、开业指导和投融资对接服务',
  '中小企业开展法律体检、合同风险提示和劳动用工法律宣讲',
  '企业经营者和专业技术人员提供经营管理与技能培训',
  '中小企业提供数字化诊断、信息化改造和工业软件应用服务',
  '企业提供财务税务咨询、代理记账和成本控制服务',
  '中小企业组织产品推介、展览展销和供需对接活动',
];

// ---------------------------------------------------------------------------------------------
// Rows, as written.

interface JurisdictionRow {
  id: string;
  name: string;
  level: 'national' | 'province' | 'city' | 'county';
  parent: string;
  authority: string;
  rules: RulesId;
  website: string;
  phone: string;
  address: string;
}

interface PlatformRow {
  id: string;
  name: string;
  operator: string;
  uscc: string;
  jurisdiction: string;
  district: string;
  kind: 'platform' | 'base';
  scope: 'comprehensive' | 'specialized';
  functions: string;
  certified_on: string;
  valid_until: string;
  decision_ref: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  description: string;
}

interface NoticeRow {
  id: string;
  jurisdiction: string;
  title: string;
  ref?: string;
  published_on: string;
  starts_on?: string;
  ends_on?: string;
  contact?: string;
  platforms: string;
  source_url?: string;
  body?: string;
}

interface RevocationRow {
  id: string;
  platform: string;
  action: 'revoked' | 'suspended' | 'reinstated';
  decided_on: string;
  ground: string;
  reason: string;
  ref: string;
  reapply_after: string;
  source_url: string;
}

export interface SyntheticSummary {
  platforms: number;
  jurisdictions: number;
  notices: number;
  revocations: number;
  /** Expected status counts as of AS_OF (computed here, independently of the model). */
  statuses: Record<'candidate' | 'active' | 'suspended' | 'revoked' | 'expired', number>;
  bytes: number;
}

export interface GenerateOptions {
  platforms: number;
  outDir: string;
  seed?: number;
  /** About one synthetic jurisdiction per this many platforms. */
  platformsPerJurisdiction?: number;
}

const BASE_URL = 'https://example.org/bench/';

export function generateSyntheticData(options: GenerateOptions): SyntheticSummary {
  const n = options.platforms;
  if (!Number.isInteger(n) || n < 1) throw new RangeError('--platforms must be a positive integer');
  const random = seededRandom(options.seed ?? 1);
  const perJurisdiction = options.platformsPerJurisdiction ?? 200;

  const rulesFunctions = new Map(RULES_IDS.map((id) => [id, readRulesFunctions(id)]));

  // Jurisdictions: the five seeds, then one synthetic city per ~200 platforms, rules in rotation.
  const jurisdictions: JurisdictionRow[] = [...SEED_JURISDICTIONS];
  const usedPlaceNames = new Set(jurisdictions.map((row) => row.name));
  const synthetic = Math.max(1, Math.round(n / perJurisdiction));
  const divisions = new Map<string, string>(RULES_IDS.map((id) => [id, RULES_FACTS[id].division]));
  for (let i = 1; i <= synthetic; i += 1) {
    const rules = RULES_IDS[(i - 1) % RULES_IDS.length] as RulesId;
    let name = '';
    for (let attempt = 0; attempt < 50 && (name === '' || usedPlaceNames.has(name)); attempt += 1) {
      name = `${random.pick(PLACE_FIRST)}${random.pick(PLACE_SECOND)}市`;
    }
    if (usedPlaceNames.has(name)) name = `${random.pick(PLACE_FIRST)}${random.pick(PLACE_SECOND)}${i}市`;
    usedPlaceNames.add(name);
    const id = `city-${String(i).padStart(4, '0')}`;
    jurisdictions.push({
      id,
      name,
      level: 'city',
      parent: rules === 'ningxia' ? 'ningxia' : '',
      authority: `${name}工业和信息化局`,
      rules,
      website: random.chance(0.5) ? `${BASE_URL}authorities/${id}/` : '',
      phone: random.chance(0.5) ? `0${random.int(300, 999)}-555${String(random.int(0, 9999)).padStart(4, '0')}` : '',
      address: random.chance(0.3) ? `${name}示例路${random.int(1, 300)}号` : '',
    });
    // The division code of a synthetic city: its province's first two digits are not meaningful here.
    divisions.set(id, `${random.int(11, 65)}${String(random.int(1, 99)).padStart(2, '0')}00`);
  }
  const districtsOf = new Map<string, string[]>();
  for (const row of jurisdictions) {
    const count = random.int(3, 8);
    const names = new Set<string>();
    while (names.size < count) names.add(`${random.pick(PLACE_FIRST)}${random.pick(PLACE_SECOND)}${random.pick(DISTRICT_SUFFIX)}`);
    districtsOf.set(row.id, [...names]);
  }

  // Assign each platform a jurisdiction (uniformly), then cut each jurisdiction's share into batches
  // of 3–8 platforms recognised together (or proposed together: candidates).
  const counts = new Map<string, number>(jurisdictions.map((row) => [row.id, 0]));
  for (let i = 0; i < n; i += 1) {
    const row = random.pick(jurisdictions);
    counts.set(row.id, (counts.get(row.id) ?? 0) + 1);
  }

  const platforms: PlatformRow[] = [];
  const notices: NoticeRow[] = [];
  const revocations: RevocationRow[] = [];
  const statuses: SyntheticSummary['statuses'] = { candidate: 0, active: 0, suspended: 0, revoked: 0, expired: 0 };
  const usedNames = new Set<string>();
  const usedUscc = new Set<string>();
  const refCounters = new Map<string, number>();
  const nextRef = (jurisdiction: JurisdictionRow, year: string): string => {
    const prefix = jurisdiction.id === jurisdiction.rules ? RULES_FACTS[jurisdiction.rules].refPrefix : `${jurisdiction.name.charAt(0)}${jurisdiction.name.charAt(1)}工信字`;
    const key = `${jurisdiction.id}/${year}`;
    const number = (refCounters.get(key) ?? 0) + 1;
    refCounters.set(key, number);
    return `${prefix}〔${year}〕${number}号`;
  };
  const shortPlace = (jurisdiction: JurisdictionRow): string => jurisdiction.name.replace(/(市|回族自治区)$/, '');

  let platformSerial = 0;
  let noticeSerial = 0;
  let actionSerial = 0;

  for (const jurisdiction of jurisdictions) {
    let left = counts.get(jurisdiction.id) ?? 0;
    const facts = RULES_FACTS[jurisdiction.rules];
    const functions = rulesFunctions.get(jurisdiction.rules) ?? [];
    while (left > 0) {
      const size = Math.min(left, random.int(3, 8));
      left -= size;
      // 10% of batches are candidates (not yet recognised); the rest were recognised on one day,
      // 60% of them within the last three years (active), 40% before (expired by now).
      const candidate = random.chance(0.1);
      const certifiedOn = candidate
        ? ''
        : random.chance(0.6)
          ? addDays('2023-11-19', random.int(0, 1078)) // up to 2026-11-01
          : addDays('2018-03-01', random.int(0, 2088)); // up to 2023-11-18
      const decisionRef = certifiedOn === '' ? '' : nextRef(jurisdiction, certifiedOn.slice(0, 4));

      const batch: PlatformRow[] = [];
      for (let k = 0; k < size; k += 1) {
        platformSerial += 1;
        const kind: PlatformRow['kind'] = jurisdiction.rules === 'chengdu' && random.chance(0.2) ? 'base' : 'platform';
        const eligible = functions.filter((fn) => fn.applies_to === undefined || fn.applies_to === kind).map((fn) => fn.name);
        const chosen = random.sample(eligible, random.int(1, Math.min(4, eligible.length)));
        if (random.chance(0.1)) chosen.push(random.pick(FUNCTION_CODES));
        const scope: PlatformRow['scope'] = kind === 'base' || random.chance(0.15) ? 'comprehensive' : 'specialized';
        const district = random.pick(districtsOf.get(jurisdiction.id) ?? ['示例区']);
        const place = random.chance(0.5) ? shortPlace(jurisdiction) : district.slice(0, 2);
        const firstFunction = chosen[0] ?? '信息服务';
        const what =
          kind === 'base'
            ? `${random.pick(INDUSTRY)}小企业创业基地`
            : scope === 'comprehensive'
              ? `${random.pick(INDUSTRY)}综合服务平台`
              : `${random.pick(INDUSTRY)}${/^[a-z]+$/.test(firstFunction) ? '专业服务' : firstFunction.replace(/服务$/, '')}服务平台`;
        let brand = '';
        let name = '';
        for (let attempt = 0; attempt < 20 && (name === '' || usedNames.has(name)); attempt += 1) {
          const [first = '海', second = '岳'] = random.sample(BRAND, 2);
          brand = `${first}${second}`;
          name = `${place}${brand}示例${what}`;
        }
        if (usedNames.has(name)) name = `${place}${brand}示例${platformSerial}号${what}`;
        usedNames.add(name);
        const operator = `${place}${brand}示例${random.pick(OPERATOR_BUSINESS)}${random.pick(OPERATOR_FORM)}`;
        const id = `bp-${String(platformSerial).padStart(6, '0')}`;
        const rich = random.chance(0.8);
        const validUntil = certifiedOn !== '' && random.chance(0.05) ? addDays(addYears(certifiedOn, 3), -1) : '';
        batch.push({
          id,
          name,
          operator,
          uscc: uniqueUscc(random, divisions.get(jurisdiction.id) ?? '110000', usedUscc),
          jurisdiction: jurisdiction.id,
          district,
          kind,
          scope,
          functions: chosen.join(random.pick([';', '、', '；'])),
          certified_on: certifiedOn,
          valid_until: validUntil,
          decision_ref: decisionRef,
          address: rich ? `${jurisdiction.name}${district}示例路${random.int(1, 400)}号` : '',
          phone: rich ? `0${random.int(300, 999)}-555${String(random.int(0, 9999)).padStart(4, '0')}` : '',
          email: rich ? `service@${id}.example.org` : '',
          website: rich ? `${BASE_URL}sites/${id}/` : '',
          description: rich ? `${random.pick(DESCRIPTION_LEAD)}${district}${random.pick(DESCRIPTION_BODY)}（示例描述）。` : '',
        });
      }
      platforms.push(...batch);

      // A notice for every candidate batch (published in the last months) and for a fifth of the
      // recognised ones (published 20–60 days before recognition).
      if (candidate || random.chance(0.2)) {
        noticeSerial += 1;
        const publishedOn = candidate ? addDays('2026-08-01', random.int(0, 105)) : addDays(certifiedOn, -random.int(20, 60));
        const startsOn = random.chance(0.2) ? addDays(publishedOn, 1) : '';
        const year = publishedOn.slice(0, 4);
        const notice: NoticeRow = {
          id: `bn-${String(noticeSerial).padStart(5, '0')}`,
          jurisdiction: jurisdiction.id,
          title: `关于${year}年度${jurisdiction.name}中小企业公共服务示范平台拟认定名单的公示（示例）`,
          ref: nextRef(jurisdiction, year),
          published_on: publishedOn,
          platforms: batch.map((row) => row.id).join(';'),
        };
        if (startsOn !== '') notice.starts_on = startsOn;
        if (facts.needsEndsOn) notice.ends_on = addDays(startsOn || publishedOn, 9);
        notice.contact = `电话 0${random.int(300, 999)}-5550201，邮箱 notice-${jurisdiction.id}@example.org`;
        notice.source_url = `${BASE_URL}notices/${notice.id}.html`;
        notice.body =
          `经推荐、专家评审，现将${year}年度${jurisdiction.name}中小企业公共服务示范平台拟认定名单予以公示。本公示为示例数据，不是真实公告。\n\n` +
          batch.map((row) => `- ${row.name}（运营单位：${row.operator}）`).join('\n') +
          `\n\n公示期内如有异议，请以书面形式实名提出，写明理由并附联系方式。`;
        notices.push(notice);
      }

      // Actions: about one platform in twenty among the recognised ones.
      for (const row of batch) {
        if (row.certified_on === '') {
          statuses.candidate += 1;
          continue;
        }
        const validUntil = row.valid_until || addDays(addYears(row.certified_on, 3), -1);
        const lastDay = validUntil < AS_OF ? validUntil : AS_OF;
        const firstDay = addDays(row.certified_on, 30);
        const window = daysBetween(firstDay, lastDay);
        let status: keyof SyntheticSummary['statuses'] = validUntil < AS_OF ? 'expired' : 'active';
        // Chengdu's rules provide for suspension: more actions there, so that every status shows up.
        const suspends = facts.suspensionGrounds.length > 0;
        if (window >= 60 && random.chance(suspends ? 0.09 : 0.05)) {
          const action = (kind: RevocationRow['action'], decidedOn: string, ground: string, reason: string): void => {
            actionSerial += 1;
            revocations.push({
              id: `ba-${String(actionSerial).padStart(6, '0')}-${kind}`,
              platform: row.id,
              action: kind,
              decided_on: decidedOn,
              ground,
              reason,
              ref: nextRef(jurisdiction, decidedOn.slice(0, 4)),
              reapply_after: '',
              source_url: random.chance(0.7) ? `${BASE_URL}decisions/ba-${String(actionSerial).padStart(6, '0')}.html` : '',
            });
          };
          const suspension = suspends && random.chance(0.6) ? random.pick(facts.suspensionGrounds) : null;
          if (suspension) {
            const suspendedOn = addDays(firstDay, random.int(0, window - 40));
            action('suspended', suspendedOn, suspension.ground, suspension.reason);
            const room = Math.min(180, daysBetween(suspendedOn, lastDay));
            const follow = random.next();
            if (follow < 0.3 && room >= 10) {
              action('reinstated', addDays(suspendedOn, random.int(10, room)), suspension.ground, suspension.reinstated);
            } else if (follow < 0.45 && room >= 10) {
              action('revoked', addDays(suspendedOn, random.int(10, room)), 'chengdu#21', '测评不合格后未在6个月内完成整改，撤销平台称号');
              status = 'revoked';
            } else if (status === 'active') {
              status = 'suspended';
            }
          } else {
            const ground = random.pick(facts.revocationGrounds);
            action('revoked', addDays(firstDay, random.int(0, window)), ground.ground, ground.reason);
            status = 'revoked';
          }
        }
        statuses[status] += 1;
      }
    }
  }

  mkdirSync(options.outDir, { recursive: true });
  const files: [string, string][] = [
    [
      'site.json',
      `${JSON.stringify(
        {
          title: `中小企业公共服务示范平台公开名录（基准测试数据，${n} 个平台）`,
          publisher: '示范平台名录基准测试（虚构）',
          contact: '基准测试数据（虚构）：邮箱 bench@example.org',
          as_of: AS_OF,
          sample: true,
          base_url: BASE_URL,
        },
        null,
        2,
      )}\n`,
    ],
    ['jurisdictions.csv', toCsv(['id', 'name', 'level', 'parent', 'authority', 'rules', 'website', 'phone', 'address'], jurisdictions)],
    [
      'platforms.csv',
      toCsv(
        ['id', 'name', 'operator', 'uscc', 'jurisdiction', 'district', 'kind', 'scope', 'functions', 'certified_on', 'valid_until', 'decision_ref', 'address', 'phone', 'email', 'website', 'description'],
        platforms,
      ),
    ],
    ['notices.json', `${JSON.stringify(notices, null, 2)}\n`],
    ['revocations.csv', toCsv(['id', 'platform', 'action', 'decided_on', 'ground', 'reason', 'ref', 'reapply_after', 'source_url'], revocations)],
  ];
  let bytes = 0;
  for (const [file, text] of files) {
    writeFileSync(join(options.outDir, file), text);
    bytes += Buffer.byteLength(text);
  }
  return { platforms: platforms.length, jurisdictions: jurisdictions.length, notices: notices.length, revocations: revocations.length, statuses, bytes };
}

/** 9 (工商) 1 (企业), the division code, nine characters of organisation code, the GB 32100-2015 check character. */
function uniqueUscc(random: Random, division: string, used: Set<string>): string {
  for (;;) {
    let organisation = '';
    for (let i = 0; i < 8; i += 1) organisation += random.chance(0.85) ? String(random.int(0, 9)) : random.pick([...USCC_ALPHABET.slice(10)]);
    organisation += random.pick([...USCC_ALPHABET]);
    const first17 = `91${division}${organisation}`;
    const code = `${first17}${usccCheckCharacter(first17)}`;
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
  }
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function toCsv<Row extends object>(columns: readonly (keyof Row & string)[], rows: readonly Row[]): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvCell(String(row[column] ?? ''))).join(','));
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// CLI

function main(argv: readonly string[]): void {
  let platforms = 1000;
  let out = '';
  let seed = 1;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--platforms') platforms = Number(argv[++i]);
    else if (arg === '--out') out = argv[++i] ?? '';
    else if (arg === '--seed') seed = Number(argv[++i]);
    else throw new Error(`unknown option ${arg}; usage: --platforms N --out DIR [--seed S]`);
  }
  if (out === '') throw new Error('--out DIR is required');
  const summary = generateSyntheticData({ platforms, outDir: resolve(out), seed });
  console.log(JSON.stringify(summary));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main(process.argv.slice(2));
