import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../test/support/build-site.ts';
import type { FunctionCode } from '../contract/functions.ts';
import { articleExists } from '../rules/articles.ts';
import { catchAllCodes } from '../rules/function-codes.ts';
import { loadRulesCatalog } from '../rules/load-rules.ts';
import { profileSchema, type FunctionFigures } from './profile.ts';
import { checkFunctions, functionsFor, type Applicant } from './service-functions.ts';

const { catalog } = loadRulesCatalog(join(PROJECT_ROOT, 'content'));
const documents = [...catalog.documents.values()];

function documentOf(id: string) {
  const document = catalog.documents.get(id);
  if (!document) throw new Error(`rules document ${id} did not load`);
  return document;
}

/** The named function of a document, checked against the profile's functions. */
function functionCheck(documentId: string, name: string, functions: Partial<Record<FunctionCode, FunctionFigures>>, applicant: Applicant = 'platform') {
  const checks = checkFunctions(profileSchema.parse({ functions }), functionsFor(documentOf(documentId).functions, applicant));
  const check = checks.find((candidate) => candidate.name === name);
  if (!check) throw new Error(`${documentId} has no function ${name} for a ${applicant}`);
  return check;
}

const outcome = (documentId: string, name: string, functions: Partial<Record<FunctionCode, FunctionFigures>>, applicant: Applicant = 'platform') =>
  functionCheck(documentId, name, functions, applicant).outcome;

describe('the thresholds data', () => {
  it('gives thresholds to every function whose requirement names a figure, and to no other', () => {
    for (const document of documents) {
      for (const fn of document.functions) {
        expect(fn.thresholds !== undefined, `${document.id} ${fn.name}`).toBe(/\d/.test(fn.requirement));
      }
    }
  });

  it('cites articles that exist', () => {
    for (const document of documents) {
      for (const threshold of document.functions.flatMap((fn) => fn.thresholds ?? [])) {
        for (const cite of threshold.cite) expect(articleExists(document.articles, cite), `${document.id} ${cite}`).toBe(true);
      }
    }
  });

  it('agrees with the financing amounts among the provisions', () => {
    for (const document of documents) {
      const thresholds = document.functions.flatMap((fn) => fn.thresholds ?? []);
      const amount = thresholds.find((threshold) => threshold.measure === 'financing_amount_yi')?.min ?? null;
      const guarantee = thresholds.find((threshold) => threshold.measure === 'guarantee_amount_yi')?.min ?? null;
      expect(amount, document.id).toBe(document.extra.financing_amount_min_yi?.value ?? null);
      expect(guarantee, document.id).toBe(document.extra.financing_guarantee_min_yi?.value ?? null);
    }
  });

  it('agrees with the training figure among the provisions', () => {
    for (const document of documents) {
      const persons = functionsFor(document.functions, 'platform').flatMap((fn) => fn.thresholds ?? []).find((threshold) => threshold.measure === 'persons_trained');
      expect(persons?.min ?? null, document.id).toBe(document.provisions.training_persons_min_per_year.value);
    }
  });
});

describe('a function not offered', () => {
  it('is not offered, whatever its thresholds', () => {
    expect(outcome('weihai', '培训服务', { legal: {} })).toBe('not_offered');
  });
});

describe('Weihai 培训服务: 600 persons a year (第十五条（四）)', () => {
  it('meets at 600', () => expect(outcome('weihai', '培训服务', { training: { persons_trained: 600 } })).toBe('meets'));
  it('falls short by 1 at 599', () => {
    expect(functionCheck('weihai', '培训服务', { training: { persons_trained: 599 } })).toMatchObject({ outcome: 'short', thresholds: [{ required: 600, actual: 599, gap: 1 }] });
  });
  it('cannot tell without the figure', () => expect(outcome('weihai', '培训服务', { training: {} })).toBe('unknown'));
});

