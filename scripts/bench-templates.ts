// Keystroke → preview benchmark for the templates: what the extension host does for each form change
// (render the template, check the draft, Markdown → HTML), timed per keystroke. Prints figures; asserts
// nothing. Run: npx tsx scripts/bench-templates.ts [keystrokes per template, default 300]

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../server/src/engine/check';
import { markdownToHtml } from '../client/src/preview/markdownHtml';
import { parseTemplateFile } from '../client/src/templates/frontMatter';
import { exampleValues } from '../client/src/templates/render';
import { TemplateSession } from '../client/src/preview/session';

const KEYSTROKES = Number(process.argv[2] ?? 300);
const dir = join(__dirname, '..', 'templates');
const files = readdirSync(dir)
  .filter((n) => n.endsWith('.njk'))
  .sort()
  .map((name) => parseTemplateFile(name, 'builtin', join(dir, name), readFileSync(join(dir, name), 'utf8')));

const ms = (from: bigint): number => Number(process.hrtime.bigint() - from) / 1e6;
const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const fmt = (x: number): string => x.toFixed(2).padStart(6);

console.log(`每个模板模拟 ${KEYSTROKES} 次按键（keystrokes per template）; node ${process.version}\n`);
console.log('template                 chars   total p50  total p95 | render p50  check p50  html p50  (ms)');
const all: number[] = [];
for (const file of files) {
  const session = TemplateSession.of(file, files);
  const values = exampleValues(file.meta!);
  // the writer types into the longest free-text field, one character a keystroke
  const field = file.meta!.variables.filter((v) => v.type === 'paragraph' || v.type === 'list' || v.type === 'text').sort((a, b) => b.example.length - a.example.length)[0]!;
  const base = values[field.name]!;
  const typed = '各单位要高度重视，认真组织实施，确保各项工作落到实处。';
  const total: number[] = [];
  const render: number[] = [];
  const checking: number[] = [];
  const html: number[] = [];
  let chars = 0;
  for (let i = -30; i < KEYSTROKES; i++) {
    values[field.name] = base + typed.slice(0, (Math.max(i, 0) % typed.length) + 1);
    const t0 = process.hrtime.bigint();
    const result = session.preview(values);
    const elapsed = ms(t0);
    if (!result.ok) throw new Error(`${file.name}: ${result.problem.message}`);
    if (i < 0) continue; // warm-up: first compile and JIT
    total.push(elapsed);
    chars = result.markdown.length;
    // the three steps on their own, for the breakdown
    const t1 = process.hrtime.bigint();
    const md = session.markdown(values);
    render.push(ms(t1));
    if (!md.ok) throw new Error(md.problem.message);
    const t2 = process.hrtime.bigint();
    const { findings } = check(md.markdown);
    checking.push(ms(t2));
    const t3 = process.hrtime.bigint();
    markdownToHtml(md.markdown, { marks: findings.filter((f) => f.rule === 'placeholder') });
    html.push(ms(t3));
  }
  all.push(...total);
  console.log(
    `${file.name.padEnd(22)} ${String(chars).padStart(6)}   ${fmt(quantile(total, 0.5))}     ${fmt(quantile(total, 0.95))}   |  ${fmt(quantile(render, 0.5))}    ${fmt(quantile(checking, 0.5))}   ${fmt(quantile(html, 0.5))}`,
  );
}
console.log(`\n全部模板（all templates, ${all.length} keystrokes）: median ${quantile(all, 0.5).toFixed(2)} ms, p95 ${quantile(all, 0.95).toFixed(2)} ms, max ${Math.max(...all).toFixed(2)} ms`);
