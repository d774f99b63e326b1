// The extension manifest and what it points at: every UI string has its English and Chinese text, every runtime
// string its Chinese translation, and the snippets expand as a 公文 writer expects.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const json = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;

interface Manifest {
  engines: { vscode: string };
  l10n: string;
  activationEvents: string[];
  contributes: {
    commands: Array<{ command: string; title: string; category: string }>;
    keybindings: Array<{ command: string; key: string; when: string }>;
    snippets: Array<{ language: string; path: string }>;
    configuration: { properties: Record<string, { default: unknown }> };
  };
  devDependencies: Record<string, string>;
}

const manifest = json<Manifest>('package.json');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('extension manifest', () => {
  it('declares a VS Code no newer than 1.100, matching @types/vscode', () => {
    assert.equal(manifest.engines.vscode, '^1.90.0');
    assert.equal(manifest.devDependencies['@types/vscode'], '1.90.0');
  });

  it('activates on Markdown and plain text', () => {
    assert.deepEqual(manifest.activationEvents, ['onLanguage:markdown', 'onLanguage:plaintext']);
  });

  it('has every %key% in package.nls.json and package.nls.zh-cn.json', () => {
    const keys = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
    assert.ok(keys.length > 10);
    const en = json<Record<string, string>>('package.nls.json');
    const zh = json<Record<string, string>>('package.nls.zh-cn.json');
    for (const key of keys) {
      assert.ok(en[key], `package.nls.json lacks ${key}`);
      assert.ok(zh[key], `package.nls.zh-cn.json lacks ${key}`);
    }
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
  });

  it('contributes the commands, key bindings and settings of the editor', () => {
    const commands = manifest.contributes.commands.map((c) => c.command);
    for (const c of ['gongwen.nextPlaceholder', 'gongwen.previousPlaceholder', 'gongwen.toggleFile', 'gongwen.toggleWorkspace', 'gongwen.restartServer']) {
      assert.ok(commands.includes(c), c);
    }
    const client = sources('client/src').map((p) => readFileSync(join(root, p), 'utf8')).join('\n');
    for (const c of commands) assert.ok(client.includes(`'${c}'`), `${c} is registered by the client`);
    assert.deepEqual(
      manifest.contributes.keybindings.map((k) => [k.command, k.key]),
      [['gongwen.nextPlaceholder', 'ctrl+alt+]'], ['gongwen.previousPlaceholder', 'ctrl+alt+[']],
    );
    assert.deepEqual(Object.keys(manifest.contributes.configuration.properties).sort(), [
      'gongwen.documentType', 'gongwen.enable', 'gongwen.placeholders', 'gongwen.rules', 'gongwen.templates.folder', 'gongwen.trace.server',
    ]);
  });

  it('translates every runtime string into Chinese', () => {
    const bundle = json<Record<string, string>>(join(manifest.l10n, 'bundle.l10n.zh-cn.json'));
    const used = new Set<string>();
    for (const path of [...sources('client/src'), ...sources('server/src/lsp')]) {
      const text = readFileSync(join(root, path), 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'((?:[^'\\]|\\.)*)'/g)) used.add(m[1]!);
    }
    assert.ok(used.size > 20);
    for (const s of used) assert.ok(bundle[s], `l10n/bundle.l10n.zh-cn.json lacks “${s}”`);
    for (const s of Object.keys(bundle)) assert.ok(used.has(s), `“${s}” is translated but never used`);
  });
});

interface Snippet {
  prefix: string[];
  body: string[];
  description: string;
}

const snippets = json<Record<string, Snippet>>('snippets/gongwen.json');

/** Expands a snippet body as VS Code would with every default taken: tabstops, choices, date variables. */
function expand(body: string, date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const vars: Record<string, string> = {
    CURRENT_YEAR: String(date.getFullYear()),
    CURRENT_MONTH: pad(date.getMonth() + 1),
    CURRENT_DATE: pad(date.getDate()),
  };
  let out = body;
  for (let i = 0; i < 10; i++) {
    const before = out;
    out = out
      .replace(/\$\{([A-Z_]+)\/([^/]*)\/([^/]*)\/([a-z]*)\}/g, (_, v: string, re: string, fmt: string, flags: string) => vars[v]!.replace(new RegExp(re, flags), fmt))
      .replace(/\$\{([A-Z_]+)\}/g, (_, v: string) => vars[v]!)
      .replace(/\$\{\d+\|([^|]*)\|\}/g, (_, choices: string) => choices.split(',')[0]!)
      .replace(/\$\{\d+:([^${}]*)\}/g, '$1')
      .replace(/\$\{\d+\}|\$\d+/g, '');
    if (out === before) break;
  }
  return out;
}

describe('snippets', () => {
  it('are contributed for Markdown and plain text', () => {
    assert.deepEqual(manifest.contributes.snippets.map((s) => s.language).sort(), ['markdown', 'plaintext']);
    assert.ok(manifest.contributes.snippets.every((s) => s.path === './snippets/gongwen.json'));
  });

  it('are about twenty, each reachable by pinyin initials and by a Chinese word', () => {
    const all = Object.entries(snippets);
    assert.ok(all.length >= 20, `${all.length}`);
    const prefixes = new Map<string, string>();
    for (const [name, s] of all) {
      assert.ok(s.prefix.some((p) => /^[a-z]{2,8}$/.test(p)), `${name}: pinyin initials`);
      assert.ok(s.prefix.some((p) => /^[\u4e00-\u9fff]+$/.test(p)), `${name}: a Chinese word`);
      assert.ok(s.description.length > 0);
      const initials = s.prefix.find((p) => /^[a-z]+$/.test(p))!;
      assert.ok(!prefixes.has(initials), `${name} and ${prefixes.get(initials)} share ${initials}`);
      prefixes.set(initials, name);
    }
  });

  it('have a tabstop on every slot: no 【…】 outside one, and a final $0', () => {
    for (const [name, s] of Object.entries(snippets)) {
      const body = s.body.join('\n');
      assert.match(body, /\$0/, name);
      const withoutTabstops = body.replace(/\$\{\d+(?::(?:[^${}]|\$\{[^}]*\})*|\|[^|]*\|)\}/g, '');
      assert.ok(!/【/.test(withoutTabstops), `${name}: a slot without a tabstop`);
    }
  });

  it('have the phrases of the issue', () => {
    const text = Object.values(snippets).map((s) => s.body.join('\n')).join('\n');
    for (const phrase of ['现将', '情况汇报如下：', '一、${1:工作进展情况}', '二、${3:存在问题}', '三、${5:下一步工作措施}', '一是', '二是', '三是', '特此报告。', '妥否，请批示。', '附件：1.', '〔']) {
      assert.ok(text.includes(phrase), phrase);
    }
  });

  it('write the 成文日期 per GB/T 9704-2012: Arabic digits, no leading zero', () => {
    const body = snippets['落款']!.body.join('\n');
    assert.equal(expand(body, new Date(2024, 6, 5)), '【发文机关署名】\n\n2024年7月5日\n\n');
    assert.equal(expand(snippets['成文日期']!.body.join('\n'), new Date(2024, 9, 10)), '2024年10月10日');
    assert.equal(expand(snippets['成文日期']!.body.join('\n'), new Date(2025, 0, 1)), '2025年1月1日');
  });

  it('open a report the way the issue writes it', () => {
    assert.equal(expand(snippets['汇报开头']!.body.join('\n'), new Date()), '按照【会议或文件】要求，现将【事项】情况汇报如下：\n\n');
  });
});
