// Keystroke → diagnostics latency of the language server: drives `node dist/server.js --stdio` with a
// ~30,000-character report, sends single-character incremental edits one at a time and times each until the
// publishDiagnostics for that version arrives. Prints median and p95. Run `npm run build` first.
//
//   node scripts/bench-lsp.mjs [--edits 300] [--warmup 30] [--cpu-prof DIR]

import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
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

/** Starts a server, opens the text, optionally applies source.fixAll first, then times the edits. */
async function run(name, text, { fixAll = false } = {}) {
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
  for (let i = 0; i < EDITS + WARMUP; i++) {
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
      `mean ${mean.toFixed(1)} ms, max ${samples[samples.length - 1].toFixed(1)} ms (open ${openMs.toFixed(0)} ms)`,
  );
  return { median: at(0.5), p95: at(0.95) };
}

const copies = (example) => Math.round(report(example).length / example.length);
await run(`clean example ×${copies(clean)}, finished (no findings)`, report(clean));
await run(`seed ×${copies(seed)} after 全部修复 (source.fixAll): placeholders and residue left`, report(seed), { fixAll: true });
await run(`seed ×${copies(seed)} as pasted: every comma half-width (worst case)`, report(seed));
