// Checks across tables and against the rules: references, duplicate ids, impossible dates, check digits.
import { usccCheckCharacter, usccCheckDigitVerifies } from '../uscc.ts';
import { articleExists } from '../rules/articles.ts';
import type { RulesCatalog } from '../rules/load-rules.ts';
import { isFunctionCode } from './functions.ts';
import type { Dataset, Located } from './load-data-folder.ts';
import { problemAt, type Problem } from './problems.ts';
import type { Platform, Revocation } from './tables.ts';
import { computeValidUntil } from '../model/recognition.ts';
import { publishedRules } from '../rules/published-rules.ts';

export function validateDataset(dataset: Dataset, catalog: RulesCatalog): Problem[] {
  return [
    ...duplicateIds(dataset.jurisdictions, 'jurisdictions'),
    ...duplicateIds(dataset.platforms, 'platforms'),
    ...duplicateIds(dataset.notices, 'notices'),
    ...duplicateIds(dataset.revocations, 'revocations'),
    ...duplicatePlatforms(dataset.platforms),
    ...checkJurisdictions(dataset, catalog),
    ...checkPlatforms(dataset, catalog),
    ...checkNotices(dataset, catalog),
    // A ground may cite only a document the site publishes: any other would be a broken link.
    ...checkRevocations(dataset, publishedRules(dataset, catalog)),
    ...checkComparedRules(dataset, catalog),
  ];
}

/** site.json compare_rules names documents that exist. */
function checkComparedRules(dataset: Dataset, catalog: RulesCatalog): Problem[] {
  const known = [...catalog.documents.keys()].join('、');
  return (dataset.site.compare_rules ?? [])
    .filter((id) => !catalog.documents.has(id))
    .map((id) => problemAt({ file: dataset.siteFile }, `compare_rules 中没有这份规则文件；已有：${known}`, `compare_rules names no such rules document; known: ${known}`, { field: 'compare_rules', value: id }));
}

/** Where an earlier row stands, to name it in a problem about a later one. */
const placeOf = (row: Located<unknown>) => ({
  zh: row.at.line !== undefined ? `第 ${row.at.line} 行` : `第 ${row.at.index} 项`,
  en: row.at.line !== undefined ? `line ${row.at.line}` : `index ${row.at.index}`,
});

function duplicateIds(rows: readonly Located<{ id: string }>[], table: string): Problem[] {
  const firstSeen = new Map<string, Located<{ id: string }>>();
  const problems: Problem[] = [];
  for (const row of rows) {
    const first = firstSeen.get(row.record.id);
    if (first) {
      const where = placeOf(first);
      problems.push(problemAt(row.at, `${table} 中的 id 重复，已在${where.zh}使用`, `duplicate id in ${table}, already used at ${where.en}`, { field: 'id', value: row.record.id }));
    } else {
      firstSeen.set(row.record.id, row);
    }
  }
  return problems;
}

/**
 * One platform entered twice under two ids: the same name and the same 统一社会信用代码 (one operator
 * may run two platforms, under two names). The site would list it twice.
 */
function duplicatePlatforms(rows: readonly Located<Platform>[]): Problem[] {
  const firstSeen = new Map<string, Located<Platform>>();
  const problems: Problem[] = [];
  for (const row of rows) {
    const key = `${row.record.uscc}\u0000${row.record.name}`;
    const first = firstSeen.get(key);
    if (!first) {
      firstSeen.set(key, row);
      continue;
    }
    if (first.record.id === row.record.id) continue; // A duplicate id, reported as such.
    const where = placeOf(first);
    problems.push(
      problemAt(
        row.at,
        `与${where.zh}（${first.record.id}）是同一平台：名称和统一社会信用代码都相同；同一平台只应登记一次`,
        `the same platform as ${where.en} (${first.record.id}): same name and same unified social credit code; enter a platform once`,
        { field: 'uscc', value: row.record.uscc },
      ),
    );
  }
  return problems;
}

