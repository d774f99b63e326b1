// The draft's 层次 (一、 → （一） → 1. → （1）) as document symbols for the Outline view and breadcrumbs, and as
// folding ranges, one per part; names read as the draft does (the ordinal as written, then the heading words);
// each table is one item (named by its 表题) inside the part it stands in.

import { SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { outline, type Draft, type Section, type Table } from '../engine';
import { toRange } from './diagnostics';

/**
 * LSP has no kind for a heading. The title is the document (File); each level of parts has a container kind of
 * its own, so the Outline shows the levels with different icons and none as a string (abc, the Markdown
 * extension's choice for its headings): 一、 Module, （一） Namespace, 1. Struct, （1） Field.
 */
export const TITLE_KIND = SymbolKind.File;
export const PART_KINDS: readonly SymbolKind[] = [SymbolKind.Module, SymbolKind.Namespace, SymbolKind.Struct, SymbolKind.Field];

/** The title holds the parts that follow it; anything above the title stays beside it. */
export function documentSymbols(draft: Draft, document: TextDocument): DocumentSymbol[] {
  const symbols = partSymbols(draft, document);
  for (const table of draft.tables) place(symbols, tableSymbol(table, document), table.offset, document);
  return symbols;
}

function partSymbols(draft: Draft, document: TextDocument): DocumentSymbol[] {
  const sections = outline(draft);
  const title = draft.title;
  if (!title) return sections.map((s) => sectionSymbol(s, draft, document));
  // a part above the title (rare: a heading copied before it) ends where the title begins
  const before = sections.filter((s) => s.offset < title.offset).map((s) => sectionSymbol(s, draft, document, title.lineStart));
  const after = sections.filter((s) => s.offset >= title.offset).map((s) => sectionSymbol(s, draft, document));
  const end = Math.max(trimEnd(draft.source, draft.source.length), title.endOffset);
  const symbol: DocumentSymbol = {
    name: title.source.replace(/[*_#]+/g, '').trim() || title.source,
    kind: TITLE_KIND,
    range: toRange({ offset: title.lineStart, endOffset: end }, document),
    selectionRange: toRange(title, document),
    children: after,
  };
  return [...before, symbol];
}

function sectionSymbol(section: Section, draft: Draft, document: TextDocument, limit = draft.source.length): DocumentSymbol {
  const { line: para } = section;
  const marker = para.ordinal ? draft.source.slice(para.ordinal.offset, para.ordinal.endOffset) : '';
  const name = (marker + section.heading).trim() || para.source.slice(0, 20);
  // a run-in heading ends at its first full stop: （一）精心组织凝聚合力。组织召开…
  const stop = para.source.search(/[。！？；]|：(?=.)/);
  const selectionEnd = stop >= 0 ? para.offset + stop : para.endOffset;
  const end = Math.max(trimEnd(draft.source, Math.min(section.endOffset, limit)), para.endOffset);
  return {
    name,
    kind: PART_KINDS[Math.min(section.level, PART_KINDS.length) - 1]!,
    range: toRange({ offset: para.lineStart, endOffset: end }, document),
    selectionRange: toRange({ offset: para.offset, endOffset: selectionEnd }, document),
    children: section.children.map((c) => sectionSymbol(c, draft, document, limit)),
  };
}

/** A table: its 表题 (or its size), the whole table with the 表题 and unit line above it. */
function tableSymbol(table: Table, document: TextDocument): DocumentSymbol {
  const columns = Math.max(table.header.cells.length, ...table.rows.map((r) => r.cells.length));
  const size = `${table.rows.length + 1}行×${columns}列`;
  const name = table.caption?.text.trim() || `表格（${size}）`;
  const start = Math.min(table.offset, table.caption?.offset ?? table.offset, table.unit?.offset ?? table.offset);
  return {
    name,
    detail: table.caption ? size : undefined,
    kind: SymbolKind.Array,
    range: toRange({ offset: start, endOffset: table.endOffset }, document),
    selectionRange: toRange(table.caption ?? { offset: table.offset, endOffset: table.offset }, document),
    children: [],
  };
}

/** Put a symbol among the deepest symbols whose range holds `offset`, in order. */
function place(symbols: DocumentSymbol[], symbol: DocumentSymbol, offset: number, document: TextDocument): void {
  const line = document.positionAt(offset).line;
  const holder = symbols.find((s) => s.range.start.line <= line && line <= s.range.end.line && s.kind !== SymbolKind.Array);
  if (holder) {
    holder.children ??= [];
    place(holder.children, symbol, offset, document);
    return;
  }
  let at = symbols.findIndex((s) => s.range.start.line > line);
  if (at < 0) at = symbols.length;
  symbols.splice(at, 0, symbol);
}

export function foldingRanges(draft: Draft, document: TextDocument): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const title = draft.title;
  const visit = (sections: Section[]): void => {
    for (const s of sections) {
      const limit = title && s.offset < title.offset ? title.lineStart : draft.source.length;
      const { start, end } = toRange({ offset: s.line.offset, endOffset: trimEnd(draft.source, Math.min(s.endOffset, limit)) }, document);
      if (end.line > start.line) ranges.push({ startLine: start.line, endLine: end.line });
      visit(s.children);
    }
  };
  visit(outline(draft));
  for (const table of draft.tables) {
    const start = document.positionAt(Math.min(table.offset, table.caption?.offset ?? table.offset)).line;
    const end = document.positionAt(table.endOffset).line;
    if (end > start) ranges.push({ startLine: start, endLine: end });
  }
  return ranges;
}

/** Before the whitespace that ends [.., end): a part ends on its last written line, not on the blank ones. */
function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}
