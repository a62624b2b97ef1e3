// The self-check page's script: reads the profile from the address bar or the form, evaluates it
// against every jurisdiction's rules in the browser, and draws the results as text (DOM methods only).
import { asRulesDocument, type CheckDocument } from '../lib/eligibility/check-documents.ts';
import { evaluateProfile, type Evaluation } from '../lib/eligibility/evaluate.ts';
import type { Check } from '../lib/eligibility/minimum.ts';
import { FUNCTION_CHECKBOX, formToSearchParams } from '../lib/eligibility/profile-form.ts';
import { FIGURE_LETTERS, FUNCTION_PARAM_PREFIX, PROFILE_PARAMS, profileFromSearchParams, profileToSearchParams, type FunctionFigure, type Profile } from '../lib/eligibility/profile.ts';
import { formatCite } from '../lib/rules/format-provision.ts';
import { PROVISION_META, type AnyProvisionKey } from '../lib/rules/provision-catalog.ts';
import { citeUrl } from '../lib/urls.ts';

const OUTCOME_WORDS: Record<Check['outcome'], string> = {
  meets: '达到',
  short: '未达到',
  not_required: '未作要求',
  unknown: '无法判断（未填写）',
  may_be_relaxed: '未达到，但规则规定可适当放宽',
};

function element<K extends keyof HTMLElementTagNameMap>(document: Document, tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function citeLinks(document: Document, rulesId: string, cites: readonly string[]): HTMLElement {
  const span = element(document, 'span');
  cites.forEach((cite, index) => {
    if (index > 0) span.append('、');
    const href = citeUrl(rulesId, cite);
    if (href === null) {
      span.append(formatCite(cite));
      return;
    }
    const link = element(document, 'a', formatCite(cite));
    link.href = href;
    span.append(link);
  });
  return span;
}

const TREND_WORDS = { growing: '逐年增长', steady: '基本持平', falling: '有所下降' } as const;

/** A figure with its unit: `10 人以上` for a requirement, `12 人` for the organisation's own figure. */
function figure(key: Check['key'], value: number | string | null, asMinimum = true): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  const full = key === 'smes_served_growth' ? '' : (PROVISION_META[key as AnyProvisionKey]?.unit ?? '');
  const unit = asMinimum ? full : full.replace('以上', '');
  return unit.startsWith('%') ? `${value}${unit}` : `${value} ${unit}`.trim();
}

function actualText(check: Check, profile: Profile): string {
  if (check.key === 'smes_served_growth') return profile.smes_trend ? TREND_WORDS[profile.smes_trend] : '—';
  return figure(check.key, check.actual, false);
}

function verdictText(evaluation: Evaluation): string {
  const { verdict, shortCount, unknownCount, relaxableCount } = evaluation.summary;
  const relaxable = relaxableCount > 0 ? `；另有 ${relaxableCount} 项可适当放宽` : '';
  if (verdict === 'qualifies') return `符合各项条件${relaxable}`;
  if (verdict === 'falls_short') return `有 ${shortCount} 项未达到${unknownCount > 0 ? `，${unknownCount} 项无法判断` : ''}${relaxable}`;
  return `尚无法判断：${unknownCount} 项未填写${relaxable}`;
}

function renderEvaluation(document: Document, source: CheckDocument, evaluation: Evaluation, profile: Profile): HTMLElement {
  const section = element(document, 'section', undefined, 'mt-6');
  section.id = `result-${source.id}`;
  const heading = element(document, 'h3', `${source.name}：${verdictText(evaluation)}`);
  section.append(heading);
  const about = element(document, 'p', `依据《${source.meta.title}》${evaluation.draft ? '（征求意见稿，尚未正式施行）' : ''}，按${evaluation.applicant === 'base' ? '小企业创业基地' : '公共服务平台'}核对。`, 'text-sm');
  section.append(about);
  const wrap = element(document, 'div', undefined, 'table-scroll');
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', `${source.name}的核对结果`);
  wrap.tabIndex = 0;
  const table = element(document, 'table');
  const head = element(document, 'tr');
  for (const text of ['条件', '要求', '您的情况', '结论', '依据']) {
    const th = element(document, 'th', text);
    th.scope = 'col';
    head.append(th);
  }
  table.append(element(document, 'thead'), element(document, 'tbody'));
  table.tHead?.append(head);
  for (const check of evaluation.checks) {
    const row = element(document, 'tr');
    row.dataset['key'] = check.key;
    row.dataset['outcome'] = check.outcome;
    const label = element(document, 'th', check.label, 'font-normal');
    label.scope = 'row';
    const gap = check.gap !== null && (check.outcome === 'short' || check.outcome === 'may_be_relaxed') ? `，差 ${figure(check.key, check.gap, false)}` : '';
    const outcome = element(document, 'td', `${OUTCOME_WORDS[check.outcome]}${gap}`, check.outcome === 'short' ? 'font-bold' : '');
    const cite = element(document, 'td');
    if (check.cite.length > 0) cite.append(citeLinks(document, source.id, check.cite));
    row.append(label, element(document, 'td', check.outcome === 'not_required' ? '未规定' : figure(check.key, check.required)), element(document, 'td', actualText(check, profile)), outcome, cite);
    table.tBodies[0]?.append(row);
  }
  wrap.append(table);
  section.append(wrap);
  const offered = evaluation.functions.filter((fn) => fn.outcome !== 'not_offered');
  if (offered.length > 0) {
    section.append(element(document, 'h4', '服务功能', 'font-bold mt-3'));
    const list = element(document, 'ul', undefined, 'list-disc pl-6');
    for (const fn of offered) {
      const item = element(document, 'li', `${fn.name}：${fn.outcome === 'meets' ? '达到要求' : fn.outcome === 'short' ? '未达到要求' : '无法判断（数据未填全）'}`);
      item.append('（', citeLinks(document, source.id, fn.cite), '）');
      list.append(item);
    }
    section.append(list);
  }
  return section;
}

