// The draft model every rule reads: the Markdown tree from unified + remark-parse, the prose with code and
// links masked out, one `Para` per line of prose, the tables (GFM and pasted as text: never prose), the ordinals,
// the title and the document type.

import type { Nodes, Parents } from 'mdast';
import { blankFrontMatter } from './frontMatter';
import { ChunkCache, chunks, parseTree } from './markdown';
import { limitNesting } from './nesting';
import { LineIndex, PINYIN_READING, TERMINAL_PUNCT, isChinese, isSpace, simplified } from './text';
import { readOrdinal, type Ordinal } from './ordinals';
import { markTableCells, ResidueMemo, type ResidueKind } from './residue';
import type { DocumentType, Span } from './types';
import type { Table } from './tables/model';
import { readGfmTable, scanLongTables, shiftTable } from './tables/gfm';
import { findPastedTables } from './tables/pasted';
import { attachCaptions } from './tables/context';
import { sideBySideHalves } from './tables/sideBySide';
import type { TableMemo } from './tables/memo';

/** One line of prose: a paragraph line, a heading, or a list item's first line (with its marker). */
export interface Line {
  index: number;
  /** First character of the content (after Markdown markers and indentation). */
  offset: number;
  /** After the last non-space character of the line. */
  endOffset: number;
  /** The source line the content sits on. */
  lineStart: number;
  lineEnd: number;
  /** The masked prose of [offset, endOffset): code, URLs and HTML are blanked out. */
  prose: string;
  /** The source text of [offset, endOffset). */
  source: string;
  /** Markdown heading depth, when the line is an ATX or setext heading. */
  headingDepth?: number;
  /** Inside a list item or block quote: not free prose. */
  inList: boolean;
  /** True when this line starts a Markdown block (a blank line or a block boundary before it). */
  blockStart: boolean;
  ordinal?: Ordinal;
  residue?: ResidueKind;
  /** A cell of a table pasted one cell per line (a figure, a label or a heading alone on its line, 序号⏎目标任务⏎…): never
   *  the page's residue, never a sentence broken across lines, whatever it looks like on its own. */
  cell?: true;
  /** Indented by four spaces or a tab, which Markdown reads as code: a web page's paragraph indented by spaces. */
  indented?: true;
}

export interface DisableDirective {
  kind: 'disable-next-line' | 'disable' | 'enable';
  /** Rule ids named; empty means every rule. */
  rules: string[];
  /** Where each of `rules` is written, in the same order. */
  ruleSpans: Span[];
  offset: number;
  endOffset: number;
}

export interface Draft {
  source: string;
  /** Same length as `text`; code, HTML, link targets and URLs replaced by spaces so rules skip them. */
  prose: string;
  lineIndex: LineIndex;
  /** The lines of prose; a table's rows are not among them. */
  lines: Line[];
  /** GFM tables and tables pasted as text, in order, each with its 表题 and unit line when they stand above it. */
  tables: Table[];
  directives: DisableDirective[];
  /** The document's title line, if one was found. */
  title?: Line;
  /** A line that repeats the title before it (a template site's page heading). */
  duplicateTitle?: Line;
  documentType: DocumentType;
}

export interface ParseOptions {
  /** Overrides the type read from the title. */
  documentType?: DocumentType;
  /** Parse the text in one piece, without the chunk cache (the reference the chunked reading is tested against). */
  whole?: boolean;
  /** Chunks read by earlier parses (a CheckCache's); without it every chunk is read. */
  chunks?: ChunkReadings;
  /** Tables of earlier parses (a CheckCache's): an unchanged table is given as the object read before. */
  tables?: TableMemo;
  /** Lines judged web residue or not by earlier parses (a CheckCache's). */
  residue?: ResidueMemo;
}

/** A Markdown block that holds prose: a paragraph or a heading. */
interface Block {
  start: number;
  end: number;
  depth?: number;
  inList: boolean;
  markerStart?: number;
  /** Indented code: in a draft, lines indented by accident (a web page's paragraphs, a pasted table's cells). */
  code?: boolean;
}

/** A character of Chinese text: an indented line holding one is the draft's prose, not code. */
const CHINESE = /[\u3400-\u9fff]/;

/** What the draft model takes from a piece of Markdown, offsets relative to the piece. */
interface Reading {
  mask: Array<[number, number]>;
  directives: DisableDirective[];
  blocks: Block[];
  tables: Table[];
}

