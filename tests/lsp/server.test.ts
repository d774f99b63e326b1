// The language server as an editor sees it: `node dist/server.js --stdio`, spoken to in JSON-RPC. Every wait is
// on a notification or a response. Needs `npm run build` (npm test builds first).

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SymbolKind, type CodeAction, type Diagnostic, type DocumentSymbol, type FoldingRange, type Hover, type MarkupContent, type Range, type TextEdit } from 'vscode-languageserver-protocol';
import { check } from '../../server/src/engine/check';
import { FileModeNotification, PlaceholdersRequest, StatusNotification, type StatusParams } from '../../server/src/lsp/protocol';
import { TestClient, root } from './lspClient';

const packageVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

const seedText = readFileSync(join(root, 'examples', '县高质量项目推进年活动开展情况的汇报.md'), 'utf8');
const cleanText = readFileSync(join(root, 'examples', '关于2024年上半年项目建设工作情况的汇报.md'), 'utf8');

const README = `# fast-widget

A tiny library for widgets. Install it with \`npm install fast-widget\`, then:

\`\`\`js
const w = require('fast-widget');
w.render({ title: 'xx' });
\`\`\`

## API

1. render(options): draws the widget, returns nothing.
2. destroy(): removes it.

Licensed under MIT (see LICENSE).
`;

let seq = 0;
function uri(name = 'draft.md'): string {
  return `file:///tmp/gongwen-lsp-tests/${++seq}/${name}`;
}

function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 0, text), edits);
}

function editsOf(action: CodeAction, docUri: string): TextEdit[] {
  return action.edit?.changes?.[docUri] ?? [];
}

function offsetOf(text: string, needle: string, from = 0): number {
  const i = text.indexOf(needle, from);
  assert.ok(i >= 0, `${needle} not in text`);
  return i;
}

function positionOf(text: string, offset: number): { line: number; character: number } {
  return TextDocument.create('file:///x', 'markdown', 0, text).positionAt(offset);
}

function textOf(text: string, range: Range): string {
  const doc = TextDocument.create('file:///x', 'markdown', 0, text);
  return text.slice(doc.offsetAt(range.start), doc.offsetAt(range.end));
}

async function status(client: TestClient, docUri: string, version: number): Promise<StatusParams> {
  const n = await client.waitFor((n) => n.method === StatusNotification.method && (n.params as StatusParams).uri === docUri && (n.params as StatusParams).version === version);
  return n.params as StatusParams;
}

