// table-sum: a 合计/总计/小计 row or column against the rows or columns it sums, at the precision of each cell;
// 其中 rows are parts of the row above them and must not exceed it.

import { defineTableRule } from '../tables/rule';

export default defineTableRule({
  id: 'table-sum',
  title: '表格合计',
  titleEn: 'Table totals',
  basis: '数字一致性：算术核对，按表中所写精度（起草惯例）',
  severity: 'error',
  fixable: false,
  safeFix: false,
  options: {},
});
