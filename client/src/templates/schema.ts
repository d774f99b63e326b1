// The front matter schema and its validator: what a template may declare, checked before it is used.
// Messages are Chinese first with English after; each carries the path of the offending value.

import { NUMBER_PATTERN, VARIABLE_TYPES, type TemplateMeta, type Variable, type VariableType } from './types';
import { parseIsoDate } from './format';
import { tableValueProblem } from './tableValue';

/** A small JSON-Schema-like description, enough for front matter. */
export type Schema =
  | { kind: 'string'; min?: number; max?: number; pattern?: RegExp; patternHint?: string; enum?: readonly string[]; not?: readonly string[] }
  | { kind: 'boolean' }
  | { kind: 'value' } // a default or example: string, number, or a list of strings
  | { kind: 'array'; items: Schema; min?: number; max?: number }
  | { kind: 'object'; properties: Record<string, { schema: Schema; required?: boolean }> };

export type SchemaPath = ReadonlyArray<string | number>;

export interface SchemaError {
  path: SchemaPath;
  message: string;
}

/** Names a variable may not take: nunjucks keywords and globals, and Object.prototype members. */
const RESERVED_NAMES: readonly string[] = [
  'true', 'false', 'none', 'null', 'and', 'or', 'not', 'in', 'is', 'if', 'else', 'for', 'loop', 'range', 'cycler', 'joiner', 'caller', 'super',
  ...Object.getOwnPropertyNames(Object.prototype),
];

export const FRONT_MATTER_SCHEMA: Schema = {
  kind: 'object',
  properties: {
    title: { schema: { kind: 'string', min: 1, max: 30 }, required: true },
    description: { schema: { kind: 'string', min: 1, max: 120 }, required: true },
    variables: {
      required: true,
      schema: {
        kind: 'array',
        max: 60,
        items: {
          kind: 'object',
          properties: {
            name: {
              required: true,
              schema: { kind: 'string', pattern: /^[A-Za-z_][A-Za-z0-9_]{0,39}$/, patternHint: '字母或下划线开头，由字母、数字、下划线组成（letters, digits, underscore）', not: RESERVED_NAMES },
            },
            // the label doubles as the placeholder 【label】, which the checker finds only when short and without 。！？【】
            label: { required: true, schema: { kind: 'string', min: 1, max: 16, pattern: /^[^\n【】。！？]+$/, patternHint: '一行，不含【】。！？（one line, without 【】。！？）' } },
            type: { required: true, schema: { kind: 'string', enum: VARIABLE_TYPES } },
            required: { schema: { kind: 'boolean' } },
            default: { schema: { kind: 'value' } },
            example: { schema: { kind: 'value' } },
            help: { schema: { kind: 'string', max: 300 } },
            choices: { schema: { kind: 'array', min: 1, max: 50, items: { kind: 'string', min: 1, max: 100 } } },
            // a table: its columns (the first holds the row labels) and the label of its computed total row
            columns: { schema: { kind: 'array', min: 2, max: 12, items: { kind: 'string', min: 1, max: 20, pattern: /^[^\n|]+$/, patternHint: '一行，不含 |（one line, without |）' } } },
            total: { schema: { kind: 'string', max: 8 } },
          },
        },
      },
    },
  },
};

const describe = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? '列表（list）' : typeof v === 'object' ? '对象（object）' : `“${String(v)}”`);

/** Validate a value against a schema; every error is collected, not only the first. */
export function validate(value: unknown, schema: Schema, path: SchemaPath = []): SchemaError[] {
  const errors: SchemaError[] = [];
  const fail = (message: string, at: SchemaPath = path): void => void errors.push({ path: at, message });
  switch (schema.kind) {
    case 'string': {
      if (typeof value !== 'string') {
        fail(`应为文字，实为${describe(value)}（expected a string）`);
        break;
      }
      const length = [...value].length;
      if (schema.min !== undefined && length < schema.min) fail(schema.min === 1 ? '不能为空（must not be empty）' : `至少 ${schema.min} 个字（too short）`);
      else if (schema.max !== undefined && length > schema.max) fail(`不能超过 ${schema.max} 个字，实为 ${length} 个（at most ${schema.max} characters）`);
      if (schema.enum && !schema.enum.includes(value)) fail(`应为 ${schema.enum.join('、')} 之一，实为“${value}”（must be one of ${schema.enum.join(', ')}）`);
      if (schema.pattern && length > 0 && !schema.pattern.test(value)) fail(`格式不对：“${value}”，应为${schema.patternHint ?? schema.pattern.source}`);
      if (schema.not?.includes(value)) fail(`“${value}”是保留字，请换一个名字（reserved word）`);
      break;
    }
    case 'boolean':
      if (typeof value !== 'boolean') fail(`应为 true 或 false，实为${describe(value)}（expected a boolean）`);
      break;
    case 'value':
      if (
        !(typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) || (Array.isArray(value) && value.every((v) => typeof v === 'string')))
      ) {
        fail(`应为文字、数字或文字列表，实为${describe(value)}（expected a string, a number or a list of strings）`);
      }
      break;
    case 'array': {
      if (!Array.isArray(value)) {
        fail(`应为列表，实为${describe(value)}（expected a list）`);
        break;
      }
      if (schema.min !== undefined && value.length < schema.min) fail(`至少要有 ${schema.min} 项（at least ${schema.min} item(s)）`);
      if (schema.max !== undefined && value.length > schema.max) fail(`不能超过 ${schema.max} 项（at most ${schema.max} items）`);
      value.forEach((item, i) => errors.push(...validate(item, schema.items, [...path, i])));
      break;
    }
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        fail(`应为键值对象，实为${describe(value)}（expected a mapping）`);
        break;
      }
      const obj = value as Record<string, unknown>;
      for (const key of Object.keys(obj)) {
        if (!Object.hasOwn(schema.properties, key)) {
          fail(`未知的键“${key}”，可用的有 ${Object.keys(schema.properties).join('、')}（unknown key）`, [...path, key]);
        }
      }
      for (const [key, prop] of Object.entries(schema.properties)) {
        if (obj[key] === undefined || obj[key] === null) {
          if (prop.required) fail(`缺少“${key}”（"${key}" is required）`, [...path, key]);
          continue;
        }
        errors.push(...validate(obj[key], prop.schema, [...path, key]));
      }
      break;
    }
  }
  return errors;
}

