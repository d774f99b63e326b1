// Times the engine on each hostile input of tests/engine/hostile.ts at 1 MB (1,000,000 UTF-16 units): the parse,
// the figure model the number rules share, and every rule on its own. Prints the table and writes it into
// docs/robustness.md. `npm run bench:hostile [-- --size N] [-- --only name,name]`.

import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseDraft, type Draft } from '../server/src/engine/parse';
import { checkDraft } from '../server/src/engine/check';
import { defaultConfig } from '../server/src/engine/config';
import { readsAsOfficialProse } from '../server/src/engine/detect';
import { figureModel } from '../server/src/engine/figures/model';
import { rules } from '../server/src/engine/rules';
import { HOSTILE } from '../tests/engine/hostile';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const size = Number(arg('--size') ?? 1_000_000);
const only = arg('--only')?.split(',');
const write = !only && size === 1_000_000;

// processor time, not wall time: the figures hold on a machine shared with other work
const ms = (f: () => void): number => {
  const start = process.cpuUsage();
  f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

const config = defaultConfig(rules);
const columns = ['detect', 'parse', 'figures', ...rules.map((r) => r.id)];
const rows: Array<{ name: string; times: number[]; problems: string[] }> = [];
let slowest = { name: '', column: '', ms: 0 };

for (const [name, make] of Object.entries(HOSTILE)) {
  if (only && !only.includes(name)) continue;
  const text = make(size);
  const times: number[] = [];
  const problems: string[] = [];
  times.push(ms(() => readsAsOfficialProse(text)));
  let draft!: Draft;
  // every rule runs, the document-type ones too
  times.push(ms(() => (draft = parseDraft(text, { documentType: 'work-report' }))));
  times.push(ms(() => figureModel(draft)));
  for (const rule of rules) {
    times.push(
      ms(() => {
        const result = checkDraft(draft, config, [rule.id]);
        for (const f of result.failures) problems.push(`${rule.id} threw ${String(f.error)}`);
      }),
    );
  }
  times.forEach((t, k) => {
    if (k > 1 && t > slowest.ms) slowest = { name, column: columns[k]!, ms: t };
  });
  rows.push({ name, times, problems });
  console.log(`${name.padEnd(18)} ${times.map((t, k) => `${columns[k]} ${t.toFixed(0)}`).join('  ')}${problems.length ? `  ${problems.join('; ')}` : ''}`);
}

const table = [
  `| input (${size.toLocaleString('en')} units) | ${columns.join(' | ')} |`,
  `| --- | ${columns.map(() => '---:').join(' | ')} |`,
  ...rows.map((r) => `| ${r.name} | ${r.times.map((t) => t.toFixed(0)).join(' | ')} |`),
].join('\n');
const summary = `Milliseconds of processor time (user + system) on ${cpus()[0]?.model.trim() ?? 'this machine'}, Node ${process.version}; each rule timed alone after the parse, the number rules after the figure model they share. Slowest after the parse: ${slowest.column} on ${slowest.name}, ${slowest.ms.toFixed(0)} ms.`;
console.log(`\n${summary}`);
const failed = rows.filter((r) => r.problems.length > 0);
if (failed.length > 0) console.log(`\nRules that threw: ${failed.map((r) => `${r.name}: ${r.problems.join('; ')}`).join(' | ')}`);

if (write) {
  const doc = join(__dirname, '..', 'docs', 'robustness.md');
  const begin = '<!-- bench:hostile begin -->';
  const end = '<!-- bench:hostile end -->';
  const current = readFileSync(doc, 'utf8');
  const at = current.indexOf(begin);
  const to = current.indexOf(end);
  if (at < 0 || to < at) throw new Error(`${doc} lacks the ${begin} … ${end} markers`);
  writeFileSync(doc, `${current.slice(0, at + begin.length)}\n${summary}\n\n${table}\n${current.slice(to)}`);
  console.log(`\nwrote ${doc}`);
}
if (failed.length > 0) process.exitCode = 1;
