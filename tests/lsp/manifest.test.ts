// The extension manifest and what it points at: every UI string has its English and Chinese text, every runtime
// string its Chinese translation, and the snippets expand as a 公文 writer expects.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { listFiles, PackageManager } from '@vscode/vsce';
import { check } from '../../server/src/engine/check';

const root = join(__dirname, '..', '..');
const json = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;

interface Manifest {
  engines: { vscode: string };
  l10n: string;
  main: string;
  icon: string;
  galleryBanner: { color: string; theme: string };
  categories: string[];
  keywords: string[];
  activationEvents: string[];
  contributes: {
    commands: Array<{ command: string; title: string; category: string }>;
    menus: { commandPalette: Array<{ command: string; when: string }> };
    walkthroughs: Array<{ id: string; steps: Array<{ id: string; description: string; media: { image?: string; markdown?: string; altText?: string }; completionEvents: string[] }> }>;
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
    const client = sources('client/src')
      .map((p) => readFileSync(join(root, p), 'utf8'))
      .join('\n');
    for (const c of commands) assert.ok(client.includes(`'${c}'`), `${c} is registered by the client`);
    assert.deepEqual(
      manifest.contributes.keybindings.map((k) => [k.command, k.key]),
      [
        ['gongwen.nextPlaceholder', 'ctrl+alt+]'],
        ['gongwen.previousPlaceholder', 'ctrl+alt+['],
      ],
    );
    assert.deepEqual(Object.keys(manifest.contributes.configuration.properties).sort(), [
      'gongwen.documentType',
      'gongwen.enable',
      'gongwen.placeholders',
      'gongwen.rules',
      'gongwen.templates.folder',
      'gongwen.trace.server',
    ]);
  });

  it('puts every command under one category, 公文助手 / Gongwen Assistant, its Chinese name in the English title', () => {
    const en = json<Record<string, string>>('package.nls.json');
    const zh = json<Record<string, string>>('package.nls.zh-cn.json');
    assert.equal(en.category, 'Gongwen Assistant');
    assert.equal(zh.category, '公文助手');
    for (const c of manifest.contributes.commands) {
      assert.equal(c.category, '%category%', c.command);
      const key = /^%(.+)%$/.exec(c.title)![1]!;
      // an English UI finds the command by its Chinese name too (typing 模板 finds Insert from Template)
      assert.ok(en[key]!.endsWith(`(${zh[key]})`), `${c.command}: “${en[key]}” lacks (${zh[key]})`);
    }
    assert.ok(en['command.insertFromTemplate']!.includes('模板'));
    // no second name for the settings
    assert.equal(en['config.title'], en.displayName);
    assert.equal(zh['config.title'], zh.displayName);
  });

  it('has an icon (PNG from an SVG source), a banner, categories and keywords a writer searches for', () => {
    const png = readFileSync(join(root, manifest.icon));
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [256, 256]);
    assert.ok(existsSync(join(root, manifest.icon.replace(/\.png$/, '.svg'))), 'the SVG source beside the icon');
    assert.match(manifest.galleryBanner.color, /^#[0-9A-F]{6}$/i);
    assert.ok(manifest.categories.includes('Linters'));
    for (const k of ['公文', '公文写作', '工作汇报', 'GB/T 9704']) assert.ok(manifest.keywords.includes(k), k);
    assert.ok(manifest.keywords.length <= 30, 'the Marketplace takes at most 30 keywords');
  });

  it('packages what the extension loads: its bundles, the icon, the walkthrough and its pictures', async function () {
    this.timeout(20_000);
    const packaged = new Set(await listFiles({ cwd: root, packageManager: PackageManager.None }));
    const needed = [
      manifest.main.replace(/^\.\//, ''),
      'dist/server.js',
      'dist/templates.js',
      manifest.icon,
      'snippets/gongwen.json',
      'client/media/preview.css',
      'l10n/bundle.l10n.zh-cn.json',
      'package.nls.zh-cn.json',
      'LICENSE',
      'docs/rules/placeholder.md',
    ];
    for (const step of manifest.contributes.walkthroughs.flatMap((w) => w.steps)) needed.push(step.media.image ?? step.media.markdown!);
    for (const path of needed) {
      assert.ok(existsSync(join(root, path)), `${path} does not exist`);
      assert.ok(packaged.has(path), `${path} is not packaged (.vscodeignore)`);
    }
    assert.ok(!packaged.has('dist/cli.js') && ![...packaged].some((f) => f.startsWith('tests/') || f.endsWith('.map')), 'only what the extension needs');
  });

  it('gives the extension page a README whose pictures are inside it and whose links are absolute', async () => {
    // VS Code's extension page shows pictures from https: and data: only, and resolves no relative link
    const { vsixReadme } = (await import(pathToFileURL(join(root, 'scripts', 'vsix-readme.mjs')).href)) as { vsixReadme(root: string): string };
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const page = vsixReadme(root);
    const targets = (text: string, pictures: boolean) =>
      pictures ? [...text.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)|<img\b[^>]*\bsrc="([^"]+)"/g)].map((m) => (m[1] ?? m[2])!) : [...text.matchAll(/(?<!!)\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
    const pictures = targets(readme, true);
    assert.ok(pictures.length >= 3, 'the README shows the extension at work');
    assert.deepEqual(
      targets(page, true).map((t) => t.slice(0, 22)),
      pictures.map(() => 'data:image/png;base64,'),
    );
    targets(page, true).forEach((data, i) => assert.ok(Buffer.from(data.slice(22), 'base64').equals(readFileSync(join(root, pictures[i]!))), pictures[i]));
    const links = targets(page, false);
    assert.ok(links.length >= 14, 'the README links the rules');
    const version = json<{ version: string }>('package.json').version;
    for (const link of links) assert.match(link, new RegExp(`^(#|https://github\\.com/gongwen-tools/gongwen-assistant/blob/v${version.replace(/\./g, '\\.')}/)`), link);
    // and each one points at a file of the repository
    for (const link of links.filter((l) => l.startsWith('https://'))) {
      const path = decodeURI(link.replace(/^.*?\/blob\/v[^/]+\//, '').replace(/#.*$/, ''));
      assert.ok(existsSync(join(root, path)), `${link}: no ${path}`);
    }
  });

  it('walks a writer through the sample draft: every step has a button that completes it', () => {
    const commands = new Set(manifest.contributes.commands.map((c) => c.command));
    const en = json<Record<string, string>>('package.nls.json');
    const zh = json<Record<string, string>>('package.nls.zh-cn.json');
    const steps = manifest.contributes.walkthroughs[0]!.steps;
    assert.deepEqual(
      steps.map((s) => s.id),
      ['openSample', 'seeFindings', 'hoverFigure', 'insertTemplate'],
    );
    for (const step of steps) {
      const key = /^%(.+)%$/.exec(step.description)![1]!;
      for (const text of [en[key]!, zh[key]!]) {
        const [, command] = /\]\(command:(?:toSide:)?([\w.]+)\)/.exec(text) ?? [];
        assert.ok(command, `${step.id}: no button in “${text}”`);
        assert.ok(step.completionEvents.includes(`onCommand:${command}`), `${step.id}: ${command} does not complete it`);
        assert.ok(commands.has(command) || command.startsWith('workbench.'), `${step.id}: ${command} is not contributed`);
      }
    }
    // the sample has what the steps promise: a broken sum, a wrong percentage, a half-width comma, placeholders
    const rules = new Set(check(readFileSync(join(root, 'walkthrough', 'sample.md'), 'utf8')).findings.map((f) => f.rule));
    assert.deepEqual([...rules].sort(), ['number-ratio', 'number-sum', 'placeholder', 'punctuation-width']);
    assert.ok(readFileSync(join(root, 'client', 'src', 'commands', 'sample.ts'), 'utf8').includes(readFileSync(join(root, 'walkthrough', 'sample.md'), 'utf8').split('\n')[0]!));
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
      assert.ok(
        s.prefix.some((p) => /^[a-z]{2,8}$/.test(p)),
        `${name}: pinyin initials`,
      );
      assert.ok(
        s.prefix.some((p) => /^[\u4e00-\u9fff]+$/.test(p)),
        `${name}: a Chinese word`,
      );
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
    const text = Object.values(snippets)
      .map((s) => s.body.join('\n'))
      .join('\n');
    for (const phrase of [
      '现将',
      '情况汇报如下：',
      '一、${1:工作进展情况}',
      '二、${3:存在问题}',
      '三、${5:下一步工作措施}',
      '一是',
      '二是',
      '三是',
      '特此报告。',
      '妥否，请批示。',
      '附件：1.',
      '〔',
    ]) {
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
