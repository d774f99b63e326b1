// A Word document's blocks written as a Markdown draft: the title as `# `, headings by outline level, numbering
// labels as text, tables as GFM tables (the engine's table model), footnotes as GFM footnotes. Each block
// remembers where it came from, so a finding in the draft can name the paragraph a writer finds in Word.

import { formatGfmTable, type TableAlign, type TableData } from '../engine';
import type { Inline, WordBlock, WordCell, WordParagraph, WordTable } from './document';
import { frontMatter, isRed, paragraphText, readHead, readRecord } from './layoutFields';

/** Where a stretch of the draft came from in the Word document. */
export type WordPlace =
  | { kind: 'front-matter' }
  | { kind: 'paragraph'; /** 1-based, counting the paragraphs that show text */ index: number; opening: string; title?: true }
  | { kind: 'table'; /** 1-based */ table: number }
  | { kind: 'footnote'; number: number; opening: string };

export interface PlacedSpan {
  start: number;
  end: number;
  place: WordPlace;
}

export interface Notes {
  footnotes: Map<string, WordBlock[]>;
  endnotes: Map<string, WordBlock[]>;
}

/** The paragraph styles Word names the title with (`Title`, or 标题 in a Chinese template). */
const TITLE_STYLE = /^(?:title|标题)$/i;
/** A 公文's title font: 方正小标宋简体, 小标宋, 华文中宋 … */
const TITLE_FONT = /小标宋|标宋|中宋|大宋/;
/** The 文种 a title ends with: a line ending so is a whole title, not its first line. */
const KIND_AT_END = /(?:报告|汇报|请示|通知|通报|意见|决定|方案|计划|规划|总结|纪要|函|批复|办法|规定|细则|公告|通告|议案|决议|命令|公报|讲话|说明)$/;
/** 版头 elements centred above the title: 发文字号, 份号, 密级, 紧急程度, 签发人. */
const BANNER = /〔\d{4}〕\d+号|\[\d{4}\]\d+号|^\d{6}$|^(?:绝密|机密|秘密)|^(?:特急|加急|特提|平急)$|^签发人/;
const TERMINAL = /[。；，：！？.;,:!?]$/;

/** How many characters of a paragraph name it in a message. */
const OPENING_LENGTH = 16;

export interface DraftResult {
  markdown: string;
  spans: PlacedSpan[];
}

/** The Markdown text of a document's blocks and footnotes, with where each block came from. */
export function writeDraft(blocks: WordBlock[], notes: Notes): DraftResult {
  const writer = new DraftWriter(notes);
  return writer.write(blocks);
}

class DraftWriter {
  private out = '';
  private readonly spans: PlacedSpan[] = [];
  private paragraphs = 0;
  private tables = 0;
  /** The outline level of the document's top headings, written as `##` (the title alone is `#`). */
  private headingBase = 0;
  /** Note references in the order met: the label each gets (`[^1]`). */
  private readonly noteLabels = new Map<string, number>();
  private readonly noteOrder: Array<{ key: string; note: 'footnote' | 'endnote'; id: string }> = [];

  constructor(private readonly notes: Notes) {}

  write(blocks: WordBlock[]): DraftResult {
    const title = titleParagraphs(blocks);
    const head = title.length > 0 ? readHead(blocks, title[0]!) : { fields: [], used: new Set<number>() };
    const record = readRecord(blocks);
    const fields = [...head.fields, ...record.fields];
    if (fields.length > 0) this.block(frontMatter(fields), { kind: 'front-matter' });
    this.headingBase = topHeadingLevel(blocks, title);
    for (let k = 0; k < blocks.length; k++) {
      const block = blocks[k]!;
      if (head.used.has(k) || record.used.has(k)) {
        // in the front matter, but counted as Word shows them: 第N段 is the Nth paragraph the writer sees
        if (block.kind === 'table') this.tables++;
        else this.paragraphs++;
        continue;
      }
      if (block.kind === 'table') {
        this.table(block);
        continue;
      }
      if (title.includes(k)) {
        if (k === title[0]) this.title(title.map((i) => blocks[i] as WordParagraph));
        continue;
      }
      this.paragraph(block);
    }
    this.footnotes();
    return { markdown: this.out, spans: this.spans };
  }

