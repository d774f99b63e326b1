// Configuration as data: what `.gongwenrc.json` and the editor's settings may say, validated into a
// resolved form. Reading files is the caller's business; this module never touches the disk.

import { DOCUMENT_TYPES, type DocumentType, type Severity, type SeveritySetting } from './types';
import type { Rule, RuleOptions } from './rule';

export interface RuleSetting {
  severity: SeveritySetting;
  options: RuleOptions;
}

export interface ResolvedConfig {
  rules: Map<string, RuleSetting>;
  placeholders: RegExp[];
  /** Set when configuration fixes the type instead of reading it from the title. */
  documentType?: DocumentType;
}

export interface ConfigResult {
  config: ResolvedConfig;
  /** Problems found, in Chinese; when any is present the defaults are in force. */
  errors: string[];
}

const SEVERITIES: readonly SeveritySetting[] = ['off', 'hint', 'information', 'warning', 'error'];

export function defaultConfig(rules: readonly Rule[]): ResolvedConfig {
  return {
    rules: new Map(rules.map((r) => [r.id, { severity: r.severity, options: { ...r.options } }])),
    placeholders: [],
  };
}

/**
 * Turn a pattern from configuration into a global regular expression: "/re/flags" or a literal string. A pattern
 * that can backtrack without end on a long line (a repeated group that repeats or alternates inside, as in
 * (a+)+ or (a|aa)*, or a back-reference) is refused: a .gongwenrc.json from any repository must not hang the
 * checker.
 */
export function placeholderPattern(source: string): RegExp {
  const m = /^\/(.+)\/([a-z]*)$/.exec(source);
  if (m) {
    const problem = backtrackingRisk(m[1]!);
    if (problem) throw new Error(problem);
    return new RegExp(m[1]!, m[2]!.includes('g') ? m[2]! : m[2]! + 'g');
  }
  return new RegExp(source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g');
}

/** Why a regular expression's source may backtrack without end, or undefined. */
export function backtrackingRisk(source: string): string | undefined {
  // per open group: whether it holds a quantifier or an alternation
  const groups: Array<{ repeats: boolean }> = [];
  let closed: { repeats: boolean } | undefined; // the group that just closed, if the next token may quantify it
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    const repeated = ch === '*' || ch === '+' || (ch === '{' && /^\{\d+(?:,\d*)?\}/.test(source.slice(i)));
    if (closed?.repeats && repeated) return '一个会重复的组里又有重复或“|”分支（如 (a+)+、(a|aa)*），在长文本上会使检查停不下来（nested repetition）';
    closed = undefined;
    if (ch === '\\') {
      if (/[1-9k]/.test(source[i + 1] ?? '')) return '含反向引用（\\1、\\k<…>），在长文本上会使检查停不下来（back-reference）';
      i++;
      continue;
    }
    if (ch === '[') {
      // a character class: skip to its end
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      continue;
    }
    if (ch === '(') groups.push({ repeats: false });
    else if (ch === ')') {
      closed = groups.pop();
      if (closed?.repeats && groups.length > 0) groups[groups.length - 1]!.repeats = true;
    } else if ((ch === '*' || ch === '+' || ch === '?' || ch === '{' || ch === '|') && groups.length > 0) {
      // a lazy or possessive mark after a quantifier, or (?: (?= (?! (?<, is not a repetition
      if (ch === '?' && (source[i - 1] === '(' || /[*+?}]/.test(source[i - 1] ?? ''))) continue;
      groups[groups.length - 1]!.repeats = true;
    }
  }
  return undefined;
}

/**
 * Validate a parsed configuration object. `where` names its source in messages. Any error leaves the
 * defaults in force, so one typo never half-applies a file.
 */
