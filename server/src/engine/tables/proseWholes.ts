// The shares of a whole the text states before the table: a table of the first few items and their shares (投诉类别 |
// 投诉数量（件） | 比例（%）, 日用百货 | 75 | 19.1) under a sentence that gives the whole they are shares of (在各类投诉中，
// 商品投诉393件，占72.6%), the table having no total row of its own. Which figure of the text is the whole is told by the
// rows: the one each row's amount over it gives that row's share, in all rows but one at most.

import type { Draft } from '../parse';
import type { Figure } from '../figures/extract';
import type { CellValue, Column, Grid, Slot } from './grid';
import { div, overlaps, scale, type Interval } from './interval';
import type { TableCell } from './model';
import { columnName, lazyRelation, rowName, type TableRelation } from './relations';

/** How far before a table the text's whole is looked for, in characters. */
const LOOK_BACK = 1500;
/** Rows of a table read so, at most. */
const MAX_ROWS = 60;

const isValue = (v: Slot): v is CellValue => typeof v === 'object';

/** A figure of the text as an interval in its base unit, at its written precision (a whole count is exact). */
function wholeInterval(f: Figure): Interval | undefined {
  if (f.value === undefined) return undefined;
  const k = f.multiplier * f.unit.factor;
  const half = f.decimals === 0 && f.multiplier === 1 && f.unit.kind === 'count' ? 0 : 0.5 * 10 ** -f.decimals;
  return { lo: (f.value - half) * k, hi: (f.value + half) * k };
}

/** Whether a cell's amount and a figure of the text are of one unit (件 and 件, 元 and 元; a bare cell and a count). */
function sameUnit(v: CellValue, f: Figure): boolean {
  if (!v.unit) return f.unit.kind === 'count' && f.multiplier === 1;
  return v.unit.unit.kind === f.unit.kind && v.unit.unit.base === f.unit.base;
}

export function proseWholeShares(draft: Draft, grids: readonly Grid[], figures: readonly Figure[], inTable: readonly TableRelation[]): TableRelation[] {
  const out: TableRelation[] = [];
  // (a share column the table's own readings check already: its whole is in the table)
  let read: Set<TableCell> | undefined;
  for (const grid of grids) {
    if (grid.rows.length > MAX_ROWS || !grid.columns.some(shareColumn)) continue;
    // a table with a total row, or a share of 100, has its whole in itself (shares.ts)
    if (grid.rows.some((r) => r.kind === 'total')) continue;
    const before = figures.filter(
      (f) => f.offset < grid.table.offset && f.offset >= grid.table.offset - LOOK_BACK && f.unit.kind !== 'percent' && !f.relational && !f.inChange && !f.approximate && !f.range,
    );
    if (before.length === 0) continue;
    for (const s of grid.columns) {
      if (!shareColumn(s)) continue;
      const a = nearestAmount(grid, s);
      if (!a) continue;
      read ??= new Set(inTable.filter((r) => r.rule === 'table-share').map((r) => r.anchor));
      if (
        grid.rows.some((r) => {
          const v = grid.values[r.index]![s.index];
          return isValue(v) && read!.has(v.cell);
        })
      )
        continue;
      const pairs = grid.rows.flatMap((r) => {
        const stated = grid.values[r.index]![s.index];
        const amount = grid.values[r.index]![a.index];
        return isValue(stated) && isValue(amount) && !stated.approximate && !amount.approximate && (!stated.unit || stated.unit.unit.kind === 'percent') ? [{ stated, amount }] : [];
      });
      if (pairs.length < 3 || pairs.some((p) => p.stated.value >= 100)) continue;
      const largest = Math.max(...pairs.map((p) => p.amount.value));
      let best: { f: Figure; whole: Interval; holds: number } | undefined;
      let tie = false;
      for (const f of before) {
        const whole = wholeInterval(f);
        if (!whole || whole.hi <= largest || !pairs.every((p) => sameUnit(p.amount, f))) continue;
        let holds = 0;
        for (const p of pairs) {
          const q = div({ lo: p.amount.lo, hi: p.amount.hi }, whole);
          if (q && overlaps({ lo: p.stated.lo, hi: p.stated.hi }, scale(q, 100))) holds++;
        }
        if (!best || holds > best.holds) {
          best = { f, whole, holds };
          tie = false;
        } else if (holds === best.holds && f.normalized !== best.f.normalized) tie = true;
      }
      if (!best || tie || best.holds < Math.max(2, pairs.length - 1)) continue;
      const { f, whole } = best;
      for (const { stated, amount } of pairs) {
        const q = div({ lo: amount.lo, hi: amount.hi }, whole);
        if (!q) continue;
        const computed = scale(q, 100);
        const holds = overlaps({ lo: stated.lo, hi: stated.hi }, computed);
        const value = (amount.value / (f.normalized ?? f.value! * f.multiplier * f.unit.factor)) * 100;
        out.push(
          lazyRelation({ rule: 'table-share', table: grid.table, anchor: stated.cell, cells: [stated.cell, amount.cell], prose: [{ offset: f.offset, endOffset: f.endOffset }], holds }, () => {
            const formula = `${columnName(amount.column)}${amount.cell.text} ÷ 正文${f.text}`;
            const text = `${value.toFixed(Math.min(6, stated.decimals + 1))}%`;
            const place = `“${rowName(stated.row)}”行“${columnName(s)}”`;
            return {
              arithmetic: holds ? `${formula} = ${text}，与${place}${stated.cell.text}相符` : `${formula} = ${text}，${place}为${stated.cell.text}`,
              message: `占比与表中数字不符：${formula} = ${text}，${place}写作${stated.cell.text}（表中各行的比例都是占正文第${draft.lineIndex.lineOf(f.offset) + 1}行${f.text}的比例）；请核对`,
              related: [
                { offset: amount.cell.offset, endOffset: amount.cell.endOffset, message: `${columnName(amount.column)} ${amount.cell.text}` },
                { offset: f.offset, endOffset: f.endOffset, message: `正文 ${f.text}` },
              ],
            };
          }),
        );
      }
    }
  }
  return out;
}

/** The amount column nearest before a share column (金额（元） | 增幅（%） | 占比（%）: a growth between them). */
function nearestAmount(grid: Grid, s: Column): Column | undefined {
  for (let i = s.index - 1; i >= 0; i--) {
    const c = grid.columns[i]!;
    if (c.role === 'amount') return c;
    if (c.role === 'label') return undefined;
  }
  return undefined;
}

/** A column of shares: read as such, or headed 比例（%） (投诉类别 | 投诉数量（件） | 比例（%）). */
function shareColumn(c: Column): boolean {
  return c.role === 'share' || (c.role === 'other' && /^(?:比例|占比|比重)[（(]?[%％][）)]?$/.test(c.label.replace(/\s/g, '')));
}
