// table-rate: a rate column against the two columns it divides (完成率 = 完成 ÷ 计划, 执行率 = 执行 ÷ 预算).

import { defineTableRule } from '../tables/rule';

export default defineTableRule({
  id: 'table-rate',
  title: '表格比率',
  titleEn: 'Table rates',
  basis: '数字一致性：算术核对，按表中所写精度（起草惯例）',
  severity: 'error',
  fixable: false,
  safeFix: false,
  options: {},
});
