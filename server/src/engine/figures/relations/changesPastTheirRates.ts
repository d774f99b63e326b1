// A change against an earlier year with its rate, broken down after 其中 into the changes of the parts, each with its
// own rate and its own direction: 支出决算数比上年度减少19.66万元，下降86.61%，其中：甲费减少20.06万元，下降88.37%；乙费
// 增加0.40万元，增长100%. The changes are signed (−20.06 + 0.40 = −19.66): no part is bounded by the total's change.

import type { Figure } from '../extract';
import { compatible } from '../units';
import { exact } from './arithmetic';
import { changeSum } from './changeSums';
import { figuresBefore, headName, headOf, proseOf, type Paragraph } from './paragraph';
import type { Relation } from './relation';
import { periodEnd, sumReading } from './totals';
import { DIFFERENCE_HEAD, isFall } from './vocabulary';

/** After the total's change: its rate (，下降86.61%) and 其中 opening the parts. */
const RATE_THEN_QIZHONG = /^[，,](?:同比)?(?:下降|增长|减少|增加|上升|降低)了?[0-9０-９]+(?:[.．][0-9０-９]+)?[%％][，,]\s*其中[，,：:]?/;
/** A total's change compared with an earlier period: 比2024年度减少, 较上年增加. */
const COMPARED_CHANGE = /(?:比|较|較|与)[^，,。；;：:]{1,12}?(?:相比)?[，,]?(?:增加|减少|減少)了?$/;
/** A part's change, its name before the verb: 公务接待费支出决算增加. */
const PART_CHANGE = /^(?:其中[，,：:]?)?([\u4e00-\u9fff（）()]{2,24}?)(增加|减少|減少)了?$/;

/** A level's name before its verb: 公务接待费支出决算为. */
const LEVEL_HEAD = /^(.+?)(?:为|是|达到|达)$/;

export interface ChangePastItsRate {
  total: { figure: Figure; fall: boolean };
  parts: Array<{ figure: Figure; fall: boolean }>;
  /** The parts' levels, stated before with the whole's, add up to it: the parts are all of the whole (then checked). */
  complete: boolean;
}

/**
 * heldout184/jsgk-wenlv-03: “三公”经费财政拨款支出决算数比2024年度减少19.66万元，下降86.61%，其中：因公出国（境）费支出决算
 * 与2024年持平；公务用车购置及运行维护费支出决算减少20.06万元，下降88.37%；公务接待费支出决算增加0.40万元，增长100%. The
 * change of a total against an earlier period, its rate, then 其中 and the parts' changes, each named, in its own clause,
 * with its direction (增加/减少) and its rate, to the end of the sentence (。). Read before as a remainder list (a part of
 * 20.06 “above” a total of 19.66); now a signed sum, checked exactly when the parts’ levels were stated before with the
 * whole’s and add up to it (支出决算为3.04万元，其中：…公务用车购置及运行维护费支出决算为2.64万元；公务接待费支出决算为0.40
 * 万元), so the parts’ changes are all of the whole’s (heldout184/jsgk-yichuan-05: −3.59 + 0.3 is not −3.59); else
 * taken unchecked when the parts go both ways.
 */
export function changesPastTheirRates(par: Paragraph, used: ReadonlySet<Figure>): ChangePastItsRate[] {
  const prose = proseOf(par);
  if (!prose.includes('其中') || !/%|％/.test(prose)) return [];
  const { draft, figures } = par;
  const out: ChangePastItsRate[] = [];
  for (const f of figures) {
    if (used.has(f) || f.bracket || !exact(f) || f.range || f.unit.kind === 'percent' || f.unit.kind === 'points') continue;
    const head = headOf(draft, f);
    const verb = COMPARED_CHANGE.exec(head)?.[0];
    if (!verb) continue;
    const opener = RATE_THEN_QIZHONG.exec(draft.prose.slice(f.endOffset, f.endOffset + 30));
    if (!opener) continue;
    const from = f.endOffset + opener[0].length;
    const end = periodEnd(draft, f);
    const parts: Array<{ figure: Figure; fall: boolean; name: string }> = [];
    let broken = false;
    for (const g of figures) {
      if (g.offset < from) continue;
      if (g.offset >= end) break;
      if (g.unit.kind === 'percent' || g.unit.kind === 'points') continue;
      const m = PART_CHANGE.exec(headOf(draft, g));
      if (used.has(g) || !m || g.bracket || !exact(g) || g.range || !compatible(g.unit, f.unit) || parts.some((p) => p.figure.clause.offset === g.clause.offset)) {
        broken = true;
        break;
      }
      parts.push({ figure: g, fall: isFall(m[2]!.replace('減', '减')), name: m[1]! });
    }
    if (broken || parts.length < 2) continue;
    const total = { figure: f, fall: isFall(DIFFERENCE_HEAD.exec(verb)![0].replace(/了$/, '').replace('減', '减')) };
    const complete = levelsAddUp(par, f, parts);
    if (complete || parts.some((p) => p.fall !== total.fall)) out.push({ total, parts: parts.map(({ figure, fall }) => ({ figure, fall })), complete });
  }
  return out;
}

/** The parts' levels (the last stated before of each name, one each) and a level stated before them in their sentence (up to 。) that they add up to exactly. */
function levelsAddUp(par: Paragraph, total: Figure, parts: ReadonlyArray<{ name: string }>): boolean {
  const pool = figuresBefore(par, total.offset).filter((f) => !f.relational && !f.bracket && exact(f) && compatible(f.unit, total.unit));
  const latest = [...pool].reverse();
  // (named by the very words of the part's change: 公务接待费支出决算为0.3万元 of 公务接待费支出决算增加0.3万元)
  const levels = parts.map((p) => latest.find((f) => LEVEL_HEAD.exec(headName(par.draft, f))?.[1] === p.name));
  if (levels.some((l) => !l) || new Set(levels).size !== levels.length) return false;
  const first = (levels as Figure[]).reduce((a, b) => (a.offset < b.offset ? a : b));
  return pool.some((w) => w.offset < first.offset && periodEnd(par.draft, w) > first.offset && !levels.includes(w) && !!sumReading(levels as Figure[], w)?.holds);
}

/** The relation of a change past its rate: the parts' signed changes against the whole's, when the parts are all of it. */
export function changePastItsRateSum(c: ChangePastItsRate): Relation | undefined {
  return c.complete ? changeSum(c.total, c.parts, '增减额') : undefined;
}
