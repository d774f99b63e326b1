// A GDP table's industries (农林牧渔业, 工业, 建筑业, 批发和零售业, …) reckoned by industry, not by sector: their 工业 and
// 建筑业 are no exact split of 第二产业.

import type { Grid, GridRow } from './grid';

/**
 * heldout188/tjgb-anhui-01: 地区生产总值 609.91 / 其中：第一产业 63.44 / 第二产业 296.65 / 第三产业 249.81 / 其中：农林牧渔业
 * 65.83 / 工业 166.32 / 建筑业 130.52 / 批发和零售业 … . The second list is the whole product by industry (the industry
 * classification), and an industry there holds activities the sectors' rules (《三次产业划分规定》) put in 第三产业: the
 * services to farming (农林牧渔专业及辅助性活动) in 农林牧渔业, the mining services and the repair of machinery in 工业. The
 * table shows it where 农林牧渔业 is not 第一产业 (65.83 against 63.44): its 工业 and 建筑业 (296.84) are then no split of
 * 第二产业 (296.65) either. True of the rows from `from` up to the next block's sectors, in any figure column where both are
 * written.
 */
export function industriesBeyondTheSectors(grid: Grid, primary: GridRow, from: number, bare: (r: GridRow) => string): boolean {
  for (let k = from; k < grid.rows.length && !/^第[一二三]产业$/.test(bare(grid.rows[k]!)); k++) {
    if (bare(grid.rows[k]!) !== '农林牧渔业') continue;
    const farming = grid.values[k]!;
    const sector = grid.values[primary.index]!;
    return grid.columns.some((c) => {
      const a = farming[c.index];
      const b = sector[c.index];
      return c.role === 'amount' && typeof a === 'object' && typeof b === 'object' && (a.hi < b.lo || b.hi < a.lo);
    });
  }
  return false;
}
