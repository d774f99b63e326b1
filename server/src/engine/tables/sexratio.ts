// 性别比 in a table: the number of men per hundred women (以女性为100), by definition 男 ÷ 女 × 100. A census table
// writes it as a column after the two shares or counts of men and women (地区 | 男 | 女 | 性别比), often copied with
// the second heading row lost (地 区 | 占常住人口总量比重（%） | 性别比 over 大安街道 48.29 51.71 93.38); a yearbook
// writes it as a row under the rows of men and women (男（人） | 5012522 …, 女（人） | 5102784 …, 性别比（女=100） |
// 98.23 …). Read on the table's cells as written, so that a table whose heading is one cell short is read too.

import { formatNumber } from '../figures/units';
import { plainFigure, readCell, type PlainFigure } from './cells';
import { overlaps, percentOf, point, sum } from './interval';
import type { Table } from './model';
import type { TableRelation } from './relations';

type Fig = PlainFigure;

/** The words of a 性别比 (以女性为100): not the sex ratio at birth, which is no quotient of the table's figures. */
const SEX_RATIO = /性[别別]比/;
const NOT_OF_THESE = /出生|婴儿|嬰兒/;

/** Rows a column reading is borne out in at least, and the share of them it may fail in at most (a slip is rare). */
const MIN_HOLDING = 3;
const MAX_FAILING_SHARE = 0.25;

/** Whether ratio = men ÷ women × 100 can hold at the written precision. */
const ratioHolds = (r: Fig, m: Fig, f: Fig): boolean => percentOf(r.iv, m.iv, f.iv);

function ratioRelation(table: Table, r: Fig, m: Fig, f: Fig, names: [string, string]): TableRelation {
  const q = (m.value / f.value) * 100;
  const holds = ratioHolds(r, m, f);
  const formula = `${names[0]}${m.cell.text.trim()} ÷ ${names[1]}${f.cell.text.trim()} × 100 = ${formatNumber(Number(q.toFixed(r.decimals + 1)), r.decimals + 1)}`;
  return {
    rule: 'table-rate',
    table,
    anchor: r.cell,
    cells: [r.cell, m.cell, f.cell],
    prose: [],
    holds,
    arithmetic: holds ? `${formula}，与性别比${r.cell.text.trim()}相符` : `${formula}，表中性别比为${r.cell.text.trim()}`,
    message: `性别比与表中男女数字不符：${formula}，表中写作${r.cell.text.trim()}；性别比以女性为100，等于男性 ÷ 女性 × 100，请核对`,
    related: [
      { offset: m.cell.offset, endOffset: m.cell.endOffset, message: `${names[0]} ${m.cell.text.trim()}` },
      { offset: f.cell.offset, endOffset: f.cell.endOffset, message: `${names[1]} ${f.cell.text.trim()}` },
    ],
  };
}

/** The shares of men and women of one row add up to 100%: reported at the share the 性别比 does not bear out. */
function pairRelation(table: Table, m: Fig, f: Fig, r: Fig): TableRelation {
  const s = sum([m.iv, f.iv]);
  const holds = overlaps(s, point(100));
  const decimals = Math.max(m.decimals, f.decimals);
  // the ratio with the women's share says what the men's share is, and the other way round
  const other = (x: Fig): Fig => ({ ...x, iv: { lo: 100 - x.iv.hi, hi: 100 - x.iv.lo } });
  const womenWrong = !holds && !ratioHolds(r, m, f) && ratioHolds(r, m, other(m)) && !ratioHolds(r, other(f), f);
  const anchor = womenWrong ? f : m;
  const formula = `男性比重${m.cell.text.trim()} + 女性比重${f.cell.text.trim()} = ${formatNumber(Number((m.value + f.value).toFixed(decimals)), decimals)}`;
  return {
    rule: 'table-share',
    table,
    anchor: anchor.cell,
    cells: [anchor.cell, (anchor === m ? f : m).cell],
    prose: [],
    holds,
    arithmetic: holds ? `${formula}，与100%相符` : `${formula}，不等于100%`,
    message: `男女比重之和不等于100%：${formula}；同一地区男性、女性占常住人口的比重合起来应为100%，请核对`,
    related: [
      { offset: (anchor === m ? f : m).cell.offset, endOffset: (anchor === m ? f : m).cell.endOffset, message: `${anchor === m ? '女性' : '男性'}比重 ${(anchor === m ? f : m).cell.text.trim()}` },
    ],
  };
}

/** The heading cells of a table: its header row and the rows of words right under it. */
function headingTexts(table: Table): string[] {
  const out = table.header.cells.map((c) => c.text);
  for (const row of table.rows) {
    if (row.cells.some((c) => readCell(c.text).kind === 'number')) break;
    out.push(...row.cells.map((c) => c.text));
  }
  return out.map((t) => t.replace(/[\s\u3000]+/g, '')).filter((t) => t !== '');
}

