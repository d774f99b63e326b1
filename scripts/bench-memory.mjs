// Memory of the language server as documents come and go: drives `node dist/server.js --stdio` with the test
// probe preloaded (tests/lsp/fixtures/memoryProbe.mjs: on SIGUSR2 it collects garbage and reports), and prints
// heap and RSS at the baseline, with 100 documents open, after they close, after more rounds of the same, and
// around a burst of 1,000 edits. Figures, not assertions: docs/robustness-server.md quotes them. Run
// `npm run build` first.
//
//   node scripts/bench-memory.mjs [--documents 100] [--rounds 5] [--edits 1000]

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import rpc from 'vscode-jsonrpc/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const DOCUMENTS = arg('documents', 100);
const ROUNDS = arg('rounds', 5);
const EDITS = arg('edits', 1000);

const seed = readFileSync(join(root, 'examples', '县高质量项目推进年活动开展情况的汇报.md'), 'utf8');
const probe = pathToFileURL(join(root, 'tests', 'lsp', 'fixtures', 'memoryProbe.mjs')).href;
const child = spawn(process.execPath, ['--expose-gc', '--import', probe, join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));

// publishDiagnostics by uri → resolvers waiting for a version (null: the clearing after close)
const waiting = new Map();
const published = new Map();
connection.onNotification('textDocument/publishDiagnostics', (p) => {
  published.set(p.uri, (published.get(p.uri) ?? 0) + 1);
  const key = `${p.uri}#${p.version ?? 'closed'}`;
  waiting.get(key)?.();
  waiting.delete(key);
});
connection.onNotification(() => {});
connection.onRequest('workspace/configuration', () => [{}]);
connection.onRequest('client/registerCapability', () => null);
connection.listen();
const diagnostics = (uri, version) => new Promise((resolve) => waiting.set(`${uri}#${version ?? 'closed'}`, resolve));

// the probe's reports, one line each on stderr
let stderr = '';
let onReport;
child.stderr.setEncoding('utf8');
child.stderr.on('data', (chunk) => {
  stderr += chunk;
  let end;
  while ((end = stderr.indexOf('\n')) >= 0) {
    const line = stderr.slice(0, end);
    stderr = stderr.slice(end + 1);
    const m = /^GONGWEN_MEMORY (.*)$/.exec(line);
    if (m) onReport?.(JSON.parse(m[1]));
    else if (line) console.error(line);
  }
});
function memory() {
  return new Promise((resolve) => {
    onReport = resolve;
    child.kill('SIGUSR2');
  });
}

const MB = (bytes) => (bytes / 1024 / 1024).toFixed(1);
async function measure(label) {
  // a round trip first, so the server has done everything asked of it
  await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///none.md' } });
  const m = await memory();
  console.log(`${label.padEnd(46)} heap used ${MB(m.heapUsed).padStart(6)} MB of ${MB(m.heapTotal).padStart(6)}   external ${MB(m.external).padStart(5)}   rss ${MB(m.rss).padStart(6)} MB`);
}

let round = 0;
async function openAndClose() {
  round++;
  const uris = Array.from({ length: DOCUMENTS }, (_, i) => `file:///tmp/gongwen-bench-memory/${round}/草稿${i}.md`);
  const started = performance.now();
  const checked = uris.map((u) => diagnostics(u, 1));
  uris.forEach((uri, i) => connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: seed.replace('完成投资', `完成投资${i},`) } }));
  await Promise.all(checked);
  const openMs = performance.now() - started;
  if (round === 1) await measure(`${DOCUMENTS} documents open (${((seed.length * DOCUMENTS) / 1000).toFixed(0)}k chars)`);
  const cleared = uris.map((u) => diagnostics(u, undefined));
  for (const uri of uris) connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  await Promise.all(cleared);
  return openMs;
}

await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } }, locale: 'zh-cn' });
await connection.sendNotification('initialized', {});
await measure('baseline (started, nothing open)');
const firstOpen = await openAndClose();
await measure('after they close');
for (let i = 1; i < ROUNDS; i++) await openAndClose();
await measure(`after ${ROUNDS} rounds of open ${DOCUMENTS} / close`);

// a burst: every edit sent at once, none awaited; how many versions got checked and published
const uri = 'file:///tmp/gongwen-bench-memory/burst.md';
let document = TextDocument.create(uri, 'markdown', 1, seed);
const first = diagnostics(uri, 1);
connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: seed } });
await first;
published.set(uri, 0);
const burstStarted = performance.now();
const lastVersion = EDITS + 1;
const last = diagnostics(uri, lastVersion);
for (let v = 2; v <= lastVersion; v++) {
  const at = (v * 7919) % document.getText().length;
  const change = { range: { start: document.positionAt(at), end: document.positionAt(at) }, text: v % 2 ? ',' : 'x' };
  document = TextDocument.update(document, [change], v);
  connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [change] });
}
await last;
const burstMs = performance.now() - burstStarted;
await measure(`after ${EDITS} edits in a burst (1 document open)`);
const closed = diagnostics(uri, undefined);
connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
await closed;
await measure('after that document closes');

console.log(`\n${DOCUMENTS} documents opened at once: all checked in ${firstOpen.toFixed(0)} ms`);
console.log(`${EDITS} edits in a burst on ${seed.length} characters: last version published after ${burstMs.toFixed(0)} ms, ${published.get(uri) - 1} versions checked and published`);
if (process.env.GONGWEN_HEAP_SNAPSHOT_DIR) await memory();
await connection.sendRequest('shutdown');
await connection.sendNotification('exit');
connection.dispose();