  private block(text: string, place: WordPlace): void {
    if (this.out !== '') this.out += '\n';
    const start = this.out.length;
    this.out += text;
    this.spans.push({ start, end: this.out.length, place });
    this.out += '\n';
  }

  private title(lines: WordParagraph[]): void {
    const text = lines.map((p) => lineText(p, this, ' ')).join('');
    if (text === '') return;
    this.block(`# ${escapeLine(text, true)}`, { kind: 'paragraph', index: ++this.paragraphs, opening: opening(text), title: true });
    this.paragraphs += lines.length - 1;
  }

  private paragraph(p: WordParagraph): void {
    const heading = p.outlineLevel !== undefined;
    const text = lineText(p, this, heading ? ' ' : undefined);
    if (text === '') return;
    let markdown: string;
    if (heading) markdown = `${'#'.repeat(Math.min(6, Math.max(2, p.outlineLevel! - this.headingBase + 2)))} ${escapeLine(text, true)}`;
    else if (p.label?.kind === 'bullet') markdown = `- ${escapeLines(text)}`;
    else markdown = escapeLines(text);
    this.block(markdown, { kind: 'paragraph', index: ++this.paragraphs, opening: opening(text) });
  }

  private table(t: WordTable): void {
    const rows = t.rows.filter((r) => r.length > 0);
    if (rows.length === 0) return;
    const grid = rows.map((row) =>
      row.flatMap((cell) => {
        const text = cell.continued
          ? ''
          : cell.paragraphs
              .map((p) => lineText(p, this, '\n').replaceAll(NOTE_MARK, ''))
              .filter((s) => s !== '')
              .join('\n');
        return [text, ...Array<string>(cell.span - 1).fill('')];
      }),
    );
    if (grid.every((row) => row.every((c) => c === ''))) return;
    const data: TableData = { header: grid[0]!, rows: grid.slice(1) };
    const align = columnAlignment(rows);
    if (align.some((a) => a !== null)) data.align = align;
    this.block(formatGfmTable(data), { kind: 'table', table: ++this.tables });
  }

  /** The label `[^n]` of a note reference, numbered in the order met. */
  noteLabel(note: 'footnote' | 'endnote', id: string): string | undefined {
    const key = `${note}:${id}`;
    const blocks = (note === 'footnote' ? this.notes.footnotes : this.notes.endnotes).get(id);
    if (!blocks) return undefined;
    let n = this.noteLabels.get(key);
    if (n === undefined) {
      n = this.noteLabels.size + 1;
      this.noteLabels.set(key, n);
      this.noteOrder.push({ key, note, id });
    }
    return `[^${n}]`;
  }

  private footnotes(): void {
    // a note's text may refer to another note: the list grows while it is written
    for (let k = 0; k < this.noteOrder.length; k++) {
      const { note, id } = this.noteOrder[k]!;
      const blocks = (note === 'footnote' ? this.notes.footnotes : this.notes.endnotes).get(id) ?? [];
      const paragraphs = blocks.flatMap((b) => (b.kind === 'paragraph' ? [b] : b.rows.flatMap((r) => r.flatMap((c) => c.paragraphs))));
      const texts = paragraphs.map((p) => lineText(p, this, ' ')).filter((s) => s !== '');
      const text = texts.length > 0 ? texts.map((s) => escapeLine(s, false)).join('\n\n    ') : '';
      this.block(`[^${k + 1}]: ${text}`, { kind: 'footnote', number: k + 1, opening: opening(texts[0] ?? '') });
    }
  }
}

/**
 * A paragraph's text as the writer sees it: its label, then its content, trimmed. Line breaks become `breaks`
 * (undefined: a Markdown hard line break marker `\n` kept for escapeLines); note references become `[^n]`.
 */
