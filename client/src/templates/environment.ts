// The nunjucks environment templates render in: a loader that serves only the files of the template's own
// folder (read beforehand, so nothing else on disk is reachable), no HTML escaping (templates produce
// Markdown), a few 公文 filters, and lookups that cannot climb to Function or the global object.

import * as nunjucks from 'nunjucks';
import type { SyntaxNode } from 'nunjucks';
import { chineseOrdinal, gbDate, parseNumber, weekday } from './format';
import type { TemplateFile, TemplateProblem } from './types';

/** Property names that lead from any value to constructors and prototypes: never looked up. */
const BLOCKED_MEMBERS = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype', 'caller', 'callee', 'arguments']);
const SAFE_INHERITED = new Set(['toString', 'valueOf', 'toLocaleString', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable']);
for (const name of SAFE_INHERITED) BLOCKED_MEMBERS.delete(name);
/** Names a template may not resolve from its context: everything Object.prototype carries. */
const BLOCKED_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

let hardened = false;

/**
 * nunjucks is not a sandbox: `range.constructor("return process")()` runs code. Its compiled templates reach
 * values only through runtime.memberLookup and runtime.contextOrFrameLookup, so both refuse the names that
 * lead to Function. Applied once, to the one nunjucks this extension bundles.
 */
function hardenRuntime(): void {
  if (hardened) return;
  hardened = true;
  const runtime = nunjucks.runtime;
  const memberLookup = runtime.memberLookup;
  const contextOrFrameLookup = runtime.contextOrFrameLookup;
  // The key is turned into a string once, and that string is both checked and used: an object key whose
  // toString answers "x" when checked and "constructor" when used would otherwise slip through.
  runtime.memberLookup = (obj: unknown, key: unknown): unknown => {
    const name = String(key);
    return BLOCKED_MEMBERS.has(name) ? undefined : memberLookup(obj, name);
  };
  runtime.contextOrFrameLookup = (context: unknown, frame: unknown, name: string): unknown =>
    BLOCKED_NAMES.has(name) ? undefined : contextOrFrameLookup(context, frame, name);
}

/** Serves the templates of one folder by file name; any other name (a path, `..`) is not found. */
class FolderLoader extends nunjucks.Loader {
  constructor(private readonly files: ReadonlyMap<string, TemplateFile>) {
    super();
  }

  override getSource(name: string): nunjucks.LoaderSource | null {
    const file = this.files.get(name);
    return file ? { src: file.body, path: file.name, noCache: false } : null;
  }

  // names are flat: an include names a sibling file, never a relative path
  override resolve(_from: string, to: string): string {
    return to;
  }
}

const PLACEHOLDER_NUMBER = 'xx';

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return typeof value === 'string' ? parseNumber(value) : undefined;
}

/** Round to at most `digits` decimals, without trailing zeros: 51.92 → "51.9", 50.0 → "50". */
function decimal(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

/** The filters templates may use, each safe with placeholder values (xx in, xx out). */
export const FILTERS: Record<string, (...args: never[]) => unknown> = {
  /** 3 → 三, for 一、 and （一） ordinals: `{{ loop.index | cn }}` */
  cn: (n: number) => chineseOrdinal(Number(n)),
  /** part ÷ whole × 100, e.g. `{{ done | percentOf(plan) }}%` → 51.9% */
  percentOf: (part: unknown, whole: unknown, digits: number = 1) => {
    const p = toNumber(part);
    const w = toNumber(whole);
    return p === undefined || w === undefined || w === 0 ? PLACEHOLDER_NUMBER : decimal((p / w) * 100, digits);
  },
  /** The sum of numbers: `{{ [a, b] | total }}`; xx when any is not filled. */
  total: (values: unknown[]) => {
    const numbers = (Array.isArray(values) ? values : []).map(toNumber);
    return numbers.some((n) => n === undefined) ? PLACEHOLDER_NUMBER : decimal(numbers.reduce((s: number, n) => s + n!, 0), 4);
  },
  /** Ensure a sentence ends with terminal punctuation: `{{ item | sentence }}`. */
  sentence: (text: unknown) => {
    const t = String(text ?? '').trimEnd();
    return t === '' || /[。！？；：…】”’）]$/.test(t) ? t : t + '。';
  },
  /** 2024-07-15 → 2024年7月15日 (date variables already arrive written so; this is for literals). */
  gbdate: (iso: unknown) => gbDate(String(iso ?? '')) ?? String(iso ?? ''),
  /** 2024年7月15日 → 星期一; empty when the date is not filled: `{{ day | weekday }}`. */
  weekday: (date: unknown) => weekday(String(date ?? '')) ?? '',
};

/** One folder's templates, compiled on first use. */
export class TemplateEnvironment {
  private readonly env: nunjucks.Environment;
  private readonly files: Map<string, TemplateFile>;

  constructor(files: readonly TemplateFile[]) {
    hardenRuntime();
    this.files = new Map(files.map((f) => [f.name, f]));
    this.env = new nunjucks.Environment(new FolderLoader(this.files), {
      autoescape: false,
      throwOnUndefined: false,
      trimBlocks: true,
      lstripBlocks: true,
    });
    for (const [name, filter] of Object.entries(FILTERS)) this.env.addFilter(name, filter);
  }

  /** Render a template of this folder; a syntax or runtime error comes back as a problem with its line. */
  render(name: string, context: Record<string, unknown>): { markdown: string } | { problem: TemplateProblem } {
    const file = this.files.get(name);
    if (!file) return { problem: { message: `找不到模板“${name}”（template not found）` } };
    const unknown = this.unknownFilter(file);
    if (unknown) return { problem: unknown };
    try {
      return { markdown: this.env.render(name, context) };
    } catch (error) {
      const problem = problemOf(error);
      // the parser reports a block left open only when it reaches the end of the file, without a line
      return { problem: problem.line === undefined ? (syntaxProblem(file.body) ?? problem) : problem };
    }
  }

  /** nunjucks reports an unknown filter without its line; find it in the syntax tree instead. */
  private unknownFilter(file: TemplateFile): TemplateProblem | undefined {
    let tree: SyntaxNode;
    try {
      tree = nunjucks.parser.parse(file.body, [], { trimBlocks: true, lstripBlocks: true });
    } catch {
      return undefined; // a syntax error: render reports it with its line
    }
    let found: TemplateProblem | undefined;
    const visit = (node: unknown): void => {
      if (found || !node || typeof node !== 'object') return;
      const n = node as SyntaxNode;
      if (n.typename === 'Filter') {
        const name = (n.name as SyntaxNode | undefined)?.value;
        if (typeof name === 'string' && !(name in this.env.filters)) {
          found = {
            message: `没有名为“${name}”的过滤器（unknown filter）；可用：${Object.keys(this.env.filters).join('、')}`,
            line: n.lineno + 1,
            column: n.colno + 1,
          };
          return;
        }
      }
      for (const field of n.fields ?? []) visit(n[field]);
      if (Array.isArray(n.children)) n.children.forEach(visit);
    };
    visit(tree);
    return found;
  }
}

/** A syntax error in a template body, with its line; undefined when it parses. For the pick, before any render. */
export function syntaxProblem(body: string): TemplateProblem | undefined {
  try {
    nunjucks.parser.parse(body, [], { trimBlocks: true, lstripBlocks: true });
    return undefined;
  } catch (error) {
    const problem = problemOf(error);
    const open = problem.line === undefined ? unclosedBlock(body) : undefined;
    return open ? { message: `${problem.message}；“{% ${open.tag} %}”没有对应的“{% end${open.tag} %}”（block not closed）`, line: open.line } : problem;
  }
}

/** A nunjucks error as a problem: its message without the template name, and its line and column. */
export function problemOf(error: unknown): TemplateProblem {
  const text = error instanceof Error ? error.message : String(error);
  const at = /\[Line (\d+)(?:, Column (\d+))?\]/.exec(text);
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const last = (lines[lines.length - 1] ?? text).replace(/^(?:Template render error: )?(?:\([^)]*\)\s*)?(?:\[Line \d+(?:, Column \d+)?\]\s*)?/, '').replace(/^Error: /, '');
  const problem: TemplateProblem = { message: `模板出错（template error）：${last}` };
  if (at) {
    problem.line = Number(at[1]);
    if (at[2]) problem.column = Number(at[2]);
  } else {
    // straight from the parser: a TemplateError whose (1-based) line is a property, not yet in its message
    const { lineno, colno } = error as { lineno?: unknown; colno?: unknown };
    if (typeof lineno === 'number' && lineno > 0) problem.line = lineno;
    if (typeof colno === 'number' && colno > 0 && problem.line) problem.column = colno;
  }
  return problem;
}

const BLOCK_TAGS = new Set(['if', 'for', 'asyncEach', 'asyncAll', 'macro', 'call', 'block', 'filter', 'raw', 'verbatim']);

/** The innermost block tag never closed, with its 1-based line. */
export function unclosedBlock(body: string): { tag: string; line: number } | undefined {
  const stack: Array<{ tag: string; line: number }> = [];
  const tag = /\{%-?\s*(\w+)([^%]*?)-?%\}/g;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    const name = m[1]!;
    const line = body.slice(0, m.index).split('\n').length;
    if (BLOCK_TAGS.has(name) || (name === 'set' && !m[2]!.includes('='))) stack.push({ tag: name, line });
    else if (name.startsWith('end')) {
      const at = stack.map((s) => s.tag).lastIndexOf(name.slice(3));
      if (at >= 0) stack.length = at;
    }
  }
  return stack[stack.length - 1];
}
