// The Word import is a bundle of its own (dist/word-import.js), required when the command first runs: the
// extension's activation loads none of it. Needs `npm run build` (npm test builds first).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = join(__dirname, '..', '..', 'dist');

describe('Word import bundle', () => {
  it('stays out of dist/client.js, which loads it from dist/word-import.js on first use', () => {
    const client = readFileSync(join(dist, 'client.js'), 'utf8');
    const bundle = readFileSync(join(dist, 'word-import.js'), 'utf8');
    for (const marker of ['word/numbering.xml', 'EncryptedPackage', 'vbaProject.bin']) {
      assert.ok(bundle.includes(marker), `${marker} in dist/word-import.js`);
      assert.ok(!client.includes(marker), `${marker} in dist/client.js`);
    }
    assert.ok(client.includes('word-import.js'));
  });
});
