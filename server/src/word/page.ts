// A draft read as the printed 公文 (GB/T 9704-2012): what part each paragraph plays on the page (title, 主送机关,
// ordinal headings, body, 附件说明, 署名 and 成文日期), in which face each run of words is set, the tables and
// footnotes, and the 版头 and 版记 from the front matter. The Word export and both previews lay out this one
// model, so the page a writer sees is the page Word prints.

import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { parseDraft, readOrdinal, tableData, type Draft, type OrdinalLevel, type Table, type TableData } from '../engine';
import { readLayoutFields, type HeadFields, type RecordFields } from './fields';
import { cellWords, readTables, tableSpan } from './tables';
import { parsePageTree } from './tree';

/** The typefaces of GB/T 9704-2012: 仿宋 body, 黑体 and 楷体 headings, 小标宋 title. */
export type Face = 'fangsong' | 'heiti' | 'kaiti' | 'xiaobiaosong';

export interface TextInline {
  kind: 'text';
  text: string;
  /** Where the text stands verbatim in the draft (UTF-16), when it does: for marks and the cursor. */
  offset?: number;
  /** A face other than the paragraph's (a run-in heading, a 黑体 label). */
  face?: Face;
  strong?: boolean;
  strike?: boolean;
  /** Inline code and link words: plain text in Word, set apart in the preview. */
  code?: boolean;
  link?: boolean;
  /** The label of an 附件说明 or 出席 line (附件：). */
  label?: boolean;
}

export type Inline = TextInline | { kind: 'break' } | { kind: 'note'; number: number };

/** The part a paragraph plays on the page. */
export type Role = 'title' | 'subtitle' | 'addressee' | 'heading' | 'body' | 'attachment' | 'namelist' | 'signature' | 'date';

export interface ParagraphBlock {
  kind: 'paragraph';
  role: Role;
  /** The 层次序数 level of a heading or run-in heading (一、 1, （一） 2, 1. 3, （1） 4). */
  level?: OrdinalLevel;
  /** A Markdown heading's depth (# 1 … ###### 6). */
  depth?: number;
  /** An 附件说明 or 出席 line after the first: it carries no label and lines up under the first's names. */
  continuation?: boolean;
  inlines: Inline[];
  /** Blank lines above the paragraph (标题下空一行, 正文下空一行 before 附件说明, room for the 印章). */
  blankBefore: number;
  offset: number;
  endOffset: number;
}

export interface TableBlock {
  kind: 'table';
  table: TableData;
  blankBefore: number;
  offset: number;
  endOffset: number;
}

export type PageBlock = ParagraphBlock | TableBlock;

export interface Footnote {
  number: number;
  inlines: Inline[];
}

export interface Page {
  head: HeadFields;
  record: RecordFields;
  /** Front matter that could not be read, Chinese first. */
  problems: string[];
  blocks: PageBlock[];
  footnotes: Footnote[];
}

/** Blank lines between the body (or 附件说明) and the 署名: room for the 印章 (GB/T 9704-2012 7.3.5.1, see docs/word.md). */
export const SEAL_BLANK_LINES = 2;

/** 成文日期 (2024年7月5日, 二〇二四年七月五日), also while still a placeholder (【成文日期】, xxxx年xx月xx日). */
const DATE_LINE = /^(?:\d{4}|[x×X]{2,4}|[〇零一二三四五六七八九]{4})年(?:\d{1,2}|[x×X]{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}|[x×X]{1,2}|[一二三四五六七八九十]{1,3})日$|^【[^】]*日期】$/;
/** Lines that open with a GB/T 9704 element label: 附件说明, 纪要's 出席/列席/请假. */
const LABEL_LINE = /^(附件|出席|列席|请假|缺席|记录)\s*[：:]/;
/** A line under an 附件说明 that goes on its list: “2.参会回执”. */
const ATTACHMENT_ITEM = /^\d{1,2}[.．]\S/;
const SENTENCE_MARK = /[。，；！？]/;
const COMMENT = /^<!--[^]*-->$/;

export function faceOf(block: ParagraphBlock): Face {
  switch (block.role) {
    case 'title':
      return 'xiaobiaosong';
    case 'subtitle':
      return 'kaiti';
    case 'heading':
      return block.level === 1 ? 'heiti' : block.level === 2 ? 'kaiti' : 'fangsong';
    default:
      return 'fangsong';
  }
}

