// table-restatement: a figure of the text that states a table cell's measure with another value (全年完成投资
// 474.5亿元 above a table whose 合计 says 480).

import { defineTableRule } from '../tables/rule';

export default defineTableRule({
  id: 'table-restatement',
  title: '表文不一',
  titleEn: 'Table and text disagree',
  basis: '数字一致性（起草惯例）',
  severity: 'warning',
  fixable: false,
  safeFix: false,
  options: {},
});
