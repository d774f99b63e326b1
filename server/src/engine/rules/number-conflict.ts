// number-conflict: the same measure, in the same scope, stated with two different values in one document.

import { defineRelationRule } from '../figures/relation-rule';

export default defineRelationRule({
  id: 'number-conflict',
  title: '同一指标前后不一',
  titleEn: 'One measure, two values',
  basis: '数字一致性：同一范围内同一指标只有一个数（起草惯例）',
  severity: 'warning',
  fixable: false,
  safeFix: false,
  options: {},
});
