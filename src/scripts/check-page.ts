// The self-check page's script: reads the profile from the address bar or the form, evaluates it
// against every jurisdiction's rules in the browser, and draws each evaluation's view
// (evaluation-view.ts, where the wording lives) as text, with DOM methods only.
import { asRulesDocument, type CheckDocument } from '../lib/eligibility/check-documents.ts';
import { evaluateProfile } from '../lib/eligibility/evaluate.ts';
import { CHECK_MESSAGES, evaluationView, type CiteLinkView, type EvaluationView } from '../lib/eligibility/evaluation-view.ts';
import { FUNCTION_CHECKBOX, formToSearchParams } from '../lib/eligibility/profile-form.ts';
import { FIGURE_LETTERS, FUNCTION_PARAM_PREFIX, PROFILE_PARAMS, profileFromSearchParams, profileToSearchParams, type FunctionFigure, type Profile } from '../lib/eligibility/profile.ts';
import { withBase } from '../lib/site-base.ts';

/** The path this site is served under (Astro's base): the rules' pages and data are there. */
const BASE = import.meta.env.BASE_URL;

function element<K extends keyof HTMLElementTagNameMap>(document: Document, tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function citeLinks(document: Document, cites: readonly CiteLinkView[]): HTMLElement {
  const span = element(document, 'span');
  cites.forEach((cite, index) => {
    if (index > 0) span.append('、');
    if (cite.href === null) {
      span.append(cite.label);
      return;
    }
    const link = element(document, 'a', cite.label);
    link.href = withBase(BASE, cite.href);
    span.append(link);
  });
  return span;
}

function renderEvaluation(document: Document, view: EvaluationView): HTMLElement {
  const section = element(document, 'section', undefined, 'mt-6');
  section.id = view.id;
  section.append(element(document, 'h3', view.heading), element(document, 'p', view.about, 'text-sm'));
  if (view.statusNote) {
    // The same look as the pages' RulesStatusNote component.
    const note = element(document, 'p', undefined, 'text-sm border-l-4 border-suspended bg-suspended-bg px-3 py-1');
    note.dataset['statusNote'] = view.statusNote.status;
    note.append(element(document, 'strong', view.statusNote.label, 'text-suspended'), `：${view.statusNote.text}`);
    section.append(note);
  }
  const wrap = element(document, 'div', undefined, 'table-scroll');
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', view.tableLabel);
  wrap.tabIndex = 0;
  // table.cards: on a phone each condition is a card with its labelled figures (global.css).
  const table = element(document, 'table', undefined, 'cards sm:min-w-[40rem]');
  const head = element(document, 'tr');
  for (const text of view.columns) {
    const th = element(document, 'th', text);
    th.scope = 'col';
    head.append(th);
  }
  table.append(element(document, 'thead'), element(document, 'tbody'));
  table.tHead?.append(head);
  for (const rowView of view.rows) {
    const row = element(document, 'tr');
    row.dataset['key'] = rowView.key;
    row.dataset['outcome'] = rowView.outcome;
    const label = element(document, 'th', rowView.condition, 'sm:font-normal');
    label.scope = 'row';
    const cite = element(document, 'td');
    if (rowView.cites.length > 0) cite.append(citeLinks(document, rowView.cites));
    const cells = [element(document, 'td', rowView.required), element(document, 'td', rowView.actual), element(document, 'td', rowView.result, rowView.emphasised ? 'font-bold' : ''), cite];
    // An empty cell (a condition no article sets) gets no label, so a card shows no bare “依据：”.
    cells.forEach((cell, index) => {
      if (cell.hasChildNodes()) cell.dataset['label'] = view.columns[index + 1] ?? '';
    });
    row.append(label, ...cells);
    table.tBodies[0]?.append(row);
  }
  wrap.append(table);
  section.append(wrap);
  if (view.functions.length > 0) {
    section.append(element(document, 'h4', view.functionsHeading, 'font-bold mt-3'));
    const list = element(document, 'ul', undefined, 'list-disc pl-6');
    for (const line of view.functions) {
      const item = element(document, 'li', line.text);
      if (line.unlisted) item.dataset['unlisted'] = '';
      if (line.cites.length > 0) item.append('（', citeLinks(document, line.cites), '）');
      if (line.details.length > 0) {
        const details = element(document, 'ul', undefined, 'list-disc pl-5 text-sm');
        for (const text of line.details) details.append(element(document, 'li', text));
        item.append(details);
      }
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
  const load = () => (documents ??= fetch(withBase(BASE, '/check/rules.json')).then((response) => response.json() as Promise<CheckDocument[]>));

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
    status.textContent = CHECK_MESSAGES.running;
    try {
      const sources = await load();
      const views = sources.map((source) => evaluationView(source, evaluateProfile(profile, asRulesDocument(source)), profile));
      const summary = element(document, 'ul', undefined, 'list-disc pl-6');
      for (const view of views) {
        const item = element(document, 'li');
        // A target a finger can hit on a phone: 44 px tall.
        const link = element(document, 'a', view.summary.name, 'inline-flex min-h-11 items-center');
        link.href = view.summary.href;
        item.append(link, `：${view.summary.verdict}`);
        summary.append(item);
      }
      results.replaceChildren(summary, ...views.map((view) => renderEvaluation(document, view)));
      status.textContent = CHECK_MESSAGES.done(sources.length);
    } catch {
      status.textContent = CHECK_MESSAGES.failed;
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const invalid = invalidFields();
    if (invalid.length > 0) {
      errors.replaceChildren(element(document, 'p', CHECK_MESSAGES.invalidHeading, 'font-bold m-0'));
      const list = element(document, 'ul', undefined, 'list-disc pl-6 m-0');
      for (const field of invalid) {
        const link = element(document, 'a', CHECK_MESSAGES.invalidField(form.querySelector(`label[for="${field.id}"]`)?.textContent ?? field.name), 'inline-flex min-h-11 items-center');
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
