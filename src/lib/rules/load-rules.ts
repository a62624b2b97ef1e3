// Reads the rules documents (content/rules/*.md) and their provisions (content/provisions/*.json),
// and those a data folder brings in the same layout (<data>/rules, <data>/provisions): a jurisdiction
// publishes its own rules without changing the project, and a document there replaces a built-in one
// of the same id.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { issuesToProblems } from '../contract/zod-problems.ts';
import { problemAt, type Problem } from '../contract/problems.ts';
import { articleExists, parseArticles, type Article } from './articles.ts';
import { formatArticle } from './format-provision.ts';
import { PROVISION_META, type AnyProvisionKey } from './provision-catalog.ts';
import { parseJson } from '../contract/read-table.ts';
import { coverFrontmatterSchema, provisionsFileSchema, rulesFrontmatterSchema, type CoverFrontmatter, type ExtraProvisions, type Provisions, type RuleFunction, type RulesFrontmatter } from './schema.ts';

export interface RulesDocument {
  id: string;
  meta: RulesFrontmatter;
  body: string;
  articles: Article[];
  provisions: Provisions;
  extra: ExtraProvisions;
  functions: RuleFunction[];
  /** The covering notice or letter, kept apart from the rules (Linfen's 通知, Ningxia's 函). */
  cover: { meta: CoverFrontmatter; paragraphs: string[] } | null;
  /** One of the project's own documents (content/), not one a data folder brought. */
  builtIn: boolean;
}

/** A data folder that may bring rules of its own, as the clerk named it. */
export interface RulesSource {
  dir: string;
  label: string;
}