/** The draft laid out as a page. Never throws: front matter that cannot be read is a problem, the text still laid out. */
export function readPage(markdown: string): Page {
  const fields = readLayoutFields(markdown);
  const tree = parsePageTree(markdown);
  return new PageReader(markdown, tree, fields.problems).read(fields.head, fields.record);
}

/** A block of the draft before its role is known. */
type Item =
  { kind: 'paragraph'; node: RootContent & { type: 'paragraph' | 'heading' }; prefix?: string } | { kind: 'text'; text: string; offset: number; endOffset: number } | { kind: 'table'; table: Table };

class PageReader {
  private readonly notes = new Map<string, number>();
  private readonly definitions = new Map<string, RootContent & { type: 'footnoteDefinition' }>();
  private readonly draft: Draft;
  private readonly tables: Table[];
  private readonly emitted = new Set<Table>();

  constructor(
    private readonly source: string,
    private readonly tree: Root,
    private readonly problems: string[],
  ) {
    this.draft = parseDraft(source);
    // a heading is never a table's 表题 on the page (the checker may read the title right above a table as one)
    const headings = tree.children.filter((n) => n.type === 'heading').map((n) => [n.position?.start.offset ?? 0, n.position?.end.offset ?? 0] as const);
    const inHeading = (span: { offset: number } | undefined): boolean => !!span && headings.some(([a, b]) => span.offset >= a && span.offset < b);
    this.tables = readTables(source, tree, this.draft).map((t) => {
      if (!inHeading(t.caption) && !inHeading(t.unit)) return t;
      const { caption: _caption, unit: _unit, ...rest } = t;
      return rest;
    });
  }

  read(head: HeadFields, record: RecordFields): Page {
    const items: Item[] = [];
    for (const node of this.tree.children) this.collect(node, items);
    const roles = this.roles(items);
    const blocks: PageBlock[] = items.map((item, i) => this.block(item, roles[i]!));
    this.space(blocks);
    const footnotes: Footnote[] = [];
    // notes are numbered as first referred to; a definition nobody refers to is not printed
    for (const [label, number] of this.notes) {
      const definition = this.definitions.get(label);
      const inlines: Inline[] = [];
      for (const child of definition?.children ?? []) {
        if (inlines.length > 0) inlines.push({ kind: 'break' });
        if (child.type === 'paragraph') inlines.push(...this.inlines(child.children));
        else inlines.push(this.textInline(this.plain(child), undefined));
      }
      footnotes.push({ number, inlines });
    }
    footnotes.sort((a, b) => a.number - b.number);
    return { head, record, problems: this.problems, blocks, footnotes };
  }