function checkJurisdictions(dataset: Dataset, catalog: RulesCatalog): Problem[] {
  const ids = new Set(dataset.jurisdictions.map((row) => row.record.id));
  const known = [...catalog.documents.keys()].join('、');
  return dataset.jurisdictions.flatMap(({ record, at }) => {
    const problems: Problem[] = [];
    if (RESERVED_IDS.has(record.id)) {
      problems.push(problemAt(at, `“${record.id}”是网站保留的地址，不能用作 id`, `"${record.id}" is an address the site reserves; it cannot be an id`, { field: 'id', value: record.id }));
    }
    if (record.parent !== undefined && !ids.has(record.parent)) {
      problems.push(problemAt(at, '上级地区不在 jurisdictions 表中', 'the parent is not in the jurisdictions table', { field: 'parent', value: record.parent }));
    }
    const document = catalog.documents.get(record.rules);
    if (!document) {
      problems.push(problemAt(at, `没有这份规则文件；已有：${known}`, `no such rules document; known: ${known}`, { field: 'rules', value: record.rules }));
    } else if (document.meta.jurisdiction !== record.id && document.meta.jurisdiction !== record.parent) {
      // Another city's rules named as this one's own is more often a slip than a decision.
      problems.push(
        problemAt(
          at,
          `规则文件 ${record.rules} 是${document.meta.jurisdiction_name}的《${document.meta.title}》，不是${record.name}的；如确实适用，请核对后保留`,
          `the rules document ${record.rules} is ${document.meta.jurisdiction_name}'s, not ${record.name}'s; keep it only if it really applies here`,
          { field: 'rules', value: record.rules, severity: 'warning' },
        ),
      );
    }
    return problems;
  });
}

/** Ids the site's own pages use beside platform and jurisdiction pages (/platforms/sort/, …/page/2/). */
const RESERVED_IDS = new Set(['page', 'sort']);

function checkPlatforms(dataset: Dataset, catalog: RulesCatalog): Problem[] {
  const rulesOf = rulesByJurisdiction(dataset, catalog);
  return dataset.platforms.flatMap(({ record, at }) => {
    const problems: Problem[] = [];
    if (RESERVED_IDS.has(record.id)) {
      problems.push(problemAt(at, `“${record.id}”是网站保留的地址，不能用作 id`, `"${record.id}" is an address the site reserves; it cannot be an id`, { field: 'id', value: record.id }));
    }
    if (!usccCheckDigitVerifies(record.uscc)) {
      const expected = usccCheckCharacter(record.uscc.slice(0, 17));
      problems.push(
        problemAt(
          at,
          `统一社会信用代码校验位不符（按 GB 32100-2015 应为 ${expected}）；早期部分代码确有此情况，请核对`,
          `the check character does not verify (GB 32100-2015 gives ${expected}); some early codes in legal use fail it, so please check`,
          { field: 'uscc', value: record.uscc, severity: 'warning' },
        ),
      );
    }
    const jurisdictionKnown = dataset.jurisdictions.some((row) => row.record.id === record.jurisdiction);
    if (!jurisdictionKnown) {
      problems.push(problemAt(at, '地区不在 jurisdictions 表中', 'the jurisdiction is not in the jurisdictions table', { field: 'jurisdiction', value: record.jurisdiction }));
    }
    const rules = rulesOf.get(record.jurisdiction);
    if (rules) problems.push(...checkFunctions(record, at, rules));
    if (record.valid_until !== undefined) {
      if (record.certified_on === undefined) {
        problems.push(problemAt(at, '未填认定日期（certified_on）的候选平台不应有有效期', 'a candidate without certified_on cannot have valid_until', { field: 'valid_until', value: record.valid_until }));
      } else if (record.valid_until < record.certified_on) {
        problems.push(
          problemAt(at, `有效期截止日早于认定日期 ${record.certified_on}`, `valid_until is before certified_on ${record.certified_on}`, { field: 'valid_until', value: record.valid_until }),
        );
      }
    }
    return problems;
  });
}

