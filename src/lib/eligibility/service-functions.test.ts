import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../test/support/build-site.ts';
import type { FunctionCode } from '../contract/functions.ts';
import { articleExists } from '../rules/articles.ts';
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
  it('gives thresholds to every function whose requirement names a figure, and to no other but Yangjiang’s training', () => {
    for (const document of documents) {
      for (const fn of document.functions) {
        const namesFigure = /\d/.test(fn.requirement);
        const yangjiangTraining = document.id === 'yangjiang' && fn.name === '培训服务';
        expect(fn.thresholds !== undefined, `${document.id} ${fn.name}`).toBe(namesFigure || yangjiangTraining);
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

describe('Chengdu 政策服务: 300 online or 100 offline (第五条（一）)', () => {
  it('meets at 100', () => expect(outcome('chengdu', '政策服务', { policy: { smes_served: 100 } })).toBe('meets'));
  it('falls short at 99', () => expect(outcome('chengdu', '政策服务', { policy: { smes_served: 99 } })).toBe('short'));
});

describe('Chengdu 咨询服务: 50 SMEs offline, or for 供需对接 5 activities (第五条（二）)', () => {
  it('meets at 50 SMEs', () => expect(outcome('chengdu', '咨询服务', { consulting: { smes_served: 50 } })).toBe('meets'));
  it('meets at 5 matchmaking activities', () => expect(outcome('chengdu', '咨询服务', { consulting: { activities: 5 } })).toBe('meets'));
  it('falls short at 49 SMEs and 4 activities', () => expect(outcome('chengdu', '咨询服务', { consulting: { smes_served: 49, activities: 4 } })).toBe('short'));
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
});

describe('Yangjiang’s functions', () => {
  it('meet when offered, with no figure: 第七条 names none', () => {
    expect(outcome('yangjiang', '市场服务', { market: {} })).toBe('meets');
    expect(outcome('yangjiang', '创业创新服务', { technology: {} })).toBe('meets');
  });

  it('training asks 200 SMEs a year (第八条（四）): 200 meets, 199 falls short', () => {
    expect(outcome('yangjiang', '培训服务', { training: { smes_served: 200 } })).toBe('meets');
    expect(outcome('yangjiang', '培训服务', { training: { smes_served: 199 } })).toBe('short');
  });
});
