// The short rows of a pasted table whose columns cannot be told apart because empty cells were dropped in copying (月报
// 进度表: 西昌市 | 3 | 305 | 3 | 299 | 299 | 98.0 | 6 | 6 | 2.0 | 55 | 50 | 5 under 在建 合计 | 新建 | 改建 | 占计划 …,
// 改建 and 完成 改建 left empty): the full rows' sums and ratios (unclear.ts, triples.ts) say where such a row's figures
// stand. Each order-keeping placement of the row's figures in the full rows' columns is scored by those laws (a
// dropped part counts as none); the placements bearing out the most laws, any that fail sharing one figure (a slip),
// place the row, and a law whose cells all of them place alike is checked on it.

import type { PlainFigure } from './cells';
import type { Table, TableCell } from './model';
import type { TableRelation } from './relations';
import { lineRatioRelation, namesRatio, ratioAt, ratiosOfLines, figureRow, type LineRatio } from './triples';
import { meets, rowsByLength, sumsOfLines, writtenSum, type Fig, type LineSum } from './unclear';

/** Full rows the laws are read in, at least; figures a short row may lack, at most; figures of a row, at most. */
const MIN_FULL_ROWS = 5;
const MAX_MISSING = 3;
const MAX_FIGURES = 24;
/** Laws a placement must bear out, at least, to place a row (one law placed a row by coincidence as often as not). */
const MIN_BORNE = 2;

interface Line {
  label: string;
  figures: PlainFigure[];
}

const lineOf = (cells: readonly TableCell[]): Line | undefined => figureRow(cells, MAX_FIGURES);
const figOf = (f: PlainFigure): Fig => ({ cell: f.cell, value: f.value, half: 0.5 * 10 ** -f.decimals });

type Law = { kind: 'sum'; sum: LineSum } | { kind: 'ratio'; ratio: LineRatio };

/** The columns a law reads. */
const columnsOf = (law: Law): number[] => (law.kind === 'sum' ? [law.sum.t, ...law.sum.parts] : [law.ratio.t, law.ratio.d, law.ratio.n]);

/**
 * A law on a placed row (`at[column]`: the index of the row's figure there, −1 for a dropped cell): true, false, or
 * undefined where it cannot be read (its total or a figure of a ratio dropped, every part dropped); `evidence` when
 * it holds on figures that could not hold by chance alone (a total of 0, a ratio of 0 or 100, prove nothing).
 */
function lawOn(law: Law, at: readonly number[], figures: readonly PlainFigure[]): { holds: boolean; evidence: boolean } | undefined {
  if (law.kind === 'sum') {
    const { t, parts } = law.sum;
    if (at[t]! < 0) return undefined;
    const present = parts.filter((c) => at[c]! >= 0).map((c) => figOf(figures[at[c]!]!));
    if (present.length === 0) return undefined;
    const total = figOf(figures[at[t]!]!);
    const holds = meets(total, present);
    return { holds, evidence: holds && total.value !== 0 };
  }
  const { t, d, n } = law.ratio;
  if (at[t]! < 0 || at[d]! < 0 || at[n]! < 0) return undefined;
  const placed: PlainFigure[] = [];
  placed[d] = figures[at[d]!]!;
  placed[n] = figures[at[n]!]!;
  placed[t] = figures[at[t]!]!;
  const holds = ratioAt(placed, t, d, n);
  if (holds === undefined) return undefined;
  return { holds, evidence: holds && placed[t].value !== 0 && placed[t].value !== 100 };
}

interface Placement {
  at: number[];
  borne: number;
  failing: Law[];
}

/** Every order-keeping placement of k figures in n columns that fails no law or only laws sharing one of its figures. */
function placements(k: number, n: number, laws: readonly Law[], figures: readonly PlainFigure[]): Placement[] {
  const out: Placement[] = [];
  const chosen: number[] = [];
  const visit = (column: number): void => {
    if (chosen.length === k) {
      const at = Array.from({ length: n }, () => -1);
      chosen.forEach((c, i) => (at[c] = i));
      let borne = 0;
      const failing: Law[] = [];
      for (const law of laws) {
        const r = lawOn(law, at, figures);
        if (!r) continue;
        if (!r.holds) failing.push(law);
        else if (r.evidence) borne++;
      }
      // the laws that fail all read one of the row's figures: a slip in it
      const shared =
        failing.length === 0 ||
        failing
          .map(columnsOf)
          .reduce((a, b) => a.filter((c) => b.includes(c)))
          .some((c) => at[c]! >= 0);
      if (shared) out.push({ at, borne, failing });
      return;
    }
    for (let c = column; c <= n - (k - chosen.length); c++) {
      chosen.push(c);
      visit(c + 1);
      chosen.pop();
    }
  };
  visit(0);
  return out;
}

