// The benchmark: how the checker scales with the size of a draft, in figures. Prints one table and writes it
// to docs/benchmarks.md with the machine it ran on. `npm run bench` builds first (the shipped, minified build).
//
//   node scripts/bench.mjs [--quick] [--only engine,lsp,cli,peer,extension] [--cpu-prof DIR]
//
// --cpu-prof writes a CPU profile of each language server process to DIR (for finding hot spots).
//
// Every measurement that needs a fresh heap runs in a child process of its own (this script with --child);
// figures are medians over several runs, and a shared machine still moves them: the load average is printed.

import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { body, documentOf, sources, tableDocument } from './bench-documents.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const QUICK = flag('quick');
const ONLY = option('only', 'engine,lsp,cli,peer,extension').split(',');
const PROFILE = option('cpu-prof', undefined);

const SIZES = [5_000, 30_000, 300_000, 1_000_000];
const LSP_SIZES = [30_000, 300_000];
const LSP_EDITS = QUICK ? 20 : 50;
const LSP_WARMUP = 10;
const CLI_FILES = 200;
const START = '<!-- bench:start (written by npm run bench) -->';
const END = '<!-- bench:end -->';

// ---- statistics ----------------------------------------------------------------------------------------

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(0);
const chars = (n) => (n >= 1_000_000 ? `${(n / 1_000_000).toFixed(2)} M` : `${Math.round(n / 1000)} k`);

// ---- children ------------------------------------------------------------------------------------------

/** Runs this script as a child with --child …; its last stdout line is JSON. */
function child(args, nodeArgs = []) {
  const out = execFileSync(process.execPath, [...nodeArgs, fileURLToPath(import.meta.url), '--child', ...args, ...(QUICK ? ['--quick'] : [])], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = out.toString().trim().split('\n');
  return JSON.parse(lines[lines.length - 1]);
}

async function childMain(kind, size) {
  if (kind === 'table') return tableChild();
  const text = documentOf(size);
  if (kind === 'engine') return engineChild(text);
  if (kind === 'memory') return memoryChild(text);
  if (kind === 'peer') return peerChild(text);
  if (kind === 'activate') return activateChild();
  throw new Error(`unknown child ${kind}`);
}

/** Bare parse, full check (cold block cache), and a re-check after a one-character edit, side by side. */
async function engineChild(text) {
  const engine = require(join(root, 'dist', 'engine.js'));
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const parser = unified().use(remarkParse);
  // warm up the code first, on a small document and on this one: the measured runs must not pay for the JIT
  const small = documentOf(5000);
  for (let i = 0; i < 10; i++) {
    parser.parse(small);
    engine.check(small);
  }
  // V8 takes a hundred cold checks of a short draft to compile the figure reader fully: warm up on the text
  // itself for three seconds (at least twice), the parser alike, so both are measured at their steady state
  const warmUntil = performance.now() + 3000;
  for (let i = 0; i < 2 || (performance.now() < warmUntil && i < 300); i++) {
    parser.parse(text);
    engine.check(text);
  }
  const runs = text.length >= 1_000_000 ? 3 : text.length >= 300_000 ? 5 : QUICK ? 5 : text.length >= 30_000 ? 21 : 41;
  const parse = [];
  const full = [];
  const model = [];
  const perRule = new Map();
  let findings = 0;
  for (let r = 0; r < runs; r++) {
    let t = performance.now();
    parser.parse(text);
    parse.push(performance.now() - t);
    t = performance.now();
    engine.parseDraft(text);
    model.push(performance.now() - t);
    const timings = { now: () => performance.now(), spent: new Map() };
    t = performance.now();
    const result = engine.check(text, { timings });
    full.push(performance.now() - t);
    findings = result.findings.length;
    for (const [rule, time] of timings.spent) perRule.set(rule, [...(perRule.get(rule) ?? []), time]);
  }
  // a writer typing: one character into a paragraph, the whole check again on the new text (caches warm)
  let edited = text;
  const cache = new engine.CheckCache();
  engine.check(edited, { cache });
  const recheck = [];
  const edits = 20;
  for (let e = 0; e < edits; e++) {
    const at = edited.indexOf('，', Math.floor((edited.length * (e + 0.5)) / edits));
    edited = edited.slice(0, at) + '的' + edited.slice(at);
    const t = performance.now();
    engine.check(edited, { cache });
    recheck.push(performance.now() - t);
  }
  return {
    chars: text.length,
    bytes: Buffer.byteLength(text),
    findings,
    parse: median(parse),
    model: median(model),
    check: median(full),
    rules: Object.fromEntries([...perRule].map(([rule, times]) => [rule, median(times)])),
    recheck: median(recheck),
    recheckP95: quantile(recheck, 0.95),
  };
}

/** The 300-row table: a full check, and a re-check after a character typed into a row of the table. */
function tableChild() {
  const engine = require(join(root, 'dist', 'engine.js'));
  const text = tableDocument();
  // a full check without a cache (a file opened for the first time), warmed up first
  for (let i = 0; i < 20; i++) engine.check(text);
  const full = [];
  for (let r = 0; r < 11; r++) {
    const t = performance.now();
    engine.check(text);
    full.push(performance.now() - t);
  }
  // re-checks with the cache of the checks before, as the editor does on a keystroke
  const cache = new engine.CheckCache();
  let edited = text;
  engine.check(edited, { cache });
  const recheck = [];
  const edits = 40;
  for (let e = 0; e < edits; e++) {
    const at = edited.indexOf('村 |', Math.floor((edited.length * ((e % 20) + 0.5)) / 20));
    edited = edited.slice(0, at) + '东' + edited.slice(at);
    const t = performance.now();
    engine.check(edited, { cache });
    recheck.push(performance.now() - t);
  }
  const result = engine.check(text);
  return {
    chars: text.length,
    tables: result.draft.tables.length,
    rows: result.draft.tables[0]?.rows.length ?? 0,
    findings: result.findings.length,
    check: median(full),
    recheck: median(recheck),
    recheckP95: quantile(recheck, 0.95),
  };
}

/** Peak memory of one full check, in a process that does nothing else. */
function memoryChild(text) {
  const engine = require(join(root, 'dist', 'engine.js'));
  globalThis.gc?.();
  const baseline = process.memoryUsage().rss;
  const result = engine.check(text);
  const after = process.memoryUsage();
  return { findings: result.findings.length, baseline, peak: process.resourceUsage().maxRSS * 1024, heapAfter: after.heapUsed };
}

/** markdownlint, all its default rules, on the same text. */
async function peerChild(text) {
  const { lint } = await import('markdownlint/sync');
  const small = documentOf(5000);
  for (let i = 0; i < 3; i++) lint({ strings: { small } });
  const times = [];
  let problems = 0;
  for (let r = 0; r < (text.length >= 1_000_000 ? 3 : 7); r++) {
    const t = performance.now();
    const result = lint({ strings: { doc: text } });
    times.push(performance.now() - t);
    problems = result.doc.length;
  }
  return { time: median(times), problems, peak: process.resourceUsage().maxRSS * 1024 };
}

/** Loading the extension's bundle as VS Code does on activation (with a stand-in for the `vscode` module). */
function activateChild() {
  const Module = require('node:module');
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
  };
  require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: new Proxy({}, { get: () => new Proxy(function () {}, { get: () => ({}) }) }) };
  const t = performance.now();
  const extension = require(join(root, 'dist', 'client.js'));
  const load = performance.now() - t;
  return { load, exports: Object.keys(extension) };
}

