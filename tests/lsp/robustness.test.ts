// The language server under faults and load: a rule that throws, a client that refuses what the server asks,
// documents closed mid-check, 100 documents at once, 1,000 edits in a burst. Every wait is on a notification,
// a response or the server's own output.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { check } from '../../server/src/engine/check';
import type { StatusParams } from '../../server/src/lsp/protocol';
import { root, TestClient } from './lspClient';

const seedText = readFileSync(join(root, 'examples', '县高质量项目推进年活动开展情况的汇报.md'), 'utf8');

/** The same trigger as tests/lsp/fixtures/throwingRule.ts. */
const RULE_FAILURE_TRIGGER = '【测试：规则出错】';
/** A language server run from source with web-residue made to throw on RULE_FAILURE_TRIGGER. */
const throwingRuleServer = ['--require', 'tsx/cjs', '--require', join(root, 'tests', 'lsp', 'fixtures', 'throwingRule.ts'), join(root, 'server', 'src', 'server.ts'), '--stdio'];

let seq = 0;
function uri(name = 'draft.md'): string {
  return `file:///tmp/gongwen-robustness-tests/${++seq}/${name}`;
}

/** Findings as the editor sees them: rule, range and message, in a stable order. */
function summary(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics
    .map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`)
    .sort();
}

/** What the engine finds in a text, summarised the same way. */
function expected(text: string, without?: string): string[] {
  const document = TextDocument.create('file:///x', 'markdown', 0, text);
  return check(text)
    .findings.filter((f) => f.rule !== without)
    .map((f) => {
      const start = document.positionAt(f.offset);
      const end = document.positionAt(f.endOffset);
      return `${f.rule} ${start.line}:${start.character}-${end.line}:${end.character} ${f.message}`;
    })
    .sort();
}

/** A round trip: answered only after everything the server had queued before it. */
async function settle(client: TestClient): Promise<void> {
  await client.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///tmp/gongwen-robustness-tests/none.md' } });
}

const draft = '关于项目情况的汇报\n\n按照会议安排,现将情况汇报如下。完成投资xx亿元。\n\n上一篇：关于安全生产的汇报  下一篇：年度工作总结\n';

describe('language server robustness', function () {
  this.timeout(60_000);

  describe('a rule that throws', () => {
    let client: TestClient;
    before(async () => {
      client = await TestClient.start({ argv: throwingRuleServer });
    });
    after(async () => {
      await client.stop();
    });

    it('costs that rule’s findings and one log line, not the other rules’ findings or the server', async () => {
      const u = uri();
      client.open(u, draft);
      const before = await client.diagnostics(u, 1);
      assert.ok(before.some((d) => d.code === 'web-residue'), 'the draft has web residue');
      assert.deepEqual(summary(before), expected(draft));

      // the trigger makes web-residue throw, on every version, with a message that changes with the text
      const text = draft + RULE_FAILURE_TRIGGER;
      let version = client.change(u, [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: RULE_FAILURE_TRIGGER }]);
      let diagnostics = await client.diagnostics(u, version);
      assert.deepEqual(summary(diagnostics), expected(text, 'web-residue'));
      for (let i = 0; i < 20; i++) {
        version = client.change(u, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: ',' }]);
        diagnostics = await client.diagnostics(u, version);
        assert.ok(diagnostics.some((d) => d.code === 'punctuation-width') && diagnostics.some((d) => d.code === 'placeholder'));
        assert.ok(!diagnostics.some((d) => d.code === 'web-residue'));
      }
      await settle(client);
      const lines = client.logged().filter((m) => m.includes('web-residue'));
      assert.equal(lines.length, 1, lines.join('\n'));
      assert.match(lines[0]!, /^公文助手：规则 web-residue 出错，其发现暂缺（rule failed）：Error: 测试用的规则错误/);

      // fixed: its findings are back
      const fixed = client.change(u, [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: RULE_FAILURE_TRIGGER.length } }, text: '' }]);
      assert.ok((await client.diagnostics(u, fixed)).some((d) => d.code === 'web-residue'));
      assert.equal(client.exit, undefined);
    });

    it('answers hovers and code actions on the findings the other rules made', async () => {
      const u = uri();
      const text = draft + RULE_FAILURE_TRIGGER;
      client.open(u, text);
      const comma = (await client.diagnostics(u, 1)).find((d) => d.code === 'punctuation-width');
      assert.ok(comma);
      const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: u }, position: comma.range.start });
      assert.ok(hover?.contents.value.includes('punctuation-width'));
      const actions = await client.request<Array<{ title: string }>>('textDocument/codeAction', { textDocument: { uri: u }, range: comma.range, context: { diagnostics: [comma] } });
      assert.ok(actions.length > 0);
    });
  });

  it('stays up when the client refuses to register what the server asks for', async () => {
    const client = await TestClient.start({ refuseRegistration: true });
    try {
      const u = uri();
      client.open(u, draft);
      assert.deepEqual(summary(await client.diagnostics(u, 1)), expected(draft));
      await settle(client);
      assert.equal(client.exit, undefined, client.stderr);
      const logged = client.logged();
      assert.ok(logged.some((m) => /^公文助手：客户端未接受注册 workspace\/didChangeWatchedFiles（registration refused）/.test(m)), logged.join('\n'));
      assert.ok(!logged.some((m) => m.includes('unhandled rejection')), logged.join('\n'));
    } finally {
      await client.stop();
    }
  });

  describe('documents coming and going', () => {
    let client: TestClient;
    before(async () => {
      client = await TestClient.start();
    });
    after(async () => {
      await client.stop();
    });

    it('publishes nothing but the clearing for a document closed while its check waits for settings', async () => {
      const u = uri();
      const hold = client.holdNextConfiguration();
      client.open(u, draft);
      await hold.requested;
      client.close(u);
      hold.release();
      await settle(client);
      assert.deepEqual(client.published(u).map((p) => p.diagnostics), [[]]);
    });

    it('checks the reopened text of a document closed and reopened while its first check waited', async () => {
      const u = uri();
      const hold = client.holdNextConfiguration();
      client.open(u, draft);
      await hold.requested;
      client.close(u);
      const reopened = '关于项目情况的汇报\n\n完成投资12亿元;增长5%。\n';
      client.open(u, reopened, 'markdown', 7);
      hold.release();
      assert.deepEqual(summary(await client.diagnostics(u, 7)), expected(reopened));
      await settle(client);
      const published = client.published(u);
      assert.deepEqual(summary(published.at(-1)!.diagnostics), expected(reopened));
      assert.ok(published.every((p) => p.version === undefined || p.version === 7), JSON.stringify(published.map((p) => p.version)));
    });

    it('has the clearing as the last word on a document closed right after a change', async () => {
      const u = uri();
      client.open(u, draft);
      await client.diagnostics(u, 1);
      client.change(u, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '，' }]);
      client.close(u);
      await settle(client);
      const published = client.published(u).map((p) => p.diagnostics);
      assert.deepEqual(published.slice(published.findIndex((d) => d.length === 0)), [[]], 'a result published after the clearing');
    });

    it('checks 100 documents opened at once, each on its own text, and clears them all on close', async () => {
      const texts = Array.from({ length: 100 }, (_, i) => seedText.replace(/完成投资/, `完成投资${i + 1},`).replace('汇报如下', i % 2 ? '汇报如下,' : '汇报如下'));
      const uris = texts.map(() => uri());
      texts.forEach((text, i) => client.open(uris[i]!, text));
      const results = await Promise.all(uris.map((u) => client.diagnostics(u, 1)));
      results.forEach((diagnostics, i) => assert.deepEqual(summary(diagnostics), expected(texts[i]!), `document ${i}`));
      const since = client.notifications.length;
      for (const u of uris) client.close(u);
      await Promise.all(uris.map((u) => client.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as PublishDiagnosticsParams).uri === u, since)));
      await settle(client);
      for (const u of uris) assert.deepEqual(client.published(u).at(-1)!.diagnostics, [], u);
      assert.equal(client.exit, undefined);
    });

    it('takes 1,000 edits in a burst and publishes the findings of the last version last', async () => {
      const u = uri();
      let document = TextDocument.create(u, 'markdown', 1, seedText);
      client.open(u, seedText);
      await client.diagnostics(u, 1);
      // a fixed pseudo-random walk of insertions and deletions, the same every run
      let state = 20240705;
      const next = (n: number): number => {
        state = (state * 1103515245 + 12345) % 2147483648;
        return state % n;
      };
      const pieces = [',', 'xx', '，', '。', '亿元', '\n', '1', '(', ')', '点击'];
      let last = 1;
      for (let i = 0; i < 1000; i++) {
        const text = document.getText();
        const at = next(text.length);
        const change: TextDocumentContentChangeEvent =
          i % 3 === 2
            ? { range: { start: document.positionAt(at), end: document.positionAt(Math.min(text.length, at + 1 + next(3))) }, text: '' }
            : { range: { start: document.positionAt(at), end: document.positionAt(at) }, text: pieces[next(pieces.length)]! };
        last = client.change(u, [change]);
        document = TextDocument.update(document, [change], last);
      }
      const diagnostics = await client.diagnostics(u, last);
      assert.equal(last, 1001);
      assert.deepEqual(summary(diagnostics), expected(document.getText()));
      await settle(client);
      const versions = client.published(u).map((p) => p.version!);
      assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'versions published out of order');
      assert.equal(versions.at(-1), last);
      const status = client.notifications.filter((n) => n.method === 'gongwen/status' && (n.params as StatusParams).uri === u).at(-1);
      assert.equal((status?.params as StatusParams).version, last);
      client.close(u);
    });
  });
});