describe('language server', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start();
  });
  after(async () => {
    await client.stop();
  });

  it('announces incremental sync, hovers, code actions, symbols and folding', () => {
    const caps = client.initializeResult!.capabilities;
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    assert.equal(caps.hoverProvider, true);
    assert.deepEqual((caps.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.fixAll', 'source.fixAll.gongwen']);
    assert.ok(caps.documentSymbolProvider);
    assert.equal(caps.foldingRangeProvider, true);
  });

  it('names itself with the package’s version', () => {
    assert.deepEqual(client.initializeResult!.serverInfo, { name: '公文助手', version: packageVersion });
  });

  describe('diagnostics', () => {
    it('publishes every finding of the seed draft, with rule id, link, source and severity', async () => {
      const u = uri();
      client.open(u, seedText);
      const diagnostics = await client.diagnostics(u);
      const { findings } = check(seedText);
      assert.equal(diagnostics.length, findings.length);
      findings.forEach((f, i) => {
        const d = diagnostics[i]!;
        assert.equal(d.code, f.rule);
        assert.equal(d.source, '公文助手');
        assert.equal(d.message, f.message);
        assert.equal(d.codeDescription?.href, `https://github.com/gongwen-tools/gongwen-assistant/blob/v${packageVersion}/docs/rules/${f.rule}.md`);
        assert.equal(d.severity, { error: 1, warning: 2, information: 3, hint: 4 }[f.severity]);
        assert.equal(textOf(seedText, d.range), seedText.slice(f.offset, f.endOffset));
      });
      const placeholders = diagnostics.filter((d) => d.code === 'placeholder');
      assert.equal(placeholders.length, 40);
      assert.ok(placeholders.every((d) => d.severity === 1));
      // the first placeholder: “xx县…” on line 7
      assert.deepEqual(placeholders[0]!.range, { start: { line: 6, character: 0 }, end: { line: 6, character: 2 } });
      assert.equal(diagnostics.filter((d) => d.code === 'web-residue').length, 7);
      assert.equal(diagnostics.filter((d) => d.code === 'broken-paragraph').length, 3);
      const s = await status(client, u, 1);
      assert.deepEqual([s.checked, s.reason, s.placeholders, s.problems], [true, 'detected', 40, findings.length - 40]);
    });

    it('publishes nothing for the clean example', async () => {
      const u = uri();
      client.open(u, cleanText);
      assert.deepEqual(await client.diagnostics(u), []);
      assert.equal((await status(client, u, 1)).checked, true);
    });

    it('counts columns in UTF-16 code units, as LSP does', async () => {
      const u = uri();
      const text = '关于𠀋工作的汇报\n\n我们𠀋推进,落实。\n';
      client.open(u, text);
      const [comma] = (await client.diagnostics(u)).filter((d) => d.code === 'punctuation-width');
      // 我们 (2) + 𠀋 (a surrogate pair: 2) + 推进 (2) = 6
      assert.deepEqual(comma!.range, { start: { line: 2, character: 6 }, end: { line: 2, character: 7 } });
    });

    it('applies incremental changes and checks the new text', async () => {
      const u = uri();
      const text = '关于项目建设情况的汇报\n\n现将有关情况汇报如下。\n';
      client.open(u, text);
      assert.deepEqual(
        (await client.diagnostics(u)).filter((d) => d.code === 'placeholder'),
        [],
      );
      // type “xx” and then a half-width comma after “现将”
      client.change(u, [{ range: { start: { line: 2, character: 2 }, end: { line: 2, character: 2 } }, text: 'x' }]);
      client.change(u, [{ range: { start: { line: 2, character: 3 }, end: { line: 2, character: 3 } }, text: 'x' }]);
      const v = client.change(u, [{ range: { start: { line: 2, character: 4 }, end: { line: 2, character: 4 } }, text: ',' }]);
      const diagnostics = await client.diagnostics(u, v);
      const placeholder = diagnostics.find((d) => d.code === 'placeholder');
      assert.deepEqual(placeholder?.range, { start: { line: 2, character: 2 }, end: { line: 2, character: 4 } });
      assert.ok(diagnostics.some((d) => d.code === 'punctuation-width'));
    });

    it('gives related spans as relatedInformation', async () => {
      const u = uri();
      const text = '关于项目建设情况的汇报\n\n一、工作进展情况\n\n完成投资。\n\n二、下一步打算\n\n加快建设。\n\n三、存在问题\n\n资金不足。\n';
      client.open(u, text);
      const order = (await client.diagnostics(u)).find((d) => d.code === 'structure-sections');
      assert.ok(order?.relatedInformation && order.relatedInformation.length > 0);
      assert.equal(order.relatedInformation[0]!.location.uri, u);
      assert.ok(order.relatedInformation[0]!.message.length > 0);
    });

    it('clears the diagnostics of a closed document', async () => {
      const u = uri();
      client.open(u, seedText);
      assert.ok((await client.diagnostics(u)).length > 0);
      const since = client.notifications.length;
      client.close(u);
      const cleared = await client.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string }).uri === u, since);
      assert.deepEqual((cleared.params as { diagnostics: Diagnostic[] }).diagnostics, []);
    });
  });

  describe('versions', () => {
    it('never publishes a result for a version that was already superseded', async () => {
      const u = uri();
      const hold = client.holdNextConfiguration();
      client.open(u, '关于项目情况的汇报\n\n完成投资xx亿元。\n');
      await hold.requested;
      // the server is waiting for its settings to check version 1; version 2 arrives meanwhile
      const v2 = client.change(u, [{ range: { start: { line: 2, character: 4 }, end: { line: 2, character: 6 } }, text: '12' }]);
      hold.release();
      const diagnostics = await client.diagnostics(u, v2);
      assert.deepEqual(
        diagnostics.filter((d) => d.code === 'placeholder'),
        [],
      );
      // a request is answered after everything the server had to do for the change
      await client.request('textDocument/documentSymbol', { textDocument: { uri: u } });
      assert.deepEqual(
        client.published(u).map((p) => p.version),
        [v2],
      );
    });

    it('checks a burst of changes on the newest text and publishes versions in order', async () => {
      const u = uri();
      const text = '关于项目情况的汇报\n\n完成投资亿元。\n';
      client.open(u, text);
      await client.diagnostics(u, 1);
      let last = 1;
      for (let i = 0; i < 5; i++) last = client.change(u, [{ range: { start: { line: 2, character: 4 + i }, end: { line: 2, character: 4 + i } }, text: 'x' }]);
      const diagnostics = await client.diagnostics(u, last);
      assert.equal(textOf('关于项目情况的汇报\n\n完成投资xxxxx亿元。\n', diagnostics.find((d) => d.code === 'placeholder')!.range), 'xxxxx');
      await client.request('textDocument/documentSymbol', { textDocument: { uri: u } });
      const versions = client.published(u).map((p) => p.version!);
      assert.deepEqual(
        versions,
        [...versions].sort((a, b) => a - b),
      );
      assert.equal(versions[versions.length - 1], last);
    });
  });

  describe('hover', () => {
    it('explains a flagged span with the rule, its explanation from the docs and its clause', async () => {
      const u = uri();
      const text = '关于项目情况的汇报\n\n按照会议安排,现将情况汇报如下。\n';
      client.open(u, text);
      await client.diagnostics(u);
      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: u }, position: positionOf(text, offsetOf(text, ',')) });
      const value = (hover.contents as MarkupContent).value;
      assert.equal((hover.contents as MarkupContent).kind, 'markdown');
      assert.match(value, /\*\*半角标点\*\* · `punctuation-width`/);
      assert.match(value, /GB\/T 15834-2011 规定的中文标点/); // docs/rules/punctuation-width.md, 说明
      assert.match(value, /依据：GB\/T 15834-2011/);
      assert.ok(value.includes(`[规则说明](https://github.com/gongwen-tools/gongwen-assistant/blob/v${packageVersion}/docs/rules/punctuation-width.md)`), value);
      assert.equal(textOf(text, hover.range!), ',');
    });

    it('shows a figure and the arithmetic of every relation it takes part in', async () => {
      const u = uri();
      const text =
        '# 关于项目建设情况的汇报\n\n今年共安排重点建设项目12个（新建5个、续建6个），年度计划投资20亿元。截至5月底，完成投资8亿元，占年计划的50%。需办理审批手续30个，已办结25个，办结率为83.3%。\n';
      client.open(u, text);
      await client.diagnostics(u);
      const over = async (needle: string): Promise<string> => {
        const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: u }, position: positionOf(text, offsetOf(text, needle) + 1) });
        return (hover.contents as MarkupContent).value;
      };
      const total = await over('12个');
      assert.match(total, /^\*\*数字\*\* `12个` · 重点建设项目/);
      assert.match(total, /✗ 分项与总数：不成立（算式见此处报告的问题）/);
      assert.match(total, /\*\*分项之和与总数\*\* · `number-sum`/);
      const part = await over('5个');
      assert.match(part, /✗ 分项与总数：新建5个 \+ 续建6个 = 11个，文中为12个（问题标在第3行 `12个` 处）/);
      const plan = await over('20亿元');
      assert.match(plan, /^\*\*数字\*\* `20亿元` · 重点建设项目 · 年度计划投资/);
      assert.match(plan, /✗ 占比：8亿元 ÷ 20亿元 = 40%，文中为50%/);
      assert.doesNotMatch(plan, /折算|数值/);
      const rate = await over('83.3%');
      assert.match(rate, /✓ 率与基数：25个 ÷ 30个 = 83.33%/);
    });

    it('has nothing to say where nothing was found', async () => {
      const u = uri();
      const text = '关于项目情况的汇报\n\n现将情况汇报如下。\n';
      client.open(u, text);
      await client.diagnostics(u);
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: u }, position: { line: 2, character: 1 } });
      assert.equal(hover, null);
    });
  });

  describe('code actions', () => {
    const actionsAt = (u: string, range: Range, diagnostics: Diagnostic[], only?: string[]) =>
      client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range, context: { diagnostics, ...(only ? { only } : {}) } });

    it('offers a quick fix for a fixable finding, with its edit', async () => {
      const u = uri();
      client.open(u, seedText);
      const diagnostics = await client.diagnostics(u);
      const comma = diagnostics.find((d) => d.code === 'punctuation-width' && textOf(seedText, d.range) === ',')!;
      const actions = await actionsAt(u, comma.range, [comma]);
      const fix = actions.find((a) => a.title === '将“,”改为“，”');
      assert.ok(fix, actions.map((a) => a.title).join(' | '));
      assert.equal(fix.kind, 'quickfix');
      assert.equal(fix.isPreferred, true);
      assert.deepEqual(fix.diagnostics, [comma]);
      assert.deepEqual(editsOf(fix, u), [{ range: comma.range, newText: '，' }]);
      const all = actions.find((a) => a.title.startsWith('修复本文件中所有“半角标点”问题'));
      assert.ok(all);
      const fixed = applyEdits(seedText, editsOf(all, u));
      assert.deepEqual(
        check(fixed).findings.filter((f) => f.rule === 'punctuation-width'),
        [],
      );
    });

    it('deletes a residue line and joins a broken paragraph', async () => {
      const u = uri();
      client.open(u, seedText);
      const diagnostics = await client.diagnostics(u);
      const residue = diagnostics.find((d) => d.code === 'web-residue' && textOf(seedText, d.range).startsWith('SUCAI198'))!;
      const [del] = (await actionsAt(u, residue.range, [residue])).filter((a) => a.title === '删除这一行');
      assert.ok(del);
      assert.ok(!applyEdits(seedText, editsOf(del, u)).includes('SUCAI198'));

      const broken = diagnostics.find((d) => d.code === 'broken-paragraph')!;
      const [join] = (await actionsAt(u, broken.range, [broken])).filter((a) => a.title === '合并断开的段落');
      assert.ok(join);
      assert.ok(applyEdits(seedText, editsOf(join, u)).includes('共接待外地客商xx批次共计xx人来xx进行实地考察'));
    });

    it('fixes all safe findings of the file as source.fixAll', async () => {
      const u = uri();
      client.open(u, seedText);
      await client.diagnostics(u);
      const actions = await actionsAt(u, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
      assert.deepEqual(
        actions.map((a) => a.kind),
        ['source.fixAll.gongwen'],
      );
      const fixed = applyEdits(seedText, editsOf(actions[0]!, u));
      const after = check(fixed).findings;
      assert.deepEqual(
        after.filter((f) => f.fix && f.safeFix),
        [],
      );
      // unsafe fixes (residue, broken paragraphs) and placeholders wait for the writer
      assert.equal(after.filter((f) => f.rule === 'placeholder').length, 40);
      assert.equal(after.filter((f) => f.rule === 'web-residue').length, 7);

      const v = client.change(u, [{ text: fixed }]);
      assert.deepEqual(
        (await client.diagnostics(u, v)).filter((d) => d.code === 'punctuation-width'),
        [],
      );
    });

    it('disables a rule for one line with a comment above it', async () => {
      const u = uri();
      const text = '关于项目情况的汇报\n\n完成投资xx亿元,增长xx%。\n\n新开工项目xx个。\n';
      client.open(u, text);
      const diagnostics = await client.diagnostics(u);
      const first = diagnostics.find((d) => d.code === 'placeholder')!;
      const actions = await actionsAt(u, first.range, [first]);
      const disable = actions.find((a) => a.title === '在这一行停用规则 placeholder');
      assert.ok(disable, actions.map((a) => a.title).join(' | '));
      const edited = applyEdits(text, editsOf(disable, u));
      assert.equal(edited, '关于项目情况的汇报\n\n<!-- gongwen-disable-next-line placeholder -->\n完成投资xx亿元,增长xx%。\n\n新开工项目xx个。\n');
      const v = client.change(
        u,
        editsOf(disable, u).map((e) => ({ range: e.range, text: e.newText })),
      );
      const after = await client.diagnostics(u, v);
      assert.deepEqual(
        after.filter((d) => d.code === 'placeholder').map((d) => d.range.start.line),
        [5],
      );
      assert.ok(
        after.some((d) => d.code === 'punctuation-width' && d.range.start.line === 3),
        'other rules still apply on that line',
      );

      // a second rule joins the same comment
      const comma = after.find((d) => d.code === 'punctuation-width')!;
      const again = (await actionsAt(u, comma.range, [comma])).find((a) => a.title === '在这一行停用规则 punctuation-width')!;
      assert.ok(applyEdits(edited, editsOf(again, u)).includes('<!-- gongwen-disable-next-line placeholder punctuation-width -->\n完成投资'));
    });

    it('warns of a misspelt rule in a disable comment where it is written, and corrects it', async () => {
      const u = uri();
      const text = '关于项目建设工作情况的汇报\n\n按照会议安排，现将今年以来项目建设工作情况汇报如下。\n\n<!-- gongwen-disable-next-line placehodler -->\n完成投资xx亿元。\n';
      client.open(u, text);
      const diagnostics = await client.diagnostics(u);
      const warning = diagnostics.find((d) => d.code === 'gongwen-disable')!;
      assert.ok(warning, JSON.stringify(diagnostics));
      assert.equal(textOf(text, warning.range), 'placehodler');
      assert.equal(warning.severity, 2);
      assert.match(warning.message, /规则“placehodler”不存在（unknown rule），是不是“placeholder”？/);
      assert.ok(
        diagnostics.some((d) => d.code === 'placeholder'),
        'the misspelt comment silences nothing',
      );
      const fix = (await actionsAt(u, warning.range, [warning])).find((a) => a.title === '将“placehodler”改为“placeholder”');
      assert.ok(fix);
      const v = client.change(
        u,
        editsOf(fix, u).map((e) => ({ range: e.range, text: e.newText })),
      );
      assert.deepEqual(await client.diagnostics(u, v), []);
    });
  });

  describe('outline', () => {
    it('gives the 一、/（一） hierarchy under the title as document symbols', async () => {
      const u = uri();
      client.open(u, cleanText);
      await client.diagnostics(u);
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: u } });
      assert.equal(symbols.length, 1);
      const [title] = symbols;
      assert.equal(title!.name, '关于2024年上半年项目建设工作情况的汇报');
      const parts = title!.children!.map((c) => c.name);
      assert.deepEqual(
        parts.map((p) => p.slice(0, 2)),
        ['一、', '二、', '三、'],
      );
      const first = title!.children![0]!;
      assert.ok(first.children!.length >= 2);
      assert.match(first.children![0]!.name, /^（一）/);
      // a kind per level, none a string (abc): the document, then 一、 and （一）
      assert.deepEqual([title!.kind, first.kind, first.children![0]!.kind], [SymbolKind.File, SymbolKind.Module, SymbolKind.Namespace]);
      // the selection is the heading words, before the run-in text
      assert.ok(!textOf(cleanText, first.children![0]!.selectionRange).includes('。'));
      for (const part of title!.children!) {
        assert.ok(part.range.start.line <= part.selectionRange.start.line && part.selectionRange.end.line <= part.range.end.line);
      }
    });

    it('folds each part', async () => {
      const u = uri();
      client.open(u, seedText);
      await client.diagnostics(u);
      const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: u } });
      const lines = seedText.split('\n');
      const starts = ranges.map((r) => lines[r.startLine]!.slice(0, 2));
      assert.ok(
        ['一、', '二、', '三、'].every((p) => starts.includes(p)),
        starts.join(' '),
      );
      for (const r of ranges) {
        assert.ok(r.endLine > r.startLine);
        assert.notEqual(lines[r.endLine]!.trim(), '', 'a part ends on its last written line');
      }
    });
  });

  describe('placeholders', () => {
    it('lists the unfilled placeholders of the newest version in order', async () => {
      const u = uri();
      client.open(u, seedText);
      const diagnostics = await client.diagnostics(u);
      const result = await client.request(PlaceholdersRequest.type, { uri: u });
      assert.ok(result, 'a checked document has its placeholders');
      assert.equal(result.version, 1);
      assert.deepEqual(
        result.ranges,
        diagnostics.filter((d) => d.code === 'placeholder').map((d) => d.range),
      );
      const v = client.change(u, [{ range: result.ranges[0]!, text: '岚皋' }]);
      const next = await client.request(PlaceholdersRequest.type, { uri: u });
      assert.ok(next, 'a checked document has its placeholders');
      assert.equal(next.version, v);
      assert.equal(next.ranges.length, 39);
    });
  });

  describe('which files are checked', () => {
    it('leaves an English README alone', async () => {
      const u = uri('README.md');
      client.open(u, README);
      const s = await status(client, u, 1);
      assert.deepEqual([s.checked, s.reason], [false, 'not-detected']);
      assert.deepEqual(await client.diagnostics(u), []);
      assert.equal(await client.request('textDocument/hover', { textDocument: { uri: u }, position: { line: 6, character: 20 } }), null);
      assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri: u } }), []);
      assert.deepEqual(
        await client.request('textDocument/codeAction', { textDocument: { uri: u }, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } }, context: { diagnostics: [] } }),
        [],
      );
    });

    it('checks a file switched on by the writer, and stops when switched off', async () => {
      const u = uri('notes.txt');
      const text = '这是一段说明,没有标题。\n';
      client.open(u, text, 'plaintext');
      assert.equal((await status(client, u, 1)).reason, 'not-detected');
      let since = client.notifications.length;
      client.notify(FileModeNotification.type, { uri: u, mode: 'always' });
      await client.waitFor((n) => n.method === StatusNotification.method && (n.params as StatusParams).uri === u && (n.params as StatusParams).reason === 'file-always', since);
      assert.deepEqual(
        client
          .published(u)
          .at(-1)!
          .diagnostics.map((d) => d.code),
        ['punctuation-width'],
      );
      since = client.notifications.length;
      client.notify(FileModeNotification.type, { uri: u, mode: 'never' });
      await client.waitFor((n) => n.method === StatusNotification.method && (n.params as StatusParams).uri === u && (n.params as StatusParams).reason === 'file-never', since);
      assert.deepEqual(client.published(u).at(-1)!.diagnostics, []);
    });

    it('takes per-file switches remembered by the client at start', async () => {
      const u = uri('README.md');
      const other = await TestClient.start({ initializationOptions: { fileModes: { [u]: 'never' } } });
      try {
        other.open(u, seedText);
        const s = await status(other, u, 1);
        assert.deepEqual([s.checked, s.reason], [false, 'file-never']);
      } finally {
        await other.stop();
      }
    });
  });
});