/** What the draft model took from each chunk of Markdown, by the chunk's text. */
export type ChunkReadings = ChunkCache<Reading>;

export function chunkReadings(): ChunkReadings {
  return new ChunkCache<Reading>((source) => read(source));
}

const DIRECTIVE = /<!--\s*gongwen-(disable-next-line|disable|enable)\b([^]*?)-->/g;
const BARE_URL = /(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]+/g;
// starts only where a run of address characters starts: tried inside a long run (a million `x`) it would scan
// to the run's end from every position of it
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

export function parseDraft(text: string, options: ParseOptions = {}): Draft {
  const lines = new LineIndex(text);
  const mask: Array<[number, number]> = [];
  const directives: DisableDirective[] = [];
  const blocks: Block[] = [];
  const tables: Table[] = [];
  // YAML front matter (the 版头 and 版记 fields) is read as blank lines: not prose, no table, offsets kept
  const source = blankFrontMatter(text);
  for (const [start, end] of options.whole ? [[0, source.length] as const] : chunks(source)) {
    const reading = options.whole ? parsed(source) : options.chunks ? options.chunks.get(source.slice(start, end)) : read(source.slice(start, end));
    for (const [a, b] of reading.mask) mask.push([a + start, b + start]);
    for (const d of reading.directives) {
      const ruleSpans = d.ruleSpans.map((r) => ({ offset: r.offset + start, endOffset: r.endOffset + start }));
      directives.push({ ...d, ruleSpans, offset: d.offset + start, endOffset: d.endOffset + start });
    }
    for (const b of reading.blocks) {
      const block: Block = { start: b.start + start, end: b.end + start, inList: b.inList };
      if (b.depth !== undefined) block.depth = b.depth;
      if (b.code) block.code = true;
      if (b.markerStart !== undefined) block.markerStart = b.markerStart + start;
      blocks.push(block);
    }
    for (const t of reading.tables) tables.push(start === 0 ? t : shiftTable(t, start));
  }
  const prose = buildProse(source, mask);
  const codeLines = new Set<Line>();
  const lineParas = buildLines(text, prose, lines, blocks, codeLines, options.residue ?? new ResidueMemo());
  // tables pasted as text: their lines leave the prose; so do lines of indented code that are no table and no
  // Chinese text (a line of a web page's paragraph indented by spaces is the draft's prose, code is not)
  const pasted = findPastedTables(source, lineParas);
  const paras = pasted.taken.size === 0 && codeLines.size === 0 ? lineParas : lineParas.filter((p) => !pasted.taken.has(p) && (!codeLines.has(p) || CHINESE.test(p.source)));
  for (const p of codeLines) if (!pasted.taken.has(p)) p.indented = true;
  paras.forEach((p, i) => (p.index = i));
  if (pasted.tables.length > 0) {
    tables.push(...pasted.tables);
    tables.sort((a, b) => a.offset - b.offset);
  }
  attachCaptions(source, tables, paras);
  // a balance table set out in two halves side by side is two tables, each under the one 表题 and unit line
  for (let i = tables.length - 1; i >= 0; i--) {
    const halves = sideBySideHalves(tables[i]!);
    if (halves) tables.splice(i, 1, ...halves);
  }
  // an unchanged table (cells, 表题, unit line, text) is the earlier parse's object, whose reading the table model keeps
  if (options.tables) {
    options.tables.begin();
    for (let i = 0; i < tables.length; i++) tables[i] = options.tables.same(tables[i]!, text);
  }
  markTableCells(paras, tables, text);
  const { title, duplicateTitle } = findTitle(paras);
  return {
    source: text,
    prose,
    lineIndex: lines,
    lines: paras,
    tables,
    directives,
    title,
    duplicateTitle,
    documentType: options.documentType ?? documentTypeOf(title?.prose ?? ''),
  };
}

/**
 * Plain prose: no character that opens code, HTML, a link or an image, no pipe (a table's), and no line that could start or end
 * anything but a paragraph or an ATX heading (list, quote, fence, indented code, thematic break, setext underline).
 */
