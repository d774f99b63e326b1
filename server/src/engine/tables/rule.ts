// The table rules that report relations (table-sum, table-share, table-rate, table-change, table-restatement) share
// one check: every relation of theirs that does not hold becomes a finding at its anchor cell.

import { defineRule, type Rule, type RuleMeta } from '../rule';
import { tableModel } from './tableModel';
import type { TableRuleId } from './relations';

export function defineTableRule(meta: RuleMeta & { id: TableRuleId }): Rule {
  return defineRule(meta, (context) => {
    if (context.draft.tables.length === 0) return;
    for (const relation of tableModel(context.draft).relations) {
      if (relation.rule !== meta.id || relation.holds) continue;
      const { anchor } = relation;
      context.report({ offset: anchor.offset, endOffset: anchor.endOffset, message: relation.message, related: relation.related });
    }
  });
}
