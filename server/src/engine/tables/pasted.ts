// Tables pasted as text: what a table copied from Excel, Word, a web page or a PDF becomes in a Markdown draft when
// its table format is lost. The shapes seen in real drafts:
// - pipe rows without the separator line (`| 项目 | 金额 |`, `项目 | 金额 |`), a heading cell broken over lines;
// - columns aligned with tabs or runs of spaces, or a label and its figures separated by single spaces (from a PDF);
// - one cell per line (`项目`, `金额`, …, each perhaps followed by ` |`, rows perhaps parted by a blank line or a
//   line of pipes), as a web page's table comes out when copied.
// A run of lines is taken for a table only when it has the shape throughout and figures in its body. Its rows and
// cells are read where the columns can be told apart; a row that lost cells (an empty cell dropped in copying) is
// kept, marked short.

import type { Line } from '../parse';
import { isFigureCell, readCell } from './cells';
import { readUnit } from './grid';
import { progressHeadingAt, progressTriple } from './unclear';
import { readOrdinal } from '../ordinals';
import { monthGroupHeading, monthRun } from './monthColumns';
import { PINYIN_GLOSS } from '../text';
import type { Table, TableCell, TableRow, TableSource } from './model';

/** At most this many blank lines between two lines of one pasted table. */
const MAX_BLANK_LINES = 2;
/** One cell per line: empty cells come out as blank lines, so a table's cells may stand further apart. */
const MAX_STACKED_BLANK_LINES = 12;
/** A cell longer than this is prose, not a table cell (characters). */
const MAX_CELL = 60;
/** One cell per line: a line longer than this is not a cell. */
const MAX_STACKED_CELL = 30;
/** Columns of a one-cell-per-line table: at least two, at most this many. */
const MAX_STACKED_COLUMNS = 16;
/** Heading cells above a table pasted one cell per line, not put in its columns but taken out of the prose: at most. */
const MAX_HEADING_CELLS = 120;
/** A label line inside an aligned table (按城乡分, 学校数): at most this long. */
const MAX_GROUP_LABEL = 100;

/** A row as read from the text, before its header and columns are worked out. */
interface RawRow {
  cells: TableCell[];
  /** Where the row's text starts and ends, and the start of its first line. */
  offset: number;
  endOffset: number;
  lineStart: number;
  /** Where the row's last line ends, trailing spaces included (aligned rows: a run of spaces there may be empty cells). */
  lineEnd?: number;
}

/** Blank lines between the end of one line and the start of the next; -1 when anything else stands between. */
function blankLinesBetween(text: string, p: Line, q: Line): number {
  const between = text.slice(p.endOffset, q.offset);
  if (between.trim() !== '') return -1;
  let breaks = 0;
  for (const c of between) if (c === '\n') breaks++;
  return breaks - 1;
}

/** Whether a line can be part of a pasted table at all: free text, not a heading, list item or quote. */
function free(p: Line): boolean {
  return p.headingDepth === undefined && !p.inList;
}

/**
 * A row of an aligned table that Markdown reads into a list: its number kept as the start of its label (1. 财政补助收入
 * 6909800 55508400) or a line the list item takes in after it ((二) 支出总计 68040296.8 …), nothing of the line dropped
 * as a marker (a bullet's dash, a quote's >). Only a row ending in a figure is taken so: a numbered line of prose stays prose.
 */
function listedRow(text: string, p: Line): boolean {
  return p.inList && p.headingDepth === undefined && text.slice(p.lineStart, p.offset).trim() === '';
}

/** A label and one figure after a space (2. 科教项目收入 0): a row whose empty cells were dropped. */
function endsInFigure(p: Line): boolean {
  const last = /\s(\S+)$/.exec(p.source);
  return !!last && isFigureCell(last[1]!);
}

function trimmed(raw: string, base: number, a0: number, b0: number): TableCell {
  let a = a0;
  let b = b0;
  while (a < b && /\s/.test(raw[a]!)) a++;
  while (b > a && /\s/.test(raw[b - 1]!)) b--;
  return { offset: base + a, endOffset: base + b, text: raw.slice(a, b) };
}

interface PipeLine {
  cells: TableCell[];
  /** The line ends with a pipe (a heading cell broken over lines does not). */
  closed: boolean;
}

/** `| a | b |` or `a | b |`: the cells between the pipes, the edge pipes' empty outer cells dropped. */
function pipeCells(p: Line): PipeLine | undefined {
  const raw = p.source;
  if (!/[|｜]/.test(raw)) return undefined;
  const cells: TableCell[] = [];
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    if ((raw[i] === '|' || raw[i] === '｜') && raw[i - 1] !== '\\') {
      cells.push(trimmed(raw, p.offset, start, i));
      start = i + 1;
    }
  }
  cells.push(trimmed(raw, p.offset, start, raw.length));
  const closed = /[|｜]\s*$/.test(raw);
  if (cells.length > 1 && cells[0]!.text === '' && /^\s*[|｜]/.test(raw)) cells.shift();
  if (cells.length > 1 && cells[cells.length - 1]!.text === '' && closed) cells.pop();
  return { cells: cells.map((c) => ({ ...c, text: c.text.replace(/\\\|/g, '|') })), closed };
}

/** A line of figures (and perhaps a label before them) separated by single spaces, as a PDF's table comes out. */
function trailingFigures(p: Line): TableCell[] | undefined {
  const raw = p.source;
  // two cells at least, each a run without spaces: a line of prose has no space between two words to split at
  if (!/\S\s+\S/.test(raw)) return undefined;
  const cells: TableCell[] = [];
  let end = raw.length;
  // (1 貴州 1071 全部開工 among rows of 3 湖北 4284 99%: a rate's cell may say in words that all is done, standing for
  // the figure in its column)
  const status = ALL_DONE_CELL.exec(raw);
  if (status) {
    const a = status.index + status[0].length - status[1]!.length;
    cells.push({ offset: p.offset + a, endOffset: p.offset + a + status[1]!.length, text: status[1]! });
    end = a;
  }
  // figures from the end, each a run without spaces
  for (;;) {
    let b = end;
    while (b > 0 && /\s/.test(raw[b - 1]!)) b--;
    let a = b;
    while (a > 0 && !/\s/.test(raw[a - 1]!)) a--;
    if (a === b || !isFigureCell(raw.slice(a, b))) break;
    cells.unshift({ offset: p.offset + a, endOffset: p.offset + b, text: raw.slice(a, b) });
    end = a;
  }
  if (cells.length < 2 || (status && !isFigureCell(cells[0]!.text))) return undefined;
  // a row whose label was lost keeps an empty label cell, so that its figures stay in their columns
  return [trimmed(raw, p.offset, 0, end), ...cells];
}

/** A last cell saying in words that all of something is done (全部开工, 全部完成), after a space. */
const ALL_DONE_CELL = /\s((?:全部|均已|已全部)(?:开工|開工|完成|竣工|完工|建成|开业|開業|到位|达标|達標))\s*$/;

/** A row of figures before its remark: at least these many figures. */
const MIN_REMARKED_FIGURES = 4;

/**
 * A label, figures and a remark after them, separated by single spaces, as a PDF's allocation table comes out
 * (棠香街道 8 1 7 0 0.75 0 0 24.5 0 24.5 0 追减“…”22.55万元，…): the remark (备注) one cell, the rest of the line.
 * Undefined unless at least four figures stand between the label and the remark.
 */
function figuresAndRemark(p: Line): TableCell[] | undefined {
  const tokens = [...p.source.matchAll(/\S+/g)];
  let k = 1;
  while (k < tokens.length && isFigureCell(tokens[k]![0])) k++;
  if (k - 1 < MIN_REMARKED_FIGURES || k >= tokens.length || isFigureCell(tokens[0]![0])) return undefined;
  const cell = (a: number, b: number): TableCell => ({ offset: p.offset + a, endOffset: p.offset + b, text: p.source.slice(a, b) });
  const figures = tokens.slice(1, k).map((m) => cell(m.index, m.index + m[0].length));
  return [cell(0, tokens[0]!.index + tokens[0]![0].length), ...figures, cell(tokens[k]!.index, p.source.trimEnd().length)];
}

/** Cells separated by tabs or by runs of two or more spaces (ideographic spaces too); else a label and figures. */
function alignedCells(p: Line): TableCell[] | undefined {
  const raw = p.source;
  if (/[|｜]/.test(raw)) return undefined;
  const cells: TableCell[] = [];
  const sep = /\t[\t \u3000]*|[ \u3000]{2,}\t?[\t \u3000]*/g;
  let start = 0;
  let tabs = false;
  for (let m = sep.exec(raw); m; m = sep.exec(raw)) {
    if (m.index === 0) {
      start = m[0].length;
      continue;
    }
    if (m[0].includes('\t')) tabs = true;
    cells.push(trimmed(raw, p.offset, start, m.index));
    start = m.index + m[0].length;
  }
  const figures = trailingFigures(p);
  if (cells.length === 0) return figures;
  cells.push(trimmed(raw, p.offset, start, raw.length));
  const split = cells.filter((c) => c.text !== '');
  // a label and figures, spaced by single spaces after a label of several words: the figures decide
  if (figures && figures.length > split.length) return figures;
  // … and so when the runs of spaces stand only in the label (民用车辆拥有量     （辆）   Civilian Vehicle   (unit)
  // 3081809 3308683: a bilingual label with its units aligned, the figures single-spaced): the last run is no figure
  if (!tabs && figures && figures.length >= 3 && !isFigureCell(split[split.length - 1]!.text)) return figures;
  if (split.length < 2) return undefined;
  // two spaces between words of a sentence are a slip, not a column: a table's cells are short and figures stand alone
  if (!tabs && !split.some((c) => isFigureCell(c.text))) return undefined;
  return split;
}

/**
 * A cell of prose: a sentence, or longer than a cell is. The commas of a figure's thousands (694,417,573.66) are no
 * clauses of a sentence.
 */
function prose(c: TableCell): boolean {
  return [...c.text].length > MAX_CELL || /[。！？；]/.test(c.text) || ((c.text.match(/[，,]/g) ?? []).length >= 2 && !isFigureCell(c.text));
}

