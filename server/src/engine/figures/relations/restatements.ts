// Restatements: one measure, in one scope, stated twice in a draft (共安排重点建设项目12个 … 13个重点建设项目中).
// Compared over the whole draft, found again on every check.

import type { Figure } from '../extract';
import { exact, judge } from './arithmetic';
import { bareMeasure } from './paragraph';
import { relation, type Relation } from './relation';

/**
 * Two statements of one measure: the same key, or the same measure where one of them was not tied to an
 * entity (实施行政处罚42起 after 立案查处58起 vs 实施行政处罚45起 later). Two different entities'
 * 规范管理 (高血压患者·规范管理, 糖尿病患者·规范管理) are not one measure.
 */
function sameMeasure(a: Figure, b: Figure): boolean {
  if (a.key === b.key) return true;
  // a part of a breakdown (其中规上工业企业9家, 项目12个（新建5个）) is a subset, never the whole measure; nor is a
  // measure of an entity counted before it (产业发展项目172个，完成投资295.9亿元) the measure of all entities
  if (a.partOf || b.partOf || a.keyedBy === 'entity' || b.keyedBy === 'entity') return false;
  return (a.key === a.measure || b.key === b.measure) && bareMeasure(a) === bareMeasure(b);
}

function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) n--;
  return n;
}

/** What a figure states, if it is a statement another one could contradict: measure, unit and scope. */
const statementIds = new WeakMap<Figure, string | null>();

function statementId(f: Figure): string | undefined {
  // the same for every placing of a paragraph reading's figure: worked out once per reading
  const key = f.origin ?? f;
  let id = statementIds.get(key);
  if (id === undefined) {
    id = isStatement(f) ? `${bareMeasure(f)}|${f.unit.kind}|${f.unit.base}|${f.scope}|${f.subject}` : null;
    statementIds.set(key, id);
  }
  return id ?? undefined;
}

/**
 * A level stated as a fact of its measure: exact, named by four characters or more, not relative (占, 较, a
 * difference), not distributed (分别, 每, 平均), not 个百分点 or 倍 (always differences); a percentage only when it is a
 * named rate or share (城镇化率, 比重), never one of a change or of 占…的.
 */
function isStatement(f: Figure): boolean {
  if (!exact(f) || codePoints(bareMeasure(f)) < 4 || f.relational || f.distributive) return false;
  if (f.unit.kind === 'points' || f.unit.kind === 'times' || f.unit.kind === 'permille') return false;
  if (f.unit.kind === 'percent') return !f.inChange && /(?:率|比重)$/.test(f.measure);
  return true;
}

/** Distinct statements of one measure kept to compare later ones with. */
const MAX_STATEMENTS = 16;

export function restatements(figures: readonly Figure[]): Relation[] {
  const out: Relation[] = [];
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    const id = statementId(f);
    if (id === undefined) continue;
    const list = groups.get(id);
    if (list) list.push(f);
    else groups.set(id, [f]);
  }
  for (const list of groups.values()) {
    // one earlier statement per distinct value is enough to compare with: a long report restates often; and a
    // measure stated with dozens of values is noise, compared with its first few only (each figure, not each pair)
    const statements: Figure[] = [];
    for (let i = 0; i < list.length; i++) {
      const f = list[i]!;
      // the first earlier statement of the measure with another value, and the first with the same value
      let other: Figure | undefined;
      let same: Figure | undefined;
      let stated = false;
      for (const g of statements) {
        if (g.key === f.key && g.base === f.base) stated = true;
        if (g.sentence.offset === f.sentence.offset || (other && same) || !sameMeasure(f, g)) continue;
        if (judge({ figure: f }, { figure: g }, { unit: 'amount' })!.holds) same ??= g;
        else other ??= g;
      }
      if (!stated && statements.length < MAX_STATEMENTS) statements.push(f);
      if (i === 0) continue;
      const earlier = other ?? same;
      if (!earlier) continue;
      const r = relation('restatement', f, [[f, 'later'], [earlier, 'earlier']], [judge({ figure: f }, { figure: earlier }, { unit: 'amount' })]);
      if (r) out.push(r);
    }
  }
  return out;
}
