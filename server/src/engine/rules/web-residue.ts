// web-residue: lines a template website leaves in a copied 范文 (banners, 加入收藏, 阅读时长, 扫码领取, stray numbers), and
// paragraphs indented by spaces, which Markdown reads as code.

import { defineRule } from '../rule';
import { quote } from '../text';
import type { Draft, Line } from '../parse';
import type { TextEdit } from '../types';
import { inStackedTable } from '../breaks';

const KIND_TEXT = {
  banner: '范文网站的站名横幅',
  furniture: '网页上的按钮、计数或推广文字',
  number: '单独成行的数字（网页计数或页码）',
  title: '与标题重复的网页标题',
};

/** A figure alone on its line: a number or a percentage. */
const CELL_FIGURE = /^[0-9０-９][0-9０-９,，.]*\s*[%％]?$/;
/** A column heading alone on its line: a few words, no clause punctuation. */
const HEADING_CELL = /^[^，。；,;：:]{2,20}$/;

/** Whether the line at `index` is in a run of two figures or more alone on adjacent lines, under as many headings. */
function cellUnderHeadings(lines: readonly Line[], index: number): boolean {
  const figure = (k: number): boolean => k >= 0 && k < lines.length && CELL_FIGURE.test(lines[k]!.prose.trim());
  let start = index;
  while (figure(start - 1)) start--;
  let end = index;
  while (figure(end + 1)) end++;
  const run = end - start + 1;
  if (run < 2) return false;
  let headings = 0;
  for (let k = start - 1; k >= 0 && headings < run && HEADING_CELL.test(lines[k]!.prose.trim()) && !figure(k); k--) headings++;
  return headings >= run;
}

/** Figures alone on their lines, and short labels, a run of lines must hold to be a table's cells. */
const CELLS_IN_RUN = 3;

/**
 * 一、造林面积⏎公顷⏎2178⏎（一）按造林方式分⏎1、人工造林⏎公顷⏎2178⏎…⏎1、公有经济造林⏎公顷⏎966: a figure alone on its line
 * in a run of short lines only (labels, units, figures alone; up to a sentence or a line of the page's fields), with
 * three figures alone and three labels in it at least, is a cell of a table pasted one cell per line, whatever its
 * layout (label, unit and figure by turns, rows left empty), and so is one in such a run right after a table read
 * up to there; a stray counter or page number stands alone among the page's sentences or its furniture. The runs
 * are read once for the draft, in one pass (a draft of a thousand lone figures is read in linear time).
 */
function labelRuns(draft: Draft): (index: number) => boolean {
  const { lines } = draft;
  // each line's run of short lines, read once for the draft: its first line, and whether it holds a table's cells
  const cells = new Array<boolean>(lines.length).fill(false);
  const short = (t: string): boolean => t === '' || CELL_FIGURE.test(t) || HEADING_CELL.test(t);
  for (let start = 0; start < lines.length;) {
    if (!short(lines[start]!.prose.trim())) {
      start++;
      continue;
    }
    let end = start;
    let figures = 0;
    let labels = 0;
    for (; end < lines.length; end++) {
      const t = lines[end]!.prose.trim();
      if (!short(t)) break;
      if (CELL_FIGURE.test(t)) figures++;
      else if (t !== '') labels++;
    }
    const first = lines[start]!;
    // the rest of a table read up to a row it could not place (一行空着的“2、飞播造林⏎公顷”): the run goes on from it
    const afterTable = labels > 0 && draft.tables.some((t) => t.endOffset <= first.lineStart && draft.source.slice(t.endOffset, first.lineStart).trim() === '');
    if ((figures >= CELLS_IN_RUN && labels >= CELLS_IN_RUN) || afterTable) cells.fill(true, start, end);
    start = end;
  }
  return (index) => cells[index] ?? false;
}