function lineText(p: WordParagraph, writer: DraftWriter, breaks?: string): string {
  let text = p.label?.kind === 'number' ? p.label.text : '';
  const pieces: Inline[] = p.content;
  for (const piece of pieces) {
    if (piece.kind === 'text') text += clean(piece.text);
    else if (piece.kind === 'break') text += breaks ?? '\n';
    else text += NOTE_MARK + (writer.noteLabel(piece.note, piece.id) ?? '') + NOTE_MARK;
  }
  // spaces at the ends of the paragraph and of each line in it are indentation, not text; empty lines go
  return text
    .split('\n')
    .map(trimSpaces)
    .filter((line) => line !== '')
    .join('\n');
}

const isIndent = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\u3000' || c === '\u00a0';

function trimSpaces(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && isIndent(line[start])) start++;
  while (end > start && isIndent(line[end - 1])) end--;
  return line.slice(start, end);
}

/** Brackets a note reference so that escaping leaves it alone (private-use characters no text holds). */
const NOTE_MARK = '\uE000';

/** Control characters and line ends inside a run: a space or nothing. */
function clean(text: string): string {
  return text.replace(/\r\n|[\r\n\t\v\f]/g, ' ').replace(/[\u0000-\u0008\u000e-\u001f\u007f\uE000]/g, '');
}

function opening(text: string): string {
  const plain = text.replace(/\uE000\[\^\d+\]\uE000/g, '').replace(/\n/g, ' ');
  const chars = Array.from(plain);
  return chars.length > OPENING_LENGTH ? `${chars.slice(0, OPENING_LENGTH).join('')}…` : plain;
}

/** The paragraph's lines joined by Markdown hard line breaks (a backslash at the end of the line). */
function escapeLines(text: string): string {
  return text
    .split('\n')
    .map((line) => escapeLine(line, true))
    .join('\\\n');
}

const CHARACTER_REFERENCE = /^&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;

/**
 * Escapes what Markdown would read as something other than this text: at the start of a line, a heading, quote,
 * bullet, thematic break, fence or table row; anywhere, code spans, HTML and comments, links, footnote references
 * and character references, and a backslash that would escape what follows it. An ordered-list number (`1. `) is
 * left as it is: the checker reads a numbered line the same either way.
 */