const NOT_PLAIN = /[`<[\]~\r\uFEFF|]|^(?: {0,3}(?:[>\-+*_=]|\d{1,9}[.)])| {4}|[ ]{0,3}\t)/m;
const ATX_OPEN = /^ {0,3}(#{1,6})(?=[ \t]|$)/;

/**
 * Parse a piece of Markdown and take what the draft model needs from its tree. Plain prose is read without the
 * parser: an ATX heading line is a heading, every other run of non-blank lines one paragraph, from its first
 * character after the indentation to its last before the trailing spaces (tests/engine/markdown.test.ts holds
 * it to the parser's reading).
 */
function read(text: string): Reading {
  return NOT_PLAIN.test(text) ? parsed(text) : plain(text);
}

const isBlank = (ch: string | undefined): boolean => ch === ' ' || ch === '\t';

function plain(text: string): Reading {
  const blocks: Block[] = [];
  let start = -1;
  let end = -1;
  const close = (): void => {
    if (start >= 0) blocks.push({ start, end, inList: false });
    start = -1;
  };
  for (let offset = 0; offset <= text.length;) {
    let lineEnd = text.indexOf('\n', offset);
    if (lineEnd < 0) lineEnd = text.length;
    let first = offset;
    while (first < lineEnd && isBlank(text[first])) first++;
    let last = lineEnd;
    while (last > first && isBlank(text[last - 1])) last--;
    const heading = text[first] === '#' ? ATX_OPEN.exec(text.slice(offset, lineEnd)) : null;
    if (heading) {
      // the heading's content: after the opening #s and spaces, before a closing run of #s that follows a space
      close();
      let contentStart = offset + heading[0].length;
      while (contentStart < last && isBlank(text[contentStart])) contentStart++;
      let contentEnd = last;
      let hashes = contentEnd;
      while (hashes > contentStart && text[hashes - 1] === '#') hashes--;
      if (hashes < contentEnd && (hashes === contentStart || isBlank(text[hashes - 1]))) {
        contentEnd = hashes;
        while (contentEnd > contentStart && isBlank(text[contentEnd - 1])) contentEnd--;
      }
      if (contentEnd > contentStart) blocks.push({ start: contentStart, end: contentEnd, inList: false, depth: heading[1]!.length });
    } else if (first === lineEnd) {
      close();
    } else {
      if (start < 0) start = first;
      end = last;
    }
    offset = lineEnd + 1;
  }
  close();
  return { mask: [], directives: [], blocks, tables: [] };
}

function parsed(text: string): Reading {
  const mask: Array<[number, number]> = [];
  const directives: DisableDirective[] = [];
  const blocks: Block[] = [];
  const tables: Table[] = [];
  const at = (point: { offset?: number } | undefined): number => point?.offset ?? 0;

  const visit = (node: Nodes, inList: boolean, parent?: Parents): void => {
    const pos = node.position;
    switch (node.type) {
      case 'code':
        // indented code in a 公文 draft is text indented by accident (a web page's paragraphs, a pasted table's
        // cells): its lines are read as the draft's, not masked; fenced code is code
        if (pos && !/^[ \t]*(?:`{3,}|~{3,})/.test(text.slice(at(pos.start), at(pos.end)))) blocks.push({ start: at(pos.start), end: at(pos.end), inList, code: true });
        else if (pos) mask.push([at(pos.start), at(pos.end)]);
        return;
      case 'inlineCode':
      case 'image':
      case 'imageReference':
      case 'definition':
        if (pos) mask.push([at(pos.start), at(pos.end)]);
        return;
      case 'html':
        if (pos) {
          mask.push([at(pos.start), at(pos.end)]);
          collectDirectives(node.value, at(pos.start), directives);
        }
        return;
      case 'link': {
        // keep the link text, blank the brackets and the target
        if (pos) maskOutside(at(pos.start), at(pos.end), node.children, mask);
        break;
      }
      case 'paragraph':
      case 'heading': {
        if (!pos) return;
        let start = at(pos.start);
        let end = at(pos.end);
        if (node.type === 'heading') {
          const first = node.children[0]?.position;
          const last = node.children[node.children.length - 1]?.position;
          if (!first || !last) return;
          start = at(first.start);
          end = at(last.end);
        }
        // An ordered list item's number is a 公文 ordinal (1. 2. 3.): keep it in the line.
        let markerStart: number | undefined;
        if (parent?.type === 'listItem' && parent.children[0] === node && parent.position) {
          const itemStart = at(parent.position.start);
          if (/^\d{1,3}[.)]/.test(text.slice(itemStart, start))) markerStart = itemStart;
        }
        blocks.push({ start, end, inList, markerStart, depth: node.type === 'heading' ? node.depth : undefined });
        break;
      }
      case 'table': {
        // one column under a delimiter of one or two dashes (按城乡分 | over -- |): the dashes are empty cells of a table
        // pasted one cell per line, its lines are lines of the draft (read by tables/pasted.ts), not a GFM table
        const head = node.children[0]?.position;
        const delimiterStart = head ? text.indexOf('\n', at(head.end)) + 1 : 0;
        const delimiterEnd = text.indexOf('\n', delimiterStart);
        const delimiter = text.slice(delimiterStart, delimiterEnd < 0 ? text.length : delimiterEnd).trim();
        if (pos && head && delimiterStart > 0 && node.align?.length === 1 && /^\|?\s?:?-{1,2}:?\s?\|?$/.test(delimiter)) {
          blocks.push({ start: at(pos.start), end: at(pos.end), inList });
          return;
        }
        // its cells are read as a table, never as prose; code, links and HTML in them are masked as anywhere
        const table = readGfmTable(node, source);
        if (table) tables.push(table);
        break;
      }
      default:
        break;
    }
    if ('children' in node) {
      const childInList = inList || node.type === 'listItem' || node.type === 'blockquote';
      for (const child of node.children) visit(child as Nodes, childInList, node);
    }
  };
  // micromark drops a byte order mark that starts the text and counts every offset without it: a space keeps them
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  // long tables are read by a scanner (micromark's table extension grows faster than a table): blanked for the parser
  const long = scanLongTables(source);
  for (const t of long ?? []) tables.push(t.table);
  const rest =
    long && long.length > 0
      ? blankRanges(
          source,
          long.map((t) => [t.start, t.end]),
        )
      : source;
  visit(parseTree(limitNesting(rest)), false);
  if (long && long.length > 0) tables.sort((a, b) => a.offset - b.offset);
  return { mask, directives, blocks, tables };
}