  /** Flatten containers: a list item's paragraphs with its number written out, a quote's paragraphs. */
  private collect(node: RootContent, items: Item[], prefix?: string): void {
    if ((node.type === 'paragraph' || node.type === 'heading' || node.type === 'table' || node.type === 'code' || node.type === 'html') && this.takeTables(node, items)) return;
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        items.push(prefix === undefined ? { kind: 'paragraph', node } : { kind: 'paragraph', node, prefix });
        return;
      case 'list':
        node.children.forEach((item, i) => {
          const marker = node.ordered ? `${(node.start ?? 1) + i}.` : '';
          item.children.forEach((child, j) => this.collect(child, items, j === 0 ? marker : undefined));
        });
        return;
      case 'blockquote':
        for (const child of node.children) this.collect(child, items);
        return;
      case 'code':
      case 'html': {
        const text = node.value;
        if (node.type === 'html' && COMMENT.test(text.trim())) return; // gongwen-disable and other comments are not printed
        const offset = node.position?.start.offset ?? 0;
        items.push({ kind: 'text', text, offset, endOffset: node.position?.end.offset ?? offset });
        return;
      }
      case 'footnoteDefinition':
        this.definitions.set(node.identifier, node);
        return;
      default:
        // thematic breaks, link definitions: nothing on the page
        return;
    }
  }

  /**
   * A block that is (or holds) a table with its 表题 and unit line: the table, once, and the block's lines outside
   * it as text (a table pasted into a paragraph keeps the words around it). False when no table is in it.
   */
  private takeTables(node: RootContent, items: Item[]): boolean {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return false;
    const hits = this.tables.filter((t) => {
      const span = tableSpan(t);
      return span.offset < end && start < span.endOffset;
    });
    if (hits.length === 0) return false;
    const text = (from: number, to: number): void => {
      const lines = this.source
        .slice(from, to)
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '');
      if (lines.length > 0) items.push({ kind: 'text', text: lines.join('\n'), offset: from, endOffset: to });
    };
    let cursor = start;
    for (const table of hits) {
      const span = tableSpan(table);
      if (span.offset > cursor) text(cursor, span.offset);
      if (!this.emitted.has(table)) {
        this.emitted.add(table);
        items.push({ kind: 'table', table });
      }
      cursor = Math.max(cursor, span.endOffset);
    }
    if (cursor < end) text(cursor, end);
    return true;
  }

  /** The source of a node; for a heading, its words without the # marks. */
  private plain(node: Nodes): string {
    if (node.type === 'heading') {
      const first = node.children[0]?.position;
      const last = node.children[node.children.length - 1]?.position;
      return first && last ? this.source.slice(first.start.offset!, last.end.offset!).trim() : '';
    }
    const p = node.position;
    return p ? this.source.slice(p.start.offset!, p.end.offset!).trim() : '';
  }

  private itemText(item: Item): string {
    if (item.kind === 'paragraph') return (item.prefix ?? '') + this.plain(item.node);
    if (item.kind === 'text') return item.text.trim();
    return '';
  }

  /** The part each block plays on the page. */
  private roles(items: Item[]): Role[] {
    const roles: Role[] = items.map((item) => (item.kind === 'paragraph' && item.node.type === 'heading' ? 'heading' : 'body'));
    const isParagraph = (i: number): boolean => items[i]?.kind === 'paragraph' && (items[i] as { node: Nodes }).node.type === 'paragraph' && !(items[i] as { prefix?: string }).prefix;
    let i = 0;
    if (this.isTitle(items)) {
      roles[0] = 'title';
      i = 1;
      const text = this.itemText(items[1] ?? { kind: 'text', text: '', offset: 0, endOffset: 0 });
      if (isParagraph(1) && !text.endsWith('：') && [...text].length <= 30 && !SENTENCE_MARK.test(text) && !readOrdinal(text, 0) && !DATE_LINE.test(text)) {
        roles[1] = 'subtitle';
        i = 2;
      }
      const addressee = this.itemText(items[i] ?? { kind: 'text', text: '', offset: 0, endOffset: 0 });
      if (isParagraph(i) && /[：:]$/.test(addressee) && [...addressee].length <= 60) roles[i] = 'addressee';
    }
    // 附件说明 and 出席…: the label line, and the numbered lines right under an 附件说明
    for (let k = 0; k < items.length; k++) {
      const m = isParagraph(k) ? LABEL_LINE.exec(this.itemText(items[k]!)) : null;
      if (!m) continue;
      const role: Role = m[1] === '附件' ? 'attachment' : 'namelist';
      roles[k] = role;
      while (role === 'attachment' && isParagraph(k + 1) && ATTACHMENT_ITEM.test(this.itemText(items[k + 1]!)) && !SENTENCE_MARK.test(this.itemText(items[k + 1]!))) roles[++k] = role;
    }
    // the last date line, and the 署名 right above it
    for (let k = items.length - 1; k > 0; k--) {
      if (!isParagraph(k) || !DATE_LINE.test(this.itemText(items[k]!))) continue;
      roles[k] = 'date';
      const text = this.itemText(items[k - 1]!);
      if (isParagraph(k - 1) && roles[k - 1] === 'body' && [...text].length <= 30 && !SENTENCE_MARK.test(text) && !/[：:]$/.test(text) && !readOrdinal(text, 0)) {
        roles[k - 1] = 'signature';
      }
      break;
    }
    return roles;
  }

  /** The first block is the title: a # heading, or in a draft without one the line the checker takes for its title. */
  private isTitle(items: Item[]): boolean {
    const first = items[0];
    if (first?.kind !== 'paragraph' || first.prefix) return false;
    if (first.node.type === 'heading') return first.node.depth === 1;
    if (items.some((it) => it.kind === 'paragraph' && it.node.type === 'heading' && it.node.depth === 1)) return false;
    const title = this.draft.title;
    const p = first.node.position;
    return !!title && !!p && title.offset >= p.start.offset! && title.offset < p.end.offset!;
  }

  private block(item: Item, role: Role): PageBlock {
    if (item.kind === 'table') {
      const span = tableSpan(item.table);
      const data = tableData(item.table);
      const table: TableData = { ...data, header: data.header.map(cellWords), rows: data.rows.map((r) => r.map(cellWords)) };
      return { kind: 'table', table, blankBefore: 0, offset: span.offset, endOffset: span.endOffset };
    }
    if (item.kind === 'text') {
      const lines = item.text.replace(/\r\n?/g, '\n').split('\n');
      const inlines: Inline[] = [];
      lines.forEach((line, i) => {
        if (i > 0) inlines.push({ kind: 'break' });
        inlines.push({ kind: 'text', text: line });
      });
      return { kind: 'paragraph', role: 'body', inlines, blankBefore: 0, offset: item.offset, endOffset: item.endOffset };
    }
    const node = item.node;
    const offset = node.position?.start.offset ?? 0;
    const endOffset = node.position?.end.offset ?? offset;
    const paragraph: ParagraphBlock = { kind: 'paragraph', role, inlines: [], blankBefore: 0, offset, endOffset };
    const inlines = this.inlines(node.children);
    if (item.prefix) inlines.unshift({ kind: 'text', text: item.prefix });
    const text = this.itemText(item);
    const ordinal = readOrdinal(text, 0);
    if (node.type === 'heading') paragraph.depth = node.depth;
    if (role === 'heading') {
      if (ordinal) paragraph.level = ordinal.level;
    } else if (role === 'attachment' || role === 'namelist') {
      const m = LABEL_LINE.exec(text);
      const first = inlines[0];
      if (m && first?.kind === 'text' && first.text.startsWith(m[0])) {
        // the label set apart: 出席 in 黑体 as GB/T 9704-2012 10.3 prints it
        inlines.splice(0, 1, { ...first, text: m[0], label: true, ...(role === 'namelist' ? { face: 'heiti' as Face } : {}) }, this.shifted(first, m[0].length));
      } else {
        paragraph.continuation = true;
      }
    } else if (role === 'body' && ordinal && (ordinal.level === 1 || ordinal.level === 2) && inlines[0]?.kind === 'text') {
      // a run-in heading: （一）精心组织凝聚合力。组织召开… → the words up to the first 。 in 黑体 (一、) or 楷体 （一）
      const first = inlines[0];
      const stop = first.text.indexOf('。');
      const whole = inlines.length === 1 && [...first.text].length <= 40;
      const end = stop >= 0 && stop < 60 ? stop + 1 : whole ? first.text.length : ordinal.endOffset;
      paragraph.level = ordinal.level;
      const face: Face = ordinal.level === 1 ? 'heiti' : 'kaiti';
      inlines.splice(0, 1, { ...first, text: first.text.slice(0, end), face }, this.shifted(first, end));
    }
    paragraph.inlines = inlines.filter((i) => i.kind !== 'text' || i.text !== '');
    return paragraph;
  }

  /** The rest of a text inline from `at` on. */
  private shifted(inline: TextInline, at: number): TextInline {
    const rest: TextInline = { ...inline, text: inline.text.slice(at) };
    if (inline.offset !== undefined) rest.offset = inline.offset + at;
    else delete rest.offset;
    return rest;
  }

  /** Blank lines the standard puts above some parts. */
  private space(blocks: PageBlock[]): void {
    const paragraphs = blocks.map((b) => (b.kind === 'paragraph' ? b : undefined));
    const title = paragraphs.findIndex((p) => p?.role === 'title');
    if (title >= 0) {
      const after = paragraphs[title + 1]?.role === 'subtitle' ? title + 2 : title + 1;
      if (blocks[after]) blocks[after]!.blankBefore = 1; // 标题下空一行 (7.3.2)
    }
    blocks.forEach((_block, i) => {
      const p = paragraphs[i];
      const previous = paragraphs[i - 1];
      if (!p) return;
      if ((p.role === 'attachment' || p.role === 'namelist') && !p.continuation && previous?.role !== p.role && i > 0) p.blankBefore = Math.max(p.blankBefore, 1); // 正文下空一行 (7.3.6)
      if ((p.role === 'signature' || (p.role === 'date' && previous?.role !== 'signature')) && i > 0) p.blankBefore = SEAL_BLANK_LINES;
    });
  }

  private inlines(nodes: PhrasingContent[], style: { strong?: boolean; strike?: boolean } = {}): Inline[] {
    return nodes.flatMap((n) => this.phrasing(n, style));
  }

  private phrasing(node: PhrasingContent, style: { strong?: boolean; strike?: boolean }): Inline[] {
    switch (node.type) {
      case 'text':
        return this.texts(node.value, node.position?.start.offset, style);
      case 'emphasis':
        return this.inlines(node.children, style);
      case 'link':
      case 'linkReference':
        return this.inlines(node.children, style).map((i) => (i.kind === 'text' ? { ...i, link: true } : i));
      case 'strong':
        return this.inlines(node.children, { ...style, strong: true });
      case 'delete':
        return this.inlines(node.children, { ...style, strike: true });
      case 'inlineCode':
        return [this.styled({ kind: 'text', text: node.value, code: true }, style)];
      case 'break':
        return [{ kind: 'break' }];
      case 'image':
      case 'imageReference':
        return [this.styled({ kind: 'text', text: `［${node.alt ?? ''}］` }, style)];
      case 'html':
        return COMMENT.test(node.value.trim()) ? [] : this.texts(node.value, node.position?.start.offset, style);
      case 'footnoteReference': {
        let number = this.notes.get(node.identifier);
        if (number === undefined) this.notes.set(node.identifier, (number = this.notes.size + 1));
        return [{ kind: 'note', number }];
      }
      default:
        return [this.styled({ kind: 'text', text: this.plain(node as Nodes) }, style)];
    }
  }

  private styled(inline: TextInline, style: { strong?: boolean; strike?: boolean }): TextInline {
    if (style.strong) inline.strong = true;
    if (style.strike) inline.strike = true;
    return inline;
  }

  private textInline(text: string, offset: number | undefined): TextInline {
    return offset === undefined ? { kind: 'text', text } : { kind: 'text', text, offset };
  }

  /**
   * A text node's words. A line break inside a paragraph is no break on the page: between Chinese characters it
   * goes (the lines join up), elsewhere it is a space. Each line keeps its own place in the source.
   */
  private texts(value: string, start: number | undefined, style: { strong?: boolean; strike?: boolean }): Inline[] {
    const verbatim = start !== undefined && this.source.startsWith(value, start);
    if (!value.includes('\n')) return [this.styled(this.textInline(value, verbatim ? start : undefined), style)];
    const out: Inline[] = [];
    let cursor = start;
    const lines = value.split('\n').map((line) => line.replace(/\r$/, ''));
    lines.forEach((line, i) => {
      const at = cursor === undefined ? -1 : this.source.indexOf(line, cursor);
      if (line !== '') out.push(this.styled(this.textInline(line, at >= 0 ? at : undefined), style));
      if (at >= 0) cursor = at + line.length;
      const next = lines[i + 1];
      if (next !== undefined && !(isWide(line[line.length - 1]) && isWide(next[0]))) out.push(this.styled({ kind: 'text', text: ' ' }, style));
    });
    return out;
  }
}

/** Characters between which a line break is dropped: CJK ideographs and full-width punctuation. */
function isWide(ch: string | undefined): boolean {
  return !!ch && /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’—…·]/.test(ch);
}

/** The draft's words as the page shows them (for tests and the round trip): one line per paragraph. */
export function pageText(page: Page): string {
  return page.blocks
    .map((b) =>
      b.kind === 'table'
        ? [b.table.header, ...b.table.rows].map((r) => r.join('\t')).join('\n')
        : b.inlines.map((i) => (i.kind === 'text' ? i.text : i.kind === 'break' ? '\n' : `[${i.number}]`)).join(''),
    )
    .join('\n');
}

export type { HeadFields, RecordFields };
