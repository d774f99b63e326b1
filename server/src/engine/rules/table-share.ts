// table-share: a share column (占比, 比重) against its amounts and the whole, and the shares of one whole
// against 100%.

import { defineTableRule } from '../tables/rule';

export default defineTableRule({
  id: 'table-share',
  title: '表格占比',
  titleEn: 'Table shares',
  basis: '数字一致性：算术核对，按表中所写精度（起草惯例）',
  severity: 'error',
  fixable: false,
  safeFix: false,
  options: {},
});