function maskOutside(start: number, end: number, children: Nodes[], mask: Array<[number, number]>): void {
  let cursor = start;
  for (const child of children) {
    const p = child.position;
    if (!p) continue;
    if (p.start.offset! > cursor) mask.push([cursor, p.start.offset!]);
    cursor = p.end.offset!;
  }
  if (cursor < end) mask.push([cursor, end]);
}

function collectDirectives(value: string, base: number, out: DisableDirective[]): void {
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(value); m; m = DIRECTIVE.exec(value)) {
    // the names stand just before the closing `-->`
    const namesAt = base + m.index + m[0].length - 3 - m[2]!.length;
    const names = [...m[2]!.matchAll(/[^\s,，]+/g)];
    out.push({
      kind: m[1] as DisableDirective['kind'],
      rules: names.map((n) => n[0]),
      ruleSpans: names.map((n) => ({ offset: namesAt + n.index, endOffset: namesAt + n.index + n[0].length })),
      offset: base + m.index,
      endOffset: base + m.index + m[0].length,
    });
  }
}

const URL_OR_EMAIL = new RegExp(`${BARE_URL.source}|${EMAIL.source}`, 'g');

/** Blank [a, b) of a string except its line breaks. */
function blankRanges(text: string, ranges: Array<[number, number]>): string {
  if (ranges.length === 0) return text;
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  let out = '';
  let cursor = 0;
  for (const [a0, b] of sorted) {
    const a = Math.max(a0, cursor);
    if (b <= a) continue;
    out += text.slice(cursor, a) + text.slice(a, b).replace(/[^\r\n]/g, ' ');
    cursor = b;
  }
  return out + text.slice(cursor);
}

function buildProse(text: string, mask: Array<[number, number]>): string {
  const masked = blankRanges(text, mask);
  const urls: Array<[number, number]> = [];
  URL_OR_EMAIL.lastIndex = 0;
  for (let m = URL_OR_EMAIL.exec(masked); m; m = URL_OR_EMAIL.exec(masked)) urls.push([m.index, m.index + m[0].length]);
  return roundSquareBrackets(blankRanges(masked, urls));
}

