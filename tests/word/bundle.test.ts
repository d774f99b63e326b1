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

  it('is offered in the palette and on a .docx in the explorer', () => {
    const manifest = JSON.parse(readFileSync(join(dist, '..', 'package.json'), 'utf8')) as {
      contributes: { commands: Array<{ command: string; category?: string }>; menus: Record<string, Array<{ command: string; when?: string }>> };
    };
    assert.equal(manifest.contributes.commands.find((c) => c.command === 'gongwen.importWord')?.category, '%category%');
    assert.ok(!manifest.contributes.menus.commandPalette?.some((m) => m.command === 'gongwen.importWord'), 'no when clause hides it');
    assert.deepEqual(
      manifest.contributes.menus['explorer/context']?.filter((m) => m.command === 'gongwen.importWord').map((m) => m.when),
      ['resourceExtname == .docx'],
    );
  });
});
