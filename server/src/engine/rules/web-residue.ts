// web-residue: lines a template website leaves in a copied 范文 (banners, 加入收藏, 阅读时长, 扫码领取, stray numbers), and
// paragraphs indented by spaces, which Markdown reads as code.

import { defineRule } from '../rule';
import { quote } from '../text';
import type { Draft, Line } from '../parse';
import type { TextEdit } from '../types';

const KIND_TEXT = {
  banner: '范文网站的站名横幅',
  furniture: '网页上的按钮、计数、发布日期、署名或推广文字',
  number: '单独成行的数字（网页计数或页码）',
  title: '与标题重复的网页标题',
};

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
    for (const para of draft.lines) {
      // a cell of a table pasted one cell per line is no residue either (parse marks them: 序号⏎目标任务⏎…⏎6, 441⏎411⏎93%)
      const kind = para === draft.duplicateTitle ? 'title' : para.cell ? undefined : para.residue;
      if (!kind || (draft.tables.length > 0 && inTable(para))) continue;
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