/** A default or example as the form holds it: a list becomes one item per line. */
function formValue(value: unknown): string {
  if (Array.isArray(value)) return value.join('\n');
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value : '';
}

/** Why a value does not fit a variable's type, or undefined when it does. */
export function valueProblem(type: VariableType, value: string, choices: readonly string[], allowToday: boolean, columns: readonly string[] = []): string | undefined {
  if (value === '') return undefined;
  switch (type) {
    case 'table':
      return tableValueProblem(value, columns);
    case 'text':
      return value.includes('\n') ? '单行文字不能换行（text must be one line）' : undefined;
    case 'number':
      return NUMBER_PATTERN.test(value.trim()) ? undefined : `“${value}”不是数字（not a number）`;
    case 'date':
      if (allowToday && value === 'today') return undefined;
      return parseIsoDate(value) ? undefined : `“${value}”不是 YYYY-MM-DD 形式的日期${allowToday ? '或 today' : ''}（expected YYYY-MM-DD${allowToday ? ' or today' : ''}）`;
    case 'choice':
      return choices.includes(value) ? undefined : `“${value}”不在可选项 ${choices.join('、')} 之中（not one of the choices）`;
    default:
      return undefined;
  }
}

/** Validate parsed front matter and build the template's metadata. */
export function readMeta(raw: unknown): { meta?: TemplateMeta; errors: SchemaError[] } {
  const errors = validate(raw, FRONT_MATTER_SCHEMA);
  if (errors.length > 0) return { errors };
  const obj = raw as { title: string; description: string; variables: Array<Record<string, unknown>> };
  const variables: Variable[] = [];
  const seen = new Set<string>();
  obj.variables.forEach((v, i) => {
    const at = (key: string): SchemaPath => ['variables', i, key];
    const type = v.type as VariableType;
    const name = v.name as string;
    const choices = (v.choices as string[] | undefined) ?? [];
    const columns = (v.columns as string[] | undefined) ?? [];
    if (type === 'table' && columns.length === 0) errors.push({ path: at('type'), message: `表格变量“${name}”缺少 columns 列表（a table needs "columns"）` });
    if (type !== 'table' && v.columns !== undefined) errors.push({ path: at('columns'), message: `只有 table 类型的变量才有 columns（"columns" is only for type table）` });
    if (type !== 'table' && v.total !== undefined) errors.push({ path: at('total'), message: `只有 table 类型的变量才有 total（"total" is only for type table）` });
    if (new Set(columns).size !== columns.length) errors.push({ path: at('columns'), message: `columns 中有重复的列名（duplicate columns）` });
    if (seen.has(name)) errors.push({ path: at('name'), message: `变量名“${name}”重复（duplicate variable name）` });
    seen.add(name);
    if (type === 'choice' && choices.length === 0) errors.push({ path: at('type'), message: `选项变量“${name}”缺少 choices 列表（a choice needs "choices"）` });
    if (type !== 'choice' && v.choices !== undefined) errors.push({ path: at('choices'), message: `只有 choice 类型的变量才有 choices（"choices" is only for type choice）` });
    if (new Set(choices).size !== choices.length) errors.push({ path: at('choices'), message: `choices 中有重复项（duplicate choices）` });
    const variable: Variable = {
      name,
      label: v.label as string,
      type,
      required: (v.required as boolean | undefined) ?? false,
      default: formValue(v.default),
      example: formValue(v.example),
      help: (v.help as string | undefined) ?? '',
      choices,
      columns,
      total: type === 'table' ? ((v.total as string | undefined) ?? '合计') : '',
    };
    for (const key of ['default', 'example'] as const) {
      if (Array.isArray(v[key]) && type !== 'list' && type !== 'table') errors.push({ path: at(key), message: `只有 list 和 table 类型的变量才能用列表作${key}（only a list or a table takes a list）` });
      const problem = valueProblem(type, variable[key], choices, key === 'default', columns);
      if (problem) errors.push({ path: at(key), message: problem });
    }
    variables.push(variable);
  });
  if (errors.length > 0) return { errors };
  return { meta: { title: obj.title, description: obj.description, variables }, errors };
}
