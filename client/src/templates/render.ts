// From form values to Markdown: each variable typed by its declaration, an empty required one written as a
// visible placeholder (【label】, or xx for a number) that the checker flags, an empty optional one left out; a
// table as a GFM table with its total row computed.

import { TemplateEnvironment } from './environment';
import { gbDate, isoDate, stripLeadingOrdinal } from './format';
import { renderTable } from './table';
import type { FormValues, TemplateFile, TemplateMeta, TemplateProblem, Variable } from './types';

export type RenderResult = { ok: true; markdown: string } | { ok: false; problem: TemplateProblem };

/** The placeholder a required variable shows while empty. */
export function placeholderFor(variable: Variable): string {
  return variable.type === 'number' ? 'xx' : `【${variable.label}】`;
}

/** The form's starting values: each default, `today` resolved against the given day. */
export function initialValues(meta: TemplateMeta, today: Date = new Date()): FormValues {
  const values: FormValues = {};
  for (const v of meta.variables) values[v.name] = v.type === 'date' && v.default === 'today' ? isoDate(today) : v.default;
  return values;
}

/** Every variable at its example value: what 填入示例 shows and what the tests check. */
export function exampleValues(meta: TemplateMeta): FormValues {
  return Object.fromEntries(meta.variables.map((v) => [v.name, v.example]));
}

/** The nunjucks context for form values: strings, list items as arrays, dates as 2024年7月5日. */
export function templateContext(meta: TemplateMeta, values: FormValues): Record<string, unknown> {
  const context: Record<string, unknown> = Object.create(null);
  for (const v of meta.variables) {
    const raw = typeof values[v.name] === 'string' ? values[v.name]! : '';
    context[v.name] = typedValue(v, raw);
  }
  return context;
}

function typedValue(v: Variable, raw: string): string | string[] {
  const empty = v.required ? placeholderFor(v) : '';
  switch (v.type) {
    case 'text':
      return raw.replace(/\s*[\r\n]+\s*/g, '').trim() || empty;
    case 'paragraph': {
      // one paragraph per line the writer typed; blank lines do not make empty paragraphs
      const paragraphs = lines(raw);
      return paragraphs.length > 0 ? paragraphs.join('\n\n') : empty;
    }
    case 'number':
      return raw.trim() || empty;
    case 'date': {
      const t = raw.trim();
      return t === '' ? empty : (gbDate(t) ?? t);
    }
    case 'list': {
      const items = lines(raw).map(stripLeadingOrdinal).filter((s) => s !== '');
      return items.length > 0 ? items : v.required ? [placeholderFor(v)] : [];
    }
    case 'choice':
      return v.choices.includes(raw) ? raw : empty;
    case 'table':
      return renderTable(v, raw);
  }
}

function lines(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** Render one template with form values. Never throws. */
export function renderTemplate(env: TemplateEnvironment, file: TemplateFile, values: FormValues): RenderResult {
  if (!file.meta) return { ok: false, problem: file.problems[0] ?? { message: '模板前置信息有误（invalid front matter）' } };
  const result = env.render(file.name, templateContext(file.meta, values));
  if ('problem' in result) return { ok: false, problem: result.problem };
  return { ok: true, markdown: tidyMarkdown(result.markdown) };
}

/** At most one blank line between blocks, no trailing spaces, one final newline. */
export function tidyMarkdown(markdown: string): string {
  return (
    markdown
      .replace(/\r\n?/g, '\n')
      .replace(/[ \t]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}
