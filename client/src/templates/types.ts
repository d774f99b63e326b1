// The shapes of a template: its front matter (title, description, variables) and where it came from.

export type VariableType = 'text' | 'paragraph' | 'number' | 'date' | 'list' | 'choice' | 'table';

export const VARIABLE_TYPES: readonly VariableType[] = ['text', 'paragraph', 'number', 'date', 'list', 'choice', 'table'];

/** One variable a template declares: a form field in the preview and a name in the template. */
export interface Variable {
  name: string;
  /** Chinese label: the field's caption and the visible placeholder 【label】 when left empty. */
  label: string;
  type: VariableType;
  required: boolean;
  /** Initial value in the form, as the form holds it (a list: one item per line; a date: YYYY-MM-DD or 'today'). */
  default: string;
  /** A realistic filled-in value: the 填入示例 button and the tests use it. */
  example: string;
  help: string;
  /** The options of a choice. */
  choices: string[];
  /** A table's named columns: the first holds the row labels. */
  columns: string[];
  /** A table's computed total row: its label (合计), or '' for none. */
  total: string;
}

export interface TemplateMeta {
  title: string;
  description: string;
  variables: Variable[];
}

/** Where a template was found. */
export type TemplateOrigin = 'builtin' | 'workspace' | 'user';

/** A problem with a template, pointing at a line of its file when one is known (1-based). */
export interface TemplateProblem {
  message: string;
  line?: number;
  column?: number;
}

/** A template file as read from its folder: front matter parsed, body ready for nunjucks. */
export interface TemplateFile {
  /** Unique across origins, e.g. "builtin:work-report". */
  id: string;
  /** The file name inside its folder, e.g. "work-report.njk": the name nunjucks knows it by. */
  name: string;
  origin: TemplateOrigin;
  /** Absolute path of the file, for opening it at an error's line. */
  path: string;
  /** Template source with the front matter lines blanked, so line numbers match the file. */
  body: string;
  /** Present when the front matter is valid. */
  meta?: TemplateMeta;
  /** Problems with the front matter; a template with any cannot be rendered. */
  problems: TemplateProblem[];
}

/** Form values as the webview holds them: every field a string (a list is one item per line; a table one row per line, its cells parted by tabs or |). */
export type FormValues = Record<string, string>;

/** A number as a form holds it: digits, an optional decimal part, optional thousands separators. */
export const NUMBER_PATTERN = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