/**
 * A 性别比 column closing the heading: in each row of a name and figures, the last figure is the ratio of the two
 * before it (男, 女). Read when the quotient holds in three rows at least and fails in at most a quarter of the rows
 * of that shape; when the two also add up to 100 in as many rows and the heading calls them 比重 or % (shares of the
 * people of each place), their sum is checked too.
 */
function ratioColumn(table: Table, out: TableRelation[]): void {
  const headings = headingTexts(table);
  const last = headings[headings.length - 1];
  if (!last || !SEX_RATIO.test(last) || NOT_OF_THESE.test(last)) return;
  const rows: Array<{ m: Fig; f: Fig; r: Fig }> = [];
  for (const row of table.rows) {
    const filled = row.cells.filter((c) => c.text.trim() !== '');
    if (filled.length < 4 || readCell(filled[0]!.text).kind !== 'text') continue;
    const figures = filled.slice(1).map(plainFigure);
    if (figures.some((f) => !f)) continue;
    const [m, f, r] = figures.slice(-3) as [Fig, Fig, Fig];
    if (m.value <= 0 || f.value <= 0 || r.value <= 0) continue;
    rows.push({ m, f, r });
  }
  const bornOut = (holds: (x: { m: Fig; f: Fig; r: Fig }) => boolean): boolean => {
    const holding = rows.filter(holds).length;
    return holding >= MIN_HOLDING && rows.length - holding <= MAX_FAILING_SHARE * rows.length;
  };
  if (!bornOut(({ m, f, r }) => ratioHolds(r, m, f))) return;
  for (const { m, f, r } of rows) out.push(ratioRelation(table, r, m, f, ['男', '女']));
  const shares = headings.some((h) => /比重|占|构成|[%％]/.test(h)) || /[%％]/.test(table.unit?.text ?? '');
  if (!shares || !bornOut(({ m, f }) => overlaps(sum([m.iv, f.iv]), point(100)))) return;
  for (const { m, f, r } of rows) out.push(pairRelation(table, m, f, r));
}

/** A row of men and one of women, by their labels (男, 男性, 男性人口, 男（人）, 其中：男). */
const MEN_ROW = /^(?:其中[：:]?)?男(?:性)?(?:人口|人数|人數)?(?:[（(][^（）()]*[）)])?$/;
const WOMEN_ROW = /^(?:其中[：:]?)?女(?:性)?(?:人口|人数|人數)?(?:[（(][^（）()]*[）)])?$/;

/**
 * A 性别比 row under one row of men and one of women: in each column where the three are figures, the ratio is the
 * men over the women. The labels say what the rows are; the rows must be the only ones so named.
 */
function ratioRow(table: Table, out: TableRelation[]): void {
  const rows = table.rows;
  // a cell's first line without spaces (each row's label read once: a table is re-read on every keystroke in it)
  const labels = rows.map((r) => (r.cells[0]?.text ?? '').split('\n')[0]!.replace(/[\s\u3000]+/g, ''));
  const ratios = rows.filter((_, k) => SEX_RATIO.test(labels[k]!) && !NOT_OF_THESE.test(labels[k]!));
  if (ratios.length !== 1) return;
  const men = rows.filter((_, k) => MEN_ROW.test(labels[k]!));
  const women = rows.filter((_, k) => WOMEN_ROW.test(labels[k]!));
  const r = ratios[0]!;
  const i = rows.indexOf(r);
  // a yearbook's 男 and 女 rows copied without their labels: the two rows of figures right above the ratio, their
  // labels empty, read so only where the ratio holds in nearly every column
  const unnamed = men.length === 0 && women.length === 0 && i >= 2 && labels[i - 2] === '' && labels[i - 1] === '';
  if (!unnamed && (men.length !== 1 || women.length !== 1)) return;
  const [m, f] = unnamed ? [rows[i - 2]!, rows[i - 1]!] : [men[0]!, women[0]!];
  if (i < Math.max(rows.indexOf(m), rows.indexOf(f))) return;
  const width = Math.max(m.cells.length, f.cells.length, r.cells.length);
  const found: Array<[Fig, Fig, Fig]> = [];
  for (let c = 1; c < width; c++) {
    const [x, y, z] = [m.cells[c], f.cells[c], r.cells[c]].map(plainFigure);
    if (!x || !y || !z || x.value <= 0 || y.value <= 0 || x.cell.text.includes('%') || y.cell.text.includes('%')) continue;
    found.push([z, x, y]);
  }
  if (unnamed) {
    const holding = found.filter(([z, x, y]) => ratioHolds(z, x, y)).length;
    if (holding < MIN_HOLDING || found.length - holding > MAX_FAILING_SHARE * found.length) return;
  }
  for (const [z, x, y] of found) out.push(ratioRelation(table, z, x, y, unnamed ? ['', ''] : ['男', '女']));
}

/** The 性别比 relations of a table (none when it has no 性别比, or its figures do not bear the reading out). */
export function sexRatios(table: Table): TableRelation[] {
  if (table.unclear) return [];
  const out: TableRelation[] = [];
  ratioColumn(table, out);
  ratioRow(table, out);
  return out;
}