describe('Weihai 融资服务: a 服务机构 with 6 activities and 5亿元, or a 融资担保机构 with 20亿元 (第十五条（五）)', () => {
  it('a service institution meets with 6 activities and 5亿元 of financing', () => {
    expect(outcome('weihai', '融资服务', { financing: { activities: 6, financing_amount_yi: 5 } })).toBe('meets');
  });

  it('a service institution with 5 activities falls short, even with 5亿元', () => {
    expect(outcome('weihai', '融资服务', { financing: { activities: 5, financing_amount_yi: 5, guarantee_amount_yi: 0 } })).toBe('short');
  });

  it('a service institution with 6 activities and 4.9亿元 falls short', () => {
    expect(outcome('weihai', '融资服务', { financing: { activities: 6, financing_amount_yi: 4.9, guarantee_amount_yi: 0 } })).toBe('short');
  });

  it('a guarantee institution meets with 20亿元 of new guarantees alone', () => {
    expect(outcome('weihai', '融资服务', { financing: { guarantee_amount_yi: 20 } })).toBe('meets');
  });

  it('19.9亿元 of guarantees cannot be told while the service-institution figures are missing', () => {
    expect(outcome('weihai', '融资服务', { financing: { guarantee_amount_yi: 19.9 } })).toBe('unknown');
  });

  it('falls short when both routes are given and both fall short', () => {
    expect(outcome('weihai', '融资服务', { financing: { activities: 6, financing_amount_yi: 4, guarantee_amount_yi: 19 } })).toBe('short');
  });

  it('names the route each threshold belongs to', () => {
    expect(functionCheck('weihai', '融资服务', { financing: {} }).thresholds.map((threshold) => [threshold.measure, threshold.required, threshold.alternative])).toEqual([
      ['activities', 6, '服务机构'],
      ['financing_amount_yi', 5, '服务机构'],
      ['guarantee_amount_yi', 20, '融资担保机构'],
    ]);
  });
});

describe('Ningxia 融资服务: 3 activities and 2亿元, or 5亿元 of guarantees (第七条（五）)', () => {
  it('meets at 3 activities and 2亿元', () => expect(outcome('ningxia', '融资服务', { financing: { activities: 3, financing_amount_yi: 2 } })).toBe('meets'));
  it('meets at 5亿元 of guarantees', () => expect(outcome('ningxia', '融资服务', { financing: { guarantee_amount_yi: 5 } })).toBe('meets'));
  it('falls short at 3 activities, 1.9亿元 and 4.9亿元 of guarantees', () => {
    expect(outcome('ningxia', '融资服务', { financing: { activities: 3, financing_amount_yi: 1.9, guarantee_amount_yi: 4.9 } })).toBe('short');
  });
});

describe('Linfen 融资服务 asks only 2 activities (第七条（五）)', () => {
  it('meets at 2 without any amount', () => expect(outcome('linfen', '融资服务', { financing: { activities: 2 } })).toBe('meets'));
  it('falls short at 1', () => expect(outcome('linfen', '融资服务', { financing: { activities: 1 } })).toBe('short'));
});

describe('Linfen 信息服务: 30 SMEs and 2 activities (第七条（一）)', () => {
  it('meets at 30 and 2', () => expect(outcome('linfen', '信息服务', { information: { smes_served: 30, activities: 2 } })).toBe('meets'));
  it('falls short at 30 and 1', () => expect(outcome('linfen', '信息服务', { information: { smes_served: 30, activities: 1 } })).toBe('short'));
  it('falls short at 29 and no activities given: one figure short decides', () => expect(outcome('linfen', '信息服务', { information: { smes_served: 29 } })).toBe('short'));
  it('cannot tell at 30 with no activities given', () => expect(outcome('linfen', '信息服务', { information: { smes_served: 30 } })).toBe('unknown'));
});

