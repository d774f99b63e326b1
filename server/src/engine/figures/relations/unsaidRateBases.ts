// Rates whose base the words leave unsaid: a rate of all the routes a whole was dealt by, after a count of one route
// and the others that split the whole with it; an unemployment rate, whose base (the labour force) a bulletin does not
// state. The count read as the rate's numerator or base is then no operand of the rate, and nothing is read.

import type { Figure } from '../extract';
import { compatible } from '../units';
import { exact, halfUnit, known } from './arithmetic';
import { plainWords } from '../../text';
import { sentenceOf, textBetween, type Paragraph } from './paragraph';
import { withRole, type Relation } from './relation';

/**
 * 一季度，…平台共受理各类市民诉求6.85万件，同比增长123.86%，即时答复5.70万件，转办1.15万件，全口径办结率99.67%
 * (heldout191/rexian-panjin-02): the counts between the base and the rate, the first a count done in other words than
 * the rate's stem (答复, not 办结), split the base between them (5.70 + 1.15 = 6.85: the routes what came in went by). The
 * rate is of them all (全口径, every route), what was closed of each route the words do not give: the first route alone
 * is not its numerator. Only when the routes after the first are passed on to others (转办, 交办).
 */
/** The words of a count passed on to others to deal with: 转办, 转交, 交办, 移交, 派单. */
const PASSED_ON = /转办|转交|转派|交办|移交|派单|派发/;

function oneRouteOfTheWhole(par: Paragraph, p: Figure, stem: string, r: Relation): boolean {
  const numerator = withRole(r, 'numerator');
  const base = withRole(r, 'denominator');
  if (!numerator || !base || r.roles.filter((role) => role === 'denominator').length !== 1 || numerator.measure.includes(stem)) return false;
  if (!known(base) || !known(numerator) || base.offset > numerator.offset) return false;
  const routes = sentenceOf(par, p).filter((f) => f.offset >= numerator.offset && f.offset < p.offset && f.unit.kind !== 'percent');
  if (routes.length < 2 || routes.some((f) => !exact(f) || f.relational || f.bracket || !compatible(f.unit, base.unit))) return false;
  // (each route after the first passed on to others, 转办, 转交, 交办: not what is left undone, 未完成29项, nor the rest
  // of a whole, 乡村人口, which leave the numerator the rate's own)
  if (routes.slice(1).some((f) => !PASSED_ON.test(plainWords(textBetween(par.draft, f.clause.offset, f.offset))))) return false;
  const sum = routes.reduce((s, f) => s + f.normalized!, 0);
  const slack = routes.reduce((s, f) => s + halfUnit(f, true), halfUnit(base, true));
  return Math.abs(sum - base.normalized) <= slack + 1e-9 * base.normalized;
}

/** The labour force and its names: the base an unemployment rate is of. */
const LABOUR_FORCE = /劳动力|从业|經濟活動|经济活动|劳动年龄|就业人员|在岗职工/;

/**
 * 年末城镇新增就业8713人，…城镇登记失业人数2694人，城镇登记失业率2.6% (heldout191/tjgb-tulufan-01): an unemployment rate
 * (失业率, 登记失业率) is of the labour force (those in work and those registered out of it), which such a statement
 * does not give; a count of new jobs (新增就业, 实现再就业) is a year's flow, no base of it.
 */
function unemploymentOfAnUnstatedLabourForce(stem: string, r: Relation): boolean {
  const base = withRole(r, 'denominator');
  return stem.endsWith('失业') && !!base && !LABOUR_FORCE.test(base.measure);
}

/** Whether a rate read as `r` has a base the words leave unsaid, whatever its values: see the readings above. */
export function baseLeftUnsaid(par: Paragraph, p: Figure, stem: string, r: Relation): boolean {
  return oneRouteOfTheWhole(par, p, stem, r) || unemploymentOfAnUnstatedLabourForce(stem, r);
}
