// Rendering a .docx as a reader sees it: LibreOffice headless to PDF (blank pages kept), with the 公文 fonts mapped
// to free faces of the same kind (fonts.conf); pdftotext's line boxes and pdftoppm's pixels to measure it.
// Used by the rendering tests (tests/word-render) and by `npm run docs:word-image`.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBboxLayout, type PdfPage } from '../../tests/word/pdfLayout';

const FONTS_CONF = join(__dirname, 'fonts.conf');

export interface Rendered {
  docx: string;
  pdf: string;
  pages: PdfPage[];
}

/** Writes `name`.docx into `dir`, renders it to `name`.pdf beside it, and reads its lines. */
export function renderDocx(bytes: Uint8Array, name: string, dir: string): Rendered {
  mkdirSync(dir, { recursive: true });
  const docx = join(dir, `${name}.docx`);
  writeFileSync(docx, bytes);
  // a profile of its own: a first run sets it up (seconds), later runs reuse it; no user settings leak in
  const profile = join(dir, '.lo-profile');
  const filter = 'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}';
  const run = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', filter, '--outdir', dir, docx], {
    env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF },
    encoding: 'utf8',
    timeout: 180_000,
  });
  const pdf = join(dir, `${name}.pdf`);
  if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr}`);
  const html = join(dir, `${name}.html`);
  execFileSync('pdftotext', ['-bbox-layout', pdf, html]);
  return { docx, pdf, pages: readBboxLayout(readFileSync(html, 'utf8')) };
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const SCALE = 4; // pixels a point: 288 dpi

/**
 * The rows (in points from the page's top) of a region of a page that hold ink: dark ink, or red ink (the 版头).
 * Reads pdftoppm's PPM output.
 */
export function inkRows(pdf: string, page: number, box: Box, ink: 'dark' | 'red' = 'dark'): number[] {
  return inkPixels(pdf, page, box, ink).rows;
}

/** The columns (in points from the page's left) of a region that hold ink. */
export function inkColumns(pdf: string, page: number, box: Box, ink: 'dark' | 'red' = 'dark'): number[] {
  return inkPixels(pdf, page, box, ink).columns;
}

function inkPixels(pdf: string, page: number, box: Box, ink: 'dark' | 'red'): { rows: number[]; columns: number[] } {
  const w = Math.round((box.x1 - box.x0) * SCALE);
  const h = Math.round((box.y1 - box.y0) * SCALE);
  const ppm = execFileSync(
    'pdftoppm',
    ['-r', String(72 * SCALE), '-f', String(page), '-l', String(page), '-x', String(Math.round(box.x0 * SCALE)), '-y', String(Math.round(box.y0 * SCALE)), '-W', String(w), '-H', String(h), pdf],
    {
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  // P6 header: magic, width, height, maxval, each followed by one whitespace character
  let at = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(ppm[at]!))) at++;
    let field = '';
    while (!/\s/.test(String.fromCharCode(ppm[at]!))) field += String.fromCharCode(ppm[at++]!);
    fields.push(field);
  }
  at++;
  const width = Number(fields[1]);
  const height = Number(fields[2]);
  const rows = new Set<number>();
  const columns = new Set<number>();
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = at + (y * width + x) * 3;
      const [r, g, b] = [ppm[i]!, ppm[i + 1]!, ppm[i + 2]!];
      const hit = ink === 'red' ? r > 160 && g < 110 && b < 110 : r < 128 && g < 128 && b < 128;
      if (hit) {
        rows.add(y);
        columns.add(x);
      }
    }
  }
  return {
    rows: [...rows].sort((a, b) => a - b).map((y) => box.y0 + y / SCALE),
    columns: [...columns].sort((a, b) => a - b).map((x) => box.x0 + x / SCALE),
  };
}

/** A picture of one page (PNG) at `dpi`, written to `file` (without the .png pdftoppm adds). */
export function pagePicture(pdf: string, page: number, file: string, dpi = 80): string {
  execFileSync('pdftoppm', ['-png', '-singlefile', '-r', String(dpi), '-f', String(page), '-l', String(page), pdf, file]);
  return `${file}.png`;
}