export function startCheckPage(document: Document, window: Window): void {
  const form = document.getElementById('check-form') as HTMLFormElement | null;
  const status = document.getElementById('check-status');
  const results = document.getElementById('check-results');
  const errors = document.getElementById('check-errors');
  if (!form || !status || !results || !errors) return;
  let documents: Promise<CheckDocument[]> | null = null;
  const load = () => (documents ??= fetch('/check/rules.json').then((response) => response.json() as Promise<CheckDocument[]>));

  const fill = (profile: Profile) => {
    const values = profileToSearchParams(profile);
    for (const field of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
      if (field instanceof HTMLInputElement && field.type === 'radio') {
        field.checked = (values.get(field.name) ?? (field.name === PROFILE_PARAMS.applying_as ? 'platform' : '')) === field.value;
      } else if (field instanceof HTMLInputElement && field.type === 'checkbox') {
        field.checked = field.name === FUNCTION_CHECKBOX ? values.has(`${FUNCTION_PARAM_PREFIX}${field.value}`) : values.get(field.name) === '1';
      } else if (field.name.startsWith('fig.')) {
        const [, code = '', letter = ''] = field.name.split('.');
        const figures = profile.functions?.[code as keyof NonNullable<Profile['functions']>];
        const name = (Object.keys(FIGURE_LETTERS) as FunctionFigure[]).find((key) => FIGURE_LETTERS[key] === letter);
        field.value = name && figures?.[name] !== undefined ? String(figures[name]) : '';
      } else {
        field.value = values.get(field.name) ?? (field.name === PROFILE_PARAMS.legal_form ? 'enterprise' : '');
      }
    }
  };

  const invalidFields = () => [...form.querySelectorAll<HTMLInputElement>('input[type=number]')].filter((field) => field.value !== '' && (!Number.isFinite(Number(field.value)) || Number(field.value) < 0));

  const run = async (profile: Profile) => {
    status.textContent = '正在核对…';
    try {
      const sources = await load();
      const evaluations = sources.map((source) => evaluateProfile(profile, asRulesDocument(source)));
      const sections = sources.map((source, index) => renderEvaluation(document, source, evaluations[index] as Evaluation, profile));
      const summary = element(document, 'ul', undefined, 'list-disc pl-6');
      sources.forEach((source, index) => {
        const item = element(document, 'li');
        const link = element(document, 'a', source.name);
        link.href = `#result-${source.id}`;
        // The verdict from the evaluation itself, not read back from the heading drawn above.
        item.append(link, `：${verdictText(evaluations[index] as Evaluation)}${source.meta.status === 'draft' ? '（征求意见稿）' : ''}`);
        summary.append(item);
      });
      results.replaceChildren(summary, ...sections);
      status.textContent = `已按 ${sources.length} 个地区的规则核对完毕。`;
    } catch {
      status.textContent = '规则数据未能加载，暂时无法自查。请稍后再试。';
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const invalid = invalidFields();
    if (invalid.length > 0) {
      errors.replaceChildren(element(document, 'p', '请修改以下内容：', 'font-bold m-0'));
      const list = element(document, 'ul', undefined, 'list-disc pl-6 m-0');
      for (const field of invalid) {
        const link = element(document, 'a', `${form.querySelector(`label[for="${field.id}"]`)?.textContent ?? field.name}：应为不小于 0 的数字`);
        link.href = `#${field.id}`;
        list.append(element(document, 'li'));
        list.lastElementChild?.append(link);
      }
      errors.append(list);
      errors.classList.remove('hidden');
      errors.focus();
      return;
    }
    errors.classList.add('hidden');
    const profile = profileFromSearchParams(formToSearchParams(new FormData(form) as unknown as Iterable<[string, string]>));
    const query = profileToSearchParams(profile).toString();
    window.history.pushState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
    void run(profile);
  });

  const fromUrl = () => {
    const params = new URLSearchParams(window.location.search);
    if ([...params.keys()].length === 0) return;
    const profile = profileFromSearchParams(params);
    fill(profile);
    void run(profile);
  };
  window.addEventListener('popstate', fromUrl);
  fromUrl();
}
