// number-sum: a total and its parts. Parts in brackets or after 分别为 must add up to the total exactly;
// parts after 其中 may leave a remainder but never exceed it. Units are converted before adding.

import { defineRelationRule } from '../figures/relation-rule';

export default defineRelationRule({
  id: 'number-sum',
  title: '分项之和与总数',
  titleEn: 'Parts and total',
  basis: '数字一致性：算术核对（起草惯例）',
  severity: 'error',
  fixable: false,
  safeFix: false,
  options: {},
});