// 第五条（一）: “线上年服务企业数量300家以上，或线下年服务企业数量100家以上”: two counts, either route.
describe('Chengdu 政策服务: 300 online or 100 offline, counted apart (第五条（一）)', () => {
  it('meets at 100 offline', () => expect(outcome('chengdu', '政策服务', { policy: { smes_served: 100 } })).toBe('meets'));
  it('meets at 300 online', () => expect(outcome('chengdu', '政策服务', { policy: { smes_served_online: 300 } })).toBe('meets'));
  it('falls short at 99 offline and 299 online', () => expect(outcome('chengdu', '政策服务', { policy: { smes_served: 99, smes_served_online: 299 } })).toBe('short'));
  it('250 SMEs served online and none offline falls short: the online count is not read against the offline 100', () => {
    expect(functionCheck('chengdu', '政策服务', { policy: { smes_served: 0, smes_served_online: 250 } })).toMatchObject({
      outcome: 'short',
      thresholds: [
        { measure: 'smes_served_online', required: 300, actual: 250, alternative: '线上' },
        { measure: 'smes_served', required: 100, actual: 0, alternative: '线下' },
      ],
    });
  });
  it('cannot tell at 99 offline with no online figure', () => expect(outcome('chengdu', '政策服务', { policy: { smes_served: 99 } })).toBe('unknown'));
});

// 第五条（二）: “提供……融资促进等咨询服务……市场开拓、投融资、人员招聘等供需对接服务。线下年服务中小企业数量50家以上。
// 主要开展供需对接服务的，年组织开展15家以上中小企业参加的相关服务活动不低于5次。”
describe('Chengdu 咨询服务: 50 SMEs offline, or for 供需对接 5 activities (第五条（二）)', () => {
  it('meets at 50 SMEs', () => expect(outcome('chengdu', '咨询服务', { consulting: { smes_served: 50 } })).toBe('meets'));
  it('meets at 5 matchmaking activities', () => expect(outcome('chengdu', '咨询服务', { consulting: { activities: 5 } })).toBe('meets'));
  it('falls short at 49 SMEs and 4 activities', () => expect(outcome('chengdu', '咨询服务', { consulting: { smes_served: 49, activities: 4 } })).toBe('short'));

  it('covers financing (“融资促进等咨询服务”, “投融资……供需对接服务”): financing alone cannot be told without figures, and meets with them', () => {
    expect(functionCheck('chengdu', '咨询服务', { financing: {} })).toMatchObject({ outcome: 'unknown', offered: ['financing'], cite: ['5.2'] });
    expect(outcome('chengdu', '咨询服务', { financing: { smes_served: 60 } })).toBe('meets');
    expect(outcome('chengdu', '咨询服务', { financing: { activities: 5 } })).toBe('meets');
  });

  it('says in the threshold’s note that each activity must have 15 SMEs taking part, which no figure checks', () => {
    expect(functionCheck('chengdu', '咨询服务', {}).thresholds[1]?.note).toContain('每次须有15家以上中小企业参加，本站只核对次数');
  });
});

// 第五条（三）: “年培训500人（次）以上。其中，线下培训200人（次）以上。”
describe('Chengdu 培训服务: 500 in all, of them 200 offline (第五条（三）)', () => {
  it('meets at 500 and 200 offline', () => expect(outcome('chengdu', '培训服务', { training: { persons_trained: 500, persons_trained_offline: 200 } })).toBe('meets'));
  it('falls short at 500 with 199 offline', () => {
    expect(functionCheck('chengdu', '培训服务', { training: { persons_trained: 500, persons_trained_offline: 199 } })).toMatchObject({ outcome: 'short', thresholds: [{ outcome: 'meets' }, { measure: 'persons_trained_offline', required: 200, gap: 1 }] });
  });
  it('cannot tell at 500 with no offline figure', () => expect(outcome('chengdu', '培训服务', { training: { persons_trained: 500 } })).toBe('unknown'));
});