export default defineRule(
  {
    id: 'web-residue',
    title: '网页残留',
    titleEn: 'Web page residue',
    basis: '起草惯例（drafting practice）',
    severity: 'warning',
    fixable: true,
    safeFix: false,
    options: {},
  },
  (context) => {
    const { draft } = context;
    // a table's cells are never residue, whatever they look like (a figure alone on its line is a cell)
    const inTable = (p: Line): boolean => draft.tables.some((t) => t.offset <= p.offset && p.endOffset <= t.endOffset);
    let inLabelRun: ((index: number) => boolean) | undefined;
    for (const para of draft.lines) {
      const kind = para === draft.duplicateTitle ? 'title' : para.residue;
      if (!kind || (draft.tables.length > 0 && inTable(para))) continue;
      // 序号⏎⏎目标任务⏎⏎…⏎⏎6: under a table's headings pasted one cell per line, a lone number is the 序号 cell
      if (kind === 'number' && inStackedTable(draft, para)) continue;
      // 应参保人数⏎实际参保人数⏎完成率⏎441⏎411⏎93%: figures alone on lines next to each other, under as many short
      // headings alone on the lines above them, are a table's cells, one per line; a stray counter stands alone
      if (kind === 'number' && cellUnderHeadings(draft.lines, para.index)) continue;
      // 2.梨⏎|⏎吨⏎|⏎27512⏎|: a number between lines of a lone pipe is a cell of a table pasted one cell per line
      if (kind === 'number' && [draft.lines[para.index - 1], draft.lines[para.index + 1]].some((q) => q !== undefined && q.prose.trim() === '|')) continue;
      // 1、人工造林⏎公顷⏎2178⏎2、飞播造林⏎公顷: among labels and units, with other figures alone near it, a table's cell
      if (kind === 'number' && (inLabelRun ??= labelRuns(draft))(para.index)) continue;
      const line = draft.source.slice(para.lineStart, para.lineEnd);
      const offset = para.lineStart + (line.length - line.trimStart().length);
      const endOffset = para.lineStart + line.trimEnd().length;
      context.report({
        offset,
        endOffset,
        message: `疑似从网页带入的内容${quote(draft.source.slice(offset, endOffset), 30)}：这是${KIND_TEXT[kind]}，不属于公文正文，应删除这一行`,
        fix: [deleteLine(draft, para)],
      });
    }
    // paragraphs indented by spaces, as a web page's come: Markdown prints them as code, not as paragraphs
    let block: Line[] = [];
    const flush = (): void => {
      // a run of short labels without a sentence among them is rather a table's cells, which tables report
      if (!block.some((p) => /[，、。；：,;]/.test(p.prose) || [...p.prose].length > 30)) block = [];
      if (block.length === 0) return;
      const first = block[0]!;
      context.report({
        offset: first.lineStart,
        endOffset: first.endOffset,
        message: `段首的空格使${block.length > 1 ? `这${block.length}行` : '这一行'}成了 Markdown 的代码块（缩进四格或一个制表符即为代码），预览和导出 Word 时不按正文排版：公文的段首缩进由版式完成，应删去段首空格`,
        fix: block.map((p) => ({ offset: p.lineStart, endOffset: p.offset, text: '' })),
      });
      block = [];
    };
    // where the last line of the run ends, or of a residue line after it (which has its own finding, whose fix deletes
    // it, spaces and all, and so does not end the run)
    let reach = 0;
    for (const para of draft.lines) {
      if (draft.tables.length > 0 && inTable(para)) continue;
      if (para.residue || para === draft.duplicateTitle) {
        if (block.length > 0 && draft.source.slice(reach, para.lineStart).trim() === '') reach = para.lineEnd;
        continue;
      }
      if (!para.indented) continue;
      // one finding for a run of indented paragraphs with nothing but blank lines between them
      if (block.length > 0 && draft.source.slice(reach, para.lineStart).trim() !== '') flush();
      block.push(para);
      reach = para.lineEnd;
    }
    flush();
  },
);

/** Delete the line a paragraph sits on; when that leaves two blank lines together, one of them too. */
export function deleteLine(draft: Draft, para: Line): TextEdit {
  const { lineIndex: lines, source: text } = draft;
  const line = lines.lineOf(para.lineStart);
  const blank = (l: number): boolean => l < 0 || l >= lines.lineCount || text.slice(lines.lineStarts[l], lines.lineEnd(l)).trim() === '';
  let end = line + 1 < lines.lineCount ? lines.lineStarts[line + 1]! : text.length;
  let start = para.lineStart;
  if (blank(line - 1) && blank(line + 1) && line + 1 < lines.lineCount) {
    end = line + 2 < lines.lineCount ? lines.lineStarts[line + 2]! : text.length;
  } else if (line + 1 >= lines.lineCount && line > 0) {
    start = lines.lineEnd(line - 1); // the last line: take the break before it
  }
  return { offset: start, endOffset: end, text: '' };
}
