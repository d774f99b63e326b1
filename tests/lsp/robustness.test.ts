// The language server under faults and load: a rule that throws, a client that refuses what the server asks,
// documents closed mid-check, 100 documents at once, 1,000 edits in a burst, closed documents leaving nothing
// behind, broken configuration. Every wait is on a notification, a response or the server's own output.

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { check } from '../../server/src/engine/check';
import { PlaceholdersRequest, StatusNotification, type StatusParams } from '../../server/src/lsp/protocol';
import { root, serverBundle, TestClient } from './lspClient';

const seedText = readFileSync(join(root, 'examples', '县高质量项目推进年活动开展情况的汇报.md'), 'utf8');

/** The same trigger as tests/lsp/fixtures/throwingRule.ts. */
const RULE_FAILURE_TRIGGER = '【测试：规则出错】';
/** A language server run from source with web-residue made to throw on RULE_FAILURE_TRIGGER. */
const throwingRuleServer = ['--require', 'tsx/cjs', '--require', join(root, 'tests', 'lsp', 'fixtures', 'throwingRule.ts'), join(root, 'server', 'src', 'server.ts'), '--stdio'];
/** The bundle with a probe that reports memory and writes heap snapshots on SIGUSR2. */
const probedServer = ['--expose-gc', '--import', pathToFileURL(join(root, 'tests', 'lsp', 'fixtures', 'memoryProbe.mjs')).href, serverBundle, '--stdio'];

let seq = 0;
function uri(name = 'draft.md'): string {
  return `file:///tmp/gongwen-robustness-tests/${++seq}/${name}`;
}

