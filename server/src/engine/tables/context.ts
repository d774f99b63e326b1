// What stands above a table: its 表题 (“表1 2024年重点项目完成情况”) and its unit line (“单位：万元”), each a
// line of its own right above the table, or the unit at the end of the 表题 line (“……情况表（单位：万元）”).

import type { Line } from '../parse';
import type { Table } from './model';

/** “单位：万元”, “（单位：个、亿元）”, “计量单位：吨” (a page in 繁體: 單位：億元、%). */
const UNIT_LINE = /^[（(]?\s*(?:计量|計量)?[单單]位\s*[：:]\s*[^\s（）()：:]{1,20}(?:\s*[、，,/]\s*[^\s（）()：:、，,/]{1,10}){0,5}\s*[）)]?$/;
/** A unit at the end of a 表题 line: （单位：万元）, 单位：亿元. */
const UNIT_TAIL = /^[单單]位\s*[：:][^（）()：:]{1,30}[）)]?$/;

/** Where a unit written at the end of a line starts (its bracket or 计量 included), or -1. */
function unitAfter(line: string): number {
  let at = Math.max(line.lastIndexOf('单位'), line.lastIndexOf('單位'));
  if (at < 0 || !UNIT_TAIL.test(line.slice(at))) return -1;
  if (/计量$|計量$/.test(line.slice(0, at))) at -= 2;
  let b = at;
  while (b > 0 && /\s/.test(line[b - 1]!)) b--;
  return b > 0 && /[（(]/.test(line[b - 1]!) ? b - 1 : at;
}
const NOT_CAPTION = /[。！？；，,]|[：:]$/;
const MAX_CAPTION = 50;

function between(text: string, a: number, b: number): string {
  return text.slice(a, b);
}

/** Only blank space between the end of a line and what follows, at most two blank lines. */
function rightAbove(text: string, p: Line, at: number): boolean {
  const gap = between(text, p.endOffset, at);
  return gap.trim() === '' && (gap.match(/\n/g) ?? []).length <= 3;
}

function captionLike(p: Line): boolean {
  const t = p.prose.trim();
  const unit = unitAfter(t);
  return t !== '' && !p.inList && !p.ordinal && !p.residue && [...t].length <= MAX_CAPTION && !NOT_CAPTION.test(unit >= 0 ? t.slice(0, unit) : t);
}

/**
 * Give each table the 表题 and unit line right above it (those of a pasted table's own first rows stay). `paras`
 * are the draft's prose lines in order; the tables in order too.
 */
export function attachCaptions(text: string, tables: readonly Table[], paras: readonly Line[]): void {
  let i = 0;
  for (const table of tables) {
    while (i < paras.length && paras[i]!.endOffset <= table.offset) i++;
    let k = i - 1;
    const above = (): Line | undefined => {
      const p = paras[k];
      const limit = k === i - 1 ? table.offset : paras[k + 1]!.offset;
      return p && rightAbove(text, p, limit) ? p : undefined;
    };
    let p = above();
    if (p && !table.unit && UNIT_LINE.test(p.prose.trim())) {
      table.unit = { offset: p.offset, endOffset: p.endOffset, text: p.source.trim() };
      k--;
      p = above();
    }
    if (p && !table.caption && captionLike(p)) {
      const unit = unitAfter(p.source);
      if (unit > 0 && !table.unit) {
        let end = unit;
        while (end > 0 && /\s/.test(p.source[end - 1]!)) end--;
        table.caption = { offset: p.offset, endOffset: p.offset + end, text: p.source.slice(0, end) };
        table.unit = { offset: p.offset + unit, endOffset: p.endOffset, text: p.source.slice(unit) };
      } else if (unit !== 0) {
        table.caption = { offset: p.offset, endOffset: p.endOffset, text: p.source };
      }
    }
  }
}

/** The units a unit line names: “单位：个、亿元” → ['个', '亿元']. */
export function unitsOfLine(line: string): string[] {
  const at = line.search(/[单單]位/);
  if (at < 0) return [];
  const rest = line.slice(at + 2).trim();
  if (!/^[：:]/.test(rest)) return [];
  return rest
    .slice(1)
    .replace(/[）)]$/, '')
    .split(/[、，,/]/)
    .map((u) => u.trim())
    .filter(Boolean);
}
