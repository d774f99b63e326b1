// Reading a template file: the YAML front matter between `---` lines, validated by the schema, and the
// nunjucks body with the front matter blanked so that error line numbers are the file's own.

import { load as loadYaml, CORE_SCHEMA, YAMLException } from 'js-yaml';
import { readMeta, type SchemaPath } from './schema';
import type { TemplateFile, TemplateOrigin, TemplateProblem } from './types';

export interface FrontMatterSplit {
  /** The YAML text, without the fences; undefined when the file has no front matter. */
  yaml?: string;
  /** The file with the front matter replaced by as many empty lines. */
  body: string;
  problems: TemplateProblem[];
}

const FENCE = /^---[ \t]*$/;
const END_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

export function splitFrontMatter(text: string): FrontMatterSplit {
  const source = text.replace(/^\uFEFF/, '');
  const lines = source.split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    return { body: source, problems: [{ message: '模板缺少前置信息：文件应以“---”行开头，写明 title、description、variables（missing front matter）', line: 1 }] };
  }
  const end = lines.findIndex((line, i) => i > 0 && END_FENCE.test(line));
  if (end < 0) {
    return { body: '', problems: [{ message: '前置信息没有结束的“---”行（front matter is not closed）', line: 1 }] };
  }
  return {
    yaml: lines.slice(1, end).join('\n'),
    body: '\n'.repeat(end + 1) + lines.slice(end + 1).join('\n'),
    problems: [],
  };
}

/** Parse and validate one template file. Never throws: problems are returned with their lines. */
export function parseTemplateFile(name: string, origin: TemplateOrigin, path: string, text: string): TemplateFile {
  const id = `${origin}:${name}`;
  const split = splitFrontMatter(text);
  const file: TemplateFile = { id, name, origin, path, body: split.body, problems: split.problems };
  if (split.yaml === undefined) return file;
  let raw: unknown;
  try {
    // CORE_SCHEMA: no timestamps, so `default: 2024-07-05` stays the string a date field holds
    raw = loadYaml(split.yaml, { schema: CORE_SCHEMA, filename: name });
  } catch (error) {
    if (error instanceof YAMLException) {
      // an error at the end of the input is reported on the last line of the front matter, not the fence
      const line = Math.min(error.mark.line + 2, split.yaml.split('\n').length + 1);
      file.problems.push({ message: `前置信息不是有效的 YAML（invalid YAML）：${error.reason}`, line, column: error.mark.column + 1 });
    } else {
      file.problems.push({ message: `前置信息无法读取（unreadable front matter）：${String(error)}`, line: 1 });
    }
    return file;
  }
  const { meta, errors } = readMeta(raw);
  for (const e of errors) {
    const line = locate(split.yaml, e.path);
    file.problems.push({ message: `${pathText(e.path)}：${e.message}`, line });
  }
  if (meta) file.meta = meta;
  return file;
}

function pathText(path: SchemaPath): string {
  if (path.length === 0) return '前置信息（front matter）';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/**
 * The file line (1-based) of a path such as ['variables', 2, 'type'] in block-style YAML: the key's own
 * line when it can be found, else the nearest enclosing one. Flow-style front matter gets its first line.
 */
export function locate(yaml: string, path: SchemaPath): number {
  const lines = yaml.split('\n');
  const keyLine = (key: string, from: number, to: number): number => {
    const re = new RegExp(`^\\s*(?:-\\s+)?["']?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`);
    for (let i = from; i < to; i++) if (re.test(lines[i]!)) return i;
    return -1;
  };
  let from = 0;
  let to = lines.length;
  let found = 0;
  for (const step of path) {
    if (typeof step === 'string') {
      const at = keyLine(step, from, to);
      if (at < 0) break;
      found = at;
      from = at + 1;
    } else {
      // the step-th list item below the current key, at the indentation of the first item
      const items: number[] = [];
      let indent = -1;
      for (let i = from; i < to; i++) {
        const m = /^(\s*)-(?:\s|$)/.exec(lines[i]!);
        if (!m) continue;
        if (indent < 0) indent = m[1]!.length;
        if (m[1]!.length === indent) items.push(i);
      }
      const at = items[step];
      if (at === undefined) break;
      found = at;
      from = at;
      to = items[step + 1] ?? to;
    }
  }
  return found + 2; // the opening fence is line 1
}