describe('language server configuration', () => {
  const doc = '关于项目情况的汇报\n\n一、工作进展情况\n\n完成投资xx亿元,增长5%。待定事项另行报告。\n\n二、下一步打算\n\n加快建设。\n';

  it('applies the gongwen.* settings at once when they change', async () => {
    const client = await TestClient.start();
    try {
      const u = uri();
      client.open(u, doc);
      const before = await client.diagnostics(u, 1);
      assert.ok(before.some((d) => d.code === 'punctuation-width'));
      assert.ok(before.some((d) => d.code === 'structure-sections'));
      assert.ok(!before.some((d) => textOf(doc, d.range) === '待定'));

      let since = client.notifications.length;
      client.settings = { rules: { 'punctuation-width': 'off', placeholder: 'warning' }, placeholders: ['待定'], documentType: 'notice' };
      client.notify('workspace/didChangeConfiguration', { settings: null });
      let n = await client.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string }).uri === u, since);
      let after = (n.params as { diagnostics: Diagnostic[] }).diagnostics;
      assert.ok(!after.some((d) => d.code === 'punctuation-width'));
      assert.ok(!after.some((d) => d.code === 'structure-sections'), 'a notice is not held to the three parts');
      assert.ok(after.filter((d) => d.code === 'placeholder').every((d) => d.severity === 2));
      assert.ok(after.some((d) => textOf(doc, d.range) === '待定'));

      since = client.notifications.length;
      client.settings = { enable: 'never' };
      client.notify('workspace/didChangeConfiguration', { settings: null });
      n = await client.waitFor((n) => n.method === StatusNotification.method && (n.params as StatusParams).uri === u && (n.params as StatusParams).reason === 'setting-never', since);
      assert.equal((n.params as StatusParams).checked, false);
      after = client.published(u).at(-1)!.diagnostics;
      assert.deepEqual(after, []);
    } finally {
      await client.stop();
    }
  });

  it('reports broken settings once, in Chinese, and checks with the defaults', async () => {
    const client = await TestClient.start({ settings: { rules: { 'no-such-rule': 'error' } } });
    try {
      const u = uri();
      client.open(u, doc);
      const diagnostics = await client.diagnostics(u, 1);
      assert.ok(diagnostics.some((d) => d.code === 'punctuation-width'));
      const message = await client.waitFor((n) => n.method === 'window/showMessage');
      assert.match((message.params as { message: string }).message, /^公文助手：配置有误.*规则“no-such-rule”不存在/);
      const v = client.change(u, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
      await client.diagnostics(u, v);
      const shown = () => client.notifications.filter((n) => n.method === 'window/showMessage').length;
      // another setting changes, the broken one stays: nothing new to tell
      const settingsChange = async (settings: Record<string, unknown>) => {
        const since = client.notifications.length;
        client.settings = settings;
        client.notify('workspace/didChangeConfiguration', { settings: null });
        await client.waitFor((n) => n.method === StatusNotification.method && (n.params as StatusParams).uri === u, since);
      };
      await settingsChange({ rules: { 'no-such-rule': 'error' }, documentType: 'work-report' });
      assert.equal(shown(), 1);
      // fixed, then broken again: told again
      await settingsChange({});
      assert.equal(shown(), 1);
      await settingsChange({ rules: { 'no-such-rule': 'error' } });
      assert.equal(shown(), 2);
    } finally {
      await client.stop();
    }
  });

  it('reads .gongwenrc.json, re-reads it when it changes, and falls back to defaults when it is broken', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-lsp-'));
    const rc = join(dir, '.gongwenrc.json');
    writeFileSync(rc, JSON.stringify({ rules: { placeholder: 'off' } }));
    const client = await TestClient.start({ workspaceFolder: dir });
    try {
      const u = pathToFileURL(join(dir, 'draft.md')).href;
      client.open(u, doc);
      const first = await client.diagnostics(u, 1);
      assert.ok(!first.some((d) => d.code === 'placeholder'));
      assert.ok(first.some((d) => d.code === 'punctuation-width'));

      // the settings win over the file
      let since = client.notifications.length;
      client.settings = { rules: { placeholder: 'hint' } };
      client.notify('workspace/didChangeConfiguration', { settings: null });
      let n = await client.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string }).uri === u, since);
      assert.ok((n.params as { diagnostics: Diagnostic[] }).diagnostics.some((d) => d.code === 'placeholder' && d.severity === 4));
      client.settings = {};
      since = client.notifications.length;
      client.notify('workspace/didChangeConfiguration', { settings: null });
      await client.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string }).uri === u, since);

      writeFileSync(rc, '{ "rules": { "placeholder": "off", } }');
      since = client.notifications.length;
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(rc).href, type: 2 }] });
      const message = await client.waitFor((n) => n.method === 'window/showMessage', since);
      const text = (message.params as { message: string; type: number }).message;
      assert.match(text, /^公文助手：配置有误/);
      assert.ok(text.includes(rc), 'the message names the file');
      assert.match(text, /不是有效的 JSON/);
      assert.equal((message.params as { type: number }).type, 1);
      n = await client.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string }).uri === u, since);
      assert.ok(
        (n.params as { diagnostics: Diagnostic[] }).diagnostics.some((d) => d.code === 'placeholder' && d.severity === 1),
        'defaults in force',
      );
    } finally {
      await client.stop();
    }
  });
});