// ---- the language server -------------------------------------------------------------------------------

function cpuMs(pid) {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return NaN;
  const fields = readFileSync(stat, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** Keystroke → publishDiagnostics over stdio: one character typed, then deleted, in paragraph after paragraph. */
async function lspLatency(text, editable = (line) => line.length > 40) {
  const rpc = require('vscode-jsonrpc/node.js');
  const profile = PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE}`] : [];
  const server = spawn(process.execPath, [...profile, join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));
  const waiting = new Map();
  let diagnostics = 0;
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    diagnostics = p.diagnostics.length;
    waiting.get(p.version)?.(performance.now());
    waiting.delete(p.version);
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
  const opened = published(version);
  const t0 = performance.now();
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  const open = (await opened) - t0;

  const lines = text.split('\n');
  const prose = lines.map((line, n) => [line, n]).filter(([line]) => editable(line));
  const samples = [];
  let cpuBefore = NaN;
  const total = LSP_EDITS + LSP_WARMUP;
  for (let i = 0; i < total; i++) {
    if (i === LSP_WARMUP) cpuBefore = cpuMs(server.pid);
    // spread over the whole document: early, middle and late paragraphs
    const [line, n] = prose[Math.floor(((i >> 1) * prose.length) / Math.ceil(total / 2)) % prose.length];
    const character = Math.floor(line.length / 2);
    const change =
      i % 2 === 0
        ? { range: { start: { line: n, character }, end: { line: n, character } }, text: '的' }
        : { range: { start: { line: n, character }, end: { line: n, character: character + 1 } }, text: '' };
    version++;
    const done = published(version);
    const start = performance.now();
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    const end = await done;
    if (i >= LSP_WARMUP) samples.push(end - start);
  }
  const cpu = (cpuMs(server.pid) - cpuBefore) / LSP_EDITS;
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  await new Promise((resolve) => (server.exitCode !== null ? resolve() : server.once('exit', resolve)));
  return { chars: text.length, diagnostics, open, median: median(samples), p95: quantile(samples, 0.95), max: Math.max(...samples), cpu };
}

// ---- the command line ----------------------------------------------------------------------------------

function cliFolder() {
  const drafts = sources();
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-bench-'));
  let bytes = 0;
  for (let k = 0; k < CLI_FILES; k++) {
    const draft = drafts[k % drafts.length];
    const title = draft.split('\n').find((l) => l.trim() !== '') ?? '';
    const text = `${title}\n\n${body(draft, Math.floor(k / drafts.length))}\n`;
    writeFileSync(join(dir, `${String(k).padStart(3, '0')}.md`), text);
    bytes += Buffer.byteLength(text);
  }
  const files = readdirSync(dir).map((f) => join(dir, f));
  const times = [];
  let findings = 0;
  for (let r = 0; r < (QUICK ? 1 : 3); r++) {
    const t = performance.now();
    const run = spawnSync(process.execPath, [join(root, 'bin', 'gongwen.js'), 'check', '--format', 'json', ...files], { maxBuffer: 256 * 1024 * 1024 });
    times.push(performance.now() - t);
    if (run.status !== 0 && run.status !== 1) throw new Error(`gongwen check exited ${run.status}: ${run.stderr}`);
    findings = JSON.parse(run.stdout.toString()).reduce((n, file) => n + file.diagnostics.length, 0);
  }
  rmSync(dir, { recursive: true, force: true });
  return { files: CLI_FILES, bytes, findings, wall: median(times) };
}

// ---- the extension -------------------------------------------------------------------------------------

function vsixSize() {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-vsix-'));
  const out = join(dir, 'gongwen-assistant.vsix');
  execFileSync(process.execPath, [require.resolve('@vscode/vsce/vsce'), 'package', '--no-dependencies', '--out', out], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const size = statSync(out).size;
  const listing = execFileSync('python3', ['-c', 'import sys,zipfile; print(len(zipfile.ZipFile(sys.argv[1]).namelist()))', out]).toString().trim();
  rmSync(dir, { recursive: true, force: true });
  return { size, files: Number(listing) };
}

// ---- the report ----------------------------------------------------------------------------------------

function machine() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    node: process.version,
    load: loadavg()
      .map((x) => x.toFixed(2))
      .join(' '),
    date: new Date().toISOString().slice(0, 16).replace('T', ' '),
  };
}

async function main() {
  const m = machine();
  const out = [];
  const say = (line = '') => {
    out.push(line);
    console.log(line);
  };
  say(`Written by \`npm run bench\` (scripts/bench.mjs) on ${m.date} UTC: ${m.cpu}, ${m.cores} cores, Node ${m.node}, load average ${m.load} at the start.`);
  say(
    'Documents are whole drafts from `examples/` and `tests/corpus/figures/` one after another, each copy with its integers moved so that no paragraph with a figure repeats; medians over several runs. The build is the shipped one (minified).',
  );

  if (ONLY.includes('engine')) {
    say();
    say('### Engine: one full check against the bare parse');
    say();
    say(
      'Full check = `check(text)` without a cache (a file opened for the first time): parse, draft model, every rule (20). Bare parse = `unified().use(remarkParse).parse(text)` on the same text, timed in the same process, alternately. Re-check = `check(text, { cache })` again after a one-character edit, with the cache of the checks before (what the editor does on a keystroke), 20 edits spread over the text. Peak memory = the highest resident set of a process that builds the text and checks it once (Node itself takes about 40 MB).',
    );
    say();
    say('| characters | UTF-8 | findings | bare parse ms | full check ms | check / parse | draft model ms | re-check after an edit ms (median / p95) | growth vs previous size | peak memory MB |');
    say('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    const results = [];
    for (const size of SIZES) {
      const e = child(['engine', String(size)]);
      const mem = child(['memory', String(size)], ['--expose-gc']);
      const previous = results[results.length - 1];
      // the growth from the previous size as the time twice the text would take (time ∝ size^k: 2^k; 2.00 is linear)
      const k = Math.log(e.check / previous?.check) / Math.log(e.chars / previous?.chars);
      const growth = previous ? `×${(e.check / previous.check).toFixed(2)} for ×${(e.chars / previous.chars).toFixed(2)} text: twice the text ×${(2 ** k).toFixed(2)} the time` : '';
      results.push(e);
      say(
        `| ${chars(e.chars)} | ${(e.bytes / 1024 / 1024).toFixed(2)} MB | ${e.findings} | ${ms(e.parse)} | ${ms(e.check)} | ${(e.check / e.parse).toFixed(2)} | ${ms(e.model)} | ${ms(e.recheck)} / ${ms(e.recheckP95)} | ${growth} | ${mb(mem.peak)} |`,
      );
    }
    say();
    say(
      'Time per rule in the full check, ms (median of the same runs; the draft model and the figure index are built by the first rule that needs them: the model before the rules, the figure index inside number-sum):',
    );
    say();
    const ids = Object.keys(results[0].rules);
    say(`| rule | ${results.map((e) => chars(e.chars)).join(' | ')} |`);
    say(`|---|${results.map(() => '---:').join('|')}|`);
    for (const id of ids) say(`| ${id} | ${results.map((e) => ms(e.rules[id] ?? 0)).join(' | ')} |`);
  }

  if (ONLY.includes('engine')) {
    say();
    say('### Engine: a 300-row table');
    say();
    const t = child(['table', '0']);
    say(
      `\`tableDocument()\` in scripts/bench-documents.mjs: a report with one GFM table of 300 villages in 30 towns (a 小计 under each town, a 合计 row; ${t.rows} rows after the heading, ${chars(t.chars)} characters). Full check (cold) **${ms(t.check)} ms**; re-check after a character typed into a row of the table (40 edits) **${ms(t.recheck)} ms** median, ${ms(t.recheckP95)} ms p95; ${t.findings} findings (its sums, rates and the text's restatement all hold).`,
    );
  }

  if (ONLY.includes('lsp')) {
    say();
    say(`### Language server: keystroke to diagnostics`);
    say();
    say(
      `\`node dist/server.js --stdio\`, driven over JSON-RPC: the document is opened, then ${LSP_EDITS} one-character edits (after ${LSP_WARMUP} not counted), typed and deleted in paragraphs spread over the document, each timed from sending \`didChange\` to receiving \`publishDiagnostics\` for that version. Server CPU is the server process's own CPU time per edit (less disturbed by other processes than the wall clock).`,
    );
    say();
    say('| characters | diagnostics | open ms | median ms | p95 ms | max ms | server CPU per edit ms |');
    say('|---:|---:|---:|---:|---:|---:|---:|');
    for (const size of LSP_SIZES) {
      const r = await lspLatency(documentOf(size));
      say(`| ${chars(r.chars)} | ${r.diagnostics} | ${ms(r.open)} | ${ms(r.median)} | ${ms(r.p95)} | ${ms(r.max)} | ${ms(r.cpu)} |`);
    }
    // the table document, typed into the rows of its table (every keystroke re-reads the 300-row table)
    const t = await lspLatency(tableDocument(), (line) => line.startsWith('| 第'));
    say(`| ${chars(t.chars)}, a 300-row table (typing in its rows) | ${t.diagnostics} | ${ms(t.open)} | ${ms(t.median)} | ${ms(t.p95)} | ${ms(t.max)} | ${ms(t.cpu)} |`);
  }

  if (ONLY.includes('cli')) {
    say();
    say('### Command line: a folder of drafts');
    say();
    const c = cliFolder();
    say(
      `\`gongwen check --format json\` on ${c.files} drafts (${(c.bytes / 1024 / 1024).toFixed(1)} MB, ${c.findings} findings), one process, median of ${QUICK ? 1 : 3} runs: **${ms(c.wall)} ms** wall time, **${(c.files / (c.wall / 1000)).toFixed(0)} files per second** (start-up included).`,
    );
  }

  if (ONLY.includes('peer')) {
    say();
    say('### A peer for scale: markdownlint');
    say();
    say('markdownlint (all its default rules, `markdownlint/sync`) on the same documents, in a process of its own; it checks Markdown style only, no prose and no figures.');
    say();
    say('| characters | markdownlint ms | problems | peak memory MB |');
    say('|---:|---:|---:|---:|');
    for (const size of [30_000, 1_000_000]) {
      const p = child(['peer', String(size)]);
      say(`| ${chars(size)} | ${ms(p.time)} | ${p.problems} | ${mb(p.peak)} |`);
    }
  }

  if (ONLY.includes('extension')) {
    say();
    say('### Extension');
    say();
    const v = vsixSize(); // builds the production bundle (vscode:prepublish) that the next line loads
    const loads = [];
    for (let i = 0; i < 5; i++) loads.push(child(['activate', '0']).load);
    say(
      `Loading \`dist/client.js\` (what activation costs before the language server starts), median of 5 fresh processes: **${ms(median(loads))} ms**. \`.vsix\`: **${(v.size / 1024).toFixed(1)} KB**, ${v.files} files.`,
    );
  }

  // the table goes between the markers; what the file says around them (targets, what was changed) stays
  const file = join(root, 'docs', 'benchmarks.md');
  const table = `${START}\n${out.join('\n')}\n${END}`;
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const at = before.indexOf(START);
  const end = before.indexOf(END);
  writeFileSync(file, at >= 0 && end > at ? before.slice(0, at) + table + before.slice(end + END.length) : `${table}\n`);
  console.log('\nwritten to docs/benchmarks.md');
}

if (argv[0] === '--child') {
  const result = await childMain(argv[1], Number(argv[2]));
  console.log(JSON.stringify(result));
} else {
  await main();
}
