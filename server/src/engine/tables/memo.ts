// What the engine keeps of a table between checks: a keystroke outside a table, or one typed and deleted inside
// it, leaves the table as it was, and its reading (the grid, the relations inside it) need not be done again. A
// parse that finds a table equal to one of an earlier parse, cell by cell at the same offsets, with the same 表题
// and unit line and the same text from the start of its first line, gives the draft the earlier table object, and
// the table model keeps its reading by that object (tableModel.ts, checked again against the text it was read
// from). Held by a CheckCache (cache.ts); a parse without one gives every table anew.

import type { Span } from '../types';
import type { Table, TableRow } from './model';

/** Tables kept at one offset (typing then deleting comes back to an earlier one). */
const PER_OFFSET = 4;
/**
 * Parses a kept table outlives unless it is met again: typing above a table moves it on every keystroke, and each
 * offset's tables must not pile up; a few parses keep it while the user types and deletes, or the language server
 * checks another open document in between.
 */
const PARSES = 6;

function sameSpan(a: (Span & { text: string }) | undefined, b: (Span & { text: string }) | undefined): boolean {
  return a === b || (!!a && !!b && a.offset === b.offset && a.endOffset === b.endOffset && a.text === b.text);
}

function sameRow(a: TableRow, b: TableRow): boolean {
  if (a.offset !== b.offset || a.endOffset !== b.endOffset || !!a.short !== !!b.short || a.cells.length !== b.cells.length) return false;
  for (let i = 0; i < a.cells.length; i++) {
    const x = a.cells[i]!;
    const y = b.cells[i]!;
    if (x.offset !== y.offset || x.endOffset !== y.endOffset || x.text !== y.text) return false;
  }
  return true;
}

/** Two tables read alike: the same cells at the same offsets, the same 表题, unit line and alignment. */
export function sameTable(a: Table, b: Table): boolean {
  if (a === b) return true;
  if (a.offset !== b.offset || a.endOffset !== b.endOffset || a.source !== b.source || !!a.unclear !== !!b.unclear || a.rows.length !== b.rows.length) return false;
  if (!sameSpan(a.caption, b.caption) || !sameSpan(a.unit, b.unit)) return false;
  if (a.align.length !== b.align.length || a.align.some((x, i) => x !== b.align[i])) return false;
  if (!sameRow(a.header, b.header)) return false;
  for (let i = 0; i < a.rows.length; i++) if (!sameRow(a.rows[i]!, b.rows[i]!)) return false;
  return true;
}

/** The text a table's reading may look at: from the start of its first line (a label's indentation) to its end. */
export function tableText(table: Table, text: string): string {
  return text.slice(text.lastIndexOf('\n', table.offset - 1) + 1, table.endOffset);
}

interface Kept {
  table: Table;
  text: string;
  /** The last parse that met it. */
  seen: number;
}

export class TableMemo {
  private readonly byOffset = new Map<number, Kept[]>();
  private parse = 0;

  /** A new parse: the tables not met in the last few parses are dropped. */
  begin(): void {
    this.parse++;
    for (const [offset, kept] of this.byOffset) {
      const left = kept.filter((k) => this.parse - k.seen <= PARSES);
      if (left.length === 0) this.byOffset.delete(offset);
      else if (left.length < kept.length) this.byOffset.set(offset, left);
    }
  }

  /** The table kept for one equal to `table` in `text`, or `table` itself, kept from now on. */
  same(table: Table, text: string): Table {
    const own = tableText(table, text);
    let kept = this.byOffset.get(table.offset);
    if (!kept) this.byOffset.set(table.offset, (kept = []));
    for (let i = 0; i < kept.length; i++) {
      const k = kept[i]!;
      if (k.text !== own || !sameTable(k.table, table)) continue;
      // the one met last goes last, the first dropped is the one met longest ago (typing in a table and deleting
      // again comes back to its table as it was after every character typed)
      k.seen = this.parse;
      kept.splice(i, 1);
      kept.push(k);
      return k.table;
    }
    if (kept.length >= PER_OFFSET) kept.shift();
    kept.push({ table, text: own, seen: this.parse });
    return table;
  }
}