/** A pair of 方头括号 around a note and the figure with its unit that shows it is one (not 【2023】 of a 发文字号, not a date). */
const SQUARE_BRACKETS = /【([^【】\n]{1,80})】/g;
const MEASURED_FIGURE =
  /[0-9０-９](?:[.．][0-9０-９]+)?\s*(?:万|亿|萬|億)?(?:[%％‰元个項项家人户戶件次所亩畝吨噸辆輛座套台条條处處名批头頭只羽册份篇起例张張间間床栋棟宗笔筆]|公里|千米|平方|公顷|公頃|立方|千瓦)/;
/** Words of a template's prompt: such a bracket stays one, whatever figures it holds. */
const PROMPT_WORDS = /请|填写|填入|输入|此处|在此|例如|示例|^例[：:]|[xXｘＸ×]{2}|某/;

/**
 * Some pages print a note in 方头括号 (存量债务5747万元【一般债务5514万元、专项债务233万元】), where GB/T 15834-2011 4.9 (括号) has
 * round brackets for notes. Around a figure with its unit the pair is read as （）: the figure rules read the breakdown
 * inside as they would in （）, and the placeholder rule does not take it for a template's prompt (【填写单位名称】).
 * One character for one: offsets are kept, and the writer's text (the source) is untouched.
 */
function roundSquareBrackets(prose: string): string {
  if (!prose.includes('【')) return prose;
  return prose.replace(SQUARE_BRACKETS, (all: string, inside: string) => (MEASURED_FIGURE.test(inside) && !PROMPT_WORDS.test(inside) ? `（${inside}）` : all));
}

function buildLines(text: string, prose: string, lines: LineIndex, blocks: readonly Block[], codeLines: Set<Line>, residueMemo: ResidueMemo): Line[] {
  const paras: Line[] = [];
  // 附件说明 (GB/T 9704-2012 7.3.4) numbers its items 1. 2. on the lines after “附件：”: not 层次序数
  let inAttachments = false;
  // no sentence yet: a dashed date alone on its line here is a web page's stamp under its headline
  let bodyStarted = false;
  for (const block of blocks) {
    const first = lines.lineOf(block.markerStart ?? block.start);
    const last = lines.lineOf(Math.max(block.start, block.end - 1));
    for (let line = first; line <= last; line++) {
      const lineStart = lines.lineStarts[line]!;
      const lineEnd = lines.lineEnd(line);
      let offset = line === first ? (block.markerStart ?? block.start) : lineStart;
      let endOffset = line === last ? Math.min(block.end, lineEnd) : lineEnd;
      if (line !== first) {
        // continuation lines of a block quote or list carry their own markers
        while (offset < endOffset && (isSpace(text[offset]) || (block.inList && text[offset] === '>'))) offset++;
      }
      while (offset < endOffset && isSpace(text[offset])) offset++;
      while (endOffset > offset && isSpace(text[endOffset - 1])) endOffset--;
      // a trailing backslash or two spaces make a hard break in Markdown: not part of the prose
      if (text[endOffset - 1] === '\\' && line !== last) endOffset--;
      if (endOffset <= offset) continue;
      const para: Line = {
        index: paras.length,
        offset,
        endOffset,
        lineStart,
        lineEnd,
        prose: prose.slice(offset, endOffset),
        source: text.slice(offset, endOffset),
        inList: block.inList,
        blockStart: line === first,
      };
      if (block.depth !== undefined) para.headingDepth = block.depth;
      if (block.code) codeLines.add(para);
      const ordinal = readOrdinal(para.prose, offset);
      if (/^附件\s*[：:]/.test(para.prose)) inAttachments = true;
      else if (!(inAttachments && ordinal?.level === 3)) inAttachments = false;
      if (ordinal && !inAttachments) para.ordinal = ordinal;
      // judged on the whole source line: “- 3 -” is a page number, not a list item
      const residue = residueMemo.kindOf(text.slice(lineStart, lineEnd)) ?? (!bodyStarted && (pageDateLine(para.prose) || pageHeadLine(para.prose)) ? 'furniture' : undefined);
      if (residue) para.residue = residue;
      if (!residue && /[。；]/.test(para.prose)) bodyStarted = true;
      paras.push(para);
    }
  }
  markPageDates(paras);
  return paras;
}

/**
 * A full date in 年月日 alone on its line above the first sentence, next to a line of the page's furniture (甘肃日报 /
 * 2019年06月11日 / 第08版：甘肃新闻): the date of the newspaper page the article was copied from, furniture with its
 * neighbour. A 公文's own date (成文日期) stands below the body, where number-format still reads it.
 */