describe('Chengdu base functions (第七条)', () => {
  it('人员培训 meets at 150 persons and falls short at 149', () => {
    expect(outcome('chengdu', '人员培训', { training: { persons_trained: 150 } }, 'base')).toBe('meets');
    expect(outcome('chengdu', '人员培训', { training: { persons_trained: 149 } }, 'base')).toBe('short');
  });

  it('专业服务 adds up the legal and tax figures it covers: 6 and 4 make 10', () => {
    expect(functionCheck('chengdu', '专业服务', { legal: { smes_served: 6 }, tax: { smes_served: 4 } }, 'base')).toMatchObject({ outcome: 'meets', thresholds: [{ actual: 10 }] });
  });

  it('专业服务 with 6 legal and a tax service without a figure cannot be told', () => {
    expect(outcome('chengdu', '专业服务', { legal: { smes_served: 6 }, tax: {} }, 'base')).toBe('unknown');
  });

  it('专业服务 with legal alone at 6 falls short by 4', () => {
    expect(functionCheck('chengdu', '专业服务', { legal: { smes_served: 6 } }, 'base')).toMatchObject({ outcome: 'short', thresholds: [{ gap: 4 }] });
  });

  it('专业服务 (“法律咨询及援助、代理会计、专利申请、审计、评估”) says why it maps to 财税服务: 代理会计 is 财务代理', () => {
    expect(functionCheck('chengdu', '专业服务', {}, 'base').note).toMatch(/“代理会计”即代理记账等财务代理，本站归入“财税服务”.*“审计”“评估”按“专业服务”计/);
  });

  // 第七条（五）: “组织企业参加各类展览展销、贸易洽谈、产品推介与合作等活动，每年1次以上；组织入驻企业与行业龙头企业的产品对接、合作交流等活动，每年1次以上。”
  it('市场营销 asks each of its two kinds of activity once a year: two of one kind fall short', () => {
    expect(outcome('chengdu', '市场营销', { market: { expo_activities: 1, leader_activities: 1 } }, 'base')).toBe('meets');
    expect(functionCheck('chengdu', '市场营销', { market: { expo_activities: 2, leader_activities: 0 } }, 'base')).toMatchObject({ outcome: 'short', thresholds: [{ outcome: 'meets' }, { measure: 'leader_activities', gap: 1 }] });
    expect(outcome('chengdu', '市场营销', { market: { activities: 2 } }, 'base')).toBe('unknown');
  });
});

describe('Yangjiang’s functions', () => {
  it('meet when offered, with no figure: 第七条 names none', () => {
    expect(outcome('yangjiang', '市场服务', { market: {} })).toBe('meets');
    expect(outcome('yangjiang', '创业创新服务', { technology: {} })).toBe('meets');
  });

  it('training asks no figure of its own: 第八条（四）’s 200家 is the platform’s yearly count, checked there', () => {
    expect(functionCheck('yangjiang', '培训服务', { training: { smes_served: 80 } })).toMatchObject({ outcome: 'meets', thresholds: [] });
  });

  // 第七条（九）: “中小微企业所需要的其他服务”: any service the article does not list falls under it.
  it('the catch-all “中小微企业所需要的其他服务” covers every service no other function maps', () => {
    const fn = documentOf('yangjiang').functions.find((candidate) => candidate.name === '其他服务')!;
    expect(catchAllCodes(fn, documentOf('yangjiang').functions)).toEqual(['policy', 'information', 'professional']);
    expect(functionCheck('yangjiang', '其他服务', { information: {} })).toMatchObject({ outcome: 'meets', offered: ['information'], catchAll: true });
    expect(outcome('yangjiang', '其他服务', { training: {} })).toBe('not_offered');
  });

  it('no other document has a catch-all', () => {
    expect(documents.filter((document) => document.functions.some((fn) => fn.catch_all)).map((document) => document.id)).toEqual(['yangjiang']);
  });
});