function checkFunctions(record: Platform, at: Located<unknown>['at'], rules: RulesCatalogEntry): Problem[] {
  return record.functions.flatMap((name) => {
    if (isFunctionCode(name)) return [];
    const matches = rules.functions.filter((fn) => fn.name === name);
    if (matches.length === 0) {
      const own = [...new Set(rules.functions.map((fn) => fn.name))].join('、');
      return [
        problemAt(
          at,
          `不是规范服务功能代码，也不是 ${rules.id} 规则中的服务功能名称；可用：${own}，或规范代码如 training`,
          `neither a canonical function code nor a service function of the rules ${rules.id}; use one of ${own}, or a canonical code such as training`,
          { field: 'functions', value: name },
        ),
      ];
    }
    if (!matches.some((fn) => fn.applies_to === undefined || fn.applies_to === record.kind)) {
      return [
        problemAt(
          at,
          `在 ${rules.id} 规则中“${name}”是${record.kind === 'base' ? '平台' : '创业基地'}的服务功能，与本行 kind 不符`,
          `in the rules ${rules.id}, "${name}" is a function of the other kind than this row's kind "${record.kind}"`,
          { field: 'functions', value: name, severity: 'warning' },
        ),
      ];
    }
    return [];
  });
}

function checkNotices(dataset: Dataset, catalog: RulesCatalog): Problem[] {
  const platforms = new Map(dataset.platforms.map((row) => [row.record.id, row.record]));
  const rulesOf = rulesByJurisdiction(dataset, catalog);
  return dataset.notices.flatMap(({ record, at }) => {
    const problems: Problem[] = [];
    if (RESERVED_IDS.has(record.id)) {
      problems.push(problemAt(at, `“${record.id}”是网站保留的地址，不能用作 id`, `"${record.id}" is an address the site reserves; it cannot be an id`, { field: 'id', value: record.id }));
    }
    if (!dataset.jurisdictions.some((row) => row.record.id === record.jurisdiction)) {
      problems.push(problemAt(at, '地区不在 jurisdictions 表中', 'the jurisdiction is not in the jurisdictions table', { field: 'jurisdiction', value: record.jurisdiction }));
    }
    for (const id of record.platforms) {
      const platform = platforms.get(id);
      if (!platform) {
        problems.push(problemAt(at, '公示名单中的平台不在 platforms 表中', 'a listed platform is not in the platforms table', { field: 'platforms', value: id }));
      } else if (platform.jurisdiction !== record.jurisdiction) {
        problems.push(
          problemAt(at, `该平台属于 ${platform.jurisdiction}，不属于本公示的地区`, `this platform belongs to ${platform.jurisdiction}, not to the notice's jurisdiction`, { field: 'platforms', value: id }),
        );
      }
    }
    const startsOn = record.starts_on ?? record.published_on;
    if (record.starts_on !== undefined && record.starts_on < record.published_on) {
      problems.push(problemAt(at, `公示开始日早于发布日 ${record.published_on}`, `starts_on is before published_on ${record.published_on}`, { field: 'starts_on', value: record.starts_on }));
    }
    if (record.ends_on !== undefined && record.ends_on < startsOn) {
      problems.push(problemAt(at, `公示结束日早于开始日 ${startsOn}`, `ends_on is before the period's first day ${startsOn}`, { field: 'ends_on', value: record.ends_on }));
    }
    const rules = rulesOf.get(record.jurisdiction);
    if (record.ends_on === undefined && rules && rules.provisions.publicity_days.value === null) {
      problems.push(
        problemAt(
          at,
          `${rules.id} 规则未规定公示期长度，无法推算结束日；请填写 ends_on`,
          `the rules ${rules.id} do not set the length of the publicity period, so its end cannot be computed: give ends_on`,
          { field: 'ends_on' },
        ),
      );
    }
    return problems;
  });
}