export interface RulesCatalog {
  documents: Map<string, RulesDocument>;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/;

export function splitFrontmatter(source: string): { frontmatter: unknown; body: string } | null {
  const match = FRONTMATTER.exec(source);
  if (!match) return null;
  return { frontmatter: parseYaml(match[1] ?? '') as unknown, body: match[2] ?? '' };
}

export function loadRulesCatalog(contentDir: string, dataFolder?: RulesSource): { catalog: RulesCatalog; problems: Problem[] } {
  const problems: Problem[] = [];
  const documents = readRulesFolder({ dir: contentDir, label: contentDir }, true, problems);
  if (dataFolder && existsSync(join(dataFolder.dir, 'rules'))) {
    for (const [id, document] of readRulesFolder(dataFolder, false, problems)) documents.set(id, document);
  }
  return { catalog: { documents: new Map([...documents].sort(([a], [b]) => a.localeCompare(b))) }, problems };
}

function readRulesFolder(source: RulesSource, builtIn: boolean, problems: Problem[]): Map<string, RulesDocument> {
  const documents = new Map<string, RulesDocument>();
  const rulesDir = join(source.dir, 'rules');
  const shown = (...parts: string[]) => join(source.label, ...parts);
  const ids = readdirSync(rulesDir)
    .filter((name) => name.endsWith('.md') && !name.endsWith('.cover.md'))
    .map((name) => name.slice(0, -'.md'.length))
    .sort();
  for (const id of ids) {
    const textFile = shown('rules', `${id}.md`);
    const split = splitFrontmatter(readFileSync(join(rulesDir, `${id}.md`), 'utf8'));
    if (!split) {
      problems.push(problemAt({ file: textFile }, '缺少 YAML 文件头（--- … ---）', 'missing YAML front matter (--- … ---)'));
      continue;
    }
    const meta = rulesFrontmatterSchema.safeParse(split.frontmatter, { reportInput: true });
    if (!meta.success) {
      problems.push(...issuesToProblems(meta.error.issues, { file: textFile }, asRecord(split.frontmatter), Object.keys(rulesFrontmatterSchema.shape)));
    }
    const provisionsPath = join(source.dir, 'provisions', `${id}.json`);
    const provisionsFile = shown('provisions', `${id}.json`);
    if (!existsSync(provisionsPath)) {
      problems.push(problemAt({ file: provisionsFile }, `规则 ${id} 缺少结构化条款文件`, `rules ${id} has no provisions file`));
      continue;
    }
    const parsed = parseJson(readFileSync(provisionsPath, 'utf8'), provisionsFile);
    if ('problem' in parsed) {
      problems.push(parsed.problem);
      continue;
    }
    const provisions = provisionsFileSchema.safeParse(parsed.value, { reportInput: true });
    if (!provisions.success) {
      problems.push(...issuesToProblems(provisions.error.issues, { file: provisionsFile }, asRecord(parsed.value), Object.keys(provisionsFileSchema.shape)).map(inMatrixWords));
    }
    const cover = meta.success && meta.data.cover ? loadCover(join(rulesDir, `${meta.data.cover}.md`), problems) : null;
    if (!meta.success || !provisions.success) continue;
    const articles = parseArticles(split.body);
    problems.push(...missingCites(parsed.value, articles).map(({ path, reference }) => missingCiteProblem(provisionsFile, path, reference)));
    problems.push(...frontmatterCites(meta.data).filter(({ reference }) => !articleExists(articles, reference)).map(({ path, reference }) => missingCiteProblem(textFile, path, reference)));
    documents.set(id, {
      id,
      meta: meta.data,
      body: split.body,
      articles,
      provisions: provisions.data.provisions,
      extra: provisions.data.extra,
      functions: provisions.data.functions,
      cover,
      builtIn,
    });
  }
  return documents;
}

/**
 * A provisions problem said in the rules matrix's words: which provision (its label on the site),
 * and for a missing one how to write "the rules are silent", rather than zod's "expected object".
 */
export function inMatrixWords(problem: Problem): Problem {
  const [section, key = ''] = (problem.field ?? '').split('.');
  const meta = section === 'provisions' || section === 'extra' ? PROVISION_META[key as AnyProvisionKey] : undefined;
  if (!meta) return problem;
  const silent = '{ "value": null, "cite": [], "note": null }';
  if (/received undefined/.test(problem.en) && problem.field === `${section}.${key}`) {
    const { value: _whole, ...rest } = problem;
    return { ...rest, zh: `缺少“${meta.label}”一项（${key}）；规则未作规定时写 ${silent}`, en: `the provision ${key} (${meta.label}) is missing; where the rules are silent, write ${silent}` };
  }
  return { ...problem, zh: `“${meta.label}”一项（${key}）：${problem.zh}`, en: `provision ${key} (${meta.label}): ${problem.en}` };
}

/** Every `cite` in a provisions file that names an article, or an item, its document does not have. */
export function missingCites(value: unknown, articles: readonly Article[], path = ''): { path: string; reference: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => missingCites(item, articles, `${path}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const here = path ? `${path}.${key}` : key;
    if (key === 'cite' && Array.isArray(child)) {
      return child.filter((reference): reference is string => typeof reference === 'string' && !articleExists(articles, reference)).map((reference) => ({ path: here, reference }));
    }
    return missingCites(child, articles, here);
  });
}

/** The articles the front matter cites for its claims (who issued it, what it supersedes). */
function frontmatterCites(meta: RulesFrontmatter): { path: string; reference: string }[] {
  return (['issuer_cite', 'supersedes_cite'] as const).flatMap((field) => (meta[field] ?? []).map((reference) => ({ path: field, reference })));
}

function missingCiteProblem(file: string, path: string, reference: string): Problem {
  const [article, item] = reference.split('.').map(Number);
  const label = formatArticle(article ?? 0, item ?? null);
  return problemAt({ file }, `引用的${label}在这份规则的正文中不存在（页面上会成为断开的链接）`, `cites ${label} (${reference}), which the document's text does not have (it would be a broken link)`, { field: path, value: reference });
}

function loadCover(path: string, problems: Problem[]): RulesDocument['cover'] {
  if (!existsSync(path)) {
    problems.push(problemAt({ file: path }, '文件头 cover 所指的随文通知不存在', 'the cover named in the front matter does not exist'));
    return null;
  }
  const split = splitFrontmatter(readFileSync(path, 'utf8'));
  const meta = coverFrontmatterSchema.safeParse(split?.frontmatter, { reportInput: true });
  if (!split || !meta.success) {
    problems.push(...(meta.success ? [] : issuesToProblems(meta.error.issues, { file: path }, asRecord(split?.frontmatter), Object.keys(coverFrontmatterSchema.shape))));
    return null;
  }
  return { meta: meta.data, paragraphs: split.body.split(/\r?\n\s*\r?\n/).map((block) => block.trim()).filter(Boolean) };
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}
