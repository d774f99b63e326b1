// The documents the benchmarks check: whole drafts from examples/ and tests/corpus/figures/ one after another,
// realistic text with headings, figures and placeholders, each copy with its integers moved so that no
// paragraph with a figure repeats another (a repeated paragraph would be parsed once and reused).

import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The drafts the documents are made of: the two examples and the 30 drafts of the figures corpus. */
export function sources() {
  const corpus = join(root, 'tests', 'corpus', 'figures');
  const files = [
    ...readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.md')).map((f) => join(root, 'examples', f)),
    ...readdirSync(corpus).filter((f) => /^\d\d-.*\.md$/.test(f)).sort().map((f) => join(corpus, f)),
  ];
  return files.map((f) => readFileSync(f, 'utf8').replace(/\r\n?/g, '\n'));
}

/** The body of a draft without its title lines, its integers moved by `shift` so that no copy repeats another. */
export function body(draft, shift) {
  const lines = draft.split('\n');
  const title = lines.findIndex((l) => /(?:汇报|报告|总结|请示|通知|函|纪要|方案)\s*$/.test(l.trim()));
  const rest = lines.slice(title + 1).join('\n').trim();
  return rest.replace(/(?<![0-9.])[0-9]+(?![0-9.])/g, (n) => String(Number(n) + shift));
}

/** About `size` characters: a title, then whole drafts one after the other, each copy with its own figures. */
export function documentOf(size, drafts = sources()) {
  let text = '关于全县2024年工作情况的汇报\n\n';
  for (let k = 0; text.length < size; k++) text += body(drafts[k % drafts.length], Math.floor(k / drafts.length) + 1) + '\n\n';
  return text;
}