export function escapeLine(text: string, lineStart: boolean): string {
  let out = '';
  const linky = /\]\(|\]\[|\[\^|\]:/.test(text);
  for (let k = 0; k < text.length; k++) {
    const c = text[k]!;
    const end = c === NOTE_MARK ? text.indexOf(NOTE_MARK, k + 1) : -1;
    if (end > k) {
      out += text.slice(k + 1, end); // a note reference, written as is
      k = end;
      continue;
    }
    const next = text[k + 1];
    const escape =
      c === '`' ||
      (c === '<' && next !== undefined && /[A-Za-z/!?]/.test(next)) ||
      (c === '[' && linky) ||
      (c === '&' && CHARACTER_REFERENCE.test(text.slice(k, k + 40))) ||
      // a backslash before punctuation would escape it; at the end of a line it would break the line
      (c === '\\' && (next === undefined || /[!-/:-@[-`{-~]/.test(next)));
    out += escape ? '\\' + c : c;
  }
  return lineStart ? escapeBlockStart(out) : out;
}

function escapeBlockStart(line: string): string {
  if (/^#{1,6}(?:[ \t]|$)/.test(line) || /^>/.test(line)) return '\\' + line;
  if (/^[-+*](?:[ \t]|$)/.test(line)) return '\\' + line;
  // thematic breaks and setext underlines: a line of - * _ = (with spaces)
  if (/^(?:[-*_=][ \t]*){3,}$/.test(line) || /^=+[ \t]*$/.test(line)) return '\\' + line;
  if (/^(?:`{3,}|~{3,})/.test(line)) return '\\' + line;
  if (/^\|/.test(line)) return '\\' + line;
  return line;
}

/** The paragraphs at the head of the document that make its title (indices into `blocks`). */
export function titleParagraphs(blocks: WordBlock[]): number[] {
  let seen = 0;
  for (let k = 0; k < blocks.length && seen < 8; k++) {
    const block = blocks[k]!;
    if (block.kind === 'table') return [];
    const text = paragraphText(block);
    if (text === '') continue;
    seen++;
    const styled = block.styleName !== undefined && TITLE_STYLE.test(block.styleName);
    if (!styled && isBanner(block, text)) continue; // 版头: 份号, 密级, 发文机关标志, 发文字号 …
    if (!styled && block.alignment !== 'center') return []; // the body has begun
    if (!styled && (TERMINAL.test(text) || Array.from(text).length > 80)) continue;
    const lines = [k];
    // a title set in several centred lines of the same type: 关于…… / ……的报告
    let joined = text;
    for (let j = k + 1; j < blocks.length && !KIND_AT_END.test(joined); j++) {
      const next = blocks[j]!;
      if (next.kind !== 'paragraph') break;
      const more = paragraphText(next);
      if (more === '') break;
      if (next.alignment !== block.alignment || next.font !== block.font || next.size !== block.size || next.label || TERMINAL.test(more) || isBanner(next, more)) break;
      if (Array.from(joined + more).length > 80) break;
      lines.push(j);
      joined += more;
    }
    if (!styled && !looksLikeTitle(block, k === firstText(blocks))) {
      continue;
    }
    return lines;
  }
  return [];
}

function looksLikeTitle(p: WordParagraph, first: boolean): boolean {
  return first || (p.size ?? 0) >= 16 || (p.font !== undefined && TITLE_FONT.test(p.font)) || p.outlineLevel === 0;
}

function firstText(blocks: WordBlock[]): number {
  return blocks.findIndex((b) => b.kind === 'paragraph' && paragraphText(b) !== '');
}

function isBanner(p: WordParagraph, text: string): boolean {
  return BANNER.test(text) || isRed(p.color);
}

/**
 * The outline level of the top headings of the body: a document whose title is level 0 (as Word export writes it)
 * has its 一、 headings at level 1, one that styles them Heading 1 at level 0; either way they become `##`.
 */
function topHeadingLevel(blocks: WordBlock[], title: number[]): number {
  let top = Infinity;
  blocks.forEach((b, k) => {
    if (b.kind === 'paragraph' && b.outlineLevel !== undefined && !title.includes(k)) top = Math.min(top, b.outlineLevel);
  });
  return top === Infinity ? 0 : top;
}

const GFM_ALIGN: Record<string, TableAlign> = { left: 'left', start: 'left', center: 'center', right: 'right', end: 'right' };

/**
 * A column's alignment: the one its body cells' paragraphs set themselves (not through a style), when they all set
 * the same. The export writes a GFM column's alignment so, and its layout defaults (a heading row centred, figures
 * to the right) through styles: a round trip gives back the alignment marks the Markdown had. The export never sets
 * the heading row's own alignment; a column whose heading cell sets the same as its body (LibreOffice writes `left`
 * on every cell) was aligned by its program, not by the writer, and gets no mark.
 */
/** The alignment the paragraphs of a row's cell at column `c` set themselves, when they agree. */
function directAlignmentAt(row: WordCell[], c: number): string | undefined {
  let at = 0;
  for (const cell of row) {
    if (at === c) {
      const seen = new Set(cell.paragraphs.map((p) => p.directAlignment));
      return seen.size === 1 ? [...seen][0] : undefined;
    }
    at += cell.span;
  }
  return undefined;
}

function columnAlignment(rows: WordCell[][]): TableAlign[] {
  const body = rows.slice(1);
  const width = Math.max(0, ...rows.map((r) => r.reduce((n, c) => n + c.span, 0)));
  const align: TableAlign[] = [];
  for (let c = 0; c < width; c++) {
    const seen = new Set<string | undefined>();
    for (const row of body) {
      let at = 0;
      for (const cell of row) {
        if (at === c && !cell.continued) for (const p of cell.paragraphs) seen.add(p.directAlignment);
        at += cell.span;
      }
    }
    const [only] = seen;
    const heading = rows.length > 1 ? directAlignmentAt(rows[0]!, c) : undefined;
    align.push(seen.size === 1 && only !== undefined && heading !== only ? (GFM_ALIGN[only] ?? null) : null);
  }
  return align;
}
