// One template ready to fill: its file, the environment of its folder, and the render of form values to
// Markdown, the checker's findings on it and the preview HTML. What the panel calls on every keystroke.

import { check } from '../../../server/src/engine';
import { markdownToHtml, type MarkSpan } from './markdownHtml';
import type { FieldView, ProblemView, RenderStats, TemplateView } from './protocol';
import { TemplateEnvironment } from '../templates/environment';
import { renderTemplate } from '../templates/render';
import type { FormValues, TemplateFile, TemplateProblem } from '../templates/types';

export type PreviewResult = { ok: true; markdown: string; html: string; stats: RenderStats; problems: ProblemView[] } | { ok: false; problem: TemplateProblem };

export class TemplateSession {
  constructor(
    readonly file: TemplateFile,
    readonly env: TemplateEnvironment,
  ) {}

  /** A session for one file of a folder; `folder` are all the files its includes may name. */
  static of(file: TemplateFile, folder: readonly TemplateFile[]): TemplateSession {
    return new TemplateSession(file, new TemplateEnvironment(folder));
  }

  view(): TemplateView {
    const fields: FieldView[] = (this.file.meta?.variables ?? []).map((v) => ({
      name: v.name,
      label: v.label,
      type: v.type,
      required: v.required,
      help: v.help,
      choices: v.choices,
      columns: v.columns,
      example: v.example,
    }));
    return {
      id: this.file.id,
      title: this.file.meta?.title ?? this.file.name,
      description: this.file.meta?.description ?? '',
      origin: this.file.origin,
      fileName: this.file.name,
      fields,
    };
  }

  /** Markdown only: what 插入 and 新建文档 use. */
  markdown(values: FormValues): { ok: true; markdown: string } | { ok: false; problem: TemplateProblem } {
    return renderTemplate(this.env, this.file, values);
  }

  /** Markdown, the checker's view of it, and the page-like HTML with placeholders marked. */
  preview(values: FormValues): PreviewResult {
    const started = performance.now();
    const result = this.markdown(values);
    if (!result.ok) return result;
    const { findings } = check(result.markdown);
    const slots = findings.filter((f) => f.rule === 'placeholder');
    const problems = findings.filter((f) => f.rule !== 'placeholder');
    // placeholders are slots to fill; every other finding is marked where it is and listed, in the same order
    const marks: MarkSpan[] = [
      ...slots.map((f) => ({ offset: f.offset, endOffset: f.endOffset })),
      ...problems.map((f) => ({ offset: f.offset, endOffset: f.endOffset, kind: f.severity, message: f.message })),
    ];
    return {
      ok: true,
      markdown: result.markdown,
      html: markdownToHtml(result.markdown, { marks }),
      stats: { placeholders: slots.length, findings: problems.length, elapsedMs: performance.now() - started },
      problems: problems.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message })),
    };
  }
}