/** Findings as the editor sees them: rule, range and message, in a stable order. */
function summary(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`).sort();
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

/**
 * What the server published for a document before its next result. The document is changed (or, if closed,
 * reopened) as a probe version and the probe's diagnostics awaited: the server checks only a document's newest
 * text, so whatever it was still doing for the document was published before, or not at all.
 */
async function publishedBefore(client: TestClient, u: string, state: 'open' | 'closed'): Promise<PublishDiagnosticsParams[]> {
  let probe: number;
  if (state === 'open') {
    probe = client.change(u, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
  } else {
    probe = 1_000_000;
    client.open(u, '探测。\n', 'markdown', probe);
  }
  await client.diagnostics(u, probe);
  const published = client.published(u);
  if (state === 'closed') client.close(u);
  return published.slice(
    0,
    published.findIndex((p) => p.version === probe),
  );
}

/** The first line the server logged that passes the test (already logged or yet to come). */
async function logLine(client: TestClient, test: (message: string) => boolean): Promise<void> {
  await client.waitFor((n) => n.method === 'window/logMessage' && test((n.params as { message: string }).message));
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
      assert.ok(
        before.some((d) => d.code === 'web-residue'),
        'the draft has web residue',
      );
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
      // a failure is logged while its version is checked, before that version is published: all are in
      await logLine(client, (m) => m.includes('web-residue'));
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
      await logLine(client, (m) => m.includes('registration refused'));
      assert.equal(client.exit, undefined, client.stderr);
      const logged = client.logged();
      assert.ok(
        logged.some((m) => /^公文助手：客户端未接受注册 workspace\/didChangeWatchedFiles（registration refused）/.test(m)),
        logged.join('\n'),
      );
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
      assert.deepEqual(
        (await publishedBefore(client, u, 'closed')).map((p) => p.diagnostics),
        [[]],
      );
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
      client.close(u);
      const published = (await publishedBefore(client, u, 'closed')).slice(0, -1); // up to the clearing
      assert.deepEqual(summary(published.at(-1)!.diagnostics), expected(reopened));
      assert.ok(
        published.every((p) => p.version === undefined || p.version === 7),
        JSON.stringify(published.map((p) => p.version)),
      );
    });

    it('has the clearing as the last word on a document closed right after a change', async () => {
      const u = uri();
      client.open(u, draft);
      await client.diagnostics(u, 1);
      client.change(u, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '，' }]);
      client.close(u);
      const published = (await publishedBefore(client, u, 'closed')).map((p) => p.diagnostics);
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
      const before = await Promise.all(uris.map((u) => publishedBefore(client, u, 'closed')));
      before.forEach((published, i) => assert.deepEqual(published.at(-1)!.diagnostics, [], uris[i]));
      assert.equal(client.exit, undefined);
    });

    it('takes 1,000 edits in a burst and publishes the findings of the last version last', async () => {
      const u = uri();
      // the head of the seed: a short text keeps the test quick on a loaded machine
      const text = seedText.slice(0, seedText.indexOf('\n', 600));
      let document = TextDocument.create(u, 'markdown', 1, text);
      client.open(u, text);
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
      assert.ok(diagnostics.length > 0);
      assert.deepEqual(summary(diagnostics), expected(document.getText()));
      const versions = [...(await publishedBefore(client, u, 'open')).map((p) => p.version!), last + 1];
      assert.deepEqual(
        versions,
        [...versions].sort((a, b) => a - b),
        'versions published out of order',
      );
      assert.equal(versions.at(-2), last);
      // the edits already read are applied before the check: not one check per edit (1,001 publications)
      assert.ok(versions.length < 500, `${versions.length} publications for 1,001 versions`);
      // the status bar's counts follow each publication, in the same order
      const statusOf = (n: { method: string; params?: unknown }): StatusParams | undefined =>
        n.method === StatusNotification.method && (n.params as StatusParams).uri === u ? (n.params as StatusParams) : undefined;
      await client.waitFor((n) => statusOf(n)?.version === last + 1);
      const statuses = client.notifications
        .map(statusOf)
        .filter((p) => p !== undefined)
        .map((p) => p.version);
      assert.deepEqual(statuses, versions);
      client.close(u);
    });
  });

  it('keeps nothing of a closed document: its uri is gone from the server’s heap', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-heap-'));
    const client = await TestClient.start({ argv: probedServer, env: { GONGWEN_HEAP_SNAPSHOT_DIR: dir } });
    try {
      const marker = `gongwen-leak-${randomUUID()}`;
      const uris = Array.from({ length: 20 }, (_, i) => `file:///tmp/${marker}/草稿${i}.md`);
      uris.forEach((u, i) => client.open(u, seedText.replace('完成投资', `完成投资${i},`)));
      for (const u of uris) {
        // every request that reads a document's state
        const [first] = await client.diagnostics(u, 1);
        await client.request('textDocument/hover', { textDocument: { uri: u }, position: first!.range.start });
        await client.request('textDocument/codeAction', { textDocument: { uri: u }, range: first!.range, context: { diagnostics: [first] } });
        await client.request('textDocument/documentSymbol', { textDocument: { uri: u } });
        await client.request('textDocument/foldingRange', { textDocument: { uri: u } });
        await client.request(PlaceholdersRequest.type, { uri: u });
        client.change(u, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
        await client.diagnostics(u, 2);
      }
      let since = client.notifications.length;
      for (const u of uris) client.close(u);
      await Promise.all(uris.map((u) => client.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as PublishDiagnosticsParams).uri === u, since)));
      // another document through the same paths, so nothing "last seen" still points at the closed ones
      const other = uri();
      client.open(other, seedText);
      await client.diagnostics(other, 1);
      since = client.notifications.length;
      client.close(other);
      // its clearing is the server's last work: every closed document's was before it
      await client.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as PublishDiagnosticsParams).uri === other, since);

      client.process.kill('SIGUSR2');
      await client.waitForStderr((s) => s.includes('GONGWEN_MEMORY'));
      const report = JSON.parse(/GONGWEN_MEMORY (.*)/.exec(client.stderr)![1]!) as { snapshot: string; gc: boolean };
      assert.ok(report.gc, 'the probe could not collect garbage');
      const snapshot = JSON.parse(readFileSync(report.snapshot, 'utf8')) as { strings: string[] };
      assert.ok(snapshot.strings.length > 1000, 'an empty heap snapshot');
      const kept = snapshot.strings.filter((s) => s.includes(marker));
      assert.deepEqual(kept, [], 'strings of closed documents still in the heap');
    } finally {
      await client.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('language server with broken configuration', function () {
  this.timeout(60_000);
  const doc = '关于项目情况的汇报\n\n一、工作进展情况\n\n完成投资xx亿元,增长5%。\n\n二、下一步打算\n\n加快建设。\n';

  function shown(client: TestClient): string[] {
    return client.notifications.filter((n) => n.method === 'window/showMessage').map((n) => (n.params as { message: string }).message);
  }

  /** Ten keystrokes, each checked: a problem already told is not told again. */
  async function type(client: TestClient, u: string): Promise<void> {
    for (let i = 0; i < 10; i++) {
      const v = client.change(u, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
      await client.diagnostics(u, v);
    }
  }

  const brokenSettings: Array<[string, Record<string, unknown>, RegExp]> = [
    ['rules that are not an object', { rules: 'off' }, /“rules”应为对象/],
    ['an unknown rule', { rules: { 'no-such-rule': 'error' } }, /规则“no-such-rule”不存在/],
    ['a severity that does not exist', { rules: { placeholder: 'fatal' } }, /规则“placeholder”的级别应为/],
    ['a rule option of the wrong type', { rules: { 'punctuation-width': ['warning', { nope: 1 }] } }, /没有选项“nope”/],
    ['placeholders that are not a list', { placeholders: '待定' }, /“placeholders”应为非空字符串数组/],
    ['a placeholder that is no regular expression', { placeholders: ['/[/'] }, /不是有效的正则表达式/],
    ['a document type that does not exist', { documentType: 'memo' }, /“documentType”应为/],
    ['a document type that is not a string', { documentType: 7 }, /“documentType”应为/],
    ['an enable that is not auto, always or never', { enable: 'sometimes' }, /gongwen\.enable/],
    ['a rules setting of null', { rules: null }, /“rules”应为对象/],
  ];
  for (const [what, settings, message] of brokenSettings) {
    it(`tells once about ${what} in the settings, and checks with the defaults`, async () => {
      const client = await TestClient.start({ settings });
      try {
        const u = uri();
        client.open(u, doc);
        assert.deepEqual(summary(await client.diagnostics(u, 1)), expected(doc));
        // a message is shown while the settings of a version are read, before that version is published: the
        // last keystroke's diagnostics (awaited in type) come after every message there is
        await type(client, u);
        const messages = shown(client);
        assert.equal(messages.length, 1, messages.join('\n'));
        assert.match(messages[0]!, /^公文助手：配置有误，这部分配置已忽略，按默认规则检查/);
        assert.match(messages[0]!, message);
        assert.equal((client.notifications.find((n) => n.method === 'window/showMessage')!.params as { type: number }).type, 1);
      } finally {
        await client.stop();
      }
    });
  }

  describe('.gongwenrc.json', () => {
    let workspace: string;
    let client: TestClient;
    before(async () => {
      workspace = mkdtempSync(join(tmpdir(), 'gongwen-rc-'));
      client = await TestClient.start({ workspaceFolder: workspace });
    });
    after(async () => {
      await client.stop();
      rmSync(workspace, { recursive: true, force: true });
    });

    const brokenFiles: Array<[string, string | null, RegExp]> = [
      ['a trailing comma', '{ "rules": { "placeholder": "off", } }', /不是有效的 JSON（第 1 行第 \d+ 列）/],
      ['an array', '["placeholder"]', /配置应为一个 JSON 对象/],
      ['a number', '42', /配置应为一个 JSON 对象/],
      ['an empty file', '', /不是有效的 JSON/],
      ['an unknown key', '{ "rule": { "placeholder": "off" } }', /未知的配置项“rule”/],
      ['an unknown rule', '{ "rules": { "placeholders": "off" } }', /规则“placeholders”不存在/],
      ['a bad severity', '{ "rules": { "placeholder": "none" } }', /的级别应为/],
      ['a bad regular expression', '{ "placeholders": ["/(/"] }', /不是有效的正则表达式/],
      ['a folder in its place', null, /无法读取配置文件/],
    ];
    for (const [what, content, message] of brokenFiles) {
      it(`tells once about ${what}, for every draft under it, and checks with the defaults`, async () => {
        const dir = join(workspace, randomUUID());
        mkdirSync(dir);
        const rc = join(dir, '.gongwenrc.json');
        if (content === null) mkdirSync(rc);
        else writeFileSync(rc, content);
        const before = shown(client).length;
        const uris = [join(dir, 'a.md'), join(dir, 'sub', 'b.md'), join(dir, 'c.md')].map((p) => pathToFileURL(p).href);
        for (const u of uris) client.open(u, doc);
        for (const u of uris) assert.deepEqual(summary(await client.diagnostics(u, 1)), expected(doc));
        await type(client, uris[0]!); // as above: every message came before the last keystroke's diagnostics
        const messages = shown(client).slice(before);
        assert.equal(messages.length, 1, messages.join('\n'));
        assert.match(messages[0]!, /^公文助手：配置有误，这部分配置已忽略，按默认规则检查/);
        assert.ok(messages[0]!.includes(rc), 'the message names the file');
        assert.match(messages[0]!, message);
        for (const u of uris) client.close(u);
      });
    }
  });
});
