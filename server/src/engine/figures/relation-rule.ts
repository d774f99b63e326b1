// The number rules that report relations (number-sum, number-ratio, number-conflict) share one check:
// every relation of theirs that does not hold becomes a finding at its anchor figure.

import { defineRule, type Rule, type RuleMeta } from '../rule';
import { figureModel } from './model';
import type { Relation } from './relations';

export function defineRelationRule(meta: RuleMeta & { id: Relation['rule'] }): Rule {
  return defineRule(meta, (context) => {
    for (const relation of figureModel(context.draft, context.cache).relations) {
      if (relation.rule !== meta.id || relation.holds) continue;
      const { anchor } = relation;
      context.report({ offset: anchor.offset, endOffset: anchor.endOffset, message: relation.message, related: relation.related });
    }
  });
}
