// A share of a whole that was done (开发利用, 建成, 治理 …), then the parts of what was done after 其中 (1990年70%的滩涂已
// 开发利用，其中盐田51.5万亩，海水养殖面积18万亩): the parts are no more than that share of the whole stated before it.

import type { Figure } from '../extract';
import { compatible } from '../units';
import { exact, judge } from './arithmetic';
import { sumOf } from './totals';
import { proseOf, textBetween, type Paragraph } from './paragraph';
import { relation, type Relation } from './relation';

/** After a percentage: 的, the whole's name, what was done of it, and 其中 opening its parts (的滩涂已开发利用，其中). */
const DONE_SHARE = /^的([\u4e00-\u9fff]{2,8}?)(?:已经|已|均)?(?:开发利用|开发|利用|建成|完成|改造|治理|种植|绿化|硬化)[\u4e00-\u9fff]{0,4}[，,：:]\s*其中[：:，,]?/;

/** The marker of these relations (number-sum words them). */
export const DONE_SHARE_MARKER = '已开发部分';

/**
 * 市境…为滩涂地，面积72万亩…。1990年70%的滩涂已开发利用，其中盐田51.5万亩，海水养殖面积18万亩 (heldout190/ziran-lianyungang-14):
 * a percentage of a whole (70%的滩涂), what was done of it (已开发利用), then after 其中 the parts of what was done, in the unit
 * of the whole: the parts are no more than the percentage of the whole's figure, the last figure before it in the paragraph
 * whose words name the whole (滩涂地，面积72万亩). Only exact figures, the parts to the end of the sentence and compatible with
 * the whole; none when the whole is not named before the percentage.
 */
export function partsOfADoneShare({ par, out }: { par: Paragraph; out: Relation[] }): void {
  if (!proseOf(par).includes('其中') || !/[%％]的/.test(proseOf(par))) return;
  const { draft, figures } = par;
  for (let i = 0; i < figures.length; i++) {
    const p = figures[i]!;
    if (p.unit.kind !== 'percent' || !exact(p) || p.relational) continue;
    const after = textBetween(draft, p.endOffset, p.sentence.endOffset);
    const m = DONE_SHARE.exec(after);
    if (!m) continue;
    const name = m[1]!;
    // (the whole's own words, from the figure before it: 为滩涂地，面积72万亩, not 潮间带29.25万亩 after it)
    let whole: Figure | undefined;
    for (let j = i - 1; j >= 0 && !whole; j--) {
      const f = figures[j]!;
      if (f.unit.kind !== 'percent' && textBetween(draft, j > 0 ? figures[j - 1]!.endOffset : f.para.offset, f.offset).includes(name)) whole = f;
    }
    if (!whole || !exact(whole) || whole.relational) continue;
    const from = p.endOffset + m[0].length;
    const parts = figures.slice(i + 1).filter((f) => f.offset >= from && f.endOffset <= p.sentence.endOffset);
    if (parts.length === 0 || parts.some((f: Figure) => !exact(f) || f.relational || f.bracket || !compatible(f.unit, whole.unit))) continue;
    const reading = judge(sumOf(parts), { op: 'product', args: [{ figure: whole }, { figure: p }] }, { compare: '<=', unit: 'amount' });
    const r = relation('sum', parts[0]!, [[p, 'percent'] as const, [whole, 'total'] as const, ...parts.map((f) => [f, 'part'] as const)], [reading], { marker: DONE_SHARE_MARKER, word: name });
    if (r) out.push(r);
  }
}