describe('language server in English', () => {
  it('titles code actions in the editor’s language', async () => {
    const client = await TestClient.start({ locale: 'en' });
    try {
      const u = uri();
      const text = '关于项目情况的汇报\n\n按照会议安排,现将情况汇报如下。\n';
      client.open(u, text);
      const [comma] = await client.diagnostics(u);
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: comma!.range, context: { diagnostics: [comma] } });
      assert.deepEqual(
        actions.map((a) => a.title),
        ['Change “,” to “，”', 'Disable punctuation-width for this line', 'Fix all safely fixable Gongwen Assistant problems'],
      );
    } finally {
      await client.stop();
    }
  });

  it('leaves out relatedInformation when the client cannot show it', async () => {
    const client = await TestClient.start({ capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } } });
    try {
      const u = uri();
      client.open(u, '关于项目建设情况的汇报\n\n一、工作进展情况\n\n完成投资。\n\n二、下一步打算\n\n加快建设。\n\n三、存在问题\n\n资金不足。\n');
      const order = (await client.diagnostics(u)).find((d) => d.code === 'structure-sections');
      assert.ok(order);
      assert.equal(order.relatedInformation, undefined);
      assert.equal(order.codeDescription, undefined);
    } finally {
      await client.stop();
    }
  });
});
