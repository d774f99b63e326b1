// Markdown in pieces that are parsed once and remembered: in a long draft a keystroke changes one piece, and the
// editor re-checks on every keystroke. The pieces together give the tree of a whole-text parse
// (tests/engine/markdown.test.ts compares them on every example and on random edits).
//
// A text splits before a line that starts at column 0 after a blank line, when nothing can carry across: no open
// fenced code or HTML comment (they may contain blank lines), no list or quote marker on the line (it could
// continue a loose list), and no link reference definitions anywhere (they reach across the whole text).
// Anything the splitter cannot vouch for (indented fences or HTML, other HTML blocks) gets one whole parse.
//
// Blocks are grouped into chunks of about eight: one parse per block costs half as much again as a whole-text
// parse (the parser's fixed cost per call), one per chunk costs less. Where a chunk ends depends only on the
// text at that point, so an edit changes its own chunk and leaves every other chunk, and its cache entry, as is.

import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root, RootContent } from 'mdast';
import { remarkGfmTable } from './tables/gfm';

/** CommonMark and GFM tables (no other GFM extension: autolinks and strikethrough would change how prose is read). */
const withTables = unified().use(remarkParse).use(remarkGfmTable);
const commonMark = unified().use(remarkParse);
/**
 * A GFM table needs a pipe: text without one is parsed without the table extension, which tries every line of
 * every paragraph and costs a draft of short lines half its parse.
 */
const parser = { parse: (text: string): Root => (text.includes('|') ? withTables : commonMark).parse(text) };

/** HTML other than a comment, or a fence or comment opened inside indentation or a container. */
const UNSAFE = /^(?: {0,3}<(?!!--)|[ \t]+(?:`{3,}|~{3,}|<)|[ \t]*(?:[-*+>]|\d{1,9}[.)])[ \t]*(?:`{3,}|~{3,}|<))/m;
// the run of the fence character ends where the next character differs, and `.*` (s: U+2028 too) takes the rest:
// nothing to give back to each other
const FENCE_OPEN = /^(`{3,}(?!`)|~{3,}(?!~))(.*)$/s;
const LIST_OR_QUOTE = /^(?:[-*+>]|\d{1,9}[.)])/;
/** A byte order mark where a block could start: micromark would drop it there. */
const BOM_AT_LINE_START = /(?:^|[\r\n])\uFEFF/;

export function parseTree(text: string): Root {
  return parser.parse(text);
}

/**
 * What a reader makes of each chunk, remembered by the chunk's text; bounded so that a long session does not
 * keep every version of every draft. Only the reader's result is kept, never the syntax tree.
 */
export class ChunkCache<T> {
  private readonly entries = new Map<string, T>();
  private chars = 0;

  constructor(
    private readonly read: (source: string) => T,
    private readonly maxChars = 4_000_000,
  ) {}

  get(source: string): T {
    let value = this.entries.get(source);
    if (value !== undefined) {
      this.entries.delete(source); // most recently used goes last
    } else {
      value = this.read(source);
      this.chars += source.length;
    }
    this.entries.set(source, value);
    while (this.chars > this.maxChars) {
      const [oldest] = this.entries.keys();
      this.chars -= oldest!.length;
      this.entries.delete(oldest!);
    }
    return value;
  }

  clear(): void {
    this.entries.clear();
    this.chars = 0;
  }
}

/** The tree of a text put together from its chunks' trees (what the chunked reading is tested against). */
export function parseMarkdown(text: string): Root {
  const pieces = chunks(text);
  if (pieces.length <= 1) return parser.parse(text);
  const root: Root = { type: 'root', children: [] };
  let line = 0; // lines before the chunk
  for (const [start, end] of pieces) {
    const source = text.slice(start, end);
    for (const child of parser.parse(source).children) root.children.push(shifted(child, start, line));
    line += countLines(source);
  }
  const lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
  root.position = { start: { line: 1, column: 1, offset: 0 }, end: { line: line + 1, column: text.length - lastBreak, offset: text.length } };
  return root;
}

/** Blocks per chunk, on average. */
const CHUNK_BLOCKS = 8;
/** A chunk ends at the latest after this many blocks, whatever the text. */
const MAX_CHUNK_BLOCKS = 64;

/** [start, end) of the chunks: runs of blocks that end where the next block's first characters say so. */
export function chunks(text: string): Array<[number, number]> {
  const blocks = split(text);
  const out: Array<[number, number]> = [];
  let start = 0;
  let count = 0;
  for (let i = 0; i < blocks.length; i++) {
    count++;
    const next = blocks[i + 1];
    if (!next || count >= MAX_CHUNK_BLOCKS || endsChunkBefore(text, next[0])) {
      out.push([start, blocks[i]![1]]);
      start = next?.[0] ?? text.length;
      count = 0;
    }
  }
  return out;
}

/** A heading starts a chunk; so does a block whose first characters hash to 0 modulo CHUNK_BLOCKS. */
function endsChunkBefore(text: string, at: number): boolean {
  if (text[at] === '#') return true;
  let hash = 0;
  for (let i = at; i < Math.min(text.length, at + 16); i++) hash = (hash * 31 + text.charCodeAt(i)) | 0;
  return (hash >>> 0) % CHUNK_BLOCKS === 0;
}

/** [start, end) of the blocks that can be parsed on their own; one block when the text cannot be split safely. */
export function split(text: string): Array<[number, number]> {
  // `]:` may be a link reference definition (in a list or quote too, its label even across lines)
  // micromark drops a byte order mark at the start of what it parses, shifting the offsets after it
  if (text.includes(']:') || UNSAFE.test(text) || BOM_AT_LINE_START.test(text)) return [[0, text.length]];
  const starts = [0];
  let fence: { char: string; length: number } | undefined;
  let comment = false;
  let previousBlank = false;
  let offset = 0;
  while (offset < text.length) {
    let end = offset;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    const lineText = text.slice(offset, end);
    const next = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : end < text.length ? 1 : 0);
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(lineText);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) fence = undefined;
      previousBlank = false;
    } else if (comment) {
      if (lineText.includes('-->')) comment = false;
      previousBlank = false;
    } else {
      const blank = /^[ \t]*$/.test(lineText);
      if (!blank && previousBlank && !/^[ \t]/.test(lineText) && !LIST_OR_QUOTE.test(lineText)) starts.push(offset);
      const open = FENCE_OPEN.exec(lineText);
      if (open && !(open[1]![0] === '`' && open[2]!.includes('`'))) fence = { char: open[1]![0]!, length: open[1]!.length };
      // <!--> and <!---> close themselves, as in CommonMark
      else if (lineText.startsWith('<!--') && !lineText.slice(2).includes('-->')) comment = true;
      previousBlank = blank;
    }
    offset = next;
  }
  return starts.map((s, i) => [s, starts[i + 1] ?? text.length]);
}

function countLines(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      if (s.charCodeAt(i + 1) === 10) i++;
      n++;
    }
  }
  return n;
}

/** A copy of a node with its positions moved by a block's offset and line; cached trees are never mutated. */
function shifted<T extends RootContent>(node: T, offset: number, lines: number): T {
  const copy = { ...node };
  if (node.position) {
    const { start, end } = node.position;
    copy.position = {
      start: { line: start.line + lines, column: start.column, offset: start.offset! + offset },
      end: { line: end.line + lines, column: end.column, offset: end.offset! + offset },
    };
  }
  if ('children' in node) (copy as { children: RootContent[] }).children = node.children.map((c) => shifted(c as RootContent, offset, lines));
  return copy;
}
