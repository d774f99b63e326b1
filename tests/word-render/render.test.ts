// The layout proved on the page: LibreOffice renders exported drafts to PDF and the line boxes and pixels must show
// GB/T 9704-2012's figures: 22 lines a full page at 28.95 pt, 28 characters a full line, text from 28 mm, page
// numbers on their sides 7 mm under the 版心, the 版头 and 版记 where the standard puts them. Needs LibreOffice and
// poppler-utils: `npm run test:word` installs them on first use (scripts/word/install-libreoffice.sh).

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { longDraft, shortNotice } from '../../scripts/word/fixtures';
import { inkColumns, inkRows, renderDocx, type Rendered } from '../../scripts/word/render';
import { bodyPages, exportDocx } from '../../server/src/word/export';
import type { PdfLine, PdfPage } from '../word/pdfLayout';

const PT_PER_MM = 72 / 25.4;
const LEFT = 28 * PT_PER_MM; // 订口
const TOP = 37 * PT_PER_MM; // 天头
const WIDTH = 156 * PT_PER_MM;
const HEIGHT = 225 * PT_PER_MM;
const RIGHT = LEFT + WIDTH;
const BOTTOM = TOP + HEIGHT;
const LINE = 28.95;
const CHAR = 15.75; // 16 pt condensed by 0.25 pt

const examples = join(__dirname, '..', '..', 'examples');