function markPageDates(paras: Line[]): void {
  // dates alone above the first sentence that no furniture stands beside: the page's if that sentence is a news lead
  const alone: Line[] = [];
  for (let i = 0; i < paras.length; i++) {
    const para = paras[i]!;
    if (para.residue) continue;
    if (/[。；]/.test(para.prose)) {
      if (NEWS_LEAD.test(para.prose)) for (const date of alone) date.residue = 'furniture';
      return;
    }
    if (!PAGE_DATE_CN_ALONE.test(para.prose)) continue;
    if (paras[i - 1]?.residue === 'furniture' || paras[i + 1]?.residue === 'furniture') para.residue = 'furniture';
    else alone.push(para);
  }
}

const PAGE_DATE_CN_ALONE = /^[【[]?(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日[】\]]?$/;

/**
 * The lead of a newspaper's article (本报讯（记者 某某）…, 本报综合消息 …, 新华社北京3月5日电…): a draft whose first sentence
 * opens so is an article copied from a paper's page, and a date alone above it (标题⏎2023年10月08日⏎本报综合消息…) is the
 * page's date. A 公文's body never opens with a paper's lead.
 */
const NEWS_LEAD = /^[（(]?(?:本[报報](?:讯|訊|综合消息|綜合消息|消息|记者|記者|通讯员|通訊員)|新华社|新華社|中新社)/;

/**
 * A dashed date alone on its line (2017-11-24, or with slashes: 2015/12/16), after the page's field label, with a clock time (时间：2021-08-31,
 * 日期：2022-12-30, 发布日期：2024-03-05 09:12, 【信息时间：2023-01-31 阅读次数：】), or, without a label, with a byline of a
 * few words (2018-03-30 教育局精准扶贫办 施甸教育官方资讯; a sharing site's 2021-04-15 发布 |), or with the page's bare view
 * count after it (【2015-07-19】 10), or after an account's name with its Latin id (a WeChat account's 龙在飞op4opwes
 * 2022-01-27) — not after a headline (2023年8月社会消费品零售总额 2023-09-19): web-residue's fix deletes the whole line, and
 * the headline is the writer's text:
 * above the first sentence of a draft, the stamp of the web page it was copied from. A 公文 writes its dates in 年月日
 * and its 成文日期 below the body, where number-format still reads it (and a meeting's 时间：… below the first sentence
 * stays prose too).
 */
const PAGE_DATE_LINE =
  /^[【[]?(?:(?:(?:(?:发布|发表|更新|上传|生成|信息)?(?:时间|日期)\s*[:：]\s*)?(?:19|20)[0-9]{2}([-/])[0-9]{1,2}\1[0-9]{1,2}(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?|(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}(?:\s+[\u4e00-\u9fffA-Za-z]{2,12}){1,3}|[\u4e00-\u9fff]{0,10}[A-Za-z][A-Za-z0-9]{2,15}\s+(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2})(?:\s+(?:阅读|浏览|点击)(?:次数|量)?[:：]?[0-9]*)?)[】\]]?(?:\s+\||\s+[0-9]{1,7})?$/;

/**
 * The site's name before a labelled stamp (中国产业经济信息网   时间：2017-07-21): the page names where it was copied from
 * and when, as a 公文 never does above its body.
 */
const SITE_BEFORE_STAMP = /^[\u4e00-\u9fff]{2,16}网\s+(?=(?:发布|发表|更新|信息)?(?:时间|日期)\s*[:：])/;

/**
 * A page's date line as `PAGE_DATE_LINE` reads it, in simplified characters without the pinyin readings a 繁體 page
 * glosses in brackets (時（shí）間：2017-07-21 is 时间：2017-07-21), the site's name before a labelled stamp left out.
 */
function pageDateLine(prose: string): boolean {
  return PAGE_DATE_LINE.test(simplified(prose.replace(PINYIN_READING, '')).replace(SITE_BEFORE_STAMP, ''));
}

/**
 * Above the first sentence, the page's credits: the source it names (来源：某某日报, 信息来源： 资产管理处) and a paper's name
 * with the date (甘孜日報 2020年09月25日). A 公文 names no source above its body, and its own date (成文日期) stands
 * below it; below the first sentence a source line (来源：国家统计局 under a table) is the writer's and stays prose.
 */
const SOURCE_LINE = /^(?:信息)?[来來]源\s*[:：]\s*[\p{Script=Han}A-Za-z]{2,24}$/u;
const PAPER_DATELINE = /^[\p{Script=Han}]{2,10}[报報]\s+(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日$/u;

/**
 * A site's stamp under the headline, its fields run together without labels: the date, the view count, the source and
 * the poster's account (2019年02月21日535未知admin: 535 views, source 未知, posted by admin). A 公文 dates nothing so.
 */
const COUNTED_STAMP = /^(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日\s?[0-9]{1,7}\s?[\p{Script=Han}]{2,12}\s?[A-Za-z][A-Za-z0-9_]{2,15}$/u;

function pageHeadLine(prose: string): boolean {
  const t = prose.trim();
  return SOURCE_LINE.test(t) || PAPER_DATELINE.test(t) || COUNTED_STAMP.test(t);
}

/** 文种 words a title ends with, mapped to the document type they make. */
const TITLE_TYPES: Array<[RegExp, DocumentType]> = [
  [/述职报告$|述职述廉报告$|述责述廉报告$/, 'debriefing'],
  [/调研报告$|调查报告$|考察报告$/, 'research-report'],
  [/请示$/, 'request'],
  [/(?:汇报|报告|总结|情况)$/, 'work-report'],
  [/通知$/, 'notice'],
  [/函$|复函$/, 'letter'],
  [/纪要$/, 'minutes'],
  [/方案$|计划$|要点$|规划$|安排$/, 'plan'],
];

const DOC_KIND_WORD = /(?:汇报|报告|总结|请示|通知|函|纪要|方案|计划|要点|规划|意见|决定|通报|批复|通告|公告|决议|议案|讲话|发言|提纲|情况|安排|办法|规定|细则|制度)$/;

export function documentTypeOf(title: string): DocumentType {
  let end = title.length;
  while (end > 0 && /[\s*#_]/.test(title[end - 1]!)) end--;
  const t = withoutClosingNote(title.slice(0, end));
  for (const [re, type] of TITLE_TYPES) if (re.test(t)) return type;
  return 'other';
}

function looksLikeTitle(p: Line): boolean {
  if (p.residue || p.ordinal || p.inList) return false;
  const t = p.prose.trim();
  if (t.length > 120) return false; // over 60 characters, without spreading a long paragraph
  const len = [...t].length;
  if (len < 4 || len > 60) return false;
  if (TERMINAL_PUNCT.has(t[t.length - 1]!)) return false;
  return DOC_KIND_WORD.test(withoutClosingNote(t));
}

/**
 * A title without the bracketed note that closes it: 关于…的通知（征求意见稿） → 关于…的通知. By hand rather than
 * with /[（(][^）)]*[）)]$/, which tries every bracket of a long heading and reads to the end from each.
 */
function withoutClosingNote(t: string): string {
  const last = t[t.length - 1];
  if (last !== '）' && last !== ')') return t;
  let close = t.length - 2;
  while (close >= 0 && t[close] !== '）' && t[close] !== ')') close--;
  for (let open = close + 1; open < t.length - 1; open++) if (t[open] === '（' || t[open] === '(') return t.slice(0, open);
  return t;
}

function findTitle(paras: Line[]): { title?: Line; duplicateTitle?: Line } {
  const h1 = paras.find((p) => p.headingDepth === 1);
  if (h1) return { title: h1 };
  const head = paras.filter((p) => !p.residue).slice(0, 5);
  const candidates = head.filter(looksLikeTitle);
  const first = candidates[0];
  if (!first) return {};
  // A page heading and the document's own title: the later one is the document's.
  const later = candidates.slice(1).find((c) => c.prose.includes(first.prose.trim()) || first.prose.includes(c.prose.trim()));
  if (later) return { title: later, duplicateTitle: first };
  return { title: first };
}

/** Whether a paragraph's text ends a sentence (ignoring closing quotes and brackets). */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && (isSpace(text[i]) || '”’」』）)】》〕]'.includes(text[i]!))) i--;
  if (i < 0) return false;
  if (TERMINAL_PUNCT.has(text[i]!)) return true;
  // 均衡发展. / 特此报告．: a full stop of the wrong width after Chinese still ends the sentence (punctuation-width
  // reports the width); after a Latin letter or digit it may be an abbreviation or a number
  return (text[i] === '.' || text[i] === '．') && i > 0 && isChinese(text[i - 1]);
}
