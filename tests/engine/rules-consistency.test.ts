// A rule is its module in rules/index.ts, its docs/rules/<id>.md and its row in the README's rule table:
// adding one without the others fails here.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../server/src/engine/rules';
import { DOCS_DIR } from './doc-examples';

const root = join(__dirname, '..', '..');

describe('rule registry, docs and README agree', () => {
  it('every rule id is unique and kebab-case', () => {
    const ids = rules.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z]+(?:-[a-z]+)*$/);
  });

  it('every registered rule has a doc and every doc a rule', () => {
    const docs = readdirSync(DOCS_DIR).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, ''));
    assert.deepEqual([...docs].sort(), rules.map((r) => r.id).sort());
  });

  it('every doc opens with its id and Chinese title', () => {
    for (const rule of rules) {
      const first = readFileSync(join(DOCS_DIR, `${rule.id}.md`), 'utf8').split('\n')[0];
      assert.equal(first, `# ${rule.id}：${rule.title}`);
    }
  });

  it('the README lists every rule with its basis', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const rule of rules) {
      const row = readme.split('\n').find((l) => l.startsWith(`| [\`${rule.id}\`]`));
      assert.ok(row, `README has no table row for ${rule.id}`);
      assert.ok(row.includes(rule.title), `README row for ${rule.id} lacks its title ${rule.title}`);
    }
  });

  it('every rule module file is in the list', () => {
    const files = readdirSync(join(root, 'server', 'src', 'engine', 'rules')).filter((f) => f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));
    assert.deepEqual(files.sort(), rules.map((r) => r.id).sort());
  });
});
