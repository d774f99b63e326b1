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
    ...readdirSync(join(root, 'examples'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => join(root, 'examples', f)),
    ...readdirSync(corpus)
      .filter((f) => /^\d\d-.*\.md$/.test(f))
      .sort()
      .map((f) => join(corpus, f)),
  ];
  return files.map((f) => readFileSync(f, 'utf8').replace(/\r\n?/g, '\n'));
}

/** The body of a draft without its title lines, its integers moved by `shift` so that no copy repeats another. */
export function body(draft, shift) {
  const lines = draft.split('\n');
  const title = lines.findIndex((l) => /(?:汇报|报告|总结|请示|通知|函|纪要|方案)\s*$/.test(l.trim()));
  const rest = lines
    .slice(title + 1)
    .join('\n')
    .trim();
  return rest.replace(/(?<![0-9.])[0-9]+(?![0-9.])/g, (n) => String(Number(n) + shift));
}

/** About `size` characters: a title, then whole drafts one after the other, each copy with its own figures. */
export function documentOf(size, drafts = sources()) {
  let text = '关于全县2024年工作情况的汇报\n\n';
  for (let k = 0; text.length < size; k++) text += body(drafts[k % drafts.length], Math.floor(k / drafts.length) + 1) + '\n\n';
  return text;
}

/**
 * A report with one long table: 300 villages in 30 towns (a 小计 row under each town's ten), a 合计 row, the
 * 表题 and unit line above it: the table checks (sums, rates, the text's restatement) over 300 rows.
 */
export function tableDocument(villages = 300) {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const rows = [];
  const totals = { count: 0, plan: 0, done: 0 };
  for (let t = 0; t < villages / 10; t++) {
    const sub = { count: 0, plan: 0, done: 0 };
    for (let v = 0; v < 10; v++) {
      const count = 1 + Math.floor(next() * 9);
      const plan = Math.round((200 + next() * 800) * 10) / 10;
      const done = Math.round(plan * (0.5 + next() * 0.5) * 10) / 10;
      rows.push(`| 第${t + 1}镇第${v + 1}村 | ${count} | ${plan.toFixed(1)} | ${done.toFixed(1)} | ${((done / plan) * 100).toFixed(1)} |`);
      sub.count += count;
      sub.plan += plan;
      sub.done += done;
    }
    rows.push(`| 小计 | ${sub.count} | ${sub.plan.toFixed(1)} | ${sub.done.toFixed(1)} | ${((sub.done / sub.plan) * 100).toFixed(1)} |`);
    totals.count += sub.count;
    totals.plan += sub.plan;
    totals.done += sub.done;
  }
  rows.push(`| 合计 | ${totals.count} | ${totals.plan.toFixed(1)} | ${totals.done.toFixed(1)} | ${((totals.done / totals.plan) * 100).toFixed(1)} |`);
  return [
    '关于全县村级项目建设情况的汇报',
    '',
    `全县共安排村级建设项目${totals.count}个，年度计划投资${totals.plan.toFixed(1)}万元，截至6月底完成投资${totals.done.toFixed(1)}万元，各村完成情况见下表。`,
    '',
    '表1 各村项目建设完成情况',
    '',
    '单位：个、万元',
    '',
    '| 村 | 项目数（个） | 计划投资（万元） | 完成投资（万元） | 完成率（%） |',
    '|---|---:|---:|---:|---:|',
    ...rows,
    '',
    '下一步，我们将加快推进进度滞后的项目，确保全年任务按期完成。',
    '',
  ].join('\n');
}
