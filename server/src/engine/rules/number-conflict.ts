// number-conflict: the same measure, in the same scope, stated with two different values in one document.

import { defineRelationRule } from '../figures/relation-rule';

export default defineRelationRule(
  {
    id: 'number-conflict',
    title: '同一指标前后不一',
    titleEn: 'One measure, two values',
    basis: '数字一致性：同一范围内同一指标只有一个数（起草惯例）',
    severity: 'warning',
    fixable: false,
    safeFix: false,
    options: {},
  },
  ['restatement'],
  (relation, draft) => {
    const [later, earlier] = relation.figures as [typeof relation.anchor, typeof relation.anchor];
    const name = later.key.includes('·') ? later.key.replace(/·/g, '') : later.key;
    const line = draft.lineIndex.lineOf(earlier.offset) + 1;
    return {
      message: `同一指标前后不一致：“${name}”${later.scope ? `（${later.scope}）` : ''}此处为${later.text}，第${line}行写作${earlier.text}；同一范围内同一指标只能有一个数，请核对`,
    };
  },
);