export function resolveConfig(raw: unknown, rules: readonly Rule[], where: string): ConfigResult {
  const config = defaultConfig(rules);
  const errors: string[] = [];
  if (raw === undefined || raw === null) return { config, errors };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { config, errors: [`${where}：配置应为一个 JSON 对象（configuration must be a JSON object）`] };
  }
  const known = new Map(rules.map((r) => [r.id, r]));
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!['rules', 'placeholders', 'documentType', '$schema'].includes(key)) {
      errors.push(`${where}：未知的配置项“${key}”，可用的有 rules、placeholders、documentType（unknown key）`);
    }
  }
  if (obj.rules !== undefined) {
    if (typeof obj.rules !== 'object' || obj.rules === null || Array.isArray(obj.rules)) {
      errors.push(`${where}：“rules”应为对象，如 {"placeholder": "error"}（"rules" must be an object）`);
    } else {
      for (const [id, value] of Object.entries(obj.rules as Record<string, unknown>)) {
        const rule = known.get(id);
        if (!rule) {
          errors.push(`${where}：${unknownRule(id, rules)}；可用的规则：${[...known.keys()].join('、')}`);
          continue;
        }
        const setting = readRuleSetting(value, rule, `${where}：规则“${id}”`, errors);
        if (setting) config.rules.set(id, setting);
      }
    }
  }
  if (obj.placeholders !== undefined) {
    if (!Array.isArray(obj.placeholders) || obj.placeholders.some((p) => typeof p !== 'string' || p === '')) {
      errors.push(`${where}：“placeholders”应为非空字符串数组，如 ["待定", "/〔\\\\S+〕/"]（"placeholders" must be an array of strings）`);
    } else {
      for (const p of obj.placeholders as string[]) {
        try {
          config.placeholders.push(placeholderPattern(p));
        } catch (e) {
          const invalid = e instanceof SyntaxError;
          errors.push(`${where}：占位符模式“${p}”${invalid ? '不是有效的正则表达式（invalid regular expression）' : '不能使用（unusable pattern）'}：${(e as Error).message}`);
        }
      }
    }
  }
  if (obj.documentType !== undefined && obj.documentType !== 'auto') {
    if (typeof obj.documentType !== 'string' || !DOCUMENT_TYPES.includes(obj.documentType as DocumentType)) {
      errors.push(`${where}：“documentType”应为 auto、${DOCUMENT_TYPES.join('、')} 之一（invalid document type）`);
    } else {
      config.documentType = obj.documentType as DocumentType;
    }
  }
  return errors.length > 0 ? { config: defaultConfig(rules), errors } : { config, errors };
}

/** 规则“x”不存在, with the nearest rule id when there is a plausible one: the same words in .gongwenrc.json and in a comment. */
export function unknownRule(name: string, rules: readonly Rule[]): string {
  const near = nearestRuleId(name, rules);
  return `规则“${name}”不存在（unknown rule）${near ? `，是不是“${near}”？（did you mean ${near}?）` : ''}`;
}

/**
 * The rule id a misspelt name most likely meant: the one rule whose Chinese title holds it (占位符), the one id
 * it is a part of (punctuation), or the id fewest edits away (letters added, dropped, changed or swapped) if
 * that is at most a third of the name's length (placehodler).
 */
export function nearestRuleId(name: string, rules: readonly Rule[]): string | undefined {
  const byTitle = rules.filter((r) => r.title.includes(name));
  if (byTitle.length === 1 && name.length >= 2) return byTitle[0]!.id;
  const lower = name.toLowerCase();
  // a part of an id: punctuation → punctuation-width, sum → number-sum (but number names five)
  const parts = rules.filter((r) => r.id.startsWith(`${lower}-`) || r.id.endsWith(`-${lower}`));
  if (parts.length === 1) return parts[0]!.id;
  let best: { id: string; distance: number } | undefined;
  for (const rule of rules) {
    const distance = editDistance(lower, rule.id);
    if (!best || distance < best.distance) best = { id: rule.id, distance };
  }
  return best && best.distance <= Math.max(1, Math.floor(name.length / 3)) ? best.id : undefined;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

function readRuleSetting(value: unknown, rule: Rule, where: string, errors: string[]): RuleSetting | undefined {
  const severityOf = (v: unknown): SeveritySetting | undefined => (typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v) ? (v as SeveritySetting) : undefined);
  if (Array.isArray(value)) {
    const severity = severityOf(value[0]);
    const options = value[1];
    if (!severity || value.length > 2 || (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options)))) {
      errors.push(`${where}应写作 "warning" 或 ["warning", {选项}]（expected a severity or [severity, options]）`);
      return undefined;
    }
    const merged: RuleOptions = { ...rule.options };
    for (const [k, v] of Object.entries((options ?? {}) as RuleOptions)) {
      if (!(k in rule.options)) {
        errors.push(`${where}没有选项“${k}”（unknown option）；可用：${Object.keys(rule.options).join('、') || '无'}`);
        continue;
      }
      if (typeof v !== typeof rule.options[k]) {
        errors.push(`${where}的选项“${k}”应为 ${typeof rule.options[k]} 类型（wrong option type）`);
        continue;
      }
      merged[k] = v;
    }
    return { severity, options: merged };
  }
  const severity = severityOf(value);
  if (!severity) {
    errors.push(`${where}的级别应为 off、hint、information、warning、error 之一，或 [级别, {选项}]（invalid severity）`);
    return undefined;
  }
  return { severity, options: { ...rule.options } };
}

export function isSeverity(s: SeveritySetting): s is Severity {
  return s !== 'off';
}