/**
 * The sums and ratios of an unclear table's short rows (one to three figures fewer than its full rows, five full rows
 * at least, every row a label and plain figures), read by the full rows' laws where the row's best placements all
 * place a law's cells alike. `read`: cells a relation of the table is anchored at already (its rows of one length).
 */
export function placedShortLines(table: Table, read: ReadonlySet<TableCell>): TableRelation[] {
  if (!table.unclear) return [];
  const byLength = rowsByLength(table, lineOf);
  const n = Math.max(0, ...byLength.keys());
  const full = byLength.get(n) ?? [];
  if (full.length < MIN_FULL_ROWS) return [];
  const laws: Law[] = [
    ...sumsOfLines(
      full.map((l) => ({ label: l.label, figures: l.figures.map(figOf) })),
      n,
    ).map((sum): Law => ({ kind: 'sum', sum })),
    ...(namesRatio(table) ? ratiosOfLines(full, n) : []).map((ratio): Law => ({ kind: 'ratio', ratio })),
  ];
  if (laws.length < MIN_BORNE) return [];
  const out: TableRelation[] = [];
  for (let k = Math.max(3, n - MAX_MISSING); k < n; k++) {
    for (const line of byLength.get(k) ?? []) {
      const found = placements(k, n, laws, line.figures);
      const most = Math.max(0, ...found.map((p) => p.borne));
      if (most < MIN_BORNE) continue;
      // (of those bearing out as many laws, the ones failing fewest: a row that holds needs no slip)
      const fewest = Math.min(...found.filter((p) => p.borne === most).map((p) => p.failing.length));
      const best = found.filter((p) => p.borne === most && p.failing.length === fewest);
      for (const law of laws) {
        const columns = columnsOf(law);
        // the law's cells, as every best placement puts them
        const key = (p: Placement): string => columns.map((c) => p.at[c]).join(',');
        if (best.some((p) => key(p) !== key(best[0]!))) continue;
        const at = best[0]!.at;
        if (!lawOn(law, at, line.figures)) continue;
        out.push(...relationsOf(table, line, law, at, k, n, full.length, read));
      }
    }
  }
  return out;
}

function relationsOf(table: Table, line: Line, law: Law, at: readonly number[], k: number, n: number, rows: number, read: ReadonlySet<TableCell>): TableRelation[] {
  const lost = `这一行比完整的行少${n - k}个数（空格子在复制时丢了），按完整的${rows}行成立的加总和比例把它的数放回各列`;
  const figure = (c: number): PlainFigure => line.figures[at[c]!]!;
  const where = (t: number): string => `“${line.label}”行放回各列后的第${t + 1}个数`;
  if (read.has(figure(law.kind === 'sum' ? law.sum.t : law.ratio.t).cell)) return [];
  if (law.kind === 'sum') {
    const { t, parts } = law.sum;
    const total = figure(t);
    const present = parts.filter((c) => at[c]! >= 0);
    return [
      writtenSum(
        table,
        figOf(total),
        present.map((c) => figOf(figure(c))),
        where(t),
        `${lost}，第${t + 1}个数是第${parts.map((c) => c + 1).join('、')}个数之和`,
      ),
    ];
  }
  const { t, d, n: m, holding } = law.ratio;
  const figures: PlainFigure[] = [];
  for (const c of [t, d, m]) figures[c] = figure(c);
  return [lineRatioRelation(table, { label: line.label, figures }, t, holding, rows, d, m, { where: where(t), why: `${lost}，第${t + 1}个数是第${m + 1}个数除以第${d + 1}个数（百分比）` })];
}