const bodyLines = (page: PdfPage): PdfLine[] => page.lines.filter((l) => l.yMax <= BOTTOM + 1);
const footer = (page: PdfPage): PdfLine | undefined => page.lines.find((l) => l.yMin > BOTTOM);
const near = (actual: number, expected: number, tolerance: number, what: string): void =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual.toFixed(2)} pt, expected ${expected.toFixed(2)} ± ${tolerance}`);

describe('word export rendered by LibreOffice', function () {
  this.timeout(300_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'gongwen-render-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  describe('a long report', () => {
    let r: Rendered;
    before(async () => {
      r = renderDocx(await exportDocx(longDraft()), 'long', dir);
    });

    it('runs to more than two pages', () => {
      assert.ok(r.pages.length >= 3, `${r.pages.length} pages`);
    });

    it('puts 22 lines on every full page, 28.95 pt apart, inside the 版心', () => {
      // the grid's phase: how far above its grid line's foot a line's box ends (LibreOffice: about 1.4 pt)
      const offset = bodyLines(r.pages[1]!)[0]!.yMax - (TOP + LINE);
      assert.ok(offset <= 0 && offset > -4, `first line ${offset.toFixed(2)} pt from its grid line`);
      r.pages.slice(0, -1).forEach((page, p) => {
        // the first page's title is one line and the line under it blank: 21 lines of text fill its 22
        const lines = bodyLines(page).slice(p === 0 ? 1 : 0);
        assert.equal(lines.length, p === 0 ? 20 : 22, `page ${p + 1}`);
        const first = p === 0 ? 3 : 1;
        lines.forEach((l, k) => near(l.yMax - (TOP + (first + k) * LINE), offset, 0.3, `page ${p + 1}, line ${first + k}`));
        for (let i = 1; i < lines.length; i++) near(lines[i]!.yMax - lines[i - 1]!.yMax, LINE, 0.15, `line pitch, page ${p + 1}`);
        assert.ok(lines.at(-1)!.yMax <= BOTTOM, `last line's foot ${lines.at(-1)!.yMax}`);
        assert.ok(lines[0]!.yMin >= TOP - 1, `first line's top ${lines[0]!.yMin}`);
      });
    });

    it('puts 28 characters on every full line, from 28 mm, two characters in on a paragraph’s first', () => {
      let full = 0;
      for (const page of r.pages) {
        const lines = bodyLines(page);
        for (let i = 0; i < lines.length; i++) {
          const line = lines[i]!;
          const next = lines[i + 1];
          const chars = [...line.text].length;
          if (line === lines[0] && page === r.pages[0]) continue; // the title
          if (line.text.endsWith('：')) continue; // 主送机关
          const indented = Math.abs(line.xMin - (LEFT + 2 * CHAR)) < 1;
          if (!indented) near(line.xMin, LEFT, 0.6, `left edge of “${line.text.slice(0, 8)}…”`);
          const lastOfParagraph = line.text.endsWith('。') || !next || Math.abs(next.xMin - (LEFT + 2 * CHAR)) < 1;
          if (lastOfParagraph) continue;
          assert.equal(chars, indented ? 26 : 28, `“${line.text}”`);
          assert.ok(line.xMax <= RIGHT + 0.5, `right edge ${line.xMax}`);
          if (!indented) full++;
        }
      }
      assert.ok(full > 40, `${full} full lines measured`);
    });

    it('centres the title on the first line, with one blank line under it', () => {
      const [title, addressee] = bodyLines(r.pages[0]!);
      near((title!.xMin + title!.xMax) / 2, LEFT + WIDTH / 2, 1.5, 'title centre');
      assert.ok(title!.yMin >= TOP && title!.yMax < TOP + LINE + 3, `title ${title!.yMin}–${title!.yMax}`);
      const offset = bodyLines(r.pages[1]!)[0]!.yMax - (TOP + LINE);
      near(addressee!.yMax - (TOP + 3 * LINE), offset, 0.3, '主送机关 on the third line');
      near(addressee!.xMin, LEFT, 0.6, '主送机关 flush left');
    });

    it('numbers each page “— n —”, odd on the right and even on the left, one character in, the dash 7 mm under the 版心', () => {
      r.pages.forEach((page, i) => {
        const n = i + 1;
        const number = footer(page);
        assert.ok(number, `page ${n} has a number`);
        assert.equal(number.text.replace(/\s/g, ''), `—${n}—`);
        if (n % 2 === 1) near(number.xMax, RIGHT - 14, 1, `page ${n}'s number, right edge`);
        else near(number.xMin, LEFT + 14, 1, `page ${n}'s number, left edge`);
        const dash = inkRows(r.pdf, n, { x0: number.xMin, x1: number.xMin + 8, y0: BOTTOM, y1: BOTTOM + 40 });
        const middle = (dash[0]! + dash.at(-1)!) / 2;
        near(middle - BOTTOM, 7 * PT_PER_MM, 0.5 * PT_PER_MM, `page ${n}'s 一字线 under the 版心`);
      });
    });

    it('ends its body on the page the exporter works out', async () => {
      assert.equal(bodyPages(longDraft()), r.pages.length);
    });
  });

  describe('a notice with 版头 and 版记', () => {
    const notice = readFileSync(join(examples, '关于召开全县安全生产工作会议的通知.md'), 'utf8');
    let r: Rendered;
    before(async () => {
      r = renderDocx(await exportDocx(notice), 'notice', dir);
    });

    it('sets the 发文机关标志 in red, its top 35 mm under the 版心’s top', () => {
      const red = inkRows(r.pdf, 1, { x0: LEFT, x1: RIGHT, y0: TOP, y1: TOP + 150 }, 'red');
      near(red[0]! - TOP, 35 * PT_PER_MM, 0.5 * PT_PER_MM, 'top of the red mark');
    });

    it('draws a red line as wide as the 版心, 4 mm under the 发文字号', () => {
      const number = r.pages[0]!.lines.find((l) => l.text === '临政办发〔2024〕18号')!;
      const rows = inkRows(r.pdf, 1, { x0: LEFT, x1: RIGHT, y0: number.yMax, y1: number.yMax + 30 }, 'red');
      assert.ok(rows.length > 0 && rows.at(-1)! - rows[0]! < 1.5, 'one thin line');
      near(rows[0]! - number.yMax, 4 * PT_PER_MM, 0.5 * PT_PER_MM, 'red line under the 发文字号');
      const columns = inkColumns(r.pdf, 1, { x0: LEFT - 20, x1: RIGHT + 20, y0: rows[0]! - 0.5, y1: rows.at(-1)! + 0.5 }, 'red');
      near(columns[0]!, LEFT, 0.6, 'red line from the 版心’s left');
      near(columns.at(-1)!, RIGHT, 0.6, 'to its right');
    });

    it('puts the body back on the grid after the 版头', () => {
      const lines = bodyLines(r.pages[0]!).filter((l) => l.xMin < LEFT + 2 * CHAR + 1 && l.yMin > 400);
      const page2 = bodyLines(r.pages[1]!);
      const phase = (l: PdfLine): number => (((l.yMax - TOP) % LINE) + LINE) % LINE;
      for (const l of lines) near(phase(l), phase(page2[0]!), 0.3, `“${l.text.slice(0, 6)}” on the grid`);
    });

    it('sets 成文日期 four characters from the right, the 署名 centred over it', () => {
      const page = r.pages[2]!;
      const date = page.lines.find((l) => l.text === '2024年7月10日')!;
      const name = page.lines.find((l) => l.text === '临河县人民政府办公室')!;
      near(date.xMax, RIGHT - 4 * CHAR, 1, '成文日期右空四字');
      // LibreOffice puts space between digits and Chinese (it ignores w:autoSpaceDE/DN), so the date is a little
      // wider than in Word, where the name's centre is the date's to the twip (export.test.ts)
      near((name.xMin + name.xMax) / 2, (date.xMin + date.xMax) / 2, CHAR, '署名 centred over the date');
      near(date.yMax - name.yMax, LINE, 0.3, 'the date on the line under the name');
    });

    it('puts the 版记 on the last page, an even one, its last line on the page’s last line, numbered as no blank page came before', () => {
      assert.equal(r.pages.length, 4);
      const page = r.pages[3]!;
      const copy = page.lines.find((l) => l.text.startsWith('抄送：'))!;
      assert.equal(copy.text, '抄送：县委办公室，县人大常委会办公室，县政协办公室。');
      near(copy.xMin, LEFT + 14, 0.6, '抄送 左空一字');
      const printer = page.lines.find((l) => l.text === '临河县人民政府办公室')!;
      const printed = page.lines.find((l) => l.text === '2024年7月10日印发')!;
      near(printer.xMin, LEFT + 14, 0.6, '印发机关 左空一字');
      near(printed.xMax, RIGHT - 14, 1, '印发日期 右空一字');
      const rules = inkRows(r.pdf, 4, { x0: LEFT + 200, x1: LEFT + 210, y0: copy.yMin - 20, y1: BOTTOM + 2 });
      near(rules.at(-1)!, BOTTOM, 1, 'the last rule at the foot of the 版心');
      assert.equal(footer(page)?.text.replace(/\s/g, ''), '—4—');
      assert.equal(bodyPages(notice), 3);
    });
  });

  describe('a notice whose body ends on an even page', () => {
    const notice = shortNotice(readFileSync(join(examples, '关于召开全县安全生产工作会议的通知.md'), 'utf8'));
    let r: Rendered;
    before(async () => {
      r = renderDocx(await exportDocx(notice), 'short', dir);
    });

    it('leaves a blank page before the 版记, and numbers neither', () => {
      assert.equal(bodyPages(notice), 2);
      assert.equal(r.pages.length, 4);
      assert.equal(footer(r.pages[1]!)?.text.replace(/\s/g, ''), '—2—');
      assert.deepEqual(r.pages[2]!.lines, []);
      assert.ok(r.pages[3]!.lines.some((l) => l.text.startsWith('抄送：')));
      assert.equal(footer(r.pages[3]!), undefined);
    });
  });

  describe('a table', () => {
    it('is drawn as a table, a row to a line', async () => {
      const markdown = '# 关于项目情况的报告\n\n| 项目类别 | 个数 | 总投资（亿元） |\n| --- | ---: | ---: |\n| 新建项目 | 20 | 98 |\n| 续建项目 | 16 | 88 |\n';
      const r = renderDocx(await exportDocx(markdown), 'table', dir);
      // pdftotext gives each cell a line of its own: a row is the cells that share a baseline
      const byRow = new Map<number, { y: number; text: string }>();
      for (const l of r.pages[0]!.lines.filter((x) => x.yMax < BOTTOM && x.text !== '关于项目情况的报告')) {
        const row = byRow.get(Math.round(l.yMax)) ?? { y: l.yMax, text: '' };
        row.text += l.text;
        byRow.set(Math.round(l.yMax), row);
      }
      assert.deepEqual(
        [...byRow.values()].map((row) => row.text),
        ['项目类别个数总投资（亿元）', '新建项目2098', '续建项目1688'],
      );
      const ys = [...byRow.values()].map((row) => row.y);
      // a row is a line, and LibreOffice adds its border (0.5 pt)
      for (let i = 1; i < ys.length; i++) near(ys[i]! - ys[i - 1]!, LINE, 1, 'row height');
    });
  });
});
