// Messages between the template preview webview and the extension host, typed once for both sides.
// The host validates every incoming message: a webview is a web page and its messages are untrusted input.

import type { FormValues, TemplateOrigin, TemplateProblem, VariableType } from '../templates/types';

/** A form field: a template variable as the webview shows it. */
export interface FieldView {
  name: string;
  label: string;
  type: VariableType;
  required: boolean;
  help: string;
  choices: string[];
  /** A table's columns (empty for other types). */
  columns: string[];
  example: string;
}

export interface TemplateView {
  id: string;
  title: string;
  description: string;
  origin: TemplateOrigin;
  /** The file name, shown for custom templates. */
  fileName: string;
  fields: FieldView[];
}

/** Where 插入 will put the draft. */
export interface TargetView {
  /** e.g. “报告.md 第 12 行” */
  label: string;
  hasSelection: boolean;
}

/** A finding of the checker on the rendered draft, listed under “检查发现 n 个问题” and marked on the page. */
export interface ProblemView {
  rule: string;
  severity: 'error' | 'warning' | 'information' | 'hint';
  message: string;
}

export interface RenderStats {
  /** Unfilled placeholders the checker found in the draft. */
  placeholders: number;
  /** Other findings of the checker. */
  findings: number;
  /** Host time for render, check and HTML, in milliseconds. */
  elapsedMs: number;
}

export type HostMessage =
  | { type: 'template'; template: TemplateView; values: FormValues; target: TargetView | null }
  | { type: 'rendered'; seq: number; html: string; markdown: string; stats: RenderStats; problems: ProblemView[] }
  | { type: 'failed'; seq: number; problem: TemplateProblem; canOpen: boolean }
  | { type: 'target'; target: TargetView | null }
  | { type: 'status'; level: 'info' | 'error'; text: string };

export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'values'; template: string; seq: number; values: FormValues }
  | { type: 'insert'; template: string; values: FormValues; replaceSelection: boolean }
  | { type: 'newDocument'; template: string; values: FormValues }
  | { type: 'exportWord'; template: string; values: FormValues }
  | { type: 'openTemplate' };

/** The template id every form message carries: a message meant for a template since replaced is dropped. */
export type FormMessage = Extract<WebviewMessage, { template: string }>;

/** Limits on what a webview may send: far above any real form, low enough to refuse junk. */
export const MAX_FIELDS = 200;
export const MAX_VALUE_LENGTH = 100_000;

const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,39}$/;
/** Variable names can never be these (the schema reserves them); a message naming one is not from our form. */
const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readValues(value: unknown): FormValues | undefined {
  if (!isRecord(value)) return undefined;
  const entries = Object.entries(value);
  if (entries.length > MAX_FIELDS) return undefined;
  const values: FormValues = {};
  for (const [key, v] of entries) {
    if (!FIELD_NAME.test(key) || PROTOTYPE_NAMES.has(key) || typeof v !== 'string' || v.length > MAX_VALUE_LENGTH) return undefined;
    values[key] = v;
  }
  return values;
}

function readTemplateId(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= 1000 ? value : undefined;
}

/** A message from the webview, or undefined when it is not one this protocol knows. */
export function parseWebviewMessage(raw: unknown): WebviewMessage | undefined {
  if (!isRecord(raw) || typeof raw.type !== 'string') return undefined;
  switch (raw.type) {
    case 'ready':
      return { type: 'ready' };
    case 'openTemplate':
      return { type: 'openTemplate' };
    case 'values': {
      const values = readValues(raw.values);
      const template = readTemplateId(raw.template);
      if (!values || template === undefined || typeof raw.seq !== 'number' || !Number.isSafeInteger(raw.seq) || raw.seq < 0) return undefined;
      return { type: 'values', template, seq: raw.seq, values };
    }
    case 'insert': {
      const values = readValues(raw.values);
      const template = readTemplateId(raw.template);
      if (!values || template === undefined || typeof raw.replaceSelection !== 'boolean') return undefined;
      return { type: 'insert', template, values, replaceSelection: raw.replaceSelection };
    }
    case 'newDocument':
    case 'exportWord': {
      const values = readValues(raw.values);
      const template = readTemplateId(raw.template);
      return values && template !== undefined ? { type: raw.type, template, values } : undefined;
    }
    default:
      return undefined;
  }
}
