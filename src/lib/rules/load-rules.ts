// Reads the rules documents (content/rules/*.md) and their provisions (content/provisions/*.json).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { issuesToProblems } from '../contract/zod-problems.ts';
import { problemAt, type Problem } from '../contract/problems.ts';
import { parseArticles, type Article } from './articles.ts';
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

export function loadRulesCatalog(contentDir: string): { catalog: RulesCatalog; problems: Problem[] } {
  const problems: Problem[] = [];
  const documents = new Map<string, RulesDocument>();
  const rulesDir = join(contentDir, 'rules');
  const ids = readdirSync(rulesDir)
    .filter((name) => name.endsWith('.md') && !name.endsWith('.cover.md'))
    .map((name) => name.slice(0, -'.md'.length))
    .sort();
  for (const id of ids) {
    const textFile = join(rulesDir, `${id}.md`);
    const split = splitFrontmatter(readFileSync(textFile, 'utf8'));
    if (!split) {
      problems.push(problemAt({ file: textFile }, '缺少 YAML 文件头（--- … ---）', 'missing YAML front matter (--- … ---)'));
      continue;
    }
    const meta = rulesFrontmatterSchema.safeParse(split.frontmatter, { reportInput: true });
    if (!meta.success) {
      problems.push(...issuesToProblems(meta.error.issues, { file: textFile }, asRecord(split.frontmatter), Object.keys(rulesFrontmatterSchema.shape)));
    }
    const provisionsPath = join(contentDir, 'provisions', `${id}.json`);
    if (!existsSync(provisionsPath)) {
      problems.push(problemAt({ file: provisionsPath }, `规则 ${id} 缺少结构化条款文件`, `rules ${id} has no provisions file`));
      continue;
    }
    const provisionsJson: unknown = JSON.parse(readFileSync(provisionsPath, 'utf8'));
    const provisions = provisionsFileSchema.safeParse(provisionsJson, { reportInput: true });
    if (!provisions.success) {
      problems.push(...issuesToProblems(provisions.error.issues, { file: provisionsPath }, asRecord(provisionsJson), Object.keys(provisionsFileSchema.shape)));
    }
    const cover = meta.success && meta.data.cover ? loadCover(join(rulesDir, `${meta.data.cover}.md`), problems) : null;
    if (!meta.success || !provisions.success) continue;
    documents.set(id, {
      id,
      meta: meta.data,
      body: split.body,
      articles: parseArticles(split.body),
      provisions: provisions.data.provisions,
      extra: provisions.data.extra,
      functions: provisions.data.functions,
      cover,
    });
  }
  return { catalog: { documents }, problems };
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
