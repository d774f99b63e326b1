// number-ratio: a stated percentage against the figures it comes from: shares (占…的), rates with their
// base (办结率, 开工率), changes between two values (较上年…增长), and shares of one whole over 100%.

import { defineRelationRule } from '../figures/relation-rule';

export default defineRelationRule({
  id: 'number-ratio',
  title: '百分比与依据',
  titleEn: 'Percentage and its base',
  basis: '数字一致性：算术核对，按文中所写精度（起草惯例）',
  severity: 'error',
  fixable: false,
  safeFix: false,
  options: {},
});
