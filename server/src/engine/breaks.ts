// Where a paragraph stops mid-sentence and the next one carries the sentence on, as copying from web pages and
// PDFs leaves behind (a PDF's hard wraps: 占支出总预\n算4.04%). The broken-paragraph rule reports each break; the
// figure reader reads the lines of one broken sentence as one paragraph, as the writer will once it is mended.

import { endsSentence, type Draft, type Line } from './parse';

const LABEL_LINE = /^(?:附件|出席|列席|请假|缺席|记录|抄送|分送)\s*[：:]/;
const DATE_LINE = /^(?:[0-9]{4}|[〇零一二三四五六七八九]{4})年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日$/;
/** A table's unit line (单位：万元) never carries on a sentence. */
const UNIT_LINE = /^[（(]?\s*(?:计量)?[单單]位\s*[：:]/;
/**
 * A chart's or a table's caption, whose picture or table the page did not give as text: numbered (图1：全市12345平台服务量占比,
 * 圖二 2017-2023年三次產業結構比重, 表一：…工作进度总表, 表6—6 …（续表）) or closed by its unit (…及增长速度 单位：亿元、%).
 * It names what stands below it and carries on no sentence, nor is it the rest of one. A sentence citing a table (表1显示，…) has
 * clause punctuation.
 */
const CAPTION_NUMBER = /^附?[图表圖]\s*[0-9０-９一二三四五六七八九十]+(?:\s*[-—–－.]\s*[0-9０-９]+)?(?![0-9０-９])/;
const CAPTION_UNIT = /\s[（(]?(?:计量)?[单單]位\s*[：:]/;
const caption = (t: string): boolean => !/[，。；,;]/.test(t) && (CAPTION_NUMBER.test(t) || CAPTION_UNIT.test(t));
/** A note after a full stop (…56.0。（图1）, …开门红。（杨骥）, …增63.55%）。（详见附表1）): the sentence ended before it. */
const NOTE_AFTER_STOP = /[。！？][”’]?\s*[（(][^（()）]{1,20}[）)]$/;

/**
 * A line wholly in one pair of brackets: a note under a title or a table, complete in itself ((2024年1月25日政协…会议通过),
 * （截至2023年8月15日，全市已拆除15046150㎡）, （图表数据由…提供）).
 */
function bracketed(t: string): boolean {
  if (t[0] !== '（' && t[0] !== '(') return false;
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '（' || t[i] === '(') depth++;
    else if ((t[i] === '）' || t[i] === ')') && --depth === 0) return i === t.length - 1;
  }
  return false;
}
/** A page's breadcrumb (首页 > 政府信息公开 > … > 市交通运输局): two separators or more between words. */
const BREADCRUMB = /[^\s>＞›»]\s*[>＞›»]\s*[^\s>＞›»][^>＞›»]*[>＞›»]/;
/** A speech's subtitle (——在…会议上) or a reposted page's 原标题 line: a title, not a sentence. */
const TITLE_LINE = /^\s*(?:——|--|[（(]?原标题\s*[：:])/;
/** A line led by a short name and a colon (利辛县：…, 谯城区：…): one item of a list by place or unit. */
const LABELLED = /^[\u4e00-\u9fff]{2,10}[：:]/;

/** A last clause that opens a share and stops before its figure, after a clause with a number: …元，占支出总预 (a PDF's hard wrap, not a heading's end). */
function unfinishedShare(t: string): boolean {
  const comma = Math.max(t.lastIndexOf('，'), t.lastIndexOf(','));
  if (comma < 0 || !/^\s*占[\u4e00-\u9fff]*$/.test(t.slice(comma + 1))) return false;
  const before = t.slice(0, comma);
  return /[0-9０-９]/.test(before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；')) + 1));
}

/** A cell of a row pasted with spaces between cells: a number, a percentage, or a dash for an empty cell. */
const NUMBER_CELL = /^(?:[-+]?[0-9０-９][0-9０-９.,]*[%％]?|[-—–]+)$/;

/**
 * A table row pasted with spaces between its cells (1 城镇新增就业 万人 5.2 7.23 139.1% 人力资源社会保障局): four cells
 * or more, one of them a number, Chinese words, and no clause punctuation or 、. Each row is a line of its own: the break after it ends a
 * row, not a sentence. (Prose copied from a PDF spaces its figures too, 全镇实现入⏎库税收 3212 万元，完成年计划的 52%；
 * but has clauses, or lists: 文化旅游体⏎育与传媒支出 850088.3 元、社会保障和就业支出 116433.12⏎元.)
 */
export function spacedRow(t: string): boolean {
  if (/[，。；、：,;:]/.test(t) || !/[\u4e00-\u9fff]/.test(t)) return false;
  const cells = t.trim().split(/\s+/);
  return cells.length >= 4 && cells.some((c) => NUMBER_CELL.test(c));
}

const found = new WeakMap<Draft, ReadonlySet<Line>>();

/** The lines of a draft whose sentence goes on in the next line of `draft.lines` (built once per draft). */
export function brokenLines(draft: Draft): ReadonlySet<Line> {
  let lines = found.get(draft);
  if (!lines) found.set(draft, (lines = findBreaks(draft)));
  return lines;
}

function findBreaks(draft: Draft): Set<Line> {
  const out = new Set<Line>();
  const paras = draft.lines;
  // a table's rows are not prose lines; its 表题 and unit line above it are not sentences either
  const tableLines = new Set<number>();
  for (const t of draft.tables) for (const s of [t.caption, t.unit]) if (s) tableLines.add(s.offset);
  const inTable = (p: Line): boolean => tableLines.has(p.offset) || draft.tables.some((t) => t.offset <= p.offset && p.endOffset <= t.endOffset);
  for (let i = 0; i + 1 < paras.length; i++) {
    const p = paras[i]!;
    const q = paras[i + 1]!;
    if (!isProse(p, draft) || endsSentence(p.prose) || UNIT_LINE.test(p.prose) || !continues(q, draft)) continue;
    if (draft.tables.length > 0 && (inTable(p) || inTable(q))) continue;
    // a cell of a table pasted one cell per line, or the line before its first: no sentence goes on across them
    if (p.cell || q.cell) continue;
    if (spacedRow(p.prose) || spacedRow(q.prose)) continue;
    // 利辛县：…整改率96.6%⏎谯城区：…: the next item of a list by place, not the rest of a sentence
    if (LABELLED.test(p.prose) && LABELLED.test(q.prose)) continue;
    // only blank lines between: no code block, HTML or other markup
    if (draft.source.slice(p.endOffset, q.offset).trim() !== '') continue;
    out.add(p);
  }
  return out;
}

/** A line of running prose: not a heading, title, signature, date or list line. */
function isProse(p: Line, draft: Draft): boolean {
  // 1,258,337 |: a cell of a table pasted one cell per line, closed by its pipe
  if (/\|\s*$/.test(p.prose)) return false;
  if (p.headingDepth !== undefined || p.inList || p.residue || p === draft.title || p === draft.duplicateTitle) return false;
  const t = p.prose.slice(p.ordinal ? p.ordinal.endOffset - p.offset : 0).trim();
  if (DATE_LINE.test(t)) return false;
  // （五）聚焦党的建设，基层组织坚强有力: a numbered line without a full stop is a heading
  // (a line that ends in a comma is no heading: （一）文化旅游体育与传媒支出类科目 850088.3 元，\n占支出总预算 78.33%)
  // (nor one whose last clause is a share waiting for its figure: （一）教育支出类科目 5,806,105.16 元，占支出总预\n算3.9%)
  if (p.ordinal && !/[。！？]/.test(t) && !/[，,、]$/.test(t) && !unfinishedShare(t) && [...t].length <= 40) return false;
  // 附件说明 and 纪要's name lists take no final punctuation (GB/T 9704-2012 7.3.4, 10.3), nor 版记's 抄送
  if (LABEL_LINE.test(t) || BREADCRUMB.test(t) || TITLE_LINE.test(t)) return false;
  if (caption(t) || NOTE_AFTER_STOP.test(t) || bracketed(t)) return false;
  // a short line without inner punctuation is a heading or a signature line, and so is a short run of names
  // joined by 、 (镇党委、政府: the speakers of a report)
  const length = [...t].length;
  return /[，。；：,;]/.test(t) || length > 30 || (t.includes('、') && (length > 12 || /[0-9０-９]|、$/.test(t)));
}

/** A line that can carry on the sentence before it. */
function continues(q: Line, draft: Draft): boolean {
  if (q.headingDepth !== undefined || q.inList || q.residue || q.ordinal || q === draft.title || UNIT_LINE.test(q.prose) || caption(q.prose)) return false;
  return /^[\u3400-\u9fff0-9０-９xXＸ×“"《（(A-Za-z]/.test(q.prose);
}
