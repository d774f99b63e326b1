// A rule is its module in rules/index.ts, its docs/rules/<id>.md and its row in the README's rule table (read
// as GitHub and the extension's page render it, with remark and GFM tables): adding one without the others fails here.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes, Table, TableRow } from 'mdast';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { check } from '../../server/src/engine/check';
import { rules } from '../../server/src/engine/rules';
import { DOCS_DIR } from './doc-examples';

const root = join(__dirname, '..', '..');

/** The text of a Markdown node, as it reads (code, links and emphasis unwrapped). */
function toString(node: Nodes): string {
  return 'value' in node ? node.value : 'children' in node ? (node.children as Nodes[]).map(toString).join('') : '';
}

describe('rule registry, docs and README agree', () => {
  it('every rule id is unique and kebab-case', () => {
    const ids = rules.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z]+(?:-[a-z]+)*$/);
  });

  it('every registered rule has a doc and every doc a rule', () => {
    const docs = readdirSync(DOCS_DIR)
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.replace(/\.md$/, ''));
    assert.deepEqual([...docs].sort(), rules.map((r) => r.id).sort());
  });

  it('every doc opens with its id and Chinese title', () => {
    for (const rule of rules) {
      const first = readFileSync(join(DOCS_DIR, `${rule.id}.md`), 'utf8').split('\n')[0];
      assert.equal(first, `# ${rule.id}：${rule.title}`);
    }
  });

  it('the README has one rule table, as GitHub renders it, listing every rule in order with its title', () => {
    const tree = unified()
      .use(remarkParse)
      .data('micromarkExtensions', [gfmTable()])
      .data('fromMarkdownExtensions', [gfmTableFromMarkdown()])
      .parse(readFileSync(join(root, 'README.md'), 'utf8'));
    const cells = (row: TableRow): string[] => row.children.map((cell) => toString(cell).trim());
    const tables = tree.children.filter((node): node is Table => node.type === 'table' && cells(node.children[0]!)[0] === '规则 id');
    assert.equal(tables.length, 1, 'one rule table (a blank line inside a table ends it)');
    const rows = tables[0]!.children.slice(1);
    assert.deepEqual(
      rows.map((row) => cells(row).slice(0, 2)),
      rules.map((r) => [r.id, r.title]),
    );
    rows.forEach((row, i) => {
      const link = row.children[0]!.children[0];
      assert.ok(link?.type === 'link' && link.url === `docs/rules/${rules[i]!.id}.md`, `the row of ${rules[i]!.id} links its doc`);
    });
    // nothing that looks like a row of it outside the table (a row after a blank line renders as text)
    const stray = tree.children.filter((node) => node.type === 'paragraph' && toString(node).startsWith('| ['));
    assert.deepEqual(
      stray.map((node) => toString(node).slice(0, 40)),
      [],
    );
  });

  it('the README’s disable example silences findings the same text has without its comments', () => {
    const tree = unified()
      .use(remarkParse)
      .parse(readFileSync(join(root, 'README.md'), 'utf8'));
    const example = tree.children.find((node) => node.type === 'code' && node.lang === 'markdown' && node.value.includes('gongwen-disable-next-line'));
    assert.ok(example?.type === 'code', 'the README has a disable example');
    const silenced = ['placeholder', 'punctuation-width'];
    const uncommented = example.value.replace(/^<!--.*-->$/gm, '');
    const count = (text: string, rule: string) => check(text).findings.filter((f) => f.rule === rule).length;
    for (const rule of silenced) {
      assert.ok(example.value.includes(rule), `the example names ${rule}`);
      assert.ok(count(uncommented, rule) > 0, `without its comments the example has no ${rule} finding to silence`);
      assert.equal(count(example.value, rule), 0, `the comments leave a ${rule} finding`);
    }
    assert.deepEqual(check(example.value).directiveProblems, []);
  });

  it('every rule module file is in the list', () => {
    const files = readdirSync(join(root, 'server', 'src', 'engine', 'rules'))
      .filter((f) => f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''));
    assert.deepEqual(files.sort(), rules.map((r) => r.id).sort());
  });
});
