// table-change: a growth column (比上年增长%) or a difference column (增减额) against its 本年 and 上年 columns.

import { defineTableRule } from '../tables/rule';

export default defineTableRule({
  id: 'table-change',
  title: '表格增长',
  titleEn: 'Table growth',
  basis: '数字一致性：算术核对，按表中所写精度（起草惯例）',
  severity: 'error',
  fixable: false,
  safeFix: false,
  options: {},
});