function checkRevocations(dataset: Dataset, catalog: RulesCatalog): Problem[] {
  const platforms = new Map(dataset.platforms.map((row) => [row.record.id, row.record]));
  const rulesOf = rulesByJurisdiction(dataset, catalog);
  const problems: Problem[] = [];
  for (const { record, at } of dataset.revocations) {
    const platform = platforms.get(record.platform);
    if (!platform) {
      problems.push(problemAt(at, '平台不在 platforms 表中', 'the platform is not in the platforms table', { field: 'platform', value: record.platform }));
      continue;
    }
    if (platform.certified_on === undefined) {
      problems.push(problemAt(at, '该平台尚未认定（无 certified_on），不能撤销或暂停', 'the platform was never recognised (no certified_on), so nothing can be revoked or suspended', { field: 'platform', value: record.platform }));
    } else if (record.decided_on < platform.certified_on) {
      problems.push(
        problemAt(at, `决定日期早于该平台的认定日期 ${platform.certified_on}`, `decided before the platform was recognised on ${platform.certified_on}`, { field: 'decided_on', value: record.decided_on }),
      );
    } else {
      const rules = rulesOf.get(platform.jurisdiction);
      const validUntil = rules ? computeValidUntil(platform, rules.provisions) : platform.valid_until;
      if (validUntil !== undefined && validUntil !== null && record.decided_on > validUntil) {
        problems.push(
          problemAt(at, `决定日期晚于认定有效期截止日 ${validUntil}`, `decided after the recognition ended on ${validUntil}`, { field: 'decided_on', value: record.decided_on, severity: 'warning' }),
        );
      }
    }
    if (record.reapply_after !== undefined && record.reapply_after <= record.decided_on) {
      problems.push(problemAt(at, '可重新申报日期应晚于决定日期', 'reapply_after should come after decided_on', { field: 'reapply_after', value: record.reapply_after }));
    }
    if (record.ground !== undefined) problems.push(...checkGround(record, at, catalog, rulesOf.get(platform.jurisdiction)?.id));
  }
  return [...problems, ...checkActionSequences(dataset.revocations)];
}

function checkGround(record: Revocation, at: Located<unknown>['at'], catalog: RulesCatalog, platformRules: string | undefined): Problem[] {
  const [rulesId = '', article = ''] = (record.ground ?? '').split('#');
  const document = catalog.documents.get(rulesId);
  if (!document) {
    const known = [...catalog.documents.keys()].join('、');
    return [problemAt(at, `依据中的规则编号不存在；已有：${known}`, `no rules document with that id; known: ${known}`, { field: 'ground', value: record.ground })];
  }
  if (!articleExists(document.articles, article)) {
    return [problemAt(at, `规则 ${rulesId} 中没有这一条（项）`, `the rules ${rulesId} have no such article or item`, { field: 'ground', value: record.ground })];
  }
  if (platformRules !== undefined && rulesId !== platformRules) {
    return [
      problemAt(at, `依据引用了 ${rulesId} 的规则，而该平台所在地适用 ${platformRules}`, `the ground cites ${rulesId}, but the platform's jurisdiction applies ${platformRules}`, {
        field: 'ground',
        value: record.ground,
        severity: 'warning',
      }),
    ];
  }
  return [];
}

/** Per platform, in date order: a suspension needs a title in force, a reinstatement a suspension, and nothing follows a revocation. */
function checkActionSequences(revocations: readonly Located<Revocation>[]): Problem[] {
  const byPlatform = new Map<string, Located<Revocation>[]>();
  for (const row of revocations) byPlatform.set(row.record.platform, [...(byPlatform.get(row.record.platform) ?? []), row]);
  const problems: Problem[] = [];
  for (const rows of byPlatform.values()) {
    let state: 'active' | 'suspended' | 'revoked' = 'active';
    for (const { record, at } of [...rows].sort((a, b) => a.record.decided_on.localeCompare(b.record.decided_on))) {
      const detail = { field: 'action', value: record.action };
      if (state === 'revoked') {
        problems.push(problemAt(at, '该平台此前已被撤销，之后不应再有处理', 'the platform was already revoked; no action can follow', detail));
      } else if (record.action === 'reinstated' && state !== 'suspended') {
        problems.push(problemAt(at, '恢复（reinstated）须在暂停（suspended）之后', 'a reinstatement must follow a suspension', detail));
      } else if (record.action === 'suspended' && state === 'suspended') {
        problems.push(problemAt(at, '该平台已处于暂停状态', 'the platform is already suspended', detail));
      }
      state = record.action === 'reinstated' ? 'active' : record.action;
    }
  }
  return problems;
}

type RulesCatalogEntry = NonNullable<ReturnType<RulesCatalog['documents']['get']>>;

function rulesByJurisdiction(dataset: Dataset, catalog: RulesCatalog): Map<string, RulesCatalogEntry> {
  const map = new Map<string, RulesCatalogEntry>();
  for (const { record } of dataset.jurisdictions) {
    const document = catalog.documents.get(record.rules);
    if (document) map.set(record.id, document);
  }
  return map;
}
