// The picture in the README: the example notice exported, rendered by LibreOffice, its first page as a PNG
// (docs/images/word-export-page1.png). `npm run docs:word-image`.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportDocx } from '../../server/src/word/export';
import { pagePicture, renderDocx } from './render';

async function main(): Promise<void> {
  const root = join(__dirname, '..', '..');
  const draft = readFileSync(join(root, 'examples', '关于召开全县安全生产工作会议的通知.md'), 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-image-'));
  try {
    const rendered = renderDocx(await exportDocx(draft), 'notice', dir);
    const out = pagePicture(rendered.pdf, 1, join(root, 'docs', 'images', 'word-export-page1'), 60);
    console.log(`${out}: page 1 of ${rendered.pages.length}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
