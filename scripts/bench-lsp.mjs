// Keystroke → diagnostics latency of the language server: drives `node dist/server.js --stdio` with a
// ~30,000-character report, sends single-character incremental edits one at a time and times each until the
// publishDiagnostics for that version arrives. Prints median and p95, and the server's CPU time per edit, which
// other processes on a shared machine disturb less than the wall-clock figures. Run `npm run build` first.
//
//   node scripts/bench-lsp.mjs [--edits 300] [--warmup 30] [--runs 1] [--only TEXT] [--cpu-prof DIR]

import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import rpc from 'vscode-jsonrpc/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const EDITS = Number(arg('edits', 300));
const WARMUP = Number(arg('warmup', 30));
const PROFILE = arg('cpu-prof', undefined);
/** Run only the scenarios whose name contains this text. */
const ONLY = arg('only', '');
/** Repeat every scenario; the summary gives the median of the runs' figures (a shared machine is noisy). */
const RUNS = Number(arg('runs', 1));
const TARGET = 30000;

const seed = readFileSync(join(root, 'examples', '县高质量项目推进年活动开展情况的汇报.md'), 'utf8');
const clean = readFileSync(join(root, 'examples', '关于2024年上半年项目建设工作情况的汇报.md'), 'utf8');

/** A long report: a title, then the body of an example again and again, each copy a part of its own. */
function report(example) {
  const lines = example.split('\n');
  const title = lines.find((l) => /汇报$/.test(l.trim()));
  const body = lines.slice(lines.indexOf(title) + 1).join('\n');
  let text = `${title}\n`;
  while (text.length < TARGET) text += body + '\n';
  return text;
}

/** CPU time (user + system) a process has used, in ms, from /proc; undefined where there is no /proc. */
function cpuMs(pid) {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return undefined;
  const fields = readFileSync(stat, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in USER_HZ (100 on Linux)
}

/** Starts a server, opens the text, optionally applies source.fixAll first, then times the edits. */
async function run(name, text, { fixAll = false } = {}) {
  if (!name.includes(ONLY)) return undefined;
  const execArgv = PROFILE ? [`--cpu-prof`, `--cpu-prof-dir=${PROFILE}`] : [];
  const child = spawn(process.execPath, [...execArgv, join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const waiting = new Map();
  let diagnosticsCount = 0;
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    diagnosticsCount = p.diagnostics.length;
    const resolve = waiting.get(p.version);
    if (resolve) {
      waiting.delete(p.version);
      resolve(performance.now());
    }
  });
  connection.onNotification(() => {});
  connection.onRequest('workspace/configuration', () => [{}]);
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    locale: 'zh-cn',
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true } } },
  });
  await connection.sendNotification('initialized', {});

  const uri = 'file:///bench/report.md';
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve));
  let version = 1;
  let first = published(version);
  const t0 = performance.now();
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  const openMs = (await first) - t0;
  if (fixAll) {
    const [action] = await connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    text = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', version, text), action.edit.changes[uri]);
    version++;
    first = published(version);
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    await first;
  }

  // type a character into the middle of a paragraph, then delete it, over and over
  const lines = text.split('\n');
  const prose = lines.map((l, i) => [l, i]).filter(([l]) => l.length > 40);
  const samples = [];
  let cpuBefore;
  for (let i = 0; i < EDITS + WARMUP; i++) {
    if (i === WARMUP) cpuBefore = cpuMs(child.pid);
    const [line, lineNo] = prose[Math.floor(i / 2) % prose.length];
    const character = Math.floor(line.length / 2);
    const change =
      i % 2 === 0
        ? { range: { start: { line: lineNo, character }, end: { line: lineNo, character } }, text: '的' }
        : { range: { start: { line: lineNo, character }, end: { line: lineNo, character: character + 1 } }, text: '' };
    version++;
    const done = published(version);
    const start = performance.now();
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    const end = await done;
    if (i >= WARMUP) samples.push(end - start);
  }
  const cpuAfter = cpuMs(child.pid);
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  await new Promise((resolve) => child.once('exit', resolve));

  samples.sort((a, b) => a - b);
  const at = (q) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)];
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  console.log(
    `${name}: ${text.length} chars, ${diagnosticsCount} diagnostics, ${samples.length} edits — ` +
      `keystroke→publishDiagnostics median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, ` +
      `mean ${mean.toFixed(1)} ms, max ${samples[samples.length - 1].toFixed(1)} ms (open ${openMs.toFixed(0)} ms)` +
      (cpuBefore !== undefined && cpuAfter !== undefined ? `; server CPU ${((cpuAfter - cpuBefore) / samples.length).toFixed(1)} ms per edit` : ''),
  );
  return { median: at(0.5), p95: at(0.95), cpu: cpuBefore !== undefined && cpuAfter !== undefined ? (cpuAfter - cpuBefore) / samples.length : NaN };
}

const copies = (example) => Math.round(report(example).length / example.length);
const scenarios = [
  [`clean example ×${copies(clean)}, finished (no findings)`, report(clean), {}],
  [`seed ×${copies(seed)} after 全部修复 (source.fixAll): placeholders and residue left`, report(seed), { fixAll: true }],
  [`seed ×${copies(seed)} as pasted: every comma half-width (worst case)`, report(seed), {}],
];
const results = new Map();
for (let r = 0; r < RUNS; r++) {
  for (const [name, text, options] of scenarios) {
    const result = await run(name, text, options);
    if (result) results.set(name, [...(results.get(name) ?? []), result]);
  }
}
if (RUNS > 1) {
  const mid = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`\nmedian of ${RUNS} runs:`);
  for (const [name, rs] of results) {
    console.log(`  ${name}: median ${mid(rs.map((r) => r.median)).toFixed(1)} ms, p95 ${mid(rs.map((r) => r.p95)).toFixed(1)} ms, server CPU ${mid(rs.map((r) => r.cpu)).toFixed(1)} ms per edit`);
  }
}
