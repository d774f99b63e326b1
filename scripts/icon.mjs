// Renders the extension's icon, docs/images/icon.svg (the source), to docs/images/icon.png (what the .vsix and
// the marketplace show; 256 × 256) with Debian's Chromium through playwright-core. Run after editing the SVG:
// `node scripts/icon.mjs`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = join(import.meta.dirname, '..');
const svg = readFileSync(join(root, 'docs', 'images', 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 256, height: 256 } });
  await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg}`);
  await page.locator('svg').screenshot({ path: join(root, 'docs', 'images', 'icon.png'), omitBackground: true });
} finally {
  await browser.close();
}
