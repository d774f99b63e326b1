// The number rules that report relations (number-sum, number-ratio, number-conflict) share one check: every
// relation of the kinds a rule reports that does not hold becomes a finding at its anchor figure, worded by
// the rule. Related locations name the other figures' part in the relation; the arithmetic is in the message.

import type { Draft } from '../parse';
import { defineRule, type Rule, type RuleMeta } from '../rule';
import type { RelatedSpan } from '../types';
import { figureModel } from './model';
import { ROLE_NAMES, type Reading, type Relation, type RelationKind } from './relations';

/** What a rule says about a relation that does not hold. */
export interface Wording {
  message: string;
  /** A hint rather than the rule's severity: not proof of an error. */
  severity?: 'hint';
}

export function defineRelationRule(meta: RuleMeta, kinds: readonly RelationKind[], word: (relation: Relation & { reading: Reading }, draft: Draft) => Wording): Rule {
  return defineRule(meta, (context) => {
    for (const relation of figureModel(context.draft, context.cache).relations) {
      if (relation.holds || !relation.reading || !kinds.includes(relation.kind)) continue;
      const { anchor } = relation;
      const { message, severity } = word(relation as Relation & { reading: Reading }, context.draft);
      const { offset, endOffset } = relation.at ?? anchor;
      const report = { offset, endOffset, message, related: related(relation) };
      context.report(severity ? { ...report, severity } : report);
    }
  });
}

/** The other figures of a relation, each named by its part: 分项（新建）, 分母（年度计划投资）. */
function related(relation: Relation): RelatedSpan[] {
  const out: RelatedSpan[] = [];
  relation.figures.forEach((f, i) => {
    if (f === relation.anchor) return;
    const role = ROLE_NAMES[relation.roles[i]!];
    out.push({ offset: f.offset, endOffset: f.endOffset, message: f.measure ? `${role}（${f.measure}）` : role });
  });
  return out;
}
