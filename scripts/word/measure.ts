// Each layout figure of GB/T 9704-2012 beside what LibreOffice's rendering of the export measures: prints the
// table in docs/word.md. `npm run measure:word` (installs LibreOffice on first use, like the rendering tests).

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { exportDocx } from '../../server/src/word/export';
import { longDraft, shortNotice } from './fixtures';
import { inkColumns, inkRows, renderDocx } from './render';
import type { PdfLine, PdfPage } from '../../tests/word/pdfLayout';

const MM = 72 / 25.4;
const LEFT = 28 * MM;
const TOP = 37 * MM;
const RIGHT = LEFT + 156 * MM;
const BOTTOM = TOP + 225 * MM;
const LINE = 28.95;
const CHAR = 15.75;

const mm = (pt: number): string => (pt / MM).toFixed(2);
const body = (page: PdfPage): PdfLine[] => page.lines.filter((l) => l.yMax <= BOTTOM + 1);
const folio = (page: PdfPage): PdfLine | undefined => page.lines.find((l) => l.yMin > BOTTOM);

async function main(): Promise<void> {
  const root = join(__dirname, '..', '..');
  const notice = readFileSync(join(root, 'examples', '关于召开全县安全生产工作会议的通知.md'), 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-measure-'));
  const rows: string[][] = [];
  const row = (figure: string, standard: string, measured: string): void => void rows.push([figure, standard, measured]);
  try {
    const version = execFileSync('soffice', ['--version'], { encoding: 'utf8' }).trim().split(' ').slice(0, 2).join(' ');
    const long = renderDocx(await exportDocx(longDraft()), 'long', dir);
    const full = long.pages.slice(1, -1);
    const first = long.pages[0]!;
    row('纸张 (5.1)', 'A4 210 × 297 mm', `${mm(first.width)} × ${mm(first.height)} mm`);
    const lefts = long.pages
      .flatMap(body)
      .filter((l) => l.xMin < LEFT + 5)
      .map((l) => l.xMin);
    row('订口：正文左边 (5.2.1)', '28 mm', `${mm(Math.min(...lefts))}–${mm(Math.max(...lefts))} mm（${lefts.length} 行，字形左侧留白约 0.1 pt）`);
    const counts = full.map((p) => body(p).length);
    row('每面行数 (5.2.2)', '22 行', `${counts.join('、')} 行（第 2–${long.pages.length - 1} 页，全是正文的页）；第 1 页标题占 1 行、空 1 行，正文 20 行`);
    const pitches = full.flatMap((p) =>
      body(p)
        .slice(1)
        .map((l, i) => l.yMax - body(p)[i]!.yMax),
    );
    row(
      '行距',
      '225 mm ÷ 22 = 28.95 pt（Word：exact 579 twips）',
      `${(pitches.reduce((a, b) => a + b, 0) / pitches.length).toFixed(3)} pt（${pitches.length} 个行距，${Math.min(...pitches).toFixed(2)}–${Math.max(...pitches).toFixed(2)} pt）`,
    );
    const p2 = body(long.pages[1]!);
    row('天头：第 1 行 (5.2.1)', '37 mm 起，第 1 行占 37–47.21 mm', `第 1 行文字框 ${mm(p2[0]!.yMin)}–${mm(p2[0]!.yMax)} mm`);
    row('版心下沿', '262 mm（297 − 35）', `第 22 行文字框下沿 ${mm(p2.at(-1)!.yMax)} mm，行框下沿 ${mm(TOP + 22 * LINE)} mm`);
    const fullLines = long.pages.flatMap((p) =>
      body(p).filter((l, i, all) => Math.abs(l.xMin - LEFT) < 1 && !l.text.endsWith('。') && !(all[i + 1] && Math.abs(all[i + 1]!.xMin - LEFT - 2 * CHAR) < 1) && i + 1 < all.length),
    );
    const lengths = new Set(fullLines.map((l) => [...l.text].length));
    row('每行字数 (5.2.2)', '28 字', `${[...lengths].join('、')} 字（${fullLines.length} 个满行）；满行右沿 ${mm(Math.max(...fullLines.map((l) => l.xMax)))} mm（版心右沿 184 mm）`);
    const firsts = long.pages.flatMap(body).filter((l) => Math.abs(l.xMin - (LEFT + 2 * CHAR)) < 1);
    row('段首缩进', '空二字', `${((firsts[0]!.xMin - Math.min(...lefts)) / CHAR).toFixed(2)} 字（${(firsts[0]!.xMin - Math.min(...lefts)).toFixed(2)} pt）`);
    const title = body(first)[0]!;
    row('标题 (7.3.1)', '2号小标宋，居中，标题下空一行', `中线偏离版心中线 ${((title.xMin + title.xMax) / 2 - (LEFT + RIGHT) / 2).toFixed(2)} pt；主送机关在第 3 行`);
    for (const [i, page] of long.pages.entries()) {
      if (i > 1) break;
      const f = folio(page)!;
      const dash = inkRows(long.pdf, i + 1, { x0: f.xMin, x1: f.xMin + 8, y0: BOTTOM, y1: BOTTOM + 40 });
      const side =
        i % 2 === 0
          ? `右沿距版心右沿 ${((RIGHT - f.xMax) / 14).toFixed(2)} 个4号字（${(RIGHT - f.xMax).toFixed(2)} pt）`
          : `左沿距版心左沿 ${((f.xMin - LEFT) / 14).toFixed(2)} 个4号字（${(f.xMin - LEFT).toFixed(2)} pt）`;
      row(
        `页码，第 ${i + 1} 页 (7.5)`,
        `“— ${i + 1} —”，${i % 2 === 0 ? '单页居右' : '双页居左'}空一字，一字线距版心下沿 7 mm`,
        `“${f.text}”，${side}；一字线距版心下沿 ${mm((dash[0]! + dash.at(-1)!) / 2 - BOTTOM)} mm`,
      );
    }

    const n = renderDocx(await exportDocx(notice), 'notice', dir);
    const red = inkRows(n.pdf, 1, { x0: LEFT, x1: RIGHT, y0: TOP, y1: TOP + 150 }, 'red');
    row('发文机关标志 (7.2.4)', '上边缘距版心上边缘 35 mm，红色，居中', `${mm(red[0]! - TOP)} mm`);
    const number = n.pages[0]!.lines.find((l) => l.text === '临政办发〔2024〕18号')!;
    const line = inkRows(n.pdf, 1, { x0: LEFT, x1: RIGHT, y0: number.yMax, y1: number.yMax + 30 }, 'red');
    const cols = inkColumns(n.pdf, 1, { x0: LEFT - 20, x1: RIGHT + 20, y0: line[0]! - 0.5, y1: line.at(-1)! + 0.5 }, 'red');
    row(
      '红色分隔线 (7.2.7)',
      '发文字号之下 4 mm，与版心等宽',
      `距发文字号文字框下沿 ${mm(line[0]! - number.yMax)} mm；${mm(cols[0]!)}–${mm(cols.at(-1)!)} mm，宽 ${mm(cols.at(-1)! - cols[0]!)} mm；粗 ${(line.at(-1)! - line[0]! + 0.25).toFixed(2)} pt`,
    );
    const closing = n.pages[2]!;
    const date = closing.lines.find((l) => l.text === '2024年7月10日')!;
    const name = closing.lines.find((l) => l.text === '临河县人民政府办公室')!;
    row('成文日期 (7.3.5.1)', '右空四字', `右沿距版心右沿 ${((RIGHT - date.xMax) / CHAR).toFixed(2)} 字`);
    row(
      '发文机关署名 (7.3.5.1)',
      '以成文日期为准居中',
      `中线偏离成文日期中线 ${((name.xMin + name.xMax) / 2 - (date.xMin + date.xMax) / 2).toFixed(2)} pt（LibreOffice 在数字与汉字间加空，日期宽出；Word 按 XML 计算为 0）`,
    );
    const recordPage = n.pages.length;
    const rec = n.pages[recordPage - 1]!;
    const copy = rec.lines.find((l) => l.text.startsWith('抄送：'))!;
    const rules = inkRows(n.pdf, recordPage, { x0: LEFT + 200, x1: LEFT + 210, y0: copy.yMin - 20, y1: BOTTOM + 2 });
    row(
      '版记 (7.4)',
      '置于最后一页（偶数页），最后一个要素置于最后一行；抄送、印发机关左空一字，印发日期右空一字',
      `第 ${recordPage} 页；末条分隔线在 ${mm(rules.at(-1)!)} mm（版心下沿 262 mm）；抄送左沿 ${((copy.xMin - LEFT) / 14).toFixed(2)} 个4号字；页码“${folio(rec)?.text ?? '无'}”`,
    );
    const s = renderDocx(await exportDocx(shortNotice(notice)), 'short', dir);
    row(
      '空白页 (7.5)',
      '版记页前有空白页的，空白页和版记页均不编排页码',
      `正文止于第 2 页：第 3 页${s.pages[2]!.lines.length === 0 ? '空白，无页码' : '不空'}，第 4 页版记${folio(s.pages[3]!) ? '有页码' : '无页码'}`,
    );
    console.log(`LibreOffice: ${version}\n`);
    console.log('| 要素 | GB/T 9704-2012 | LibreOffice 渲染实测 |\n|---|---|---|');
    for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