const UNIT_CELL = /^[（(]?\s*(?:计量|計量)?[单單]位\s*[：:]/;
const figure = (c: TableCell): boolean => readCell(c.text).kind === 'number' || readCell(c.text).kind === 'placeholder';
const headingCell = (c: TableCell): boolean => {
  const r = readCell(c.text);
  return r.kind === 'text' || r.kind === 'empty' || (r.kind === 'number' && r.number!.yearLike);
};

/** A table's unit written above it: 单位：%, 计量单位：万元. */
const UNIT_NOTE = /^\s*(?:计量|計量)?[单單]位\s*[：:]/;

/** A heading cell of a table pasted one cell per line (单位：% above the headings is its unit, not a column's heading). */
const stackedHeading = (c: TableCell): boolean => headingCell(c) && !UNIT_NOTE.test(c.text);

const yearLike = (c: TableCell): boolean => !!readCell(c.text).number?.yearLike;

/**
 * What figureRow found of each row's cells, by the cells' array (made once per line and never changed): the readings of a
 * pasted table ask it of every row again and again, for each run of lines that may be a table.
 */
const figureRows = new WeakMap<readonly TableCell[], boolean>();

/** A row that carries figures: one of its cells (after the first) is a number (not a year heading) or a placeholder. */
function figureRow(cells: readonly TableCell[]): boolean {
  let found = figureRows.get(cells);
  if (found === undefined) figureRows.set(cells, (found = carriesFigures(cells)));
  return found;
}

function carriesFigures(cells: readonly TableCell[]): boolean {
  // 1月 | 2月 | 3月 …: the months a table's columns stand for, not figures
  if (monthRun(cells)) return false;
  const data = cells.slice(1).filter(figure);
  if (data.length > 0 && !data.every(yearLike)) return true;
  return cells.length > 1 && cells.some(figure) && cells.every((c) => (figure(c) && !yearLike(c)) || c.text === '');
}

/** Only one cell has words, the rest are empty: a caption, a unit line or a group label (其中：) inside a table. */
function labelOnly(cells: readonly TableCell[]): boolean {
  return cells.filter((c) => c.text !== '').length === 1 && cells[0]!.text !== '';
}

/** A label alone in its row that starts with an ordinal (一、, （一）, 1.): a group of the body's rows. */
const groupLine = (r: RawRow): boolean => labelOnly(r.cells) && !!readOrdinal(r.cells[0]!.text, 0);

const blankRow = (cells: readonly TableCell[]): boolean => cells.every((c) => c.text === '');

/**
 * A bilingual yearbook's row label is followed by its English on a line of its own (总人口（万人） 1285 1676 … /
 * Total Population (10000 persons)): that line is the label's translation, not a row (a group heading would cut the
 * rows around it apart). It is joined to the label cell of the row of figures right above, one line per row; an
 * English line after another (Population by Residence, for the Chinese 按城乡分 lost) stays a row.
 */
function translationsJoined(body: RawRow[]): RawRow[] {
  const out: RawRow[] = [];
  let joined = true;
  for (const r of body) {
    const prev = out[out.length - 1];
    const label = prev?.cells[0];
    if (!joined && prev && label && labelOnly(r.cells) && english(r) && figureRow(prev.cells) && HAN.test(label.text)) {
      const en = r.cells[0]!;
      out[out.length - 1] = {
        ...prev,
        endOffset: r.endOffset,
        lineEnd: r.lineEnd,
        cells: [{ offset: label.offset, endOffset: en.endOffset, text: `${label.text}\n${en.text}` }, ...prev.cells.slice(1)],
      };
      joined = true;
      continue;
    }
    out.push(r);
    joined = false;
  }
  return out;
}

/**
 * A long row label of a yearbook copied from a PDF stands on a line of its own, its figures on the next line with no
 * label (中医医院 hospitals of traditional chinese / 831.32 819.07 20.24 … / medicine), perhaps with the rest of its
 * English between (#都市发达经济圈 Metropolitan Advanced / Economic Sphere / 1991588 1338034 …): one row, the label's
 * lines joined in its first cell. The Chinese words may wrap to a second short line, the English to three (中西医结合 /
 * 医院 / hospitals integrating traditional / chinese medicine with / western medicine / 4 695 547 …). Only a label with Chinese words and no ordinal (一、农业 heads a group) nor 按…分,
 * right above one row of figures that lost its label (rows of figures that all lost their names are a group's).
 */
/** A label over a group of rows: 按城乡分, 其中：, 分地区. */
const GROUP_LABEL = /^\s*(?:按[\u4e00-\u9fff]{1,8}分|分[\u4e00-\u9fff]{1,6}|其中)[：:]?\s*$|分[：:]\s*$/;

function wrappedLabelsJoined(body: RawRow[]): RawRow[] {
  const out: RawRow[] = [];
  for (let i = 0; i < body.length; i++) {
    const r = body[i]!;
    const label = r.cells[0];
    if (label && labelOnly(r.cells) && HAN.test(label.text) && !groupLine(r)) {
      let j = i + 1;
      // the label's own words wrapped to a second line (中西医结合 / 医院), then up to three lines of its English
      const more = body[j];
      if (more && labelOnly(more.cells) && HAN.test(more.cells[0]!.text) && !english(more) && !groupLine(more) && !GROUP_LABEL.test(more.cells[0]!.text) && [...more.cells[0]!.text.trim()].length <= 8)
        j++;
      const from = j;
      while (j < body.length && j - from < 3 && labelOnly(body[j]!.cells) && english(body[j]!)) j++;
      const next = body[j];
      // (按城乡分 over rows of figures that all lost their names is a group over them, not one row's label)
      const after = body[j + 1];
      const lostNames = !!after && after.cells[0]!.text === '' && figureRow(after.cells);
      if (next && next.cells[0]!.text === '' && figureRow(next.cells) && !lostNames && !GROUP_LABEL.test(label.text)) {
        const last = body[j - 1]!.cells[0]!;
        const text = body
          .slice(i, j)
          .map((x) => x.cells[0]!.text)
          .join('\n');
        out.push({ ...next, offset: r.offset, lineStart: r.lineStart, cells: [{ offset: label.offset, endOffset: last.endOffset, text }, ...next.cells.slice(1)] });
        i = j;
        continue;
      }
    }
    out.push(r);
  }
  return out;
}

/** The end of a heading cell wrapped to a line of its own: a percent sign or a unit, at most a word before it (比重%). */
const HEADING_TAIL = /^[\u4e00-\u9fff]{0,4}\s*(?:[（(]\s*)?[%％‰](?:\s*[）)])?$/;

/** A heading of shares of a whole (构成, 占比, 贡献率, 拉动增长): the whole's own row leaves such a cell empty. */
const WHOLE_SHARE_HEADING = /构成|比重|占比|贡献|拉动/;

/** A row as wide as the body naming a group of rows: words in its first cell, the others empty or a dash (无数据). */
function bodyGroupRow(r: RawRow, width: number): boolean {
  const [first, ...rest] = r.cells;
  return r.cells.length === width && !!first && first.text !== '' && !figure(first) && rest.every((c) => c.text === '' || readCell(c.text).kind === 'blank');
}

/** The number of cells most rows with figures have. */
function commonWidth(rows: readonly RawRow[]): number {
  const counts = new Map<number, number>();
  for (const r of rows) if (figureRow(r.cells)) counts.set(r.cells.length, (counts.get(r.cells.length) ?? 0) + 1);
  let best = 0;
  let width = 0;
  for (const [w, n] of counts) if (n > best || (n === best && w > width)) [best, width] = [n, w];
  return width;
}

/** Cells of English words only (a bilingual yearbook's translation line): no Chinese character, some letters. */
function english(r: RawRow): boolean {
  return r.cells.some((c) => /[A-Za-z]{2}/.test(c.text)) && r.cells.every((c) => !/[\u3400-\u9fff]/.test(c.text));
}

/**
 * Rows under a first cell merged down over them (一级指标 | 二级指标 | 单位 | 上年度 | 本年度 | 增长 with 经济指标 | 总收入 |
 * 万元 | … then 总支出 | 万元 | 19737 | …): the copy gave the merged cell to the first row only, so the rows after it
 * start one column early and end with an empty cell or one cell short. Where every full row has words and figures
 * in the same columns, a row whose cells match that pattern one column to the right, and not where they stand, gets
 * an empty first cell.
 */
function underSpanned(body: RawRow[], width: number): RawRow[] {
  const full = body.filter((r) => r.cells.length === width && r.cells.every((c) => c.text !== ''));
  if (full.length < 2 || width < 3) return body;
  const kind = (c: TableCell): 'f' | 'w' => (figure(c) ? 'f' : 'w');
  const pattern = full[0]!.cells.map(kind);
  if (pattern[0] !== 'w' || !pattern.includes('f') || full.some((r) => r.cells.some((c, i) => kind(c) !== pattern[i]))) return body;
  return body.map((r) => {
    const cells = r.cells.length === width && r.cells[width - 1]!.text === '' ? r.cells.slice(0, -1) : r.cells;
    if (cells.length !== width - 1 || cells.some((c) => c.text === '')) return r;
    const fits = (at: number): boolean => cells.every((c, i) => kind(c) === pattern[i + at]);
    if (fits(0) || !fits(1)) return r;
    return { ...r, cells: [{ offset: r.offset, endOffset: r.offset, text: '' }, ...cells] };
  });
}

/** A row of words then figures whose last cell is empty: a row the copy padded to the table's width (合计 | 6644 | … | 100 | |). */
function paddedLabelRow(cells: readonly TableCell[]): boolean {
  return cells.length > 2 && readCell(cells[0]!.text).kind === 'text' && cells[cells.length - 1]!.text === '';
}

/**
 * A 合计 row whose label was merged over the serial column and the label column (排位 | 行业 | 起数 | 比例% … over 1 |
 * 道路运输业 | 98 | 84.48 …, then 全市合计 | 116 | 100 | 111 | 100 |): the copy gave the merged cell once, so the row
 * starts one column early and is one cell short. Where every full row holds whole numbers 1, 2, 3 … in its first cell,
 * words in its second and figures after, a row of words and then figures only, one cell short, gets an empty first
 * cell: its label under the labels, its figures under their columns.
 */
function spannedSerial(body: RawRow[], width: number): RawRow[] {
  // (the last row padded to the width by the copy's empty cells, words first and its last cell empty, is such a row, not
  // a full one)
  const full = body.filter((r, i) => r.cells.length === width && figureRow(r.cells) && !(i === body.length - 1 && paddedLabelRow(r.cells)));
  if (full.length < 2 || width < 4) return body;
  const serials = full.every((r, i) => r.cells[0]!.text.trim() === String(i + 1) && readCell(r.cells[1]!.text).kind === 'text' && r.cells.slice(2).every((c) => figure(c) || c.text === ''));
  if (!serials) return body;
  return body.map((r) => {
    let n = r.cells.length;
    while (n > 0 && r.cells[n - 1]!.text === '') n--;
    const [first, ...rest] = r.cells.slice(0, n);
    if (n !== width - 1 || !first || readCell(first.text).kind !== 'text' || !rest.every(figure)) return r;
    return { ...r, cells: [{ offset: r.offset, endOffset: r.offset, text: '' }, ...r.cells.slice(0, width - 1)] };
  });
}

/** A line of a statistical report form's masthead (《统计法》's 表号、制表机关、批准机关、批准文号、有效期至, the reporting unit). */
const FORM_MARK = /^(?:表\s*号|制表机关|批准机关|批准文号|有效期至|填报单位|编制单位|填表单位|报送单位)\s*[：:]/;
/** The period a report covers, alone in its cell: 2020年3月, 2020年度 1月, 2021年1-6月, 2020年第一季度. */
const REPORT_PERIOD = /^(?:19|20)\d\d\s*年度?\s*(?:\d{1,2}\s*(?:[-—－~～至]\s*\d{1,2}\s*)?月份?|第?[一二三四1-4]\s*季度|[上下]半年)?$/;
/** A report form's number alone in its cell (社预执行07表, 社保02表): a line of its masthead, not a caption. */
const FORM_NUMBER = /^[\u4e00-\u9fff]{1,8}\s*[0-9０-９]{1,3}\s*表$/;

/**
 * A masthead line of a report form copied cell by cell (填报单位： | 江苏省无锡市本级 | 2021年2季度 | 单位：元): a mark of the
 * masthead, the value after a mark that ends with its colon, the period, the form's number, and at most one unit
 * cell; undefined when any other cell stands there. The unit cell is the table's unit line.
 */
function mastheadLine(cells: readonly TableCell[]): { unit?: TableCell } | undefined {
  let unit: TableCell | undefined;
  let marks = 0;
  for (let i = 0; i < cells.length; i++) {
    const t = cells[i]!.text.trim();
    if (FORM_MARK.test(t)) {
      marks++;
      const next = cells[i + 1]?.text.trim();
      if (/[：:]$/.test(t) && next !== undefined && !FORM_MARK.test(next) && !REPORT_PERIOD.test(next) && !UNIT_CELL.test(next)) i++;
    } else if (REPORT_PERIOD.test(t) || FORM_NUMBER.test(t)) marks++;
    else if (UNIT_CELL.test(t) && !unit) unit = cells[i]!;
    else return undefined;
  }
  if (marks === 0) return undefined;
  return unit ? { unit } : {};
}

/** A caption line that is only the table's number (表1, 表 3): the title is on the next line. */
const TABLE_NUMBER = /^附?表\s*[0-9０-９一二三四五六七八九十]{1,3}$/;

/**
 * Two heading lines as wide as the body where the first fills its cells from the left and leaves the last ones empty,
 * and the second fills exactly the first's last filled cell and the empty ones after it, from the left (项目 |
 * 2019年决算数 | 2020年执行数 | | over 金额 | 占调整预算% | 比上年增长% | |): the first line's last cell was merged
 * over the columns the second line names. One heading row: each of those columns named by both.
 */
function underMerged(top: RawRow, sub: RawRow, width: number): RawRow | undefined {
  const k = top.cells.findIndex((c) => c.text === '');
  const m = sub.cells.findIndex((c) => c.text === '');
  if (k < 2 || top.cells.slice(k).some((c) => c.text !== '')) return undefined;
  if (m < 2 || sub.cells.slice(m).some((c) => c.text !== '') || m !== width - k + 1) return undefined;
  const over = top.cells[k - 1]!;
  const cells = [...top.cells.slice(0, k - 1), ...sub.cells.slice(0, m).map((c) => ({ offset: c.offset, endOffset: c.endOffset, text: `${over.text} ${c.text}` }))];
  return { cells, offset: top.offset, endOffset: sub.endOffset, lineStart: top.lineStart };
}

/** monthGroupHeading (monthColumns.ts) as a heading row: months under their group, the body's rows of figures telling the corner. */
function monthGroups(top: RawRow, sub: RawRow, width: number, body: readonly RawRow[]): RawRow | undefined {
  // (a 合计 row whose label was merged over the serial column stands one column early: not one to tell the corner by)
  const rows = body.filter((r) => r.cells.length === width && figureRow(r.cells) && !paddedLabelRow(r.cells)).map((r) => r.cells);
  const value = (text: string): number | undefined => {
    const n = readCell(text).number;
    return n && n.multiplier === 1 && !n.unit ? n.value : undefined;
  };
  // the body may stop short of the heading's width (its last months dropped, the second line's cells running on): the
  // heading is then as wide as the body, and so is the table
  const filled = Math.max(0, ...rows.map((r) => r.reduce((n, c, i) => (c.text !== '' ? i + 1 : n), 0)));
  const cells = filled > 0 ? monthGroupHeading(top.cells, sub.cells, filled, rows, value) : undefined;
  return cells ? { cells, offset: top.offset, endOffset: sub.endOffset, lineStart: top.lineStart } : undefined;
}

/** A column of words beside the label column: the unit's (单位, 计量单位). */
const UNIT_COLUMN_HEADING = /^(?:计量)?单\s*位$/;
/** A column of a report form's codes for its rows (代码, 指标代码). */
const CODE_COLUMN_HEADING = /^(?:指标)?代\s*码$/;

/**
 * Two heading lines as wide as the body, each filling its cells from the left, where the second lost its corner: the
 * first names the label column and the unit column (单位, its cells words in the body: 亿元, 万件), then groups, each
 * over as many columns as the second line repeats (指标名称 | 单位 | 6月份 | 比去年同期增长（%） | | over 累计 | 当月 | 累计
 * | 当月 | |): the second line names the columns after the corner. One heading row: each group's columns named by both.
 */
function cornerLost(top: RawRow, sub: RawRow, width: number, body: readonly RawRow[]): RawRow | undefined {
  const k = top.cells.findIndex((c) => c.text === '');
  const m = sub.cells.findIndex((c) => c.text === '');
  if (k < 3 || top.cells.slice(k).some((c) => c.text !== '') || m < 2 || sub.cells.slice(m).some((c) => c.text !== '')) return undefined;
  const corner = width - m;
  const groups = k - corner;
  if (corner < 2 || groups < 1 || m % groups !== 0 || m / groups < 2) return undefined;
  // the corner's cells after the label: the unit column, words in every row of figures
  const rows = body.filter((r) => figureRow(r.cells) && r.cells.length === width);
  if (rows.length < 2) return undefined;
  for (let i = 1; i < corner; i++) {
    if (!UNIT_COLUMN_HEADING.test(top.cells[i]!.text.replace(/\s+/g, '')) || !rows.every((r) => r.cells[i]!.text !== '' && !figure(r.cells[i]!))) return undefined;
  }
  const span = m / groups;
  for (let i = span; i < m; i++) if (sub.cells[i]!.text !== sub.cells[i - span]!.text) return undefined;
  const cells = [
    ...top.cells.slice(0, corner),
    ...sub.cells.slice(0, m).map((x, i) => ({ offset: x.offset, endOffset: x.endOffset, text: `${top.cells[corner + Math.floor(i / span)]!.text} ${x.text}` })),
  ];
  return { cells, offset: top.offset, endOffset: sub.endOffset, lineStart: top.lineStart };
}

/** A label column's heading (项目, 指标名称, 地区): a heading line that starts with one kept its corner. */
const LABEL_COLUMN_HEADING = /^(?:项\s*目|指\s*标|[\u4e00-\u9fff]{0,4}名\s*称|地\s*区|单\s*位|序\s*号|Item|District)/i;

/**
 * cornerLost without a 单位 column: the first line names the label column and then groups, its other cells empty; the
 * second line lost its corner cell altogether (one cell short of the body, or its last cell empty) and names every
 * column after the label (项目 | 本 年 | 上年同期 | 增长（%） | | | over 本月 | 1-本月 | 上年本月 | 上年1-本月 | 本月 | 累计 |).
 * The groups were merged over equal spans of two or more columns (the copy gives no other width): each group's
 * columns named by both. The second line's cells are words, not a label column's heading (that line kept its corner).
 */
function labelCornerLost(top: RawRow, sub: RawRow, width: number): RawRow | undefined {
  if (top.cells.length !== width) return undefined;
  const k = top.cells.findIndex((c) => c.text === '');
  if (k < 3 || top.cells.slice(k).some((c) => c.text !== '')) return undefined;
  let m = sub.cells.length;
  while (m > 0 && sub.cells[m - 1]!.text === '') m--;
  const named = sub.cells.slice(0, m);
  if (m !== width - 1 || named.some((c) => c.text === '' || !headingCell(c) || yearLike(c)) || LABEL_COLUMN_HEADING.test(named[0]!.text)) return undefined;
  const groups = k - 1;
  if (m % groups !== 0 || m / groups < 2) return undefined;
  const span = m / groups;
  const cells = [top.cells[0]!, ...named.map((x, i) => ({ offset: x.offset, endOffset: x.endOffset, text: `${top.cells[1 + Math.floor(i / span)]!.text} ${x.text}` }))];
  return { cells, offset: top.offset, endOffset: sub.endOffset, lineStart: top.lineStart };
}

/** A heading that carries its own unit (税收比重%, 面积（亩）): a column of its own, never a group over columns. */
const OWN_UNIT_HEADING = /[%％]\s*$|[（(][^（）()]{1,6}[）)]\s*$/;

/**
 * Two heading lines as wide as the body, each filling its cells from the left: the first names the label column,
 * groups and columns of their own (a heading with its own unit, 税收比重%), the second names the same columns once
 * under each group, the cells under the first line's columns of their own moved to the end (单位名称 | 一般公共预算收入
 * | 税收比重% | 一般公共预算支出 | | … over 当月 | 累计 | 增幅% | 当月 | 累计 | 增幅% | | |). One heading row: each
 * group's columns named by both, the columns of their own as they are.
 */
function groupsAndColumns(top: RawRow, sub: RawRow, width: number): RawRow | undefined {
  const k = top.cells.findIndex((c) => c.text === '');
  const m = sub.cells.findIndex((c) => c.text === '');
  if (k < 4 || top.cells.slice(k).some((c) => c.text !== '') || m < 4 || sub.cells.slice(m).some((c) => c.text !== '')) return undefined;
  const own = top.cells.slice(1, k).filter((c) => OWN_UNIT_HEADING.test(c.text));
  const groups = k - 1 - own.length;
  if (own.length === 0 || own.length !== width - m - 1 || groups < 2 || m % groups !== 0) return undefined;
  const span = m / groups;
  if (span < 2) return undefined;
  for (let i = span; i < m; i++) if (sub.cells[i]!.text !== sub.cells[i - span]!.text) return undefined;
  const cells: TableCell[] = [top.cells[0]!];
  let g = 0;
  for (const c of top.cells.slice(1, k)) {
    if (own.includes(c)) cells.push(c);
    else cells.push(...sub.cells.slice(g * span, ++g * span).map((x) => ({ offset: x.offset, endOffset: x.endOffset, text: `${c.text} ${x.text}` })));
  }
  return cells.length === width ? { cells, offset: top.offset, endOffset: sub.endOffset, lineStart: top.lineStart } : undefined;
}

/** A difference's heading under a group (增减额, 增减, 增加额, 差额). */
const DIFFERENCE_HEADING = /^(?:增减额?|增加额|差额|增减变动额?)$/;
/** A growth's heading under a group (增减率%, 增长%, 增幅%, 同比±%). */
const GROWTH_RATE_HEADING = /^(?:增减率|增长率?|增幅|增减幅度|同比增减|同比增长|±)[%％]?$|^[（(]?[%％][）)]?$/;

/**
 * groupsAndColumns where the copy says nothing of which cells of the first line are groups (东港市财政收入完成情况表's 预算
 * 科目 | 年度预算 | 累计 | 当月 | 本期累计为预算% over 本期 | 同期 | 增减额 | 增减率% | 本期 | 同期 | 增减额 | 增减率% |,
 * its two corner cells lost): the second line repeats one pattern, so the groups are as many as the repeats and the
 * first line's other cells are columns of their own (1 + own + the second line's cells = the body's width); which are
 * which the figures tell. Each group holds two amounts and their difference or growth (本期 | 同期 | 增减额 | 增减率%):
 * of every placement of the groups, the one where that arithmetic holds in most rows of figures, and in no other
 * placement; none when the figures cannot tell (the heading then stays as the copy has it).
 */
function groupsByFigures(top: RawRow, sub: RawRow, width: number, body: readonly RawRow[]): RawRow | undefined {
  const k = top.cells.findIndex((c) => c.text === '');
  const m = sub.cells.findIndex((c) => c.text === '');
  if (k < 4 || top.cells.slice(k).some((c) => c.text !== '') || m < 4 || sub.cells.slice(m).some((c) => c.text !== '')) return undefined;
  const words = sub.cells.slice(0, m).map((c) => labelOfCell(c.text));
  let span = 2;
  while (span <= m / 2 && (m % span !== 0 || words.some((w, i) => i >= span && w !== words[i - span]))) span++;
  if (span > m / 2) return undefined;
  const groups = m / span;
  const own = k - 1 - groups;
  if (own < 1 || 1 + own + m !== width) return undefined;
  // the arithmetic of one group: its first two amounts, their difference and their growth
  const pattern = words.slice(0, span);
  const diff = pattern.findIndex((w) => DIFFERENCE_HEADING.test(w));
  const growth = pattern.findIndex((w) => GROWTH_RATE_HEADING.test(w));
  const amounts = pattern.map((_, i) => i).filter((i) => i !== diff && i !== growth && !/[%％率]/.test(pattern[i]!));
  if (amounts.length < 2 || (diff < 0 && growth < 0)) return undefined;
  const [a, b] = amounts as [number, number];
  const rows = body.filter((r) => figureRow(r.cells) && r.cells.length === width && r.cells.every((c) => c.text !== ''));
  if (rows.length < 3) return undefined;
  const tops = top.cells.slice(1, k);
  const close = (x: number, y: number, decimals: number): boolean => Math.abs(x - y) <= 0.5 * 10 ** -decimals + 1e-9;
  const holds = (r: RawRow, at: number): boolean => {
    const va = cellValue(r, at + a);
    const vb = cellValue(r, at + b);
    if (va === undefined || vb === undefined) return false;
    if (diff >= 0) {
      const d = readCell(r.cells[at + diff]!.text).number;
      if (!d || !close(d.value * d.multiplier, va - vb, d.decimals)) return false;
    }
    if (growth >= 0) {
      const p = readCell(r.cells[at + growth]!.text).number;
      if (!p || vb === 0 || !close(p.value, ((va - vb) / vb) * 100, p.decimals)) return false;
    }
    return true;
  };
  let best: { cells: TableCell[]; score: number } | undefined;
  let rivals = 0;
  const choose = (from: number, left: number, chosen: number[]): void => {
    if (left === 0) {
      const isGroup = (i: number): boolean => chosen.includes(i);
      if (chosen.some((i) => OWN_UNIT_HEADING.test(tops[i]!.text))) return;
      const cells: TableCell[] = [top.cells[0]!];
      let g = 0;
      let score = rows.length;
      tops.forEach((c, i) => {
        if (!isGroup(i)) {
          cells.push(c);
          return;
        }
        const at = cells.length;
        score = Math.min(score, rows.filter((r) => holds(r, at)).length);
        cells.push(...sub.cells.slice(g * span, ++g * span).map((x) => ({ offset: x.offset, endOffset: x.endOffset, text: `${c.text} ${x.text}` })));
      });
      if (score * 4 < rows.length * 3) return;
      if (!best || score > best.score) [best, rivals] = [{ cells, score }, 0];
      else if (score === best.score) rivals++;
      return;
    }
    for (let i = from; i <= tops.length - left; i++) choose(i + 1, left - 1, [...chosen, i]);
  };
  choose(0, groups, []);
  if (!best || rivals > 0) return undefined;
  return { cells: (best as { cells: TableCell[] }).cells, offset: top.offset, endOffset: sub.endOffset, lineStart: top.lineStart };
}

/**
 * Two heading lines as wide as the body where the first names the label column and then groups, its other cells
 * empty, and the second names the same columns under each group, once per group, its empty corner first or moved to
 * the end (项目 | 预算数 | 决算数 | | | | over 合计 | 一般公共预算 | 政府性基金 | 合计 | 一般公共预算 | 政府性基金 | |): each group's
 * cell was merged over as many columns as the second line repeats. One heading row: each column named by both.
 */
function equalSpans(top: RawRow, sub: RawRow, width: number): RawRow | undefined {
  const k = top.cells.findIndex((c) => c.text === '');
  const groups = k - 1;
  if (k < 3 || top.cells.slice(k).some((c) => c.text !== '') || (width - 1) % groups !== 0) return undefined;
  const span = (width - 1) / groups;
  if (span < 2 || sub.cells.length !== width) return undefined;
  const named = sub.cells[0]!.text === '' ? sub.cells.slice(1) : sub.cells[width - 1]!.text === '' ? sub.cells.slice(0, -1) : undefined;
  if (!named || named.some((c) => c.text === '')) return undefined;
  for (let i = span; i < named.length; i++) if (named[i]!.text !== named[i - span]!.text) return undefined;
  const cells = [top.cells[0]!, ...named.map((c, i) => ({ offset: c.offset, endOffset: c.endOffset, text: `${top.cells[1 + Math.floor(i / span)]!.text} ${c.text}` }))];
  return { cells, offset: top.offset, endOffset: sub.endOffset, lineStart: top.lineStart };
}

/** A heading naming a sum of the columns beside it: 合计, 总计, 小计, 总数. */
const TOTAL_HEADING = /^(?:合\s*计|总\s*计|小\s*计|总\s*数|總\s*計|合\s*計)$/;
/** A heading naming more than one kind of thing (法人或其他组织, 企业及其他): a group over the kinds under it. */
const KINDS_HEADING = /[\u4e00-\u9fff](?:或|及|和|与|以及)[\u4e00-\u9fff]|其他|其它/;

/**
 * A heading over two or three lines where one cell of the line naming the columns was merged over the parts on
 * the line under it, the others standing alone (政府信息公开工作年度报告's （本列数据的勾稽关系…） | 申请人情况 | over
 * 自然人 | 法人或其他组织 | 总计 | over 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |). The copy gives no
 * widths: the line of parts fills exactly the columns one cell leaves (1 + tops − 1 + parts = the body's width), and
 * that cell is the only one naming several kinds of thing (或, 及, 和, 其他), not a 合计/总计. One heading row: the label
 * column's corner, each column alone as it is, the merged cell's columns named by it and their part.
 */
function oneOverParts(lines: readonly RawRow[], width: number): RawRow | undefined {
  const filled = (r: RawRow): TableCell[] => r.cells.filter((c) => c.text !== '');
  let corner: TableCell | undefined;
  let tops: TableCell[];
  let parts: TableCell[];
  if (lines.length === 3 && filled(lines[0]!).length === 2) {
    corner = filled(lines[0]!)[0];
    tops = filled(lines[1]!);
    parts = filled(lines[2]!);
  } else if (lines.length === 2 && filled(lines[0]!).length >= 3) {
    [corner, ...tops] = filled(lines[0]!);
    parts = filled(lines[1]!);
  } else return undefined;
  if (!corner || tops.length < 2 || parts.length < 2 || 1 + tops.length - 1 + parts.length !== width) return undefined;
  if (![...tops, ...parts].every((c) => headingCell(c) && !yearLike(c))) return undefined;
  const over = tops.filter((c) => !TOTAL_HEADING.test(labelOfCell(c.text)) && KINDS_HEADING.test(labelOfCell(c.text)));
  if (over.length !== 1 || parts.some((c) => TOTAL_HEADING.test(labelOfCell(c.text)))) return undefined;
  const cells: TableCell[] = [corner];
  for (const t of tops) {
    if (t === over[0]) cells.push(...parts.map((x) => ({ offset: x.offset, endOffset: x.endOffset, text: `${t.text} ${x.text}` })));
    else cells.push(t);
  }
  const first = lines[0]!;
  return { cells, offset: first.offset, endOffset: lines[lines.length - 1]!.endOffset, lineStart: first.lineStart };
}

/**
 * Row labels nested over two or three columns (三、本年度办理结果 | （一）予以公开 | 0 | 0 … then （二）部分公开 | 1 | 0 …,
 * （三）不予公开 | 1.属于国家秘密 | 0 …): the copy gave each merged group label to its first row only, so that row has one
 * or two cells more than the body, all before its figures. Where most rows with figures are a label and then
 * figures, as many as the body has columns after its label, a row whose figures are as many after more than one
 * label, each label before its own one numbered (三、, （三）), is the group rows (a label alone, a group of the rows
 * under it) and then the row of its last label.
 */
function nestedGroupLabels(body: RawRow[], width: number): RawRow[] {
  const lead = (r: RawRow): number => {
    let n = 0;
    while (n < r.cells.length && r.cells[n]!.text !== '' && !figure(r.cells[n]!)) n++;
    return n;
  };
  const filledLength = (r: RawRow): number => {
    let n = r.cells.length;
    while (n > 0 && r.cells[n - 1]!.text === '') n--;
    return n;
  };
  const rows = body.filter((r) => figureRow(r.cells));
  if (width < 3 || rows.filter((r) => lead(r) === 1 && filledLength(r) === width).length * 2 < rows.length) return body;
  const out: RawRow[] = [];
  for (const r of body) {
    const n = lead(r);
    const extra = n - 1;
    const len = filledLength(r);
    if (
      !figureRow(r.cells) ||
      extra < 1 ||
      extra > 2 ||
      len - extra !== width ||
      !r.cells.slice(n, len).every((c) => figure(c) || c.text === '') ||
      !r.cells.slice(0, extra).every((c) => !!readOrdinal(c.text, 0))
    ) {
      out.push(r);
      continue;
    }
    for (const c of r.cells.slice(0, extra)) out.push({ cells: [c], offset: c.offset, endOffset: c.endOffset, lineStart: r.lineStart });
    const at = r.cells[extra]!;
    out.push({ ...r, offset: at.offset, cells: r.cells.slice(extra, extra + width) });
  }
  return out;
}

/** A month's progress over its columns (7月完成情况 over 任务数 | 完成数 | 完成率): the period before 完成情况. */
const PROGRESS_GROUP = /^(.{0,8}?)完成情况$/;
/** A column under a progress group: the task, the work done, its rate (任务数, 完成数, 完成率, 完成比例). */
const PROGRESS_PART = /^(?:任务|计划|目标|完成)[\u4e00-\u9fff]{0,3}$/;
/** The change's group over its difference and its growth (增/减 over （件） | 幅度). */
const CHANGE_GROUP = /^增[/／、]?减$/;
/** The difference under a change group: its unit alone in brackets (（件）, （宗）) or 数量, 增减额. */
const CHANGE_AMOUNT = /^[（(][\u4e00-\u9fff]{1,3}[）)]$|^(?:数量|增减额|绝对数)$/;
/** The growth under a change group: 幅度, 增幅, 幅度（%）. */
const CHANGE_RATE = /^(?:增减)?(?:幅度|增幅)(?:[（(]?[%％][）)]?)?$/;

/**
 * A monthly return's heading of two lines (单 位 | 7月完成情况 | 2024年6月完成数 | 增/减 | over 任务数 | 完成数 | 完成率 |
 * （件） | 幅度 |, 江门市各县（市、区）采集员上报案件情况表): the first line's 完成情况 cell was merged over the month's task,
 * work done and rate, its 增/减 cell over the difference and its growth; its other cells stand over one column each.
 * The copy gives no widths; the heading's cells, the label column's corner first, are two more than the body's
 * columns (two merged cells), the line of parts those two groups' columns in their order, the change's exactly two.
 * One heading row: the progress columns named by their month (7月 完成数), the change's by 增/减, the others as written.
 * Undefined unless exactly one split of the cells into the two lines reads so.
 */
function progressAndChange(heading: readonly TableCell[], width: number): TableCell[] | undefined {
  if (heading.length !== width + 2 || !LABEL_COLUMN_HEADING.test(heading[0]!.text)) return undefined;
  const words = heading.map((c) => labelOfCell(c.text));
  let found: TableCell[] | undefined;
  // the first line: the corner and the cells up to `split`; the second line: the rest
  for (let split = 4; split <= heading.length - 4; split++) {
    const tops = words.slice(1, split);
    const parts = heading.slice(split);
    const progress = tops.findIndex((w) => PROGRESS_GROUP.test(w));
    const change = tops.findIndex((w) => CHANGE_GROUP.test(w));
    if (progress < 0 || change < 0 || tops.filter((w) => PROGRESS_GROUP.test(w) || CHANGE_GROUP.test(w)).length !== 2) continue;
    const changeParts = change < progress ? parts.slice(0, 2) : parts.slice(-2);
    const progressParts = change < progress ? parts.slice(2) : parts.slice(0, -2);
    if (!CHANGE_AMOUNT.test(labelOfCell(changeParts[0]!.text)) || !CHANGE_RATE.test(labelOfCell(changeParts[1]!.text))) continue;
    if (progressParts.length < 2 || !progressParts.every((c) => PROGRESS_PART.test(labelOfCell(c.text)))) continue;
    // (the first line's own columns name no part: a 完成数 there is a column of its own only with its period, 2024年6月完成数)
    if (tops.some((w, i) => i !== progress && i !== change && (PROGRESS_PART.test(w) || CHANGE_AMOUNT.test(w) || CHANGE_RATE.test(w)))) continue;
    if (found) return undefined;
    const period = PROGRESS_GROUP.exec(tops[progress]!)![1]!;
    const named = (c: TableCell, over: string): TableCell => ({ offset: c.offset, endOffset: c.endOffset, text: over ? `${over} ${c.text.trim()}` : c.text.trim() });
    const out: TableCell[] = [heading[0]!];
    heading.slice(1, split).forEach((c, i) => {
      if (i === progress) out.push(...progressParts.map((x) => named(x, period)));
      else if (i === change) out.push(...changeParts.map((x) => named(x, c.text.trim())));
      else out.push(c);
    });
    found = out;
  }
  return found && found.length === width ? found : undefined;
}

/** progressAndChange on the lines of a pasted table's heading (two lines, each closed by its pipe). */
function progressAndChangeLines(lines: readonly RawRow[], width: number): RawRow | undefined {
  if (lines.length !== 2) return undefined;
  const cells = progressAndChange(
    lines.flatMap((r) => r.cells.filter((c) => c.text !== '')),
    width,
  );
  return cells ? { cells, offset: lines[0]!.offset, endOffset: lines[1]!.endOffset, lineStart: lines[0]!.lineStart } : undefined;
}

/**
 * Rows as read: the table when its body carries figures. A caption and a unit row before the header go to the
 * table's caption and unit; heading lines shorter than the body (a heading cell broken over lines) are joined; the
 * header gets an empty first cell when it lacks only the label column's heading (or when the copy moved that empty
 * cell to the end). Columns are clear when every row has the body's width, or is a label alone (其中：) or a row
 * that lost cells at its end (then marked short).
 */
function tableOfRows(rows: RawRow[], source: TableSource, minRows: number, joinHeading?: (rows: RawRow[]) => RawRow | undefined, text?: string): Table | undefined {
  // columns empty from top to bottom at the right (the copy's trailing pipes) are none
  let used = 0;
  for (const r of rows) for (let i = r.cells.length - 1; i >= used; i--) if (r.cells[i]!.text !== '') used = i + 1;
  const raw = rows.map((r) => (r.cells.length > used ? { ...r, cells: r.cells.slice(0, used) } : r));
  const content = raw.filter((r) => !blankRow(r.cells));
  // a 备注 cell may hold a sentence; a block of sentences is prose (a row of figures with its sentence in its last
  // cell, a remark, is no sentence of such a block)
  const remark = (r: RawRow): boolean => figureRow(r.cells) && r.cells.slice(0, -1).every((c) => !prose(c));
  if (content.length < minRows || content.filter((r) => r.cells.some(prose) && !remark(r)).length * 3 > content.length) return undefined;
  let caption: TableCell | undefined;
  let unit: TableCell | undefined;
  let h = 0;
  // a caption and a unit line as the block's first rows, each alone in its row (a stray mark beside a unit is
  // dropped), when a heading row of several cells still follows before the figures
  const firstRowOfFigures = content.findIndex((r) => figureRow(r.cells));
  let width = commonWidth(content);
  // a heading of months over a body narrower than it (monthGroups): the body's width, the copy's empty cells after it none
  let narrowed = false;
  let monthsUnplaced = false;
  if (width < 2) return undefined;
  const filled = (r: RawRow): TableCell[] => r.cells.filter((c) => c.text !== '' && c.text !== '?' && c.text !== '？');
  // lines of a statistical report form's masthead under its caption (表号：, 制表机关：, 批准文号：) and the period it
  // reports on (2020年3月, 2020年度 1月) stand between the caption and the heading: neither names a column
  let masthead = 0;
  for (; h < Math.min(3 + masthead, firstRowOfFigures); h++) {
    const cells = filled(content[h]!);
    const mast = caption && !unit && cells.length > 0 ? mastheadLine(cells) : undefined;
    if (mast) {
      masthead++;
      if (mast.unit) unit = mast.unit;
      continue;
    }
    // the period a form reports on before its title, in a cell of its own (2021年2季度 | 工伤保险基金预算执行情况表)
    if (
      !caption &&
      !unit &&
      cells.length === 2 &&
      REPORT_PERIOD.test(cells[0]!.text.trim()) &&
      /表$/.test(cells[1]!.text.trim()) &&
      content.slice(h + 1, firstRowOfFigures).some((r) => filled(r).length >= 2)
    ) {
      caption = cells[1]!;
      continue;
    }
    // the table's number and its unit line on one line (表一 | 单位：万元): the number joins the caption, the unit is the unit line
    if (cells.length === 2 && !unit && TABLE_NUMBER.test(cells[0]!.text.trim()) && UNIT_CELL.test(cells[1]!.text) && content.slice(h + 1, firstRowOfFigures).some((r) => filled(r).length >= 2)) {
      caption = caption ? { offset: caption.offset, endOffset: caption.endOffset, text: `${caption.text} ${cells[0]!.text}` } : cells[0]!;
      unit = cells[1]!;
      continue;
    }
    if (cells.length !== 1 || !content.slice(h + 1, firstRowOfFigures).some((r) => filled(r).length >= 2)) break;
    const cell = cells[0]!;
    // under the caption, the report's lead sentences in a cell of their own (据……监测：本周……（详见下表）) and the
    // section the table opens (一、蔬菜) before a heading of several cells: neither names a column
    if (caption && !unit && (prose(cell) || (readOrdinal(cell.text, 0) && filled(content[h + 1]!).length >= 2))) continue;
    if (/[：:]\s*$/.test(cell.text)) break;
    if (UNIT_CELL.test(cell.text) && !unit) unit = cell;
    else if (!caption && !unit) caption = cell;
    // the caption's English translation on the line after it (a bilingual yearbook's Per Capita Income of …)
    else if (caption && !unit && h === 1 && english({ ...content[h]!, cells })) continue;
    else if (caption && !unit && TABLE_NUMBER.test(caption.text)) caption = { offset: caption.offset, endOffset: cell.endOffset, text: `${caption.text} ${cell.text}` };
    else break;
  }
  let firstFigures = content.findIndex((r, i) => i >= h && figureRow(r.cells));
  if (firstFigures < 0) return undefined;
  // a line under the heading holding only a label that starts with an ordinal (一、综合, （一）行政区划) is the body's
  // first group row, not a heading line
  while (firstFigures - 1 > h && groupLine(content[firstFigures - 1]!) && content.slice(h, firstFigures - 1).some((r) => filled(r).length >= 2)) firstFigures--;
  // so is a line as wide as the body holding a label and nothing else but empty cells or a dash (全体居民 | — | ||||||)
  // right under a heading broken over lines whose pieces make one row as wide as the body (指 标 | 2023年 |, 2022年 |,
  // …): the heading's cells are all there before it
  if (firstFigures - 1 > h && joinHeading && bodyGroupRow(content[firstFigures - 1]!, width)) {
    const pieces = joinHeading(content.slice(h, firstFigures - 1));
    if (pieces && pieces.cells.length === width && content.slice(h, firstFigures - 1).every((r) => r.cells.length < width)) firstFigures--;
  }
  // a form's columns numbered one more than its rows fill (指标名称 单位 代码 数量 上季度 环比 上月 over 1 2 3 4, no row
  // with a fourth figure: a quarterly report leaves 上月 empty, minzheng-sichuan-02): the last column is filled by no
  // row, as if not there; its number and its heading's last word are dropped
  const numbering = content[firstFigures]!;
  const lastEmpty =
    source === 'aligned' &&
    firstFigures > h &&
    numbering.cells.length === width + 1 &&
    numbering.cells[0]!.text === '' &&
    numbering.cells.slice(1).every((c, i) => c.text === String(i + 1)) &&
    content.slice(firstFigures + 1).every((r) => r.cells.length <= width);
  if (lastEmpty) content[firstFigures] = { ...numbering, cells: numbering.cells.slice(0, width) };
  const headingOf = (r: RawRow): RawRow => {
    if (!lastEmpty) return spacedHeading(r, width);
    const wider = spacedHeading(r, width + 1);
    return wider.cells.length === width + 1 ? { ...wider, cells: wider.cells.slice(0, width) } : spacedHeading(r, width);
  };
  // the heading: the rows between the caption and the first row of figures, joined when they are pieces of one
  // a heading line of single-spaced words (2006 2007 增长速度（%） 2006 2007 …) as wide as the body: its cells
  const headingRows = content.slice(h, firstFigures).map((r) => (r.cells.filter((c) => c.text !== '').length === 1 ? headingOf(r) : r));
  let header: RawRow | undefined;
  const extraHeadings: RawRow[] = [];
  // where the table starts: lines of a title or a note above its heading are not the table's
  let start: RawRow | undefined = h > 0 ? content[0] : undefined;
  const subsetHeader = headingRows.length > 1 ? subsetHeading(raw.slice(raw.indexOf(content[h]!), raw.indexOf(content[firstFigures]!)), content.slice(firstFigures), width) : undefined;
  // the readings of two or more heading lines of an aligned table, each asked only when the ones before it fail
  const lastTwo = !subsetHeader && source === 'aligned' && headingRows.length > 1 ? ([headingRows[headingRows.length - 2]!, headingRows[headingRows.length - 1]!] as const) : undefined;
  const groupsHeader = lastTwo && spacedGroups(lastTwo[0], lastTwo[1], width);
  const changeHeader = lastTwo && !groupsHeader ? changePairUnderLast(lastTwo[0], lastTwo[1], width) : undefined;
  const slashHeader = lastTwo && !groupsHeader && !changeHeader && headingRows.length > 2 ? slashUnitHeading(headingRows, width) : undefined;
  if (subsetHeader) {
    header = subsetHeader.header;
    if (subsetHeader.above) {
      // lines above the heading that are not the table's caption or unit: the table starts at its heading
      start = header;
      caption = undefined;
      unit = undefined;
    }
  } else if (headingRows.length === 1) header = headingRows[0];
  else if (groupsHeader) {
    // the last two lines a heading of groups; a line of one cell right above them the caption, lines above it not the table's
    header = groupsHeader;
    const above = headingRows.length > 2 ? filled(headingRows[headingRows.length - 3]!) : [];
    if (!caption && above.length === 1) caption = above[0];
    start = headingRows.length > 2 ? headingRows[headingRows.length - 3] : header;
  } else if (changeHeader) {
    // the lines above the two are the caption's and the unit's, or not the table's
    header = changeHeader;
    start = headingRows.length > 2 ? headingRows[0] : header;
  } else if (slashHeader) {
    header = slashHeader;
  } else if (headingRows.length > 1) {
    const joined = joinHeading?.(headingRows);
    // heading lines each as wide as the body (a web table's merged heading cells, every line closed by its pipes):
    // no line goes on in the next, so they stay lines of the heading, one above the other; a line of one cell
    // before them is the table's unit line (（2002年） 单位：万元) or, when it has none yet, its caption; else not
    let lead = 0;
    let leadCaption: TableCell | undefined;
    let leadUnit: TableCell | undefined;
    for (; lead < headingRows.length && filled(headingRows[lead]!).length <= 1; lead++) {
      const cell = filled(headingRows[lead]!)[0];
      if (cell && /[单單]位\s*[：:]/.test(cell.text) && !unit && !leadUnit) leadUnit = cell;
      else if (cell && !caption && !leadCaption && !unit && !leadUnit) leadCaption = cell;
      else break;
    }
    const stacked = headingRows.slice(lead);
    const wide = joined && lead === headingRows.length - stacked.length && stacked.length > 0 && headingRows.every((r) => r.cells.length === width) && filled(stacked[0]!).length >= 2;
    const months = wide && lead === 0 && stacked.length === 2 ? monthGroups(stacked[0]!, stacked[1]!, width, content.slice(firstFigures)) : undefined;
    // a line of months under the heading that cannot be put over its columns: which figure is which month is unsure
    monthsUnplaced = !months && headingRows.some((r) => monthRun(r.cells));
    const merged =
      wide && lead === 0 && stacked.length === 2
        ? (months ??
          underMerged(stacked[0]!, stacked[1]!, width) ??
          equalSpans(stacked[0]!, stacked[1]!, width) ??
          cornerLost(stacked[0]!, stacked[1]!, width, content.slice(firstFigures)) ??
          groupsAndColumns(stacked[0]!, stacked[1]!, width) ??
          groupsByFigures(stacked[0]!, stacked[1]!, width, content.slice(firstFigures)))
        : undefined;
    const lostCorner = !merged && lead === 0 && stacked.length === 2 ? labelCornerLost(stacked[0]!, stacked[1]!, width) : undefined;
    const overParts = !merged && !lostCorner && !(joined && joined.cells.length <= width) ? oneOverParts(headingRows, width) : undefined;
    const progress = !merged && !lostCorner && !overParts && !(joined && joined.cells.length <= width) ? progressAndChangeLines(headingRows, width) : undefined;
    if (joined && joined.cells.length <= width) header = joined;
    else if (merged) {
      header = merged;
      narrowed = merged.cells.length < width;
      width = Math.min(width, merged.cells.length);
    } else if (lostCorner) header = lostCorner;
    else if (overParts) header = overParts;
    else if (progress) header = progress;
    else if (wide) {
      header = stacked[0];
      extraHeadings.push(...stacked.slice(1));
      if (leadCaption) caption = leadCaption;
      if (leadUnit) unit = leadUnit;
      start ??= headingRows[0];
    } else if (joined) header = joined;
    else {
      // the heading is the last line as wide as the body; what stands above it is not the table's
      const asWide = (r: RawRow): boolean => r.cells.length >= width - 1 && r.cells.length <= width && r.cells.length >= 2;
      let j = headingRows.length - 1;
      while (j >= 0 && !asWide(headingRows[j]!)) j--;
      // a line of English words under a heading line of Chinese ones as wide (a bilingual yearbook's Level(yuan)
      // Growth Rate(%) under 绝对数（元） 增长率（%）): the translation, a line of the heading; the Chinese line names the columns
      if (j > 0 && english(headingRows[j]!)) {
        let k = j - 1;
        while (k >= 0 && !asWide(headingRows[k]!)) k--;
        if (k >= 0 && !english(headingRows[k]!)) j = k;
      }
      if (j >= 0) {
        header = headingRows[j];
        extraHeadings.push(...headingRows.slice(j + 1));
        if (j > 0) {
          start = header;
          caption = undefined;
          unit = undefined;
        }
      } else {
        header = headingRows[0];
        extraHeadings.push(...headingRows.slice(1));
      }
    }
  }
  // a heading cell broken over two lines in a copy from a PDF (指标名称 绝对数（人） 占年末人口 / 比重%): a line under
  // a heading as wide as the body holding only a percent sign or a unit, with at most a word before it, ends the
  // heading's last cell (the line a long last heading wraps to)
  if (source === 'aligned' && header && extraHeadings.length === 1 && extraHeadings[0]!.cells.length === 1 && header.cells.length >= width - 1) {
    const tail = extraHeadings[0]!.cells[0]!;
    const last = header.cells[header.cells.length - 1]!;
    if (HEADING_TAIL.test(tail.text) && !OWN_UNIT_HEADING.test(last.text) && !/[%％‰]/.test(last.text)) {
      header = { ...header, endOffset: tail.endOffset, cells: [...header.cells.slice(0, -1), { offset: last.offset, endOffset: tail.endOffset, text: `${last.text}${tail.text}` }] };
      extraHeadings.length = 0;
    }
  }
  let body = content.slice(firstFigures);
  if (narrowed) body = body.map((r) => (r.cells.length > width ? { ...r, cells: r.cells.slice(0, width) } : r));
  if (body.length === 0) return undefined;
  if (text !== undefined) body = body.map((r) => (figureRow(r.cells) && r.cells.length < width ? withGaps(r, width, text) : r));
  if (source === 'pipe') body = nestedGroupLabels(spannedSerial(underSpanned(body, width), width), width);
  if (source === 'aligned') body = translationsJoined(wrappedLabelsJoined(body));
  const bodyWithFigures = body.filter((r) => figureRow(r.cells)).length;
  if (bodyWithFigures * 2 < body.filter((r) => !labelOnly(r.cells)).length) return undefined;
  const labelled = body.every((r) => labelOnly(r.cells) || figureRow(r.cells)) && body.some((r) => !figure(r.cells[0]!));
  let headerCells = header?.cells ?? [];
  if (headerCells.length === width - 1 && labelled && headerCells.length >= 3 && LABEL_COLUMN_HEADING.test(headerCells[0]!.text) && headerCells.slice(1).every((c) => YEAR_HEADING.test(c.text))) {
    // item | 2000 | 2006 | 2007 over a label and four figure columns: the heading kept its corner (item names the
    // label column), and one year's column lost its heading, which one the copy does not say: none is named (a
    // heading of words may span two columns, 比重 over 男 and 女: those stay as they are read)
    const blank = (c: TableCell): TableCell => ({ offset: c.offset, endOffset: c.offset, text: '' });
    headerCells = [headerCells[0]!, ...headerCells.slice(1).map(blank), blank(headerCells[headerCells.length - 1]!)];
  } else if (headerCells.length === width - 1 && labelled) {
    const at = headerCells[0]?.offset ?? body[0]!.offset;
    headerCells = [{ offset: at, endOffset: at, text: '' }, ...headerCells];
  } else if (headerCells.length === width && headerCells[width - 1]!.text === '' && headerCells[0]!.text !== '' && labelled && extraHeadings.length === 0) {
    // 收案 | 结案 | 未结 | (empty): the copy put the empty corner cell last
    const at = headerCells[0]!.offset;
    headerCells = [{ offset: at, endOffset: at, text: '' }, ...headerCells.slice(0, -1)];
  } else if (source === 'pipe' && headerCells.length > width && extraHeadings.length === 0 && labelled && monthsToCome(headerCells, width, body)) {
    headerCells = headerCells.slice(0, width);
  }
  if (!header) {
    // no heading at all: an empty one, so that the body stays the body
    const at = body[0]!.offset;
    headerCells = Array.from({ length: width }, () => ({ offset: at, endOffset: at, text: '' }));
  }
  // a row that lost cells: fewer cells than the body, or two or more empty where nearly every other row has figures
  const filledIn = Array.from({ length: width }, (_, i) => body.filter((r) => figureRow(r.cells) && (r.cells[i]?.text ?? '') !== '').length);
  const figureRows = body.filter((r) => figureRow(r.cells)).length;
  const emptyTail = (r: RawRow): number => {
    let t = width;
    while (t > 1 && r.cells[t - 1]!.text === '' && filledIn[t - 1]! >= 0.8 * (figureRows - 1)) t--;
    return t;
  };
  // in a pipe table the empty cells are written out (| 6.8 | |||): rows of figures that leave the same last columns
  // empty (the totals of each block, whose shares would be 100) lost no cells, they have none there
  // … when their figures fit the columns they stand in: a figure with decimals under a column whose full rows all hold
  // whole numbers (国税征收 | 124 | 21 | -21 | -100.0 | |||||| under 年度预算 | 本期 | 同期 | 增减额 | 增减率%, the empty
  // 本期 dropped) shows the cells moved left, whatever other rows look the same
  const fullRows = body.filter((r) => figureRow(r.cells) && r.cells.length === width && r.cells.every((c) => c.text !== ''));
  const decimalsOf = (text: string): number | undefined => {
    const read = readCell(text);
    return read.kind === 'number' ? read.number!.decimals : undefined;
  };
  const wholeColumn = Array.from({ length: width }, (_, i) => fullRows.length >= 3 && fullRows.every((r) => decimalsOf(r.cells[i]!.text) === 0));
  // … and so does a percentage under a column whose full rows all hold amounts, or an amount under one of percentages
  // (3.财政补贴收入 | 0.00 | 100.00% | |||||| under 预算数 | 调整后预算数 | 当期执行数 …)
  const percentColumn = percentShapes(fullRows, width);
  const moved = new Map<RawRow, boolean>();
  const misplaced = (r: RawRow): boolean => {
    let is = moved.get(r);
    if (is === undefined) moved.set(r, (is = r.cells.some((c, i) => (wholeColumn[i] && (decimalsOf(c.text) ?? 0) > 0) || percentMisfit(c, percentColumn[i]))));
    return is;
  };
  const tails = new Map<number, number>();
  if (source === 'pipe') for (const r of body) if (figureRow(r.cells) && r.cells.length === width && !misplaced(r)) tails.set(emptyTail(r), (tails.get(emptyTail(r)) ?? 0) + 1);
  const short = (r: RawRow): boolean => {
    if (!figureRow(r.cells)) return false;
    if (r.cells.length < width) return true;
    const t = emptyTail(r);
    // … and so does a whole's row under columns of shares of it (构成, 比重, 贡献率, 拉动): it has none of its own
    const shares = source === 'pipe' && r.cells.length === width && headerCells.length === width && headerCells.slice(t).every((c) => WHOLE_SHARE_HEADING.test(c.text));
    // (a row whose figures do not fit their columns lost cells however few rows fill the columns it leaves empty)
    if (source === 'pipe' && r.cells.length === width && misplaced(r) && r.cells[width - 1]!.text === '') return true;
    return width - t >= 2 && ((tails.get(t) ?? 0) < 2 || (source === 'pipe' && misplaced(r))) && !shares;
  };
  const fits = (r: RawRow): boolean => r.cells.length === width || (labelOnly(r.cells) && r.cells.length <= width) || short(r);
  if (headerCells.length !== width && header && extraHeadings.length > 0 && body.every(fits) && [header, ...extraHeadings].every((r) => r.cells.length <= width)) {
    // a heading over several lines that cannot be put together: the lines stay, as rows, above the body
    extraHeadings.unshift(header);
    const at = header.offset;
    headerCells = Array.from({ length: width }, () => ({ offset: at, endOffset: at, text: '' }));
  }
  const clear = !monthsUnplaced && headerCells.length === width && body.every(fits) && extraHeadings.every((r) => r.cells.length <= width);
  const row = (r: RawRow): TableRow => {
    if (!clear) return { offset: r.offset, endOffset: r.endOffset, cells: r.cells };
    const padded = [...r.cells.slice(0, width), ...Array.from({ length: Math.max(0, width - r.cells.length) }, () => ({ offset: r.endOffset, endOffset: r.endOffset, text: '' }))];
    const out: TableRow = { offset: r.offset, endOffset: r.endOffset, cells: padded };
    if (short(r)) out.short = true;
    return out;
  };
  const first = start ?? header ?? body[0]!;
  const last = raw[raw.length - 1]!;
  const headerRow: TableRow = header ? { offset: header.offset, endOffset: header.endOffset, cells: headerCells } : { offset: body[0]!.offset, endOffset: body[0]!.offset, cells: headerCells };
  const table: Table = {
    offset: first.lineStart,
    endOffset: last.endOffset,
    source,
    header: headerRow,
    rows: [...extraHeadings, ...body].map(row),
    align: [],
  };
  if (caption) table.caption = { offset: caption.offset, endOffset: caption.endOffset, text: caption.text };
  if (unit) table.unit = { offset: unit.offset, endOffset: unit.endOffset, text: unit.text };
  if (!clear) table.unclear = true;
  return table;
}

/** A month or months a monthly report's column reports on (3月末, 4月, 1-3月, 1—4月). */
const MONTH_PERIOD = /^(?:[0-9]{1,2}[-—－~～至])?[0-9]{1,2}月(?:末|份|底)?$/;

/**
 * A monthly report's heading of a group per month to come, the body filling the months so far: each group a month
 * and the same headings after it (3月末 | 比年初增减额 | 4月末 | 比年初增减额 | 5月末 | 比年初增减额 over rows of
 * 金融机构本外币存款余额 | 2291.6 | 34.8 | 2262.5 | 5.7, heldout162/jinrong-daqing-01; 1-3月 | 增长（%） | 1-4月 | …):
 * the rows fill the first groups whole, every one as many, and the groups after them are empty (the months not yet
 * reported), not cells the copy lost. Two groups in the heading at least, a whole group left empty.
 */
function monthsToCome(heading: readonly TableCell[], width: number, body: readonly RawRow[]): boolean {
  const cells = heading.slice(1).map((c) => c.text.replace(/\s+/g, ''));
  for (let size = 2; size <= 3; size++) {
    if (cells.length % size !== 0 || (width - 1) % size !== 0 || width - 1 < size) continue;
    const groups = cells.length / size;
    let same = groups >= 2;
    for (let g = 0; same && g < groups; g++) {
      if (!MONTH_PERIOD.test(cells[g * size]!)) same = false;
      for (let i = 1; same && i < size; i++) if (cells[g * size + i] !== cells[i] || cells[i] === '' || MONTH_PERIOD.test(cells[i]!)) same = false;
    }
    if (!same || new Set(cells.filter((_, i) => i % size === 0)).size !== groups) continue;
    const rows = body.filter((r) => figureRow(r.cells));
    if (rows.length >= 2 && rows.every((r) => r.cells.length === width && r.cells.every((c) => c.text !== '')) && body.every((r) => r.cells.length <= width)) return true;
  }
  return false;
}

/** A figure written with a percent sign (51.59%, -82.64%). */
const percentCell = (c: TableCell): boolean => readCell(c.text).kind === 'number' && /[%％]\s*$/.test(c.text);

/**
 * Each column's shape in the rows that fill every cell, three at least: true when all hold percentages written with
 * their sign, false when none does, undefined when mixed or too few to tell.
 */
function percentShapes(fullRows: readonly RawRow[], width: number): Array<boolean | undefined> {
  return Array.from({ length: width }, (_, i) => {
    if (fullRows.length < 3) return undefined;
    const marked = fullRows.filter((r) => percentCell(r.cells[i]!)).length;
    const figures = fullRows.filter((r) => readCell(r.cells[i]!.text).kind === 'number').length;
    if (figures < 3) return undefined;
    return marked === figures ? true : marked === 0 ? false : undefined;
  });
}

/** A figure whose percent sign, or its lack, does not fit its column's shape: a cell moved from another column. */
function percentMisfit(c: TableCell, shape: boolean | undefined): boolean {
  return shape !== undefined && readCell(c.text).kind === 'number' && percentCell(c) !== shape;
}

/** A 其中 column's heading: `# 医院`, `其中：女性`. */
const SUBSET_HEADING = /^(?:#|＃|其中)/;
/** Placements of the 其中 columns tried at most (the columns of a heading over two rows). */
const MAX_PLACEMENTS = 5000;
/** Rows of figures compared to place them, at most. */
const MAX_PLACEMENT_ROWS = 40;

/** A cell's figure in base units (万, 亿 applied), if it holds one. */
function cellValue(r: { cells: readonly TableCell[] }, i: number): number | undefined {
  const c = r.cells[i];
  const n = c ? readCell(c.text).number : undefined;
  return n ? n.value * n.multiplier : undefined;
}

/**
 * For a placement of 其中 columns: each column from `from` on that is no owner is compared, row by row, with the nearest
 * owner before it (column from − 1 at first). The rows where it is larger, summed over the columns; undefined when a
 * column is compared in fewer than three rows, larger in two or more, or in one of fewer than four.
 */
function rowsOverOwners(rows: ReadonlyArray<{ cells: readonly TableCell[] }>, width: number, from: number, isOwner: (j: number) => boolean): number | undefined {
  let total = 0;
  for (let j = from, o = from - 1; j < width; j++) {
    if (isOwner(j)) {
      o = j;
      continue;
    }
    let compared = 0;
    let larger = 0;
    for (const r of rows) {
      const part = cellValue(r, j);
      const whole = cellValue(r, o);
      if (part === undefined || whole === undefined) continue;
      compared++;
      if (part > whole) larger++;
    }
    if (compared < 3 || larger > 1 || (larger === 1 && compared < 4)) return undefined;
    total += larger;
  }
  return total;
}

/**
 * A web table's two heading rows copied one cell per line, the rows parted by a line of pipes alone, the second row
 * all 其中 columns (年份 | 机构数 | 床位数 | 人员数 over # 医院 | # 医院 | # 医师 | # 护士, the body eight columns wide).
 * Each 其中 column stands right after the column it is a part of (or after another 其中 of it), but the copy does not
 * say after which: the one placement where every 其中 column is at most its column in every row with both (three
 * rows at least) gives the heading, one cell per column. Lines of the first row before the cells the columns take
 * (an English subtitle, at most two) stay above the table (`above`).
 */
function subsetHeading(lines: readonly RawRow[], body: readonly RawRow[], width: number): { header: RawRow; above: boolean } | undefined {
  const groups: TableCell[][] = [[]];
  for (const l of lines) {
    const cells = l.cells.filter((c) => c.text !== '');
    if (cells.length === 0) {
      if (groups[groups.length - 1]!.length > 0) groups.push([]);
      continue;
    }
    if (cells.length !== 1) {
      // a heading row pasted whole, its cells on one line (| 地 区 | 户数 | 就业人数 | … over | # 投资者 | # 投资者 |
      // …, the 其中 columns' cells written from the left): a row of its own
      if (groups[groups.length - 1]!.length > 0) groups.push([]);
      groups[groups.length - 1]!.push(...cells);
      groups.push([]);
      continue;
    }
    groups[groups.length - 1]!.push(cells[0]!);
  }
  if (groups[groups.length - 1]!.length === 0) groups.pop();
  if (groups.length !== 2) return undefined;
  const [first, subs] = groups as [TableCell[], TableCell[]];
  const k = width - subs.length;
  if (subs.length === 0 || !subs.every((c) => SUBSET_HEADING.test(c.text)) || k < 3 || first.length < k || first.length > k + 2) return undefined;
  if (first.some((c) => SUBSET_HEADING.test(c.text))) return undefined;
  const tops = first.slice(first.length - k);
  // the first rows tell the placement (a long table is not read whole for it on every keystroke)
  const rows = body.filter((r) => r.cells.length === width && figureRow(r.cells)).slice(0, MAX_PLACEMENT_ROWS);
  if (rows.length < 3) return undefined;
  // owners: the columns (1 … width-1) the first row's cells after the label take, the first of them column 1. A
  // placement fits when each 其中 column is at most its owner in every row compared (three at least), or in all but
  // one of four or more (a figure written wrong); the fewest such rows wins, and only alone
  const misfits = (owners: readonly number[]): number | undefined => rowsOverOwners(rows, width, 1, (j) => owners.includes(j));
  let best: { owners: number[]; misfits: number } | undefined;
  let tie = false;
  let tried = 0;
  // one column holds one 其中 of a name (# 投资者 three times: one under each of three columns, not two under one)
  const twiceUnderOne = (owners: readonly number[]): boolean => {
    const seen = new Set<string>();
    for (let j = 1, owner = 1, s = 0; j < width; j++) {
      if (owners.includes(j)) owner = j;
      else {
        const key = `${owner} ${labelOfCell(subs[s++]!.text)}`;
        if (seen.has(key)) return true;
        seen.add(key);
      }
    }
    return false;
  };
  const place = (owners: number[], next: number): void => {
    if (tried > MAX_PLACEMENTS) return;
    if (owners.length === k - 1) {
      tried++;
      if (twiceUnderOne(owners)) return;
      const m = misfits(owners);
      if (m === undefined) return;
      if (!best || m < best.misfits) [best, tie] = [{ owners: [...owners], misfits: m }, false];
      else if (m === best.misfits) tie = true;
      return;
    }
    for (let j = next; j <= width - 1 - (k - 1 - owners.length - 1); j++) place([...owners, j], j + 1);
  };
  place([1], 2);
  const found = best && !tie && tried <= MAX_PLACEMENTS ? [best.owners] : [];
  if (found.length !== 1) return undefined;
  const owners = found[0]!;
  const cells: TableCell[] = [tops[0]!];
  for (let j = 1, t = 1, s = 0; j < width; j++) cells.push(owners.includes(j) ? tops[t++]! : subs[s++]!);
  const lineOf = (c: TableCell): RawRow => lines.find((l) => l.cells.includes(c))!;
  const top = lineOf(tops[0]!);
  return { header: { cells, offset: top.offset, endOffset: lineOf(subs[subs.length - 1]!).endOffset, lineStart: top.lineStart }, above: first.length > k };
}

/** Lines above a table's body searched for its # columns' names, at most. */
const MAX_HASH_HEADING_LINES = 12;

/** The lines right above an offset's line, at most `max`: those from `from` on, then those up to a blank line. */
function linesAbove(text: string, at: number, max: number, from: number): Array<{ offset: number; source: string }> {
  const out: Array<{ offset: number; source: string }> = [];
  let end = text.lastIndexOf('\n', at - 1);
  while (out.length < max && end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const source = text.slice(start, end).replace(/\r$/, '');
    if (source.trim() === '' && start < from) break;
    out.unshift({ offset: start, source });
    end = start - 1;
  }
  return out;
}

/** A name marked # in a heading line (`# 一 般`, `#增值税`): a 其中 column's. */
const HASH_NAME = /[#＃][ \u3000]*([\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff])*)/g;

/**
 * 区县级地方 / # 一 般 / #增值税 #营业税 #企业所得税 #个人所得税 / Financial Budgetary / … over a body of six figure
 * columns: a yearbook's heading in two languages pasted as lines whose words do not fall into the columns, the 其中
 * columns alone marked # (the # names one or more, in the order of their columns, fewer than the figure columns, the
 * first figure column none). Each 其中 column stands after the column it is a part of or after another 其中 column
 * of it: the one placement where every # column is at most the nearest column before it that is no # column, in every
 * row compared (three at least) or all but one of four or more, fewest such rows, alone. The # columns' cells (by
 * column index) named by their # names; undefined when no placement or more than one fits.
 */
function hashColumns(lines: ReadonlyArray<{ offset: number; source: string }>, body: ReadonlyArray<{ cells: TableCell[] }>, width: number): Map<number, TableCell> | undefined {
  const names: TableCell[] = [];
  for (const l of lines)
    for (const m of l.source.matchAll(HASH_NAME)) {
      const at = l.offset + m.index!;
      names.push({ offset: at, endOffset: at + m[0].length, text: `#${m[1]!.replace(/[ \u3000]/g, '')}` });
    }
  const n = names.length;
  if (n === 0 || n > width - 2) return undefined;
  const rows = body.filter((r) => r.cells.length === width && figureRow(r.cells)).slice(0, MAX_PLACEMENT_ROWS);
  if (rows.length < 3) return undefined;
  const misfits = (marked: ReadonlySet<number>): number | undefined => rowsOverOwners(rows, width, 2, (j) => !marked.has(j));
  let best: { marked: number[]; misfits: number } | undefined;
  let tie = false;
  let tried = 0;
  const place = (marked: number[], next: number): void => {
    if (tried > MAX_PLACEMENTS) return;
    if (marked.length === n) {
      tried++;
      const m = misfits(new Set(marked));
      if (m === undefined) return;
      if (!best || m < best.misfits) [best, tie] = [{ marked: [...marked], misfits: m }, false];
      else if (m === best.misfits) tie = true;
      return;
    }
    for (let j = next; j <= width - (n - marked.length); j++) place([...marked, j], j + 1);
  };
  place([], 2);
  if (!best || tie || tried > MAX_PLACEMENTS) return undefined;
  const chosen: number[] = (best as { marked: number[] }).marked;
  return new Map(chosen.map((j, i) => [j, names[i]!]));
}

/**
 * A row of cells parted by single spaces (a PDF's table) that lost cells: a wider run of spaces stands for empty
 * cells, each two spaces wide (`初中 44 14071 12830 41382   2555`: three spaces, one empty cell; `成人中专   60 40 186`
 * and four spaces after it: one empty cell before 60, two after 186). The empty cells are put in when the runs
 * account for exactly the cells the row lacks; else only those between its cells, when they do not pass that.
 */
function withGaps(r: RawRow, width: number, text: string): RawRow {
  const missing = width - r.cells.length;
  const runs: Array<{ after: number; n: number }> = [];
  let single = 0;
  for (let i = 0; i + 1 < r.cells.length; i++) {
    const gap = text.slice(r.cells[i]!.endOffset, r.cells[i + 1]!.offset);
    if (!/^ +$/.test(gap)) return r;
    if (gap.length === 1) single++;
    else if (gap.length % 2 === 1) runs.push({ after: i, n: (gap.length - 1) / 2 });
    else return r;
  }
  if (single === 0 || runs.length === 0) return r;
  const inner = runs.reduce((n, g) => n + g.n, 0);
  const tail = r.lineEnd === undefined ? '' : text.slice(r.cells[r.cells.length - 1]!.endOffset, r.lineEnd);
  const trailing = /^ +$/.test(tail) && tail.length % 2 === 0 ? tail.length / 2 : 0;
  if (inner > missing) return r;
  const cells: TableCell[] = [];
  r.cells.forEach((c, i) => {
    cells.push(c);
    const g = runs.find((x) => x.after === i);
    for (let k = 0; g && k < g.n; k++) cells.push({ offset: c.endOffset + 1, endOffset: c.endOffset + 1, text: '' });
  });
  if (inner + trailing === missing) {
    const end = r.cells[r.cells.length - 1]!.endOffset;
    for (let k = 0; k < trailing; k++) cells.push({ offset: end + 1, endOffset: end + 1, text: '' });
  }
  return { ...r, cells };
}

/** A column heading that is a year: 1990, 1990年, 2023年末. */
const YEAR_HEADING = /^(?:19|20)\d\d(?:年[末底度]?)?$/;

/** A line of words parted by single spaces, split into cells when they are as many as the body's columns (or one fewer). */
function spacedHeading(row: RawRow, width: number): RawRow {
  const cell = row.cells.find((c) => c.text !== '')!;
  const tokens: TableCell[] = [];
  const re = /\S+/g;
  for (let m = re.exec(cell.text); m; m = re.exec(cell.text)) tokens.push({ offset: cell.offset + m.index, endOffset: cell.offset + m.index + m[0].length, text: m[0] });
  if (tokens.length < 3 || !tokens.every(headingCell)) return row;
  if (tokens.length === width || tokens.length === width - 1) return { ...row, cells: tokens };
  // 项 目 单 位 1990年 1995年 …: more words than columns, the columns years; the words before them head the labels
  const years = tokens.slice(tokens.length - (width - 1));
  if (tokens.length > width && width >= 3 && years.every((t) => YEAR_HEADING.test(t.text))) {
    const lead = tokens.slice(0, tokens.length - (width - 1));
    const first = lead[0]!;
    const last = lead[lead.length - 1]!;
    return { ...row, cells: [{ offset: first.offset, endOffset: last.endOffset, text: cell.text.slice(first.offset - cell.offset, last.endOffset - cell.offset) }, ...years] };
  }
  // 指标名称 单位 数量 上期 环比 over 社会服务事业费总支出 万元 406,996.1 345,892.7 17.67 (a monthly report form
  // copied from a PDF, minzheng-fujian-02), 指标名称 单位 代码 数量 上季度 环比 over 1.社会福利 万元 JZH011211000
  // 352,560.6 228,682.6 54.17 (minzheng-sichuan-02): more words than columns, the label column's heading then 单位 (and
  // 代码); the rows write their unit and code after the label with a single space, so those words head one column, the label's
  const lead = tokens.length - (width - 1);
  if (
    (lead === 2 || lead === 3) &&
    width >= 3 &&
    LABEL_COLUMN_HEADING.test(tokens[0]!.text) &&
    UNIT_COLUMN_HEADING.test(tokens[1]!.text) &&
    (lead === 2 || CODE_COLUMN_HEADING.test(tokens[2]!.text))
  ) {
    const [label, last] = [tokens[0]!, tokens[lead - 1]!];
    return { ...row, cells: [{ offset: label.offset, endOffset: last.endOffset, text: cell.text.slice(label.offset - cell.offset, last.endOffset - cell.offset) }, ...tokens.slice(lead)] };
  }
  // 指  标 2024年 比上年增长: a word of two characters written with a space between them (指  标, 项 目, 地 区) is one
  // heading; only a pair standing alone among longer words (序 号 项 目 is four words or two, not told)
  const single = (t: TableCell | undefined): boolean => !!t && /^[\u4e00-\u9fff]$/.test(t.text);
  const words: TableCell[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (single(t) && single(next) && !single(tokens[i - 1]) && !single(tokens[i + 2])) {
      words.push({ offset: t.offset, endOffset: next!.endOffset, text: `${t.text}${next!.text}` });
      i++;
    } else words.push(t);
  }
  if (words.length < tokens.length && words.length >= 3 && (words.length === width || words.length === width - 1)) return { ...row, cells: words };
  return row;
}

/** A unit a PDF heading puts on a line of its own after a slash (/亿m3, /%). */
const SLASH_UNIT = /^\/[^\s/]{1,6}$/;

/**
 * A heading of single-spaced words broken over lines in a copy from a PDF, its units on lines of their own after a
 * slash (水资源 地表水 与2020年 与多年 / 一级区 资源量 比较 平均值比较 / /亿m3 / /% /%): word lines each as wide as the
 * body, one word a column, go on in the line below (水资源一级区, 地表水资源量); the units, in order, are those of the
 * last columns (the label column has none). One heading row; undefined when any line is not of that shape.
 */
function slashUnitHeading(rows: readonly RawRow[], width: number): RawRow | undefined {
  const tokensOf = (r: RawRow): TableCell[] =>
    r.cells.filter((c) => c.text !== '').flatMap((c) => [...c.text.matchAll(/\S+/g)].map((m) => ({ offset: c.offset + m.index, endOffset: c.offset + m.index + m[0].length, text: m[0] })));
  const lines = rows.map(tokensOf);
  const units = lines.findIndex((t) => t.length > 0 && t.every((c) => SLASH_UNIT.test(c.text)));
  if (units < 2 || width < 3) return undefined;
  const words = lines.slice(0, units);
  const unitCells = lines.slice(units).flat();
  if (!words.every((t) => t.length === width && t.every(headingCell) && !t.some((c) => c.text.startsWith('/')))) return undefined;
  if (!unitCells.every((c) => SLASH_UNIT.test(c.text)) || unitCells.length === 0 || unitCells.length >= width) return undefined;
  const cells = words[0]!.map((first, i) => {
    const unit = i >= width - unitCells.length ? unitCells[i - (width - unitCells.length)] : undefined;
    const last = unit ?? words[words.length - 1]![i]!;
    const text = words.map((t) => t[i]!.text).join('') + (unit ? `（${unit.text.slice(1)}）` : '');
    return { offset: first.offset, endOffset: last.endOffset, text };
  });
  return { ...rows[0]!, endOffset: rows[rows.length - 1]!.endOffset, cells };
}

/** A heading line's words parted by spaces: its one cell's, or its cells' when they were split already. */
function spacedWords(r: RawRow): TableCell[] {
  return r.cells.filter((c) => c.text !== '').flatMap((c) => [...c.text.matchAll(/\S+/g)].map((m) => ({ offset: c.offset + m.index, endOffset: c.offset + m.index + m[0].length, text: m[0] })));
}

/**
 * Two heading lines of single-spaced words where the first names every column but the last two, which its last word
 * heads as a group of changes, and the second names those two, a difference and its growth (项目及编号 2016年度
 * 2017年度 2017比2016增减 over 增减值 增减%): one heading row, the two columns named by both. Undefined unless the
 * second line is exactly a difference and a growth and the first line's words with them make the body's width.
 */
function changePairUnderLast(top: RawRow, sub: RawRow, width: number): RawRow | undefined {
  const named = spacedWords(top);
  const parts = spacedWords(sub);
  if (named.length < 3 || named.length !== width - 1 || parts.length !== 2 || !named.every(headingCell)) return undefined;
  if (!CHANGE_PAIR_DIFFERENCE.test(parts[0]!.text) || !CHANGE_PAIR_GROWTH.test(parts[1]!.text)) return undefined;
  const group = named[named.length - 1]!;
  const cells = [...named.slice(0, -1), ...parts.map((x) => ({ offset: x.offset, endOffset: x.endOffset, text: `${group.text} ${x.text}` }))];
  return { cells, offset: top.offset, endOffset: sub.endOffset, lineStart: top.lineStart };
}

/** The difference and the growth a group of changes holds (增减值 增减%, 增减额 增减率%). */
const CHANGE_PAIR_DIFFERENCE = /^(?:增减[额值]?|增加额|差额)$/;
const CHANGE_PAIR_GROWTH = /^(?:增减率?|增长率?|增幅)[（(]?[%％][）)]?$/;

/** A group's total column under a heading of groups (小计, 合计). */
const GROUP_TOTAL_HEADING = /^(?:小计|合计)$/;

/**
 * Two heading lines of single-spaced words over a body wider than either (镇街 年度任务（户） 第一批已拨付（万元）
 * 本次应拨付补助资金（万元） 备注 over 小计 C级 D级 无房 C级 D级 无房 小计 C级 D级 无房): the first names the label column,
 * groups and the columns of their own after them, the second the groups' columns, a group starting at each 小计 and
 * at each word its group already has. One heading row, each group's columns named by both, when the groups so told
 * are as many as the first line's words between its first and the columns of their own (the body's width tells how
 * many of those there are), each of two columns at least; undefined otherwise.
 */
function spacedGroups(top: RawRow, sub: RawRow, width: number): RawRow | undefined {
  const words = (r: RawRow): TableCell[] | undefined => {
    const cells = r.cells.filter((c) => c.text !== '');
    if (cells.length !== 1) return undefined;
    const cell = cells[0]!;
    const tokens = [...cell.text.matchAll(/\S+/g)].map((m) => ({ offset: cell.offset + m.index, endOffset: cell.offset + m.index + m[0].length, text: m[0] }));
    return tokens.every(headingCell) ? tokens : undefined;
  };
  const named = words(top);
  const parts = words(sub);
  if (!named || !parts || named.length < 3 || parts.length < 4) return undefined;
  const own = width - 1 - parts.length;
  const groups: TableCell[][] = [];
  for (const w of parts) {
    const group = groups[groups.length - 1];
    if (!group || GROUP_TOTAL_HEADING.test(w.text) || group.some((x) => x.text === w.text)) groups.push([w]);
    else group.push(w);
  }
  if (own < 0 || groups.length < 2 || groups.length !== named.length - 1 - own || groups.some((g) => g.length < 2)) return undefined;
  const cells: TableCell[] = [named[0]!];
  // the group's unit (年度任务（户）) after each of its columns' words, where a column's heading carries its unit
  const withUnit = (group: string, column: string): string => {
    const m = /^(.+?)([（(][^（）()]{1,8}[）)])$/.exec(group);
    return m ? `${m[1]} ${column}${m[2]}` : `${group} ${column}`;
  };
  groups.forEach((g, i) => cells.push(...g.map((x) => ({ offset: x.offset, endOffset: x.endOffset, text: withUnit(named[1 + i]!.text, x.text) }))));
  cells.push(...named.slice(1 + groups.length));
  return { cells, offset: top.offset, endOffset: sub.endOffset, lineStart: top.lineStart };
}

/**
 * Heading lines of a pipe table joined into one row: a line that does not end with a pipe goes on in the next
 * line's first cell (播种面积 / (亩) |). Undefined unless the pieces make one row.
 */
function joinPipeHeading(lines: Array<RawRow & { closed: boolean }>): RawRow | undefined {
  const cells: TableCell[] = [];
  let open = false;
  for (const l of lines) {
    let cs = l.cells;
    if (open && cells.length > 0 && cs.length > 0) {
      const prev = cells.pop()!;
      const next = cs[0]!;
      cells.push({ offset: prev.offset, endOffset: next.endOffset, text: prev.text + next.text });
      cs = cs.slice(1);
    }
    cells.push(...cs.filter((c, i) => c.text !== '' || i < cs.length - 1));
    open = !l.closed;
  }
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  return { cells, offset: first.offset, endOffset: last.endOffset, lineStart: first.lineStart };
}

// ---- one cell per line ----------------------------------------------------------------------------------------

interface StackedCell {
  cell: TableCell;
  para?: Line;
  /** A line of pipes alone stood before it: a row ends there. */
  rowBreak: boolean;
  /** Blank lines before it (from the previous cell). */
  gap: number;
}

type Shape = 'text' | 'figure';

/**
 * A cell of two shares written with a slash (100/79.8 on a 小计 row under 构成: 100 of its own group, 79.8 of the
 * whole table's): it stands where a figure stands, so the rows are told apart as if it were one (it is read as none).
 */
const TWO_SHARES = /^100(?:\.0+)?\/\d{1,2}(?:\.\d+)?$/;

const shapeOf = (c: TableCell): Shape => (isFigureCell(c.text) || c.text === '' || TWO_SHARES.test(c.text.trim()) ? 'figure' : 'text');

function rawRow(cells: readonly StackedCell[]): RawRow {
  const first = cells[0]!;
  const last = cells[cells.length - 1]!;
  return { cells: cells.map((c) => c.cell), offset: first.cell.offset, endOffset: last.cell.endOffset, lineStart: first.para?.lineStart ?? first.cell.offset };
}

/** The stems of a statistics form's columns of words (甲, 乙, 丙, 丁) in its numbering row, before the figures' 1, 2, 3. */
const FORM_STEMS = '甲乙丙丁戊';

/**
 * Cells of a statistics form (指标名称 | 单位 | 代码 | 数量 | 上年数据 | 同比) whose numbering row stands under its heading
 * (甲 | 乙 | 丙 | 1 | 2 | 3: the columns of words lettered, those of figures numbered from 1): the row counts the
 * columns, so the heading is the as many cells before it and the body rows of as many cells after it, the empty
 * cells written out. The numbering row names no column and is left out. Undefined without such a row, or when
 * the body's cells are not rows of that width.
 */
function rowsByNumbering(cells: readonly StackedCell[]): RawRow[] | undefined {
  const text = (i: number): string => cells[i]?.cell.text.trim() ?? '';
  // (a column the form leaves out keeps its stem unused: 甲 | 丙 | 1 | 2 | 3 under 指标名称 | 单位 | 数量 | 上期 | 环比)
  const later = (a: string, b: string): boolean => b.length === 1 && FORM_STEMS.indexOf(b) > FORM_STEMS.indexOf(a);
  const at = cells.findIndex((c, i) => c.cell.text.trim() === FORM_STEMS[0] && later(FORM_STEMS[0]!, text(i + 1)));
  if (at < 0) return undefined;
  let stems = 2;
  while (stems < FORM_STEMS.length && later(text(at + stems - 1), text(at + stems))) stems++;
  let numbers = 0;
  while (text(at + stems + numbers) === String(numbers + 1)) numbers++;
  const width = stems + numbers;
  const start = at + width;
  if (numbers < 1 || at < width || (cells.length - start) % width !== 0 || cells.length - start < 2 * width) return undefined;
  const heading = cells.slice(at - width, at);
  if (heading.some((c) => c.cell.text === '' || !headingCell(c.cell))) return undefined;
  const rows = [rawRow(heading)];
  for (let i = start; i < cells.length; i += width) rows.push(rawRow(cells.slice(i, i + width)));
  return rows;
}

/** Cells grouped into rows by explicit breaks: a line of pipes, or a blank line where cells otherwise follow each other. */
function rowsByBreaks(cells: readonly StackedCell[]): RawRow[] | undefined {
  // breaks between rows of figures, not only inside the heading
  const firstFigure = cells.findIndex((c) => shapeOf(c.cell) === 'figure' && c.cell.text !== '');
  const pipeBreaks = firstFigure >= 0 && cells.slice(firstFigure).filter((c) => c.rowBreak).length >= 2;
  const tight = cells.slice(1).filter((c) => c.gap === 0).length;
  const loose = cells.slice(1).filter((c) => c.gap > 0).length;
  // (blank lines only between the lines above the figures, a caption twice and the heading, part no rows of figures)
  const looseInBody = firstFigure >= 0 && cells.slice(firstFigure).some((c) => c.gap > 0);
  if (!pipeBreaks && !(tight > 0 && loose > 0 && tight >= loose && looseInBody)) return undefined;
  const rows: StackedCell[][] = [];
  for (const c of cells) {
    const breaks = pipeBreaks ? c.rowBreak : c.gap > 0;
    if (rows.length === 0 || breaks) rows.push([]);
    rows[rows.length - 1]!.push(c);
  }
  return rows.filter((r) => r.length > 0).map(rawRow);
}

/** The corner over a column of years (年度, 年份). */
const YEAR_CORNER = /^(?:年度|年份|年)$/;
/** The growth row under a series of years (年度增减率（%）, 比上年增长%). */
const GROWTH_ROW = /^(?:年度)?(?:增减率|增长率?|比上年增[长减])(?:[（(][%％][）)]|[%％])?$/;

/**
 * Cells grouped into rows of k: the heading's k cells, then rows of k cells, each a label and figures in the same
 * places; or, when cells were lost, rows from one label to the next. Undefined when no width fits.
 */
function rowsByWidth(cells: readonly StackedCell[]): { rows: RawRow[]; start: number; end: number } | undefined {
  const shapes = cells.map((c) => shapeOf(c.cell));
  // the first figure of the body: a year (2008, 2012) first is a column heading
  const f = shapes.findIndex((x, i) => x === 'figure' && cells[i]!.cell.text !== '' && !yearLike(cells[i]!.cell));
  const label = f - 1 - unitColumn(cells, shapes, f);
  // (年度 / 产生量 / 排放量 …, then 1999 / 78442 / 1015 …: a yearbook series whose rows are named by their years, each
  // row's first cell a year, under a corner naming years)
  let corner = label - 1;
  while (corner > 0 && label - corner < 3 * MAX_STACKED_COLUMNS && shapes[corner - 1] === 'text' && stackedHeading(cells[corner - 1]!.cell)) corner--;
  const years = label >= 1 && shapes[label] === 'figure' && yearLike(cells[label]!.cell) && YEAR_CORNER.test(labelOfCell(cells[corner]!.cell.text));
  if (label < 1 || (shapes[label] !== 'text' && !years)) return undefined;
  const fits: Array<{ k: number; rows: number; first: number }> = [];
  const oneRow: Array<{ k: number; rows: number; first: number }> = [];
  for (let k = 2; k <= MAX_STACKED_COLUMNS; k++) {
    // (单位 | 全 市 | 市 区 | 德清县 …, then 一、市政建设 and its empty cells written out, then 建成区面积 | 平方公里 | 135.23 …: a
    // group row as wide as the body right before the first row is the body's first row, the heading above it)
    const first = k >= 3 && label - 2 * k >= 0 && readOrdinal(cells[label - k]!.cell.text, 0) && cells.slice(label - k + 1, label).every((c) => c.cell.text === '') ? label - k : label;
    const start = first - k;
    if (start < 0) break;
    // the corner over the label column may be empty (a line of a space: 计量单位 / 2019 after it)
    if (!cells.slice(start, first).every((c, i) => stackedHeading(c.cell) || (i === 0 && c.cell.text === '' && k >= 3))) continue;
    // a row label alone right before the first row (一、高等教育) is a group row, not the last heading
    if (readOrdinal(cells[first - 1]!.cell.text, 0)) continue;
    const pattern = shapes.slice(label, label + k);
    if (pattern.length < k || !pattern.includes('figure')) continue;
    let rows = 0;
    // a row's cell left empty (a group row: （一）按造林方式分 / (space) / (space)) stands where a word may stand too,
    // only not the row's label, and only under an empty corner (a form pasted with its empty cells as lines of a space)
    const cornerEmpty = cells[start]!.cell.text === '';
    if (first < label && !cornerEmpty) continue;
    for (let r = first; r + k <= cells.length; r += k) {
      // (… and the series' last row may be its growth over the year before: 年度增减率（%） / 6.3 / 17.1 …)
      const growth = years && rows >= 2 && GROWTH_ROW.test(labelOfCell(cells[r]!.cell.text)) && shapes.slice(r + 1, r + k).every((s) => s === 'figure');
      if (growth) {
        rows++;
        break;
      }
      if (!shapes.slice(r, r + k).every((s, i) => s === pattern[i] || (cornerEmpty && i > 0 && cells[r + i]!.cell.text === ''))) break;
      if (years && !yearLike(cells[r]!.cell)) break;
      rows++;
    }
    const after = shapes[first + rows * k];
    if (rows >= 2 && after !== 'figure') fits.push({ k, rows, first });
    // a table of one row (指标名称 / 全年任务目标（个） / 实际完成（个） / 完成进度, then 开工建设… / 15 / 15 / 100%): its
    // label then figures in every other cell, the heading as wide; words after it (the signature) are not a row
    else if (rows === 1 && k >= 3 && after !== 'figure' && pattern.slice(1).every((x) => x === 'figure') && cells.slice(label + 1, label + k).every((c) => c.cell.text !== '' && !yearLike(c.cell)))
      oneRow.push({ k, rows, first });
  }
  // … read so only when no width gives two rows or more
  if (fits.length === 0 && oneRow.length === 1) fits.push(oneRow[0]!);
  // (a row opening with several cells of words is read from its first: a width from its last word reads as many
  // rows less the first, the heading taking that row's words; taken only where it covers more cells than any width,
  // a reading the widths make already left as it is)
  const worded = rowsOpeningWithWords(cells, shapes, f);
  if (worded && fits.every((x) => x.k * x.rows < worded.k * worded.rows)) fits.push(worded);
  // the width whose rows cover the most cells; two widths covering as many leave it open
  let fixed: { rows: RawRow[]; start: number; end: number } | undefined;
  if (fits.length > 0) {
    const best = fits.reduce((a, b) => (b.k * b.rows > a.k * a.rows ? b : a));
    if (fits.filter((x) => x.k * x.rows === best.k * best.rows).length === 1) {
      const at = best.first;
      const grouped =
        groupedHeading(cells, at, best.k) ??
        groupsNamedByTotals(cells, at, best.k) ??
        cornerlessGroups(cells, at, best.k) ??
        unitsUnderHeading(cells, at, best.k) ??
        progressAndChangeStacked(cells, at, best.k) ??
        yearBrokenHeading(cells, at, best.k);
      const rows: RawRow[] = [grouped?.row ?? rawRow(cells.slice(at - best.k, at))];
      for (let r = at; r < at + best.rows * best.k; r += best.k) rows.push(rawRow(cells.slice(r, r + best.k)));
      fixed = { rows, start: grouped?.start ?? at - best.k, end: at + best.rows * best.k };
    }
  }
  // a 序号 column: the first figure is the first row's number, its label after it
  const numbered = cells[f]!.cell.text.trim() === '1' && shapes[f + 1] === 'text' && shapes[f + 2] === 'figure';
  const byLabels = rowsByLabels(cells, shapes, numbered ? f + 1 : label);
  // rows from label to label reach further when a row lost a cell
  return byLabels && (!fixed || byLabels.end > fixed.end) ? byLabels : fixed;
}

/** Cells of words a row of a price list opens with (品名, 规格, 单位): at most. */
const MAX_WORD_CELLS = 4;

/**
 * A price list pasted one cell per line whose rows open with several cells of words (品名 / 规格 / 单位 / 上月同期 /
 * 本月均价 / 环比±%, then 调和油 / 一级桶装，当地主销品牌 / 元/5升 / 68 / 70 / +2.9%): the words before the first figure
 * (two to four) and the figures after it make a row, as wide as the heading cells right before it, which name the
 * words' columns and the figures'. Every row so wide, its words where the first row has words and its figures where
 * it has figures, two rows at least, and the cell after the last row no figure. (Read from the row's last word, the
 * unit, the widths put the first row's other words into the heading and read a row fewer; rows from label to label then
 * reach further, four cells wide, each row's name and 规格 rows of their own.)
 */
function rowsOpeningWithWords(cells: readonly StackedCell[], shapes: readonly Shape[], f: number): { k: number; rows: number; first: number } | undefined {
  if (f < 0) return undefined;
  let figures = 0;
  while (shapes[f + figures] === 'figure' && cells[f + figures]!.cell.text !== '' && !yearLike(cells[f + figures]!.cell)) figures++;
  if (figures < 2) return undefined;
  for (let words = 2; words <= MAX_WORD_CELLS; words++) {
    const k = words + figures;
    const first = f - words;
    const start = first - k;
    // the heading is the run's first cells, or follows a cell that is no heading (a caption's sentence)
    if (k > MAX_STACKED_COLUMNS || start < 0 || (start > 0 && stackedHeading(cells[start - 1]!.cell))) continue;
    if (!cells.slice(start, first).every((c, i) => stackedHeading(c.cell) && c.cell.text !== '' && shapes[start + i] === 'text')) continue;
    let rows = 0;
    for (let r = first; r + k <= cells.length; r += k) {
      const row = cells.slice(r, r + k);
      if (!row.every((c, i) => c.cell.text !== '' && (i < words ? shapes[r + i] === 'text' : shapes[r + i] === 'figure' && !yearLike(c.cell)))) break;
      rows++;
    }
    if (rows >= 2 && shapes[first + rows * k] !== 'figure') return { k, rows, first };
  }
  return undefined;
}

/** A half's figure columns in a balance table pasted one cell per line (执行数, or 执行数 | 决算数): at most. */
const MAX_STACKED_HALF = 6;

/** An item of a half: its label cell and its figure cells, one per figure heading. */
type HalfItem = readonly StackedCell[];

/**
 * The sections of a half that add up: a row whose label opens with an ordinal (二、转移性收入) over the rows without one
 * that follow it (上级补助收入, 调入资金 …), equal to their sum in every figure column. A section without such rows
 * is not counted.
 */
function sectionsAddingUp(items: readonly HalfItem[]): number {
  const value = (c: StackedCell): number | undefined => readCell(c.cell.text).number?.value;
  let n = 0;
  for (let i = 0; i < items.length; i++) {
    if (!readOrdinal(items[i]![0]!.cell.text, 0)) continue;
    let j = i + 1;
    while (j < items.length && !readOrdinal(items[j]![0]!.cell.text, 0)) j++;
    if (j === i + 1) continue;
    const parts = items.slice(i + 1, j);
    const adds = items[i]!.slice(1).every((c, col) => {
      const whole = value(c);
      const sum = parts.reduce((acc, p) => acc + (value(p[col + 1]!) ?? NaN), 0);
      return whole !== undefined && Math.abs(whole - sum) < 1e-6 * Math.max(1, Math.abs(whole));
    });
    if (adds) n++;
  }
  return n;
}

/**
 * A balance table set out in two halves side by side and pasted one cell per line (收入 / 执行数 / 支出 / 执行数, then
 * 总计 / 846531 / 总计 / 846531 …): the heading is two label cells each followed by the same figure headings, and the
 * body pairs a left item with a right one, each a label and its figures. The half that runs longer (income, most
 * often) goes on alone once the other is done, so the body may end in rows of one item; read by its width alone,
 * each item was a row of its own under the right half's heading. The rows are kept whole (a left item and perhaps
 * a right one) for `sideBySideHalves` to part after the 表题 is attached. Where the pairs end is not written: it is
 * the place whose halves add up in the most sections (二、转移性支出 over the items under it), one place only; with
 * no section adding up, only a body of pairs to its end is read. Undefined when the heading is not two such
 * halves or fewer than two rows pair two items.
 */
function halvesByHeading(cells: readonly StackedCell[]): { rows: RawRow[]; start: number; end: number; written?: boolean } | undefined {
  const shapes = cells.map((c) => shapeOf(c.cell));
  const f = shapes.findIndex((x, i) => x === 'figure' && cells[i]!.cell.text !== '' && !yearLike(cells[i]!.cell));
  const label = f - 1;
  if (label < 1 || shapes[label] !== 'text') return undefined;
  const bareText = (i: number): string => cells[i]!.cell.text.replace(/\s/g, '');
  for (let k = 2; k <= MAX_STACKED_HALF + 1; k++) {
    const start = label - 2 * k;
    if (start < 0) break;
    if (!cells.slice(start, label).every((c) => c.cell.text !== '' && stackedHeading(c.cell) && shapeOf(c.cell) === 'text')) continue;
    let twin = true;
    for (let i = 1; i < k; i++) if (bareText(start + i) !== bareText(start + k + i)) twin = false;
    if (!twin) continue;
    // the body's items, each a label and k − 1 figure cells, up to the first cell that is neither
    const items: HalfItem[] = [];
    let r = label;
    while (shapes[r] === 'text' && cells[r]!.cell.text !== '' && r + k <= cells.length && shapes.slice(r + 1, r + k).every((x) => x === 'figure')) {
      items.push(cells.slice(r, r + k));
      r += k;
    }
    // (the empty cells of a half with no item kept, one pipe alone a line: the pairs are written, read as written)
    const written = cells[r]?.cell.text === '' ? writtenPairs(cells, label, k) : undefined;
    if (written) return { rows: [rawRow(cells.slice(start, label)), ...written.rows], start, end: written.end, written: true };
    if (shapes[r] === 'figure' || items.length < 4) continue;
    const m = pairedRows(items);
    if (m === undefined) continue;
    const rows: RawRow[] = [rawRow(cells.slice(start, label))];
    for (let i = 0; i < m; i++) rows.push(rawRow([...items[2 * i]!, ...items[2 * i + 1]!]));
    for (const item of items.slice(2 * m)) rows.push(rawRow(item));
    return { rows, start, end: r };
  }
  return undefined;
}

/**
 * The body of a balance table pasted one cell per line with its empty cells kept (a pipe alone on a line stands for
 * an empty cell: 动用预算稳定调节基金 | 31493 | | |, or | | 三、债务还本支出 | 159700 |): rows of two halves, each an
 * item (a label and its figures) or empty cells only, so where the pairs end, and which half an item alone belongs
 * to, is written. Read with its empty cells dropped, a right item alone at the end was taken for a left one and the
 * items after the first empty cells were lost. Undefined unless three rows or more so read, one with a half empty,
 * and the rows end where the cells end or before a cell that is neither (a caption, a note).
 */
function writtenPairs(cells: readonly StackedCell[], label: number, k: number): { rows: RawRow[]; end: number } | undefined {
  const empty = (h: readonly StackedCell[]): boolean => h.every((c) => c.cell.text === '');
  const item = (h: readonly StackedCell[]): boolean => shapeOf(h[0]!.cell) === 'text' && h[0]!.cell.text !== '' && h.slice(1).every((c) => c.cell.text !== '' && shapeOf(c.cell) === 'figure');
  const rows: RawRow[] = [];
  let lone = 0;
  let r = label;
  for (; r + 2 * k <= cells.length; r += 2 * k) {
    const halves = [cells.slice(r, r + k), cells.slice(r + k, r + 2 * k)];
    if (!halves.every((h) => empty(h) || item(h)) || halves.every(empty)) break;
    if (halves.some(empty)) lone++;
    rows.push(rawRow(cells.slice(r, r + 2 * k)));
  }
  // (what follows the rows is no figure and no cell left over of a row cut short)
  const rest = cells.slice(r);
  const clean = rest.length === 0 || (rest[0]!.cell.text !== '' && shapeOf(rest[0]!.cell) !== 'figure') || empty(rest);
  return rows.length >= 3 && lone > 0 && clean ? { rows, end: r } : undefined;
}

/** Rows pairing two items, the rest left items alone: where the halves add up best (see `halvesByHeading`). */
function pairedRows(items: readonly HalfItem[]): number | undefined {
  const most = Math.floor(items.length / 2);
  const scores: number[] = [];
  for (let m = 2; m <= most; m++) {
    const left = [...items.slice(0, 2 * m).filter((_, i) => i % 2 === 0), ...items.slice(2 * m)];
    const right = items.slice(0, 2 * m).filter((_, i) => i % 2 === 1);
    scores[m] = sectionsAddingUp(left) + sectionsAddingUp(right);
  }
  const best = Math.max(0, ...scores.filter((x) => x !== undefined));
  if (best === 0) return items.length % 2 === 0 && most >= 2 ? most : undefined;
  const at = scores.flatMap((x, m) => (x === best ? [m] : []));
  return at.length === 1 ? at[0] : undefined;
}

const UNIT_HEADING = /^(?:计量)?单\s*位$/;

/**
 * 1 when the cell right before the first figure is a unit (亿元, 人次, %) of a 单位 column: a heading cell 单位 stands
 * before it, and a word (the row's label) right before the unit. `项 目 / 单 位 / 2014年 / 2015年 / 一、旅游业收入 / 亿元 /
 * 210.23 / 227.44`: the row opens at its label, not at its unit (read from the unit, each row's label was a row of
 * its own and the heading one cell short). 0 otherwise.
 */
function unitColumn(cells: readonly StackedCell[], shapes: readonly Shape[], f: number): number {
  const u = f - 1;
  if (u < 2 || shapes[u] !== 'text' || shapes[u - 1] !== 'text' || !readUnit(cells[u]!.cell.text)) return 0;
  for (let i = u - 2; i >= 0 && i >= u - 1 - MAX_STACKED_COLUMNS; i--) if (UNIT_HEADING.test(cells[i]!.cell.text.trim())) return 1;
  return 0;
}

/** Rows from one label to the next (a row that lost a cell is short), the heading as wide as the widest row. */
function rowsByLabels(cells: readonly StackedCell[], shapes: readonly Shape[], label: number): { rows: RawRow[]; start: number; end: number } | undefined {
  const segments: Array<[number, number]> = [];
  let end = label;
  for (let r = label; r < cells.length;) {
    // a group label alone (（一）高中阶段教育) before the next row: a row of its own
    if (shapes[r] === 'text' && shapes[r + 1] === 'text' && r > label) {
      let g = r + 1;
      while (g < cells.length && shapes[g] === 'text' && shapes[g + 1] === 'text') g++;
      if (shapes[g + 1] !== 'figure') break;
      for (let x = r; x < g; x++) segments.push([x, x + 1]);
      r = g;
      continue;
    }
    if (shapes[r] !== 'text' || shapes[r + 1] !== 'figure') break;
    let e = r + 1;
    while (e < cells.length && shapes[e] === 'figure') e++;
    segments.push([r, e]);
    end = e;
    r = e;
  }
  if (segments.length < 2) return undefined;
  // 序号 before each label (1, 2, 3 …): read from label to label, each row's number ends the row before it
  const serial = (i: number, n: number): boolean => readCell(cells[i]?.cell.text ?? '').number?.value === n && !/[.．]/.test(cells[i]!.cell.text);
  // the numbers may stop before the last row (全省, 合计: a total without a number)
  let first = label;
  let numbered = 0;
  while (numbered < segments.length - 1 && serial(segments[numbered]![1] - 1, numbered + 2)) numbered++;
  if (serial(label - 1, 1) && numbered >= segments.length - 2 && numbered >= 2) {
    first = label - 1;
    for (let k = 0; k < segments.length; k++) {
      if (k <= numbered) segments[k]![0] -= 1;
      if (k < numbered) segments[k]![1] -= 1;
    }
  }
  let rows = segments.map(([a, b]) => rawRow(cells.slice(a, b)));
  // a row after the numbered ones has an empty 序号 cell
  if (first < label) rows = rows.map((r, k) => (k > numbered ? { ...r, cells: [{ offset: r.offset, endOffset: r.offset, text: '' }, ...r.cells] } : r));
  const width = Math.max(...rows.map((r) => r.cells.length));
  // `240 |` / `|` / `1219 |`: two pipes with nothing between inside a row that lacks as many cells are its empty cells
  rows = segments.map(([a, b], k) => {
    const row = rows[k]!;
    const breaks = cells.slice(a + 1, b).filter((c) => c.rowBreak).length;
    if (breaks === 0 || row.cells.length + breaks !== width || row.cells.length !== b - a) return row;
    const out: TableCell[] = [];
    for (const c of cells.slice(a, b)) {
      if (c.rowBreak && out.length > 0) out.push({ offset: c.cell.offset, endOffset: c.cell.offset, text: '' });
      out.push(c.cell);
    }
    return { ...row, cells: out };
  });
  const data = rows.filter((r) => r.cells.length > 1);
  if (data.filter((r) => r.cells.length === width).length * 2 <= data.length) return undefined;
  // a row label alone before the first row (一、高等教育): a group row, not a column heading
  while (first > 0 && shapes[first - 1] === 'text' && readOrdinal(cells[first - 1]!.cell.text, 0)) {
    first--;
    rows.unshift(rawRow(cells.slice(first, first + 1)));
  }
  if (groupOfSubtotal(cells, shapes, first, rows)) {
    first--;
    rows.unshift(rawRow(cells.slice(first, first + 1)));
  }
  let start = first;
  while (start > 0 && first - start < width && stackedHeading(cells[start - 1]!.cell)) start--;
  if (first - start < width - 1) return undefined;
  const two = first < label ? twoLineHeading(cells, first, width, label - first + 1) : undefined;
  if (two) return { rows: [two.row, ...rows], start: two.start, end };
  const grouped =
    groupedHeading(cells, first, width) ??
    cornerlessGroups(cells, first, width) ??
    unitsUnderHeading(cells, first, width) ??
    progressAndChangeStacked(cells, first, width) ??
    yearBrokenHeading(cells, first, width);
  if (grouped) return { rows: [grouped.row, ...rows], start: grouped.start, end };
  return { rows: [rawRow(cells.slice(start, first)), ...rows], start, end };
}

/** A caption ending in 表 run into the label column's corner (……情况表单 位). */
const CAPTION_THEN_CORNER = /表[\s]*(单[ \u3000]?位|项[ \u3000]?目|地[ \u3000]?区)$/;

/** progressAndChange on a heading pasted one cell per line: the width + 2 heading cells right before the body. */
function progressAndChangeStacked(cells: readonly StackedCell[], first: number, width: number): { row: RawRow; start: number } | undefined {
  const heading = headingCellsBefore(cells, first, width);
  if (heading.length < width + 2) return undefined;
  const lines = heading.slice(heading.length - width - 2);
  // (the caption a blank line above the corner comes out in the corner's cell, no pipe between: 江门市…情况表 then 单 位)
  const corner = lines[0]!.cell;
  const tail = CAPTION_THEN_CORNER.exec(corner.text)?.[1];
  const own: TableCell = tail ? { offset: corner.endOffset - tail.length, endOffset: corner.endOffset, text: tail } : corner;
  const named = progressAndChange([own, ...lines.slice(1).map((c) => c.cell)], width);
  return named ? { row: { ...rawRow(lines), cells: named }, start: cells.indexOf(lines[0]!) } : undefined;
}

/** A heading cell that is a year alone (2022年), and one that opens with a month (10月（件）). */
const YEAR_ALONE = /^(?:19|20)[0-9]{2}年$/;
const MONTH_HEADING = /^[0-9]{1,2}月/;

/**
 * 类型 / 10月（件） / 9月（件） / 环比（%） / 2022年 / 10月（件） / 同比（%）, then 发现问题数 / 17841 / …: a heading copied one
 * cell per line in which one cell broke after its year (2022年10月（件）, the page wrapping a narrow column). The body
 * says how many columns there are: one heading cell more than that stand before it, and exactly one of them is a
 * year alone followed by a month, beside another month's column (10月, 9月); those two lines are one cell.
 */
function yearBrokenHeading(cells: readonly StackedCell[], first: number, width: number): { row: RawRow; start: number } | undefined {
  const heading = headingCellsBefore(cells, first, width);
  if (heading.length < width + 1) return undefined;
  const lines = heading.slice(heading.length - width - 1);
  const words = lines.map((c) => labelOfCell(c.cell.text));
  const breaks = words.flatMap((w, i) => (i > 0 && i + 1 < words.length && YEAR_ALONE.test(w) && MONTH_HEADING.test(words[i + 1]!) ? [i] : []));
  if (breaks.length !== 1 || MONTH_HEADING.test(words[0]!) || YEAR_ALONE.test(words[0]!)) return undefined;
  const at = breaks[0]!;
  if (!words.some((w, i) => i !== at + 1 && MONTH_HEADING.test(w))) return undefined;
  const [a, b] = [lines[at]!.cell, lines[at + 1]!.cell];
  const joined: TableCell = { offset: a.offset, endOffset: b.endOffset, text: `${a.text.trim()}${b.text.trim()}` };
  const named = [...lines.slice(0, at).map((c) => c.cell), joined, ...lines.slice(at + 2).map((c) => c.cell)];
  return { row: { ...rawRow(lines), cells: named }, start: cells.indexOf(lines[0]!) };
}

/** A group's total row opening its rows (小计 under 国内). */
const SUBTOTAL_ROW = /^(?:小计|小計)$/;

/**
 * 合计 / 小计 / 25478 / … / 职务 / 13024 / … / 国内 / 小计 / 20341 / …: the body opens with a group's 小计 row, the
 * group's name on the line before it as the later groups' names stand alone before theirs. That line is a group row,
 * not the heading's last cell: taken when the first row is a 小计 and a later group's name stands alone right
 * before another 小计 row.
 */
function groupOfSubtotal(cells: readonly StackedCell[], shapes: readonly Shape[], first: number, rows: readonly RawRow[]): boolean {
  if (first < 1 || shapes[first - 1] !== 'text' || !SUBTOTAL_ROW.test(labelOfCell(cells[first]!.cell.text))) return false;
  return rows.some((r, k) => k > 0 && r.cells.length === 1 && SUBTOTAL_ROW.test(labelOfCell(rows[k + 1]?.cells[0]?.text ?? '')));
}

/** A 序号 column's heading (序号, 序號, 编号). */
const SERIAL_HEADING = /^(?:序号|序號|编号|編號)$/;

/**
 * 序號 / 食品種類 / 樣品抽檢 / 數量/批次 / 合格樣品 / 數量/批次 / 不合格樣品 / 數量/批次 / 樣品 / 不合格率, then 1 / 糧食加工品 /
 * 5199 / …: a web table's heading cells over the figure columns each broken into two lines (the page wraps its narrow
 * columns), copied one line a cell. The body of a numbered table says how many columns there are: the 序号 and
 * label columns one heading line each, every figure column two; taken when exactly so many heading lines stand
 * before the body, starting with the 序号 heading (a table's heading starts there), the figure columns two or more.
 */
function twoLineHeading(cells: readonly StackedCell[], first: number, width: number, single: number): { row: RawRow; start: number } | undefined {
  const figures = width - single;
  if (figures < 2) return undefined;
  const start = first - single - 2 * figures;
  if (start < 0 || !SERIAL_HEADING.test(labelOfCell(cells[start]!.cell.text))) return undefined;
  const lines = cells.slice(start, first);
  if (!lines.every((c) => headingCell(c.cell) && shapeOf(c.cell) === 'text')) return undefined;
  const out: TableCell[] = lines.slice(0, single).map((c) => c.cell);
  for (let i = single; i < lines.length; i += 2) {
    const [a, b] = [lines[i]!.cell, lines[i + 1]!.cell];
    out.push({ offset: a.offset, endOffset: b.endOffset, text: `${a.text}${b.text}` });
  }
  const row = rawRow(lines);
  return { row: { ...row, cells: out }, start };
}

/** A sub-heading naming its group's total: 职务总计 under 职务, 城镇合计 under 城镇. */
const GROUP_TOTAL = /^(.{1,8}?)(?:总计|合计|小计)$/;

/**
 * 地 区 / 当年授权量 / … / 外观设计 / 职 务 / 非职务 / 大专院校 / 科研单位 / 工矿企业 / 机关团体 / 职务总计 / 个人, then 长沙市 /
 * 25858 / …: a heading of two lines copied one cell per line, the first line's last cells each merged over a run of
 * the second's (职务 over five columns, 非职务 over one), the heading a blank line apart from the caption above it.
 * It has as many cells more than the body has columns as there are groups; where each group but the last is named
 * again by the total that closes its run (职务总计), the runs are known: each column under a group is named by both
 * (职务 大专院校), its total as written. Undefined when the heading is not so.
 */
function groupsNamedByTotals(cells: readonly StackedCell[], first: number, width: number): { row: RawRow; start: number } | undefined {
  // the heading: its cells right before the body, up to the one a blank line parts from the lines above
  let start = first;
  while (start > 0 && first - start < 2 * width) {
    const c = cells[start - 1]!;
    if (c.cell.text === '' || !stackedHeading(c.cell) || shapeOf(c.cell) !== 'text') return undefined;
    start--;
    if (c.gap > 0) break;
  }
  if (cells[start]!.gap === 0 && start > 0) return undefined;
  const heading = cells.slice(start, first).map((c) => c.cell);
  const words = heading.map((c) => labelOfCell(c.text));
  const groups = heading.length - width;
  if (groups < 1 || groups > 3) return undefined;
  // the first group: the first cell whose name a later cell closes with its total
  const cue = (g: number): number => words.findIndex((w, i) => i > g && GROUP_TOTAL.exec(w)?.[1] === words[g]);
  const at = words.findIndex((_, g) => g > 0 && cue(g) >= 0);
  if (at < 1 || words.slice(at, at + groups).some(ownColumn)) return undefined;
  const subsFrom = at + groups;
  // each group's run ends with its total; the last group's with the heading
  const ends: number[] = [];
  for (let k = 0; k < groups - 1; k++) {
    const end = cue(at + k);
    if (end < subsFrom || end <= (ends[k - 1] ?? subsFrom - 1) || end >= heading.length - 1) return undefined;
    ends.push(end);
  }
  ends.push(heading.length - 1);
  const out: TableCell[] = heading.slice(0, at);
  let from = subsFrom;
  ends.forEach((end, k) => {
    const group = words[at + k]!;
    for (const c of heading.slice(from, end + 1)) {
      const sub = labelOfCell(c.text);
      out.push({ offset: c.offset, endOffset: c.endOffset, text: sub.startsWith(group) ? sub : `${group} ${sub}` });
    }
    from = end + 1;
  });
  if (out.length !== width) return undefined;
  const row = rawRow(cells.slice(start, first));
  return { row: { ...row, cells: out }, start };
}

/** A heading cell over one column of its own: a unit or a note in brackets, a percentage, a rate, a rank, a count. */
const ownColumn = (w: string): boolean => (/[）)]$/.test(w) && /[（(]/.test(w)) || /[%％]|(?:率|排名|名次|序号|数)$/.test(w);

/** A heading line's cell that is a unit alone over a run of columns: 单位（元/公斤）, (%), （万元）. */
const UNIT_ALONE = /^(?:(?:计量)?单位)?[（(]([^（）()\s]{1,8})[）)]$/;

/**
 * 产品种类 / 上周 / 本周 / 去年同期 / 环比 / 同比 / 单位（元/公斤） / (%), then 猪肉 / 18.03 / …: a heading of two lines copied
 * one cell per line, the second a line of units each merged over a run of the first's columns (the prices' unit, the
 * changes' %). The first line is the heading, as wide as the body; the units stand under it, fewer than its columns.
 */
function unitsUnderHeading(cells: readonly StackedCell[], first: number, width: number): { row: RawRow; start: number } | undefined {
  let units = 0;
  while (units < width - 1 && first - units - 1 >= 0) {
    const m = UNIT_ALONE.exec(labelOfCell(cells[first - units - 1]!.cell.text));
    // (a price's unit is per so much: 元/公斤, 元/500克)
    if (!m || !m[1]!.split(/[/／]/).every((u) => !!readUnit(u.replace(/^[0-9]+/, '')))) break;
    units++;
  }
  const start = first - units - width;
  if (units === 0 || start < 0) return undefined;
  const heading = cells.slice(start, first - units);
  if (!heading.every((c) => c.cell.text !== '' && stackedHeading(c.cell) && shapeOf(c.cell) === 'text' && !UNIT_ALONE.test(labelOfCell(c.cell.text)))) return undefined;
  return { row: rawRow(heading), start };
}

/** The heading's cells before a body starting at `first`, up to three lines of `width`: lines of pipes alone skipped. */
function headingCellsBefore(cells: readonly StackedCell[], first: number, width: number): StackedCell[] {
  const heading: StackedCell[] = [];
  for (let i = first - 1; i >= 0 && heading.length < 3 * width; i--) {
    const c = cells[i]!;
    if (c.cell.text === '') continue;
    if (!stackedHeading(c.cell) || shapeOf(c.cell) !== 'text') break;
    heading.unshift(c);
  }
  return heading;
}

/**
 * 单位 / 户籍人口数 / 应使用资金（万元） / 乡镇审批 / 区审批 / 合计 / 资金使用率 / 排名, then 户 / 金额 / 户 / 金额 / 户 / 金额: a
 * web table's heading of two lines copied one cell per line, some cells of the first line each over the same cells
 * of the second (merged cells). The body says how many columns there are: as many heading cells stand before it
 * as the first line's cells and the second's, the second line the same k words (two to four) repeated once for each
 * group cell; the group cells are the one run of first-line cells, after the label's, none of which names a column
 * of its own (a unit in brackets, 率, 排名, …数). Each group cell's columns are named “乡镇审批（户）” (a unit under
 * it is its unit), “乡镇审批 金额”.
 */
function groupedHeading(cells: readonly StackedCell[], first: number, width: number): { row: RawRow; start: number } | undefined {
  const heading = headingCellsBefore(cells, first, width);
  const words = heading.map((c) => labelOfCell(c.cell.text));
  let found: { row: RawRow; start: number } | undefined;
  for (let k = 2; k <= 4; k++) {
    for (let groups = 2; groups * k <= width; groups++) {
      const subs = groups * k;
      const top = width - subs + groups;
      if (top + subs > heading.length || top < groups + 1) continue;
      const at = heading.length - top - subs;
      const sub = words.slice(at + top);
      const unit = sub.slice(0, k);
      if (new Set(unit).size !== k || !sub.every((w, i) => w === unit[i % k])) continue;
      // the run of group cells among the first line's (the label's cell first stands over its own column)
      const tops = words.slice(at, at + top);
      // (a first-line cell is none of the second line's words: 授权量 | 构成 among the first line's is the second
      // line read from too early, 发明 | 实用新型 | 外观设计 | 授权量 | 构成 | 授权量 | 构成 as three groups of two)
      if (tops.some((w) => unit.includes(w))) continue;
      const runs: number[] = [];
      for (let g = 1; g + groups <= top; g++) if (tops.slice(g, g + groups).every((w) => !ownColumn(w) && !unit.includes(w))) runs.push(g);
      if (runs.length !== 1) continue;
      if (found) return undefined;
      const g = runs[0]!;
      const topCells = heading.slice(at, at + top).map((c) => c.cell);
      const subCells = heading.slice(at + top).map((c) => c.cell);
      const out: TableCell[] = [...topCells.slice(0, g)];
      for (let x = 0; x < groups; x++) {
        const group = topCells[g + x]!;
        // a second-line word that is a unit (户, 人, 件) is the group's unit: 乡镇审批（户）
        for (const c of subCells.slice(x * k, (x + 1) * k)) {
          const sub = c.text.trim();
          out.push({ offset: c.offset, endOffset: c.endOffset, text: readUnit(sub) ? `${group.text.trim()}（${sub}）` : `${group.text.trim()} ${sub}` });
        }
      }
      out.push(...topCells.slice(g + groups));
      const row = rawRow(heading.slice(at));
      found = { row: { ...row, cells: out }, start: cells.indexOf(heading[at]!) };
    }
  }
  return found;
}

/**
 * 单位从业人员 / #在岗职工人数 / 本季末 / 比上年底增减 / 本季末 / 比上年底增减, then 总 计 / 774.87 / …: a heading of two
 * lines as groupedHeading reads it, but with no cell over the label column (its corner left empty, the empty cell
 * lost), every figure column under a group: the groups' cells, then the same k words (two to four) once under each.
 * Each column named “单位从业人员 本季末”, the corner an empty cell; undefined unless exactly one split fits. (A group
 * may end in 数, 人数, as a column of its own does: here every figure column is under a group.)
 */
function cornerlessGroups(cells: readonly StackedCell[], first: number, width: number): { row: RawRow; start: number } | undefined {
  const heading = headingCellsBefore(cells, first, width);
  const words = heading.map((c) => labelOfCell(c.cell.text));
  let found: { row: RawRow; start: number } | undefined;
  for (let k = 2; k <= 4; k++) {
    const groups = (width - 1) / k;
    if (!Number.isInteger(groups) || groups < 2 || groups + width - 1 > heading.length) continue;
    const at = heading.length - groups - (width - 1);
    const sub = words.slice(at + groups);
    const unit = sub.slice(0, k);
    const tops = words.slice(at, at + groups);
    if (new Set(unit).size !== k || !sub.every((w, i) => w === unit[i % k]) || tops.some((w) => /[%％]/.test(w) || unit.includes(w))) continue;
    if (found) return undefined;
    const topCells = heading.slice(at, at + groups).map((c) => c.cell);
    const subCells = heading.slice(at + groups).map((c) => c.cell);
    const corner: TableCell = { offset: topCells[0]!.offset, endOffset: topCells[0]!.offset, text: '' };
    const named = subCells.map((c, i) => ({ offset: c.offset, endOffset: c.endOffset, text: `${topCells[Math.floor(i / k)]!.text.trim()} ${c.text.trim()}` }));
    const row = rawRow(heading.slice(at));
    found = { row: { ...row, cells: [corner, ...named] }, start: cells.indexOf(heading[at]!) };
  }
  return found;
}

const labelOfCell = (text: string): string => text.replace(/[\s\u3000]+/g, '').replace(PINYIN_GLOSS, '');

/**
 * Cells of lines where pipes stand between cells (`指 标` / `|` / `机构数` / `（个）` / `|` …, or `项目 |` / `2011年 |`):
 * the text between two pipes is a cell, over several lines if need be; two pipes with nothing between end a row.
 */
function pipeStream(all: readonly Candidate[], emptyAsCell = false): StackedCell[] {
  // lines before the first pipe are not cells (a caption, a heading), unless a pipe alone closes the line before it
  const firstPipe = all.findIndex((c) => /[|｜]/.test(c.para.source));
  const run = all.slice(firstPipe > 0 && /^[\s|｜]*$/.test(all[firstPipe]!.para.source) ? firstPipe - 1 : Math.max(0, firstPipe));
  const out: StackedCell[] = [];
  let parts: TableCell[] = [];
  let para: Line | undefined;
  let rowBreak = false;
  let sinceBoundary = false; // anything written since the last pipe
  const close = (at?: number): void => {
    if (parts.length > 0) {
      const first = parts[0]!;
      const last = parts[parts.length - 1]!;
      out.push({ cell: { offset: first.offset, endOffset: last.endOffset, text: parts.map((x) => x.text).join('') }, para, rowBreak, gap: 0 });
      rowBreak = false;
    } else if (!sinceBoundary && out.length > 0) {
      // two pipes with nothing between: an empty cell (a table whose rows are told by their labels), or a row's end
      if (emptyAsCell && at !== undefined) out.push({ cell: { offset: at, endOffset: at, text: '' }, rowBreak: false, gap: 0 });
      else if (!emptyAsCell) rowBreak = true;
    }
    parts = [];
    para = undefined;
    sinceBoundary = false;
  };
  for (const c of run) {
    const raw = c.para.source;
    let start = 0;
    for (let i = 0; i <= raw.length; i++) {
      const boundary = i < raw.length && (raw[i] === '|' || raw[i] === '｜') && raw[i - 1] !== '\\';
      if (!boundary && i < raw.length) continue;
      const piece = trimmed(raw, c.para.offset, start, i);
      if (piece.text !== '') {
        parts.push(piece);
        para ??= c.para;
        sinceBoundary = true;
      }
      if (boundary) close(c.para.offset + i);
      start = i + 1;
    }
  }
  close();
  return out;
}

// ---- finding them ---------------------------------------------------------------------------------------------

interface Candidate {
  para: Line;
  blanks: number;
}

/**
 * The rows of a pipe table whose rows are broken over lines: each row opens with a line that does not open with a
 * pipe, and the lines after it that open with one go on with it (the line before closed by a pipe; the break between
 * the two pipes is an empty cell). Undefined unless some rows are so broken and every line opening with a pipe
 * follows a closed line of a row.
 */
function brokenRows(lines: ReadonlyArray<PipeLine & { para: Line }>): Array<RawRow & { closed: boolean }> | undefined {
  const rows: Array<RawRow & { closed: boolean }> = [];
  let broken = 0;
  for (const l of lines) {
    const opens = /^\s*[|｜]/.test(l.para.source);
    const row = { cells: l.cells, closed: l.closed, offset: l.para.offset, endOffset: l.para.endOffset, lineStart: l.para.lineStart };
    if (!opens) {
      rows.push(row);
      continue;
    }
    const prev = rows[rows.length - 1];
    if (!prev || !prev.closed || prev.cells.every((c) => c.text === '')) return undefined;
    const gap: TableCell = { offset: l.para.offset, endOffset: l.para.offset, text: '' };
    rows[rows.length - 1] = { ...prev, cells: [...prev.cells, gap, ...l.cells], closed: l.closed, endOffset: l.para.endOffset };
    broken++;
  }
  return broken > 0 ? rows : undefined;
}

/**
 * A pipe table's row copied one cell per line (全 县 | / 181286 | / 100 | / 100 |, then 城关镇 | 63573 | 35.1 | 25.6 |):
 * lines of one cell each, closed by a pipe, a label and then figures, as many as the cells of the body's rows of
 * figures (at least three such rows): one row. Undefined when no row was so copied.
 */
function rowsOneCellPerLine(rows: ReadonlyArray<RawRow & { closed: boolean }>): Array<RawRow & { closed: boolean }> | undefined {
  const width = commonWidth(rows.filter((r) => r.cells.length >= 2));
  if (width < 3 || rows.filter((r) => r.cells.length === width && figureRow(r.cells)).length < 3) return undefined;
  const single = (r: RawRow & { closed: boolean }): boolean => r.closed && r.cells.length === 1 && r.cells[0]!.text !== '';
  const out: Array<RawRow & { closed: boolean }> = [];
  let joined = 0;
  for (let i = 0; i < rows.length; i++) {
    const run = rows.slice(i, i + width);
    const fits =
      run.length === width &&
      run.every(single) &&
      !figure(run[0]!.cells[0]!) &&
      run.slice(1).every((r) => figure(r.cells[0]!) && !yearLike(r.cells[0]!)) &&
      !(rows[i + width] && single(rows[i + width]!) && figure(rows[i + width]!.cells[0]!));
    if (!fits) {
      out.push(rows[i]!);
      continue;
    }
    out.push({ cells: run.map((r) => r.cells[0]!), closed: true, offset: run[0]!.offset, endOffset: run[width - 1]!.endOffset, lineStart: run[0]!.lineStart });
    joined++;
    i += width - 1;
  }
  return joined > 0 ? out : undefined;
}

/**
 * A pipe table whose rows all came out on one line (9-6 规模以上工业企业R&D项目情况 | 指标 | R&D项目 | 项目数（项） | … |
 * 工业企业总计 | 9204 | 52506 | … | 按企业规模分 | | | | | 大型 | 664 | …): the pipes still part its cells. From the
 * first row of figures on, the cells come in rows of a label and as many cells as that row has figures (figures or
 * empty: a group row, 按企业规模分 | | | | |); the cells before are the heading, its last cells the figure columns', the
 * one before them the label column's, and what stands before that (a caption, a group over the columns) joins it, the
 * first cell of several the caption. Undefined unless every cell after the heading falls so, in three rows at least,
 * each label words and every other cell a figure (2039 among them: a count, not a year) or empty.
 */
function rowsOfOneLine(line: PipeLine & { para: Line }): RawRow[] | undefined {
  const cells = line.cells;
  const isFigure = cells.map((c) => figure(c) && !yearLike(c));
  const first = isFigure.indexOf(true);
  if (first < 2) return undefined;
  let k = 0;
  while (isFigure[first + k]) k++;
  const start = first - 1;
  const width = k + 1;
  const rest = cells.length - start;
  if (k < 2 || start < width || rest % width !== 0 || rest / width < MIN_LINE_ROWS) return undefined;
  const rows: RawRow[] = [];
  for (let i = start; i < cells.length; i += width) {
    const row = cells.slice(i, i + width);
    if (!headingCell(row[0]!) || row[0]!.text === '' || yearLike(row[0]!) || row.slice(1).some((c) => c.text !== '' && !figure(c))) return undefined;
    rows.push({ cells: row, offset: row[0]!.offset, endOffset: row[k]!.endOffset, lineStart: row[0]!.offset });
  }
  const heading = cells.slice(0, start);
  if (!heading.every((c) => headingCell(c) && c.text !== '')) return undefined;
  const corner = heading.slice(0, start - k);
  const caption = corner.length > 1 ? corner.shift()! : undefined;
  const label: TableCell = { offset: corner[0]!.offset, endOffset: corner[corner.length - 1]!.endOffset, text: corner.map((c) => c.text).join(' ') };
  const head: RawRow = { cells: [label, ...heading.slice(start - k)], offset: label.offset, endOffset: heading[start - 1]!.endOffset, lineStart: label.offset };
  const top: RawRow[] = caption ? [{ cells: [caption], offset: caption.offset, endOffset: caption.endOffset, lineStart: line.para.lineStart }] : [];
  if (!caption) head.lineStart = line.para.lineStart;
  return [...top, head, ...rows];
}

/** Runs of adjacent lines that pass `accept`. */
function runs(text: string, lines: readonly Line[], accept: (p: Line) => boolean, maxBlank = MAX_BLANK_LINES): Candidate[][] {
  const out: Candidate[][] = [];
  let run: Candidate[] = [];
  for (const p of lines) {
    if (!accept(p)) {
      if (run.length > 0) out.push(run);
      run = [];
      continue;
    }
    const last = run[run.length - 1];
    const blanks = last ? blankLinesBetween(text, last.para, p) : 0;
    if (last && !(blanks >= 0 && blanks <= maxBlank)) {
      out.push(run);
      run = [];
    }
    run.push({ para: p, blanks: run.length === 0 ? 0 : blanks });
  }
  if (run.length > 0) out.push(run);
  return out;
}

/** Cells one per line: the empty cells a blank line too many stands for (the usual gap is one blank line). */
function stackedCells(run: readonly Candidate[], cellOf: (p: Line) => { cell?: TableCell; rowBreak: boolean }): StackedCell[] {
  const gaps = run.slice(1).map((c) => c.blanks);
  const usual = gaps.length > 0 && gaps.filter((g) => g === 1).length * 2 > gaps.length ? 1 : -1;
  const out: StackedCell[] = [];
  let rowBreak = false;
  for (const c of run) {
    const { cell, rowBreak: breaks } = cellOf(c.para);
    if (!cell) {
      rowBreak ||= breaks;
      continue;
    }
    if (usual === 1 && out.length > 0) {
      // 主要产品产量 / (blank) / (blank) / 2023年: a blank line too many is an empty cell (a line of a space and
      // the blank line after it, two)
      const empty = Math.ceil((c.blanks - 1) / 2);
      for (let k = 0; k < empty; k++) out.push({ cell: { offset: c.para.offset, endOffset: c.para.offset, text: '' }, rowBreak: false, gap: 1 });
    }
    out.push({ cell, para: c.para, rowBreak, gap: c.blanks });
    rowBreak = false;
  }
  return out;
}

/** Words in Latin letters only (an English translation of the cell before it: 医院 / Hospitals). */
const LATIN_WORDS = /^[A-Za-z][A-Za-z0-9\s.,:&'’()（）/%‰-]*$/;
const HAN = /[\u4e00-\u9fff]/;

/**
 * A bilingual yearbook's row label in two cells, Chinese then English (总 计 / Total / 6404 …): one label. Only
 * right before a figure, so that heading cells stay as they are.
 */
function bilingualLabels(cells: readonly StackedCell[]): StackedCell[] {
  const out: StackedCell[] = [];
  const labelAt = (i: number, english: (c: TableCell) => boolean): boolean => {
    const [a, b, next] = [cells[i], cells[i + 1], cells[i + 2]];
    return !!a && !!b && !!next && HAN.test(a.cell.text) && english(b.cell) && shapeOf(a.cell) === 'text' && figure(next.cell) && !yearLike(next.cell);
  };
  // 北 京 / (empty) / 12825 … among 总 计 / National Total / 1351691 …: a row whose translation the page left out
  // keeps its empty cell where the others' labels take two; the empty cell is that label's, not a column's
  let bilingual = 0;
  for (let i = 0; i < cells.length; i++) if (labelAt(i, (c) => LATIN_WORDS.test(c.text))) bilingual++;
  for (let i = 0; i < cells.length; i++) {
    const a = cells[i]!;
    const b = cells[i + 1];
    if (b && labelAt(i, (c) => LATIN_WORDS.test(c.text) || (bilingual > 0 && c.text === ''))) {
      out.push({
        ...a,
        cell: { offset: a.cell.offset, endOffset: b.cell.text === '' ? a.cell.endOffset : b.cell.endOffset, text: b.cell.text === '' ? a.cell.text : `${a.cell.text} ${b.cell.text}` },
      });
      i++;
    } else out.push(a);
  }
  return out;
}

/**
 * 造林面积 / Barren Waste / 152.8 / … / 205.9, then (empty) / Afforestation Area / (empty) × 6: a bilingual yearbook's
 * English label too long for its cell goes on in a row of its own, under an empty Chinese cell and over empty
 * figure cells, the empty cells written out (a pipe alone). That row is the label's rest, not a row of the table:
 * read as one, the rows after it were one cell off. Dropped (the empty cell, the words and the empty cells up to the
 * next row's label) where the words stand after a figure and the next filled cell, if any, is a word, not a figure.
 */
function translationRowsDropped(cells: readonly StackedCell[]): StackedCell[] {
  const out: StackedCell[] = [];
  let figures = false;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    const words = cells[i + 1]?.cell;
    if (figures && c.cell.text === '' && words && translation(words) && cells[i + 2]?.cell.text === '') {
      let j = i + 2;
      while (j < cells.length && cells[j]!.cell.text === '') j++;
      if (j === cells.length || shapeOf(cells[j]!.cell) === 'text') {
        i = j - 1;
        continue;
      }
    }
    if (c.cell.text !== '' && figure(c.cell) && !yearLike(c.cell)) figures = true;
    out.push(c);
  }
  return out;
}

/**
 * 地区 / 人口数 / 比重 / 2020年 / 2010年, then 海原县 / 333518 / 100.00 / 100.00: a heading cell merged over the years
 * under it (比重 over 2020年 and 2010年), copied one line a cell, the group first and then its years. Read by its
 * width, the body's four columns take the last four heading lines, and the label column's heading (地区) is left
 * above. When the heading ends with two or more years (1990, 2020年) after a heading that is no year, and the line
 * right before it is a heading cell too: the heading starts a line earlier, each year named with its group
 * (地区 | 人口数 | 比重 2020年 | 比重 2010年), as wide as before.
 */
function yearsUnderGroup(cells: readonly StackedCell[], read: { rows: RawRow[]; start: number }): RawRow[] {
  const heading = read.rows[0]!.cells;
  let years = 0;
  while (years < heading.length && YEAR_HEADING.test(labelOfCell(heading[heading.length - 1 - years]!.text))) years++;
  const groupAt = heading.length - 1 - years;
  const before = cells[read.start - 1];
  if (years < 2 || groupAt < 1 || read.start < 1 || !before || before.rowBreak) return read.rows;
  const group = heading[groupAt]!;
  if (shapeOf(group) !== 'text' || yearLike(group) || group.text === '') return read.rows;
  if (shapeOf(before.cell) !== 'text' || !headingCell(before.cell) || before.cell.text === '' || [...before.cell.text].length > 12) return read.rows;
  const named = heading.slice(groupAt + 1).map((c) => ({ offset: c.offset, endOffset: c.endOffset, text: `${group.text} ${c.text}` }));
  const out = [before.cell, ...heading.slice(0, groupAt), ...named];
  return [{ ...read.rows[0]!, cells: out, offset: before.cell.offset, lineStart: before.para?.lineStart ?? before.cell.offset }, ...read.rows.slice(1)];
}

/** Rows of a table read by its labels and width: at least these many with figures. */
const MIN_LABELLED_ROWS = 4;

/** A row's label in a table read by its labels: words, or a year (2000 | 5934 | 2722, 北 京 | 11 | 10 in one column). */
const rowLabel = (c: TableCell): boolean => c.text !== '' && (shapeOf(c) === 'text' ? !prose(c) : yearLike(c));
/** A cell under a figure column: a figure (1929 fires are no year there), a placeholder, or empty. */
const figureSlot = (c: TableCell): boolean => shapeOf(c) === 'figure';

/**
 * The rows of k cells from `s` on, each a label and k − 1 figures (some empty), or k empty cells (a blank row
 * between groups, dropped); undefined when the cells from `s` to the end do not tile so, or when fewer than
 * MIN_LABELLED_ROWS rows carry figures.
 */
function labelledTiling(cells: readonly StackedCell[], s: number, k: number): RawRow[] | undefined {
  const rows: RawRow[] = [];
  let figured = 0;
  for (let r = s; r < cells.length; r += k) {
    const row = cells.slice(r, r + k);
    if (row.every((c) => c.cell.text === '')) continue;
    // (the last row's empty cells at its end may be lost with the blank lines after the table)
    if (!rowLabel(row[0]!.cell) || !row.slice(1).every((c) => figureSlot(c.cell))) return undefined;
    if (row.slice(1).some((c) => c.cell.text !== '')) figured++;
    const raw = rawRow(row);
    const lost = Array.from({ length: k - row.length }, (): TableCell => ({ offset: raw.endOffset, endOffset: raw.endOffset, text: '' }));
    rows.push(lost.length > 0 ? { ...raw, cells: [...raw.cells, ...lost] } : raw);
  }
  return figured >= MIN_LABELLED_ROWS ? rows : undefined;
}

/**
 * 2000 / 5934 / 2722 / … then 北 京 / 11 / 10 / 1 / (empty) / (empty) / 37 …: a yearbook table copied one cell a line,
 * its empty cells kept as lines of their own (a pipe alone, a line of a space), its heading of several rows merged
 * over each other so that no width reads it, each body row a label (a year or a region) and its figures, groups of
 * rows parted by an empty row. Read by the body alone: the one width k whose rows of k cells, from the first label
 * followed by a figure to the end, are each a label and figures or empty; the heading's cells (unread) stay above
 * the table, the header a row of empty cells. Undefined when no width or more than one tiles so.
 */
function labelledRowsTable(cells: readonly StackedCell[], source: TableSource): Table | undefined {
  const s = cells.findIndex((c, i) => rowLabel(c.cell) && i + 1 < cells.length && cells[i + 1]!.cell.text !== '' && figureSlot(cells[i + 1]!.cell));
  if (s < 0) return undefined;
  const fits: RawRow[][] = [];
  for (let k = 3; k <= MAX_STACKED_COLUMNS; k++) {
    const rows = labelledTiling(cells, s, k);
    if (rows) fits.push(rows);
  }
  if (fits.length !== 1) return undefined;
  const body = fits[0]!;
  const first = body[0]!;
  const at = first.lineStart;
  const header: RawRow = { cells: body[0]!.cells.map(() => ({ offset: at, endOffset: at, text: '' })), offset: at, endOffset: at, lineStart: at };
  return tableOfRows([header, ...body], source, MIN_LABELLED_ROWS);
}

/** An English label or its rest, a unit in brackets perhaps (Afforestation Area, (10 000 cu.m)): Latin words, no Chinese. */
const TRANSLATION = /^[A-Za-z(（][A-Za-z0-9\s.,:;&'’()（）/%‰-]*$/;
const translation = (c: TableCell): boolean => TRANSLATION.test(c.text) && /[A-Za-z]{2}/.test(c.text) && !HAN.test(c.text);

/**
 * 造林面积 / Barren Waste / 152.8 / … / 205.9, 人工造林 / Reforestation / 44.4 / …: a bilingual yearbook's table copied
 * one cell a line, each row a Chinese label, its English and the figures, the empty cells written out, its
 * heading stacked over several lines in two languages so that no width reads it (合 计 / Total / 公立 / 医疗机构 /
 * Public …). Read by the body alone: from the first label pair followed by a figure, each label pair (the English
 * joined to the Chinese) opens a row and the cells up to the next label are its figures; the rest of a long English
 * label in a row of its own under an empty cell is dropped (translationRowsDropped), a group row (森林抚育 / Forest
 * Tending over empty cells) is a row without figures, trailing empty cells past the body's width are none. The
 * heading's cells stay above the table, the header a row of empty cells (labelledRowsTable). Undefined unless half
 * the rows at least are label pairs, MIN_LABELLED_ROWS rows carry figures, and most rows with figures are of one width
 * (a row one or two cells short stays short: which of its cells were lost is not known).
 */
function bilingualRowsTable(cells0: readonly StackedCell[], source: TableSource): Table | undefined {
  const cells = translationRowsDropped(cells0);
  const text = (i: number): string => cells[i]?.cell.text ?? '';
  const chinese = (i: number): boolean => !!cells[i] && text(i) !== '' && HAN.test(text(i)) && shapeOf(cells[i]!.cell) === 'text' && !prose(cells[i]!.cell);
  const pairAt = (i: number): boolean => chinese(i) && !!cells[i + 1] && translation(cells[i + 1]!.cell);
  const bodyFigure = (i: number): boolean => !!cells[i] && text(i) !== '' && figure(cells[i]!.cell) && !yearLike(cells[i]!.cell);
  const s = cells.findIndex((_, i) => pairAt(i) && bodyFigure(i + 2));
  if (s < 0) return undefined;
  const rows: Array<{ label: TableCell; slots: StackedCell[]; pair: boolean }> = [];
  for (let i = s; i < cells.length;) {
    const pair = pairAt(i);
    if (!pair && !chinese(i)) return undefined;
    const a = cells[i]!.cell;
    const b = pair ? cells[i + 1]!.cell : a;
    const label: TableCell = { offset: a.offset, endOffset: b.endOffset, text: pair ? `${a.text} ${b.text}` : a.text };
    let j = i + (pair ? 2 : 1);
    const slots: StackedCell[] = [];
    while (j < cells.length && shapeOf(cells[j]!.cell) === 'figure') slots.push(cells[j++]!);
    rows.push({ label, slots, pair });
    i = j;
  }
  const figured = rows.filter((r) => r.slots.some((c) => c.cell.text !== ''));
  if (figured.length < MIN_LABELLED_ROWS || rows.filter((r) => r.pair).length * 2 < rows.length) return undefined;
  // the body's width: the number of figure cells most rows with figures have, their empty cells counted
  const counts = new Map<number, number>();
  for (const r of figured) {
    let n = r.slots.length;
    while (n > 0 && r.slots[n - 1]!.cell.text === '') n--;
    counts.set(r.slots.length, (counts.get(r.slots.length) ?? 0) + 1);
  }
  const [width, most] = [...counts.entries()].reduce((x, y) => (y[1] > x[1] || (y[1] === x[1] && y[0] > x[0]) ? y : x));
  if (width < 2 || most * 2 <= figured.length) return undefined;
  const body: RawRow[] = [];
  for (const r of rows) {
    // cells past the width are none unless filled: then the rows are not this table's
    if (r.slots.slice(width).some((c) => c.cell.text !== '')) return undefined;
    const kept = r.slots.slice(0, width).map((c) => c.cell);
    const end = kept[kept.length - 1]?.endOffset ?? r.label.endOffset;
    body.push({ cells: [r.label, ...kept], offset: r.label.offset, endOffset: end, lineStart: cells.find((c) => c.cell.offset === r.label.offset)?.para?.lineStart ?? r.label.offset });
  }
  // a body ends with its last row of figures (a unit's line or a note's label after it is no row)
  while (body.length > 0 && body[body.length - 1]!.cells.slice(1).every((c) => c.text === '')) body.pop();
  const at = body[0]!.lineStart;
  const header: RawRow = bilingualHeading(cells, s, width, pairAt) ?? {
    cells: Array.from({ length: width + 1 }, (): TableCell => ({ offset: at, endOffset: at, text: '' })),
    offset: at,
    endOffset: at,
    lineStart: at,
  };
  return tableOfRows([header, ...body], source, MIN_LABELLED_ROWS);
}

/**
 * The heading of a bilingual yearbook table read by its body (bilingualRowsTable), when its lines can be told: after
 * the corner's label pair (项 目 / Item, 指 标 / Item: the label column named), lines of `width` cells, one a column, a column's Chinese words
 * over several lines (合 计 | 公立 | (empty) | 民营, then Total | 医疗机构 | # 政府办 | 医疗机构, then English only):
 * each column named by its Chinese words and years (公立 医疗机构, # 政府办), the English left out; or groups over
 * years (合计 Total | 城 镇 Urban | 乡 村 Rural, then 2010 | 2011 three times): each year named with its group. The
 * lines end at a line of empty cells or at the body. Undefined when a column is left without a name, a figure that
 * is no year stands among them, or the cells are neither.
 */
function bilingualHeading(cells: readonly StackedCell[], s: number, width: number, pairAt: (i: number) => boolean): RawRow | undefined {
  // (the corner's English names the label column: Item, District; a group row's label pair stands between it and the body)
  const cornerAt = (i: number): boolean => pairAt(i) && (LABEL_COLUMN_HEADING.test(cells[i]!.cell.text.trim()) || /^(?:Items?|Indicators?|District|Region)$/i.test(cells[i + 1]!.cell.text.trim()));
  let corner = s - 2;
  while (corner >= 0 && !cornerAt(corner)) corner--;
  if (corner < 0) return undefined;
  const zone = cells.slice(corner + 2, s).map((c) => c.cell);
  if (zone.some((c) => c.text !== '' && shapeOf(c) === 'figure' && !yearLike(c))) return undefined;
  // (a cell's Chinese words, up to the last Chinese character or bracket after it: 合计 Total → 合计)
  const chineseOf = (c: TableCell): string => {
    if (!HAN.test(c.text)) return yearLike(c) ? c.text.trim() : '';
    let end = c.text.length;
    while (end > 0 && !HAN.test(c.text[end - 1]!) && !/[）)]/.test(c.text[end - 1]!)) end--;
    return c.text.slice(0, end).trim();
  };
  let names: string[] | undefined;
  // groups over years: G names, then the years, as many under each group
  const groups = zone.findIndex((c) => !HAN.test(c.text));
  const years = zone.slice(Math.max(0, groups), Math.max(0, groups) + width);
  if (groups >= 2 && width % groups === 0 && years.length === width && years.every((c) => yearLike(c))) {
    const per = width / groups;
    names = years.map((y, j) => `${chineseOf(zone[Math.floor(j / per)]!)} ${y.text.trim()}${/^\d{4}$/.test(y.text.trim()) ? '年' : ''}`);
  } else {
    names = Array.from({ length: width }, () => '');
    for (let line = 0; (line + 1) * width <= zone.length; line++) {
      const part = zone.slice(line * width, (line + 1) * width);
      if (part.every((c) => c.text === '')) break;
      part.forEach((c, j) => {
        const words = chineseOf(c);
        if (words !== '') names![j] = names![j] === '' ? words : `${names![j]} ${words}`;
      });
    }
    if (names.some((n) => n === '')) return undefined;
  }
  const first = cells[corner]!;
  const english = cells[corner + 1]!;
  const cornerCell: TableCell = { offset: first.cell.offset, endOffset: english.cell.endOffset, text: first.cell.text };
  const named: TableCell[] = names.map((text, j) => {
    const c = zone[j] ?? zone[0]!;
    return { offset: c.offset, endOffset: c.endOffset, text };
  });
  return { cells: [cornerCell, ...named], offset: first.cell.offset, endOffset: zone[zone.length - 1]?.endOffset ?? english.cell.endOffset, lineStart: first.para?.lineStart ?? first.cell.offset };
}

/**
 * Whether a table read by its width has a row label in a figure column: a cell of Chinese words and their English
 * (急 诊 Emergency Visits), or, given `by`, one of the row labels `by` reads. Such a width put several rows in one.
 */
function labelsOffColumn(table: Table, by?: Table): boolean {
  const labels = by ? new Set(by.rows.map((r) => r.cells[0]!.text)) : undefined;
  const off = (c: TableCell): boolean => (labels ? labels.has(c.text) : HAN.test(c.text) && / [A-Za-z]{2}/.test(c.text) && shapeOf(c) === 'text');
  return table.rows.some((r) => r.cells.slice(1).some((c) => c.text !== '' && off(c)));
}

function stackedTable(cells0: StackedCell[], source: TableSource, taken: Set<Line>, tables: Table[]): void {
  // (a form's numbering row counts its cells as written: no label is joined to the word after it)
  const numbered = rowsByNumbering(cells0);
  const cells = numbered ? cells0 : bilingualLabels(translationRowsDropped(cells0));
  let rows = numbered ?? rowsByBreaks(cells);
  // a heading and one row are a table only when read by their width (a table of one row, rowsByWidth)
  let minRows = 3;
  if (numbered) rows = numbered;
  else if (rows) rows = edgesCut(rows);
  else {
    const read = halvesByHeading(cells) ?? rowsByWidth(cells);
    rows = read && read.rows.length > 1 ? yearsUnderGroup(cells, read) : read?.rows;
    if (rows?.length === 2) minRows = 2;
  }
  // (a form's heading is the row before its numbering row, whatever rows of words follow it: 一、综合 | | JZH011000000)
  const table = rows && rows.length > 0 ? tableOfRows(rows, source, minRows, numbered ? (heading) => heading[0] : undefined) : undefined;
  // (a bilingual yearbook's body read by a width that puts a row's label pair in a figure column, or under a heading
  // of empty cells: its rows told by their label pairs instead, its heading by its lines)
  // (or under a heading of empty cells and an English group's name, Forest Management, taken for a column's)
  const blank = (t: Table): boolean => t.header.cells.every((c) => c.text === '' || translation(c));
  const bilingual = !table || table.unclear || blank(table) || labelsOffColumn(table) ? bilingualRowsTable(cells0, source) : undefined;
  const better = bilingual && (!table || table.unclear || labelsOffColumn(table, bilingual) || (blank(table) && !blank(bilingual)));
  const found = (better ? bilingual : table) ?? labelledRowsTable(cells, source) ?? unclearStacked(cells);
  if (!found) return;
  tables.push(found);
  for (const c of cells) if (c.para && c.cell.offset >= found.offset && c.cell.endOffset <= found.endOffset) taken.add(c.para);
}

/**
 * Cells one per line that are plainly a table (figures alone on their lines, many of them) whose rows cannot be
 * told apart (merged headings, cells lost in copying): one table all the same, its lines taken out of the prose,
 * its columns unclear (nothing in it is checked, and it is not rebuilt).
 */
function unclearStacked(cells: readonly StackedCell[]): Table | undefined {
  const filled = cells.filter((c) => c.cell.text !== '');
  const isFigure = (c: StackedCell): boolean => figure(c.cell) && !yearLike(c.cell);
  const figures = filled.filter(isFigure).length;
  // 信息内容 / 本年处理决定数量 … again and again: one form in sections (a 政府信息公开 annual report's tables, each
  // section a few rows under the same heading cells), words taking more lines than its figures do; prose does not
  // repeat a short line three times
  const seen = new Map<string, number>();
  for (const c of filled) if (!isFigure(c) && [...c.cell.text].length >= 2) seen.set(c.cell.text, (seen.get(c.cell.text) ?? 0) + 1);
  // … its cells of none (/) stand where figures would
  const form = [...seen.values()].some((n) => n >= 3);
  const place = (c: StackedCell): boolean => isFigure(c) || (form && readCell(c.cell.text).kind === 'blank');
  const places = filled.filter(place).length;
  if (figures === 0 || places < 6 || places * 100 < filled.length * (form ? 25 : 35)) return undefined;
  // from the line after a caption or unit line (those stay above the table) to the last figure
  let a = 0;
  // (and, in a form, the section heading above it: 二、主动公开政府信息情况)
  while (a < cells.length && (cells[a]!.cell.text === '' || UNIT_CELL.test(cells[a]!.cell.text) || [...cells[a]!.cell.text].length > 20 || (form && a === 0 && !!readOrdinal(cells[a]!.cell.text, 0))))
    a++;
  let b = cells.length - 1;
  while (b > a && !place(cells[b]!)) b--;
  const used = cells.slice(a, b + 1).filter((c) => c.cell.text !== '');
  if (used.length < 6) return undefined;
  const row = (c: StackedCell): TableRow => ({ offset: c.cell.offset, endOffset: c.cell.endOffset, cells: [c.cell] });
  const first = used[0]!;
  return {
    offset: first.para?.lineStart ?? first.cell.offset,
    endOffset: used[used.length - 1]!.cell.endOffset,
    source: 'stacked',
    header: row(first),
    rows: used.slice(1).map(row),
    align: [],
    unclear: true,
  };
}

/**
 * Rows of a run cut to the table: from the heading (and a caption alone right above it) to the last row of
 * figures. What stands before or after stays prose.
 */
function edgesCut(rows: RawRow[]): RawRow[] {
  const firstFigures = rows.findIndex((r) => figureRow(r.cells));
  if (firstFigures < 0) return [];
  let lastFigures = rows.length - 1;
  while (lastFigures > firstFigures && !figureRow(rows[lastFigures]!.cells)) lastFigures--;
  let start = firstFigures;
  if (start > 0 && !labelOnly(rows[start - 1]!.cells)) start--; // the heading
  if (start > 0 && labelOnly(rows[start - 1]!.cells)) start--; // a caption or unit line
  if (start > 0 && labelOnly(rows[start - 1]!.cells) && UNIT_CELL.test(rows[start]!.cells[0]!.text)) start--;
  return rows.slice(start, lastFigures + 1);
}

/** At most this many heading lines above a pasted table that could not be put in its columns are taken as its own. */
const MAX_HEADING_LINES = 16;

/**
 * The lines right above a table that could not be put in its columns (stacked bilingual headings, one heading
 * cell per line, a caption and its translation): lines of the table's heading, not prose. `lines` are the lines
 * such a heading may be made of, in order; from the table up, as long as each is one of them, right above the
 * next (at most two blank lines between), and none is a sentence, a numbered heading or a list item. More than
 * `MAX_HEADING_LINES` of them are not a heading: none is taken.
 */
function headingLinesAbove(text: string, lines: readonly Line[], table: Table, taken: ReadonlySet<Line>): Line[] {
  let i = lines.length;
  while (i > 0 && lines[i - 1]!.endOffset > table.offset) i--;
  const out: Line[] = [];
  let next = table.offset;
  for (let k = i - 1; k >= 0; k--) {
    const p = lines[k]!;
    // up to the start of the next line (a Markdown heading's content starts after its #)
    const gap = text.slice(p.endOffset, text.lastIndexOf('\n', next - 1) + 1);
    if (taken.has(p) || gap.trim() !== '' || (gap.match(/\n/g) ?? []).length > 3) break;
    if (/[。！？；]/.test(p.source) || p.ordinal || p.inList || [...p.source].length > MAX_GROUP_LABEL) break;
    if (out.length === MAX_HEADING_LINES) return [];
    out.push(p);
    next = p.offset;
  }
  return out;
}

/** Tables of a run of lines where pipes stand between cells, each empty pair of pipes read as a row's end or an empty cell. */
function pipeStackedTables(run: readonly Candidate[], emptyAsCell: boolean): { tables: Table[]; taken: Set<Line> } {
  const tables: Table[] = [];
  const taken = new Set<Line>();
  // tables one after another in one run (a table, its notes, 续表): each found is cut off and the rest searched
  // again; a sentence (a note under the table) ends the cells of one
  const stream = pipeStream(run, emptyAsCell);
  const segments: StackedCell[][] = [[]];
  for (const c of stream) {
    if (prose(c.cell)) segments.push([]);
    else segments[segments.length - 1]!.push(c);
  }
  for (let cells of segments)
    for (let guard = 0; cells.length >= 6 && guard < 50; guard++) {
      const before = tables.length;
      stackedTable(cells, 'stacked', taken, tables);
      if (tables.length === before) break;
      const t = tables[tables.length - 1]!;
      // heading cells before the table's header that could not be put in columns (a bilingual heading of several
      // lines, its title): lines of the table's heading, not prose; they stay as they are, above the table
      const above = cells.filter((c) => c.cell.offset < t.offset);
      const from = above[0]?.para?.offset;
      if (from !== undefined && above.length <= MAX_HEADING_CELLS && above.every((c) => headingCell(c.cell))) {
        for (const c of run) if (c.para.offset >= from && c.para.endOffset <= t.offset) taken.add(c.para);
      }
      // the lines of pipes alone inside the table belong to it too, and those that close its last row
      let end = t.endOffset;
      for (const c of run) {
        if (c.para.offset >= t.offset && c.para.endOffset <= end) taken.add(c.para);
        else if (c.para.offset >= end && /^[\s|｜]*$/.test(c.para.source) && c.para.offset - end <= 4) {
          taken.add(c.para);
          end = c.para.endOffset;
        }
      }
      cells = cells.filter((c) => c.cell.offset >= t.endOffset);
    }
  return { tables, taken };
}

/** A table pasted one cell per line with its empty cells written out, told by its width alone: at most this wide. */
const MAX_TILED_COLUMNS = 40;

/**
 * The rows of a web table pasted one cell per line with every empty cell written out as a pipe alone on its line and
 * no row break written (湖南省化妆品不良反应报告表: 序号 | 地区 | … over 1月 | … | 12月 | 已上报 | 已评价, the months not
 * yet reported empty): the rows are told by a width k that tiles the cells from the first, the rows before the first
 * row of figures holding words only (the heading, its merged cells written out empty), every row after it figures,
 * and the columns of those rows, left to right, perhaps a serial column of figures, then the labels' columns of words,
 * then two columns of figures at least (empty columns anywhere). The smallest such width with three rows of figures
 * at least; undefined when none.
 */
function tiledRows(cells: readonly StackedCell[]): RawRow[] | undefined {
  const figureCell = (c: TableCell): boolean => c.text !== '' && isFigureCell(c.text) && !yearLike(c);
  for (let k = 3; k <= Math.min(MAX_TILED_COLUMNS, cells.length / 4); k++) {
    const rows: StackedCell[][] = [];
    for (let r = 0; r < cells.length; r += k) rows.push(cells.slice(r, r + k));
    const first = rows.findIndex((row) => row.some((c) => figureCell(c.cell)));
    const body = rows.slice(first);
    if (first < 1 || body.length < 3 || rows.slice(0, first).some((row) => row.every((c) => c.cell.text === ''))) continue;
    if (!body.every((row) => row.some((c) => figureCell(c.cell)))) continue;
    // each column of the body figures only (f), words only (w) or empty: a serial column perhaps, the labels, the figures
    const shapes = Array.from({ length: k }, (_, j) => {
      const filled = body.map((row) => row[j]?.cell).filter((c): c is TableCell => !!c && c.text !== '');
      if (filled.length === 0) return '';
      // (a figure reads as a year here and there, 1,932 as 1932: in the body it is a figure all the same)
      return filled.every((c) => isFigureCell(c.text)) ? 'f' : filled.every((c) => !isFigureCell(c.text)) ? 'w' : '?';
    }).join('');
    if (/^f?w+ff+$/.test(shapes)) return rows.map(rawRow);
  }
  return undefined;
}

/** tiledRows as a table of a run of lines, and the run's lines it takes; undefined unless its columns are clear. */
function tiledTable(run: readonly Candidate[]): { tables: Table[]; taken: Set<Line> } | undefined {
  const stream = pipeStream(run, true);
  const end = stream.findIndex((c) => prose(c.cell));
  const rows = tiledRows(end < 0 ? stream : stream.slice(0, end));
  // (every heading line is as wide as the body, its merged cells written out: none goes on in the next)
  const table = rows && tableOfRows(rows, 'stacked', 3, (heading) => joinPipeHeading(heading.map((r) => ({ ...r, closed: true }))));
  if (!table || table.unclear) return undefined;
  const last = rows[rows.length - 1]!.endOffset;
  const taken = new Set(run.filter((c) => c.para.offset >= table.offset && c.para.offset <= last).map((c) => c.para));
  return { tables: [table], taken };
}

/** Rows of a table laid out column by column: at least these many. */
const MIN_BLOCK_ROWS = 3;

/**
 * A table copied column by column (a web page's table whose columns are one cell each, their rows put on lines): a
 * heading line of pipe cells (指 标 | 年末数（万人） | 比重（%） |) and then as many blocks as it has cells, each
 * block's lines ending with one closed by a pipe and holding the same number of words, the first block's words the
 * row labels and every other block's words figures. Row k takes the k-th word of each block. Undefined unless the
 * lines are exactly so.
 */
function columnBlocksTable(text: string, paras: readonly Line[], i: number, taken: ReadonlySet<Line>): { table: Table; lines: Line[] } | undefined {
  const head = paras[i]!;
  const heading = pipeCells(head);
  if (!heading || !heading.closed || heading.cells.length < 2 || heading.cells.some((c) => c.text === '' || !headingCell(c) || prose(c))) return undefined;
  const width = heading.cells.length;
  const blocks: TableCell[][] = [];
  const lines: Line[] = [head];
  let words: TableCell[] = [];
  for (let j = i + 1; j < paras.length && blocks.length < width; j++) {
    const p = paras[j]!;
    if (taken.has(p) || !free(p) || blankLinesBetween(text, paras[j - 1]!, p) !== 0 || /[。！？；]/.test(p.source)) return undefined;
    const cells = pipeCells(p);
    if (cells && (cells.cells.length !== 1 || !cells.closed)) return undefined;
    const re = /[^\s|｜]+/g;
    for (let m = re.exec(p.source); m; m = re.exec(p.source)) words.push({ offset: p.offset + m.index, endOffset: p.offset + m.index + m[0].length, text: m[0] });
    lines.push(p);
    if (cells) {
      blocks.push(words);
      words = [];
    }
  }
  if (blocks.length !== width) return undefined;
  const height = blocks[0]!.length;
  if (height < MIN_BLOCK_ROWS || blocks.some((b) => b.length !== height)) return undefined;
  if (blocks[0]!.every(figure) || blocks.slice(1).some((b) => !b.every((c) => figure(c) || readCell(c.text).kind === 'blank'))) return undefined;
  const rows: TableRow[] = Array.from({ length: height }, (_, k) => {
    const cells = blocks.map((b) => b[k]!);
    return { offset: cells[0]!.offset, endOffset: cells[cells.length - 1]!.endOffset, cells };
  });
  const last = lines[lines.length - 1]!;
  const table: Table = {
    offset: head.lineStart,
    endOffset: last.endOffset,
    source: 'pipe',
    header: { offset: head.offset, endOffset: head.endOffset, cells: heading.cells },
    rows,
    align: [],
  };
  return { table, lines };
}

/**
 * The same without pipes (表1-1 各乡镇（街道）常住人口数: 地区 常住人口 比重 on one line, then one word a line, the
 * row labels, then as many figures for each column after them): the heading's words parted by spaces, the lines
 * under it one word each, no blank line among them; the leading words are the labels, and the figures after them
 * exactly as many again for each other column. Undefined unless the lines are exactly so.
 */
function spacedColumnBlocksTable(text: string, paras: readonly Line[], i: number, taken: ReadonlySet<Line>): { table: Table; lines: Line[] } | undefined {
  const head = paras[i]!;
  const heading: TableCell[] = [];
  const re = /\S+/g;
  for (let m = re.exec(head.source); m; m = re.exec(head.source)) heading.push({ offset: head.offset + m.index, endOffset: head.offset + m.index + m[0].length, text: m[0] });
  const width = heading.length;
  if (width < 2 || heading.some((c) => !headingCell(c) || prose(c) || readCell(c.text).kind !== 'text')) return undefined;
  // 职 务, 地 区: one word spaced out a character at a time (a heading cell of a table pasted one cell per line), not
  // a heading of as many columns
  if (heading.every((c) => /^[\u4e00-\u9fff]$/.test(c.text))) return undefined;
  const lines: Line[] = [head];
  const words: TableCell[] = [];
  for (let j = i + 1; j < paras.length; j++) {
    const p = paras[j]!;
    if (taken.has(p) || !free(p) || blankLinesBetween(text, paras[j - 1]!, p) !== 0) break;
    const word = p.source.trim();
    if (word === '' || /\s/.test(word) || /[|｜]/.test(word)) break;
    const at = p.offset + p.source.indexOf(word);
    words.push({ offset: at, endOffset: at + word.length, text: word });
    lines.push(p);
  }
  let height = 0;
  while (height < words.length && readCell(words[height]!.text).kind === 'text') height++;
  if (height < MIN_BLOCK_ROWS || words.length < height * width) return undefined;
  const figures = words.slice(height, height * width);
  if (!figures.every((c) => figure(c) || readCell(c.text).kind === 'blank')) return undefined;
  const used = lines.slice(0, height * width + 1);
  const blocks = Array.from({ length: width }, (_, k) => words.slice(k * height, (k + 1) * height));
  const rows: TableRow[] = Array.from({ length: height }, (_, k) => {
    const cells = blocks.map((b) => b[k]!);
    return { offset: cells[0]!.offset, endOffset: cells[cells.length - 1]!.endOffset, cells };
  });
  const last = used[used.length - 1]!;
  const table: Table = {
    offset: head.lineStart,
    endOffset: last.endOffset,
    source: 'stacked',
    header: { offset: head.offset, endOffset: head.endOffset, cells: heading },
    rows,
    align: [],
  };
  return { table, lines: used };
}

/** Rows of a table written on one line: at least these many. */
const MIN_LINE_ROWS = 3;

/**
 * A table whose cells all came out on one line, parted by single spaces: the column headings (指 标 户籍人口数（人）
 * 比重（%）), then rows of a label and as many figures as there are figure columns, at least three rows and nothing
 * else (全县户籍总人口 1494257 100.0 其中：城镇 639996 42.83 …). Undefined unless the whole line is so.
 */
function oneLineTable(p: Line): Table | undefined {
  // (白菜 | 散装 | 1.20 | 1.00 | 20.0: a row of a pipe table, whose pipes would pass for row labels between its figures)
  if (/[。，；！？,;|｜]/.test(p.source)) return undefined;
  const tokens: TableCell[] = [];
  const re = /\S+/g;
  for (let m = re.exec(p.source); m; m = re.exec(p.source)) tokens.push({ offset: p.offset + m.index, endOffset: p.offset + m.index + m[0].length, text: m[0] });
  if (tokens.length < 3 + MIN_LINE_ROWS * 2) return undefined;
  const isFigure = tokens.map((t) => figure(t) && !yearLike(t));
  const firstFigure = isFigure.indexOf(true);
  if (firstFigure < 2) return undefined;
  // the figures per row: the run of figures after the first label
  let k = 0;
  while (isFigure[firstFigure + k]) k++;
  const start = firstFigure - 1;
  const rest = tokens.length - start;
  if (rest % (k + 1) !== 0 || rest / (k + 1) < MIN_LINE_ROWS || start < k + 1) return undefined;
  for (let i = start; i < tokens.length; i++) if (isFigure[i] !== ((i - start) % (k + 1) !== 0)) return undefined;
  const heading = tokens.slice(0, start);
  if (!heading.every(headingCell)) return undefined;
  const columns = heading.slice(start - k);
  const corner = heading.slice(0, start - k);
  const first = corner[0]!;
  const last = corner[corner.length - 1]!;
  const cornerCell: TableCell = { offset: first.offset, endOffset: last.endOffset, text: p.source.slice(first.offset - p.offset, last.endOffset - p.offset) };
  const rows: TableRow[] = [];
  for (let i = start; i < tokens.length; i += k + 1) {
    const cells = tokens.slice(i, i + k + 1);
    rows.push({ offset: cells[0]!.offset, endOffset: cells[k]!.endOffset, cells });
  }
  return { offset: p.lineStart, endOffset: p.endOffset, source: 'aligned', header: { offset: first.offset, endOffset: last.endOffset, cells: [cornerCell, ...columns] }, rows, align: [] };
}

/** Lines of a spaced progress table with a target, a done count and a rate: at least these many. */
const MIN_PROGRESS_LINES = 3;
/** A progress table's heading line: at most this many characters. */
const MAX_PROGRESS_HEADING = 120;

/** A line's words and figures, split at spaces, each a cell where it stands. */
function spacedCells(p: Line): TableCell[] {
  const cells: TableCell[] = [];
  for (const m of p.source.matchAll(/\S+/g)) cells.push({ offset: p.offset + m.index, endOffset: p.offset + m.index + m[0].length, text: m[0] });
  return cells;
}

/**
 * A 民生实事 progress table copied with single spaces between its cells (序号 考核指标 单 位 工作目标 已完成数 占年任务之比
 * 备 注, then `1 城镇新增就业 万人 5.2 7.23 139.1% 人力资源社会保障局`): its heading line names a target, what was done and
 * the one as a percentage of the other side by side, and the lines right under it (no blank line between) carry a
 * number, a number and a percentage in a row in at least three lines and in half of them or more. Its columns
 * cannot be told apart (remarks, merged 序号 cells, rows of words): an unclear table, whose progress triples are
 * checked (unclear.ts). Linear in the lines.
 */
function spacedProgressTable(text: string, paras: readonly Line[], i: number, taken: ReadonlySet<Line>): { table: Table; lines: Line[] } | undefined {
  const p = paras[i]!;
  if (p.source.length > MAX_PROGRESS_HEADING || /[|｜。；！？，]/.test(p.source)) return undefined;
  const header = spacedCells(p);
  if (header.length < 4 || header.length > MAX_STACKED_COLUMNS || header.some((c) => figure(c)) || progressHeadingAt(header.map((c) => c.text)) < 0) return undefined;
  const rows: TableRow[] = [];
  const lines: Line[] = [p];
  let triples = 0;
  for (let j = i + 1; j < paras.length; j++) {
    const q = paras[j]!;
    if (taken.has(q) || !free(q) || /[|｜]/.test(q.source) || blankLinesBetween(text, paras[j - 1]!, q) > 0) break;
    const cells = spacedCells(q);
    rows.push({ offset: q.offset, endOffset: q.endOffset, cells });
    lines.push(q);
    if (cells.some((_, k) => progressTriple(cells, k))) triples++;
  }
  if (triples < MIN_PROGRESS_LINES || triples * 2 < rows.length) return undefined;
  return {
    table: { offset: p.offset, endOffset: rows[rows.length - 1]!.endOffset, source: 'aligned', header: { offset: p.offset, endOffset: p.endOffset, cells: header }, rows, align: [], unclear: true },
    lines,
  };
}

/** A statistics form's row whose figure is run into its label (and unit): 最低生活保障人数万人7.1, 社区服务中心190, 1.提供住宿的民政机构   617. */
const RUN_INTO_ROW =
  /^(?:[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[.．、](?![0-9]))?[\u4e00-\u9fff](?:[\u4e00-\u9fff（）()·/]{0,29}[\u4e00-\u9fff）)·/])?[ \u3000]*-?[0-9](?:[0-9]{0,2}(?:,[0-9]{3})+|[0-9]*)(?:\.[0-9]+)?$/;
/** A label line of such a form: a section (四、社会救助), a group (城市最低生活保障), a row left empty (区公所). */
const RUN_INTO_LABEL = /^(?:[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[.．、](?![0-9]))?[\u4e00-\u9fff][\u4e00-\u9fff（）()·/]{0,29}$/;
/** Rows of such a form: at least these many. */
const MIN_RUN_INTO_ROWS = 6;

/**
 * A statistics form (指标名称 单位 数量) copied from a web page with its cells run together, one indicator per line, its
 * figure right after its label and unit (最低生活保障人数万人7.1), under section and group lines (四、社会救助, 城市最低生活
 * 保障), the lines perhaps indented by spaces: a table, not prose (nor code, nor a web page's residue). At least
 * `MIN_RUN_INTO_ROWS` such rows, as many as a third of the lines, nothing but rows and short labels between them (no
 * punctuation of a clause), from the heading line right above the first row (if any) to the last row. Its columns
 * cannot be told apart (where the label ends and the unit starts is not written): an unclear table, not checked.
 */
function runIntoTables(text: string, paras: readonly Line[], usable: (p: Line) => boolean): Array<{ table: Table; lines: Line[] }> {
  const out: Array<{ table: Table; lines: Line[] }> = [];
  // (a year at the end is a title's or a heading's: 统计公报2023)
  const trailing = (t: string): string => {
    let i = t.length;
    while (i > 0 && /[0-9,.]/.test(t[i - 1]!)) i--;
    return t.slice(i);
  };
  const row = (p: Line): boolean => RUN_INTO_ROW.test(p.source.trim()) && !yearLike({ offset: 0, endOffset: 0, text: trailing(p.source.trim()) });
  const label = (p: Line): boolean => RUN_INTO_LABEL.test(p.source.trim());
  for (const run of runs(text, paras, (p) => usable(p) && (row(p) || label(p)))) {
    const first = run.findIndex((c) => row(c.para));
    if (first < 0) continue;
    let last = run.length - 1;
    while (!row(run[last]!.para)) last--;
    const lines = run.slice(Math.max(0, first - 1), last + 1).map((c) => c.para);
    const rows = lines.filter(row).length;
    if (rows < MIN_RUN_INTO_ROWS || rows * 3 < lines.length) continue;
    // whole numbers rising from line to line are a table of contents' pages (第一章总则1, 第二章规划目标5), no form's
    const figures = lines.filter(row).map((p) => trailing(p.source.trim()));
    if (figures.every((f, i) => /^[0-9]+$/.test(f) && (i === 0 || Number(f) >= Number(figures[i - 1])))) continue;
    const cell = (p: Line): TableRow => ({ offset: p.offset, endOffset: p.endOffset, cells: [{ offset: p.offset, endOffset: p.endOffset, text: p.source.trim() }] });
    const head = lines[0]!;
    out.push({
      table: { offset: head.lineStart, endOffset: lines[lines.length - 1]!.endOffset, source: 'aligned', header: cell(head), rows: lines.slice(1).map(cell), align: [], unclear: true },
      lines,
    });
  }
  return out;
}

/** A numbered table's caption alone in its row (表 2 2015 年全国及各省（区、市）粮食产量 | |||). */
const NUMBERED_CAPTION = /^附?表\s*[0-9０-９一二三四五六七八九十]{1,3}[\s\u3000]+\S/;

/**
 * The line of a numbered table's caption right above a heading line at `i`, when the lines between it and the last
 * row of figures above hold one cell each (the caption, a 注 closing the table before): the next table, pasted under
 * the first with no blank line, starts at its caption.
 */
function numberedCaptionAbove(rows: ReadonlyArray<readonly TableCell[]>, i: number): number | undefined {
  const single = (cells: readonly TableCell[]): TableCell | undefined => {
    const filled = cells.filter((c) => c.text !== '');
    return filled.length === 1 && cells[0]!.text !== '' ? filled[0] : undefined;
  };
  for (let j = i - 1; j >= Math.max(1, i - 2); j--) {
    const cell = single(rows[j]!);
    if (!cell) return undefined;
    if (NUMBERED_CAPTION.test(cell.text.trim()) && (figureRow(rows[j - 1]!) || (j - 2 >= 0 && single(rows[j - 1]!) && figureRow(rows[j - 2]!)))) return j;
  }
  return undefined;
}

/**
 * # 批发零售业 on a line of its own between the cells of a table pasted one cell a line, a pipe or a figure on the
 * lines right before and after it (社会消费品零售总额 | 1590.93 | … then # 批发零售业 | 1471.86: a 其中 row's label):
 * a short label with no sentence in it, neither line beside it a heading.
 */
function hashLabelAmongCells(p: Line, before: Line | undefined, after: Line | undefined): boolean {
  const cellLine = (q: Line | undefined): boolean => !!q && q.headingDepth === undefined && (/^[\s|｜]*$/.test(q.source) || isFigureCell(q.source.replace(/[|｜]\s*$/, '').trim()));
  return [...p.source].length <= MAX_STACKED_CELL && !/[|｜。！？；，,]/.test(p.source) && cellLine(before) && cellLine(after);
}

/** The tables pasted as text among a draft's lines, and the lines they take (no longer prose). */
/**
 * Lines Markdown reads as headings that are a table's cells (# 医院 |, # 门 诊 |: a yearbook's 其中 mark), each read
 * from its line's start, its # kept: the lines with those in their place (`view`), and each one's own line (`asCell`).
 * `oneCell`: only a line of one cell (a table pasted one cell a line).
 */
function headingsAsCells(text: string, paras: readonly Line[], taken: ReadonlySet<Line>, oneCell: boolean): { view: Line[]; asCell: Map<Line, Line> } {
  const closed = oneCell ? /^[^|｜]*[|｜]\s*$/ : /[|｜]\s*$/;
  const asCell = new Map<Line, Line>();
  const view = paras.map((p, i) => {
    if (p.headingDepth === undefined || p.inList || taken.has(p) || !/^ {0,3}#/.test(text.slice(p.lineStart, p.offset))) return p;
    if (!closed.test(p.source) && !(oneCell && hashLabelAmongCells(p, paras[i - 1], paras[i + 1]))) return p;
    const h: Line = { ...p, offset: p.lineStart, source: text.slice(p.lineStart, p.endOffset) };
    asCell.set(h, p);
    return h;
  });
  return { view, asCell };
}

export function findPastedTables(text: string, paras: readonly Line[]): { tables: Table[]; taken: Set<Line> } {
  const taken = new Set<Line>();
  const tables: Table[] = [];
  const usable = (p: Line): boolean => !taken.has(p) && free(p);

  // tables copied column by column
  for (let i = 0; i < paras.length; i++) {
    if (taken.has(paras[i]!) || !free(paras[i]!)) continue;
    const found = /[|｜]/.test(paras[i]!.source) ? columnBlocksTable(text, paras, i, taken) : / /.test(paras[i]!.source.trim()) ? spacedColumnBlocksTable(text, paras, i, taken) : undefined;
    if (!found) continue;
    tables.push(found.table);
    for (const p of found.lines) taken.add(p);
    i += found.lines.length - 1;
  }
  // tables written on one line
  for (const p of paras) {
    if (taken.has(p) || !free(p)) continue;
    const table = oneLineTable(p);
    if (!table) continue;
    tables.push(table);
    taken.add(p);
  }

  // progress tables spaced by single spaces
  for (let i = 0; i < paras.length; i++) {
    if (taken.has(paras[i]!) || !free(paras[i]!)) continue;
    const found = spacedProgressTable(text, paras, i, taken);
    if (!found) continue;
    tables.push(found.table);
    for (const p of found.lines) taken.add(p);
    i += found.lines.length - 1;
  }

  // pipes as cell boundaries: one cell per line (or over two lines) each closed by a pipe, rows perhaps parted by
  // lines of pipes alone
  // a heading (（二）…) between two tables is not a cell of either, unless a pipe alone closes it as a cell; a line a
  // pipe closes may be longer (一、高等教育 higher education)
  const closedByPipe = new Set<Line>();
  paras.forEach((p, i) => {
    const next = paras[i + 1];
    if (next && /^[\s|｜]+$/.test(next.source) && /[|｜]/.test(next.source) && blankLinesBetween(text, p, next) === 0) closedByPipe.add(p);
  });
  const shortLine = (p: Line): boolean =>
    !/[。！？；]/.test(p.source) &&
    p.source.length <= 4 * MAX_STACKED_CELL &&
    (closedByPipe.has(p) ? [...p.source].length <= 2 * MAX_STACKED_CELL : [...p.source].length <= MAX_STACKED_CELL && !p.ordinal);
  // a cell that reads as a list item (1. 高中), and the lines after it that Markdown then takes into the item: cells
  const usableCell = (p: Line): boolean => !taken.has(p) && p.headingDepth === undefined;
  // rows of several cells each make four lines in ten or more: a table of rows, its cells not one a line
  const rowsOfCells = (run: readonly Candidate[]): boolean => {
    const withPipes = run.filter((c) => /[|｜]/.test(c.para.source));
    const multi = withPipes.filter((c) => pipeCells(c.para)!.cells.filter((x) => x.text !== '').length >= 2).length;
    return multi * 10 > withPipes.length * 4;
  };
  const stackedRun = (run: readonly Candidate[]): { tables: Table[]; taken: Set<Line> } | undefined => {
    const withPipes = run.filter((c) => /[|｜]/.test(c.para.source));
    if (withPipes.length < 4 || rowsOfCells(run)) return undefined;
    // two pipes with nothing between end a row; or, when rows so read are not clear and the rows are told by their
    // labels, they are an empty cell
    const byBreaks = pipeStackedTables(run, false);
    let chosen = byBreaks;
    // (a form's numbering row, 甲 | 乙 | 丙 | 1 | 2 | 3, counts its columns only with its empty cells written out)
    const numbered = rowsByNumbering(pipeStream(run, true)) !== undefined;
    // (a balance table in two halves whose empty cells are written out pairs its items only with them counted)
    const halves = halvesByHeading(pipeStream(run, true))?.written === true;
    if (numbered || halves || byBreaks.tables.some((t) => t.unclear) || byBreaks.tables.length === 0) {
      const byCells = pipeStackedTables(run, true);
      const clearCells = (ts: readonly Table[]): number => ts.filter((t) => !t.unclear).reduce((n, t) => n + t.rows.length * t.header.cells.length, 0);
      if (byCells.tables.length > 0 && byCells.tables.every((t) => !t.unclear) && (numbered || halves || clearCells(byCells.tables) > clearCells(byBreaks.tables))) chosen = byCells;
    }
    if (chosen.tables.length === 0 || chosen.tables.some((t) => t.unclear)) {
      const tiled = tiledTable(run);
      if (tiled) chosen = tiled;
    }
    return chosen;
  };
  // a cell that reads as a Markdown heading (# 门 诊 |, # 政府办 |: a yearbook's 其中 mark) is a cell, its # kept, when
  // with it the table's columns are clear; or the run is read as it would be without it
  const { view: stackedView, asCell: headingCells } = headingsAsCells(text, paras, taken, true);
  const stackedLine = (p: Line): boolean => usableCell(p) && (/[|｜]/.test(p.source) || shortLine(p));
  // (read before the loop below takes lines; needed only when a line was read as a cell: else these runs are the ones below)
  const withoutHeadings = headingCells.size > 0 ? runs(text, paras, stackedLine) : [];
  for (const whole of runs(text, stackedView, (p) => headingCells.has(p) || stackedLine(p))) {
    // (the # cells count no more than the other lines toward a table of one cell a line: a table of rows under a heading
    // stacked one cell a line, 2019 | 75 | 41 | 3240 |, is read as rows)
    const withHeadings = whole.some((c) => headingCells.has(c.para));
    const read = withHeadings && !rowsOfCells(whole.filter((c) => !headingCells.has(c.para))) ? stackedRun(whole) : undefined;
    // (… nor a heading that took a section's name, 一、公共汽电车, for a column's: rows read two to a line)
    const misread = (t: Table): boolean => t.header.cells.some((c) => /^[一二三四五六七八九十]{1,3}、/.test(c.text.trim()));
    const parts = read && read.tables.length > 0 && read.tables.every((t) => !t.unclear && !misread(t)) ? [read] : [];
    if (parts.length === 0) {
      const [from, to] = [whole[0]!.para.offset, whole[whole.length - 1]!.para.endOffset];
      for (const run of withHeadings ? withoutHeadings.filter((r) => r[0]!.para.offset >= from && r[0]!.para.offset < to) : [whole]) {
        const chosen = stackedRun(run);
        if (chosen) parts.push(chosen);
      }
    }
    for (const chosen of parts) {
      tables.push(...chosen.tables);
      for (const p of chosen.taken) taken.add(headingCells.get(p) ?? p);
    }
  }

  // pipes between cells of a row: rows of cells
  // a heading cell that reads as a Markdown heading (# 医院 |, a 其中 column of a yearbook) is a cell, its # kept
  const { view, asCell } = headingsAsCells(text, paras, taken, false);
  const pipeRun = (run: readonly Candidate[]): { table: Table; kept: Array<{ para: Line }>; notes: Line[] } | undefined => {
    const lines = run.map((c) => ({ para: asCell.get(c.para) ?? c.para, ...pipeCells(c.para)! }));
    // a note after the table (注：…) or a sentence before it may carry a pipe too: they stay prose
    let a = 0;
    let b = lines.length;
    while (a < b && lines[a]!.cells.some(prose)) a++;
    while (b > a && lines[b - 1]!.cells.some(prose)) b--;
    // but a row of figures whose sentences stand in a column that holds sentences in the rows kept (增减原因, 备注)
    // is a row too, and so is the note its copy closes with pipes (说明：… | |||, the rest of its row empty)
    const remarks = new Set<number>();
    for (const l of lines.slice(a, b)) l.cells.forEach((c, i) => prose(c) && remarks.add(i));
    const widest = Math.max(0, ...lines.slice(a, b).map((l) => l.cells.length));
    const remarkRow = (l: (typeof lines)[number]): boolean => l.cells.length <= widest && figureRow(l.cells) && l.cells.every((c, i) => !prose(c) || remarks.has(i)) && !prose(l.cells[0]!);
    while (remarks.size > 0 && b < lines.length && remarkRow(lines[b]!)) b++;
    const notes: Line[] = [];
    for (let n = b; b > a && n < lines.length; n++) {
      const cells = lines[n]!.cells;
      if (cells.length < 2 || !lines[n]!.closed || !prose(cells[0]!) || cells.slice(1).some((c) => c.text !== '')) break;
      notes.push(lines[n]!.para);
    }
    const kept = lines.slice(a, b);
    if (kept.length === 0) return undefined;
    const rows = kept.map((l) => ({ cells: l.cells, closed: l.closed, offset: l.para.offset, endOffset: l.para.endOffset, lineStart: l.para.lineStart }));
    let table = tableOfRows(rows, 'pipe', 2, (heading) => joinPipeHeading(heading as typeof rows));
    if (!table || table.unclear) {
      // rows broken over lines: a line opening with a pipe goes on with the row of the line before it, closed by its
      // own pipe; the line break between the two pipes is an empty cell (濮阳县 | 11330 | 39387 | / | -17.1 | … |)
      const continued = brokenRows(kept);
      const joined = continued && tableOfRows(continued, 'pipe', 2, (heading) => joinPipeHeading(heading as typeof rows));
      if (joined && !joined.unclear) table = joined;
    }
    if (!table || table.unclear) {
      const rejoined = rowsOneCellPerLine(rows);
      const joined = rejoined && tableOfRows(rejoined, 'pipe', 2, (heading) => joinPipeHeading(heading as typeof rows));
      if (joined && !joined.unclear) table = joined;
    }
    const filledLines = kept.filter((l) => l.cells.some((c) => c.text !== ''));
    if (!table && filledLines.length === 1) {
      const split = rowsOfOneLine(filledLines[0]!);
      const read = split && tableOfRows(split, 'pipe', 2);
      if (read && !read.unclear) table = read;
    }
    // the notes count only right under the table's last row
    const last = kept[kept.length - 1]!.para;
    return table ? { table, kept, notes: table.endOffset === last.endOffset ? notes : [] } : undefined;
  };
  // tables pasted one right under the other (人口排行 | 各区 | 2021年常住人口 | … rows, then 地区 | 2020年 | 2019年 | … and
  // its rows, no blank line between): a line of headings only, right after a row of figures and right before
  // another, opens a table of its own; each part read alone, and taken only when every part's columns are clear
  // (a table read clear as one is parted only at a numbered caption: its rows may well be the first table's)
  const gluedTables = (run: readonly Candidate[], captionsOnly = false): Array<NonNullable<ReturnType<typeof pipeRun>>> | undefined => {
    const cellsOf = (c: Candidate): TableCell[] => pipeCells(c.para)?.cells ?? [];
    const headingLine = (cells: readonly TableCell[]): boolean => cells.filter((c) => c.text !== '').length >= 2 && cells.every((c) => c.text === '' || (headingCell(c) && !prose(c)));
    const starts: number[] = [0];
    for (let i = 1; i + 1 < run.length; i++) {
      if (!headingLine(cellsOf(run[i]!)) || !figureRow(cellsOf(run[i + 1]!))) continue;
      if (figureRow(cellsOf(run[i - 1]!))) {
        if (!captionsOnly) starts.push(i);
      } else {
        const caption = numberedCaptionAbove(run.map(cellsOf), i);
        if (caption !== undefined) starts.push(caption);
      }
    }
    if (starts.length < 2) return undefined;
    const parts = starts.map((s, k) => pipeRun(run.slice(s, starts[k + 1] ?? run.length)));
    return parts.every((f) => f && !f.table.unclear) ? (parts as Array<NonNullable<ReturnType<typeof pipeRun>>>) : undefined;
  };
  const take = (found: { table: Table; kept: Array<{ para: Line }>; notes: Line[] }): void => {
    const { table, kept } = found;
    tables.push(table);
    for (const l of kept) if (l.para.offset >= table.offset && l.para.endOffset <= table.endOffset) taken.add(l.para);
    for (const p of found.notes) taken.add(p);
    // heading lines with a pipe above it, a Markdown heading among them (# 注册护士 |)
    const piped = paras.filter((p) => p.endOffset <= table.offset && /[|｜]/.test(p.source) && !p.inList);
    for (const p of headingLinesAbove(text, piped, table, taken)) taken.add(p);
  };
  const pipeRuns = (lines: readonly Line[]): Candidate[][] => runs(text, lines, (p) => usable(p) && /[|｜]/.test(p.source));
  for (const run of runs(text, view, (p) => asCell.has(p) || (usable(p) && /[|｜]/.test(p.source)))) {
    const cellLines = run.filter((c) => asCell.has(c.para));
    if (cellLines.length === 0) {
      const found = pipeRun(run);
      const parts = found ? gluedTables(run, !found.table.unclear) : undefined;
      if (parts) for (const f of parts) take(f);
      else if (found) take(found);
      continue;
    }
    // with its heading cells read as cells the table's columns are clear, or it is read as it would be without them
    const found = pipeRun(run);
    if (found && !found.table.unclear) {
      take(found);
      continue;
    }
    for (const part of pipeRuns(run.filter((c) => !asCell.has(c.para)).map((c) => c.para))) {
      const f = pipeRun(part);
      if (f) take(f);
    }
  }

  // aligned columns (tabs, runs of spaces, or a label and figures spaced by single spaces), label lines among them
  const aligned = new Map<Line, TableCell[] | undefined>();
  const alignedOf = (p: Line): TableCell[] | undefined => {
    if (!aligned.has(p)) aligned.set(p, alignedCells(p));
    return aligned.get(p);
  };
  // a label line (按城乡分, 学校数 Number of Schools); a line that leads into what follows (如下：) is prose
  // (the punctuation first: spreading every line of a long draft into code points on every keystroke is not free)
  const groupLine = (p: Line): boolean => !/[。！？；，|｜]|[：:]\s*$/.test(p.source) && p.source.length <= 2 * MAX_GROUP_LABEL && [...p.source].length <= MAX_GROUP_LABEL;
  // a row that reads as a Markdown heading (# 汽车   Automobile   2981224 3198405: a yearbook's 其中 row, its # kept
  // before the label) is a row of figures when the whole line splits into aligned cells ending in a figure
  const alignedView = new Map<Line, Line>();
  const alignedLines = paras.map((p) => {
    if (p.headingDepth !== 1 || p.inList || taken.has(p) || !/^ {0,3}# /.test(text.slice(p.lineStart, p.offset))) return p;
    const line: Line = { ...p, offset: p.lineStart, source: text.slice(p.lineStart, p.endOffset) };
    delete line.headingDepth;
    const cells = alignedCells(line);
    if (!cells || cells.length < 3 || !isFigureCell(cells[cells.length - 1]!.text)) return p;
    alignedView.set(line, p);
    aligned.set(line, cells);
    return line;
  });
  const original = (p: Line): Line => alignedView.get(p) ?? p;
  // most rows a label and figures (民用车辆拥有量 （辆） Civilian Vehicle (unit) | 3081809 | 3308683): a row split into
  // its label's words and one figure spaced as thousands (民 航 | Civil Aviation | 117 119) is a label and as many figures
  const relabelled = (lines: readonly Line[]): void => {
    const shape = (cells: readonly TableCell[] | undefined): number => (cells && cells.length >= 3 && cells.slice(1).every((c) => isFigureCell(c.text) && !/\s/.test(c.text)) ? cells.length : 0);
    const widths = new Map<number, number>();
    for (const p of lines) {
      const w = shape(alignedOf(p));
      if (w > 0) widths.set(w, (widths.get(w) ?? 0) + 1);
    }
    const [width, count] = [...widths.entries()].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
    if (count * 2 <= lines.length) return;
    for (const p of lines) {
      const cells = alignedOf(p);
      if (!cells || shape(cells) > 0 || !/^[0-9]{1,3}(?: [0-9]{3})+$/.test(cells[cells.length - 1]!.text)) continue;
      const figures = trailingFigures(p);
      if (figures && shape(figures) === width) aligned.set(p, figures);
    }
  };
  // `cellsOf`: a line's cells, undefined for a label line; `remarked`: a reading with rows of figures and a remark
  // after them, taken only when its columns are clear and such a row is in it
  const readAligned = (cellsOf: (p: Line) => TableCell[] | undefined, remarked: boolean): void => {
    const usableLine = (p: Line): boolean => (free(p) ? !!cellsOf(p) || groupLine(p) : listedRow(text, p) && (!!cellsOf(p) || (groupLine(p) && endsInFigure(p))));
    for (const run of runs(text, alignedLines, (p) => !taken.has(original(p)) && usableLine(p))) {
      // the run from its first line with columns (or the heading lines right above it, at most four) to its last
      let first = run.findIndex((c) => cellsOf(c.para));
      if (first > 0) first = Math.max(0, first - 4);
      let last = run.length - 1;
      while (last >= 0 && !cellsOf(run[last]!.para)) last--;
      if (first < 0) continue;
      // a caption or unit line right above the columns is the table's; other label lines before it are not
      const lines = run.slice(first, last + 1);
      relabelled(lines.map((c) => c.para));
      const rows: RawRow[] = lines.map((c) => ({
        cells: cellsOf(c.para) ?? [{ offset: c.para.offset, endOffset: c.para.endOffset, text: c.para.source }],
        offset: c.para.offset,
        endOffset: c.para.endOffset,
        lineStart: c.para.lineStart,
        lineEnd: c.para.lineEnd,
      }));
      const columns = lines.filter((c) => cellsOf(c.para)).length;
      const tabs = lines.some((c) => c.para.source.includes('\t'));
      if (columns < (tabs ? 2 : 3)) continue;
      const table = tableOfRows(rows, 'aligned', tabs ? 2 : 3, undefined, text);
      if (!table || (remarked && (table.unclear || !lines.some((c) => !alignedOf(c.para) && cellsOf(c.para))))) continue;
      // a bilingual yearbook's heading over many lines whose words fall into no column, its 其中 columns alone marked #
      // (# 一 般 / #增值税 #营业税 …): those columns placed by their figures
      const width = table.header.cells.length;
      const bodyAt = table.rows.find((r) => figureRow(r.cells))?.offset;
      if (bodyAt !== undefined && !table.unclear && !table.header.cells.some((c) => SUBSET_HEADING.test(c.text))) {
        const above = linesAbove(text, bodyAt, MAX_HASH_HEADING_LINES, table.offset);
        const marked = hashColumns(
          above,
          table.rows.filter((r) => r.offset >= bodyAt),
          width,
        );
        if (marked) table.header = { ...table.header, cells: table.header.cells.map((c, i) => marked.get(i) ?? c) };
      }
      tables.push(table);
      for (const c of lines) if (c.para.offset >= table.offset && c.para.endOffset <= table.endOffset) taken.add(original(c.para));
      for (const p of headingLinesAbove(
        text,
        run.map((c) => c.para),
        table,
        taken,
      ))
        taken.add(p);
    }
  };
  readAligned(alignedOf, false);
  // rows of figures with a remark after them (棠香街道 8 1 7 0 … 追减“…”22.55万元，…), where no table was read
  readAligned((p) => alignedOf(p) ?? figuresAndRemark(p), true);

  // one cell per line
  const stackedCell = (p: Line): TableCell | undefined => {
    const t = p.source;
    // 总  计 is one cell spaced out; a line that splits into figures at its spaces is an aligned row instead
    if (t.length > 2 * MAX_STACKED_CELL || [...t].length > MAX_STACKED_CELL || /[。！？；|｜\t]/.test(t) || (/[ \u3000]{2}/.test(t) && alignedOf(p))) return undefined;
    return { offset: p.offset, endOffset: p.endOffset, text: t };
  };
  for (const run of runs(text, paras, (p) => usable(p) && !!stackedCell(p), MAX_STACKED_BLANK_LINES)) {
    if (run.length < 6) continue;
    let cells = stackedCells(run, (p) => ({ cell: stackedCell(p), rowBreak: false }));
    // tables one after another in one run: each found is cut off and the rest searched again
    for (let guard = 0; cells.length >= 6 && guard < 50; guard++) {
      const before = tables.length;
      stackedTable(cells, 'stacked', taken, tables);
      if (tables.length === before) break;
      const end = tables[tables.length - 1]!.endOffset;
      cells = cells.filter((c) => c.cell.offset >= end);
    }
  }
  // a statistics form's rows, each figure run into its label
  for (const found of runIntoTables(text, paras, usable)) {
    tables.push(found.table);
    for (const p of found.lines) taken.add(p);
  }
  tables.sort((a, b) => a.offset - b.offset);
  return { tables, taken };
}
