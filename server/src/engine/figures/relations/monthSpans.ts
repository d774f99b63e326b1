// The months of a span, one by one: a paragraph states a measure over a span of months (汛期6~9月全市平均降雨量为508mm)
// and later gives it for each month of the span (6~9月各月份平均降雨量分别为92mm、179mm、88mm、146mm): the months add up to
// the span, each written to its precision.

import type { Figure } from '../extract';
import { compatible } from '../units';
import { exact } from './arithmetic';
import type { Paragraph } from './paragraph';
import { relation, type Relation } from './relation';
import { sumReading } from './totals';

/** 6~9月各月份平均降雨量分别为: the first and last month, and the measure (group 3). */
const EACH_MONTH = /([0-9]{1,2})[~～\-—–至]([0-9]{1,2})月份?各月份?([\u4e00-\u9fff]{2,12}?)分别为/g;
/** Kinds of amount that accumulate month by month (a rate, a share, a multiple does not). */
const ACCUMULATING = new Set(['count', 'money', 'area', 'length', 'weight', 'volume']);
/** Measures of a level or an average over time, which the months do not add up to (日均客流量, 平均价格, 相对湿度, 气温). */
const NOT_ACCUMULATING = /[日月周年人户]均|均价|[价價率比温溫湿濕]|指数|指數|每/;
/** What joins the months' figures in their list. */
const LIST_JOINT = /^(?:、|和|及)$/;

/** The figures listed one after the other from `from` (the first right there, each next joined by 、 or 和). */
function listFrom(par: Paragraph, from: number): Figure[] {
  const prose = par.figures[0]!.para.prose;
  const base = par.figures[0]!.para.offset;
  const out: Figure[] = [];
  for (const f of par.figures) {
    if (f.offset < from) continue;
    const last = out[out.length - 1];
    const between = prose.slice((last ? last.endOffset : from) - base, f.offset - base);
    if (last ? !LIST_JOINT.test(between) : between !== '') break;
    out.push(f);
  }
  return out;
}

/** 汛期6~9月全市平均降雨量为508mm, then 6~9月各月份平均降雨量分别为92mm、179mm、88mm、146mm: the span is its months' sum. */
export function monthsOfASpan(par: Paragraph, used: ReadonlySet<Figure>): Array<{ relation: Relation; total: Figure; parts: Figure[] }> {
  const first = par.figures[0];
  if (!first || !first.para.prose.includes('各月')) return [];
  const prose = first.para.prose;
  const base = first.para.offset;
  const out: Array<{ relation: Relation; total: Figure; parts: Figure[] }> = [];
  for (const m of prose.matchAll(EACH_MONTH)) {
    const [from, to, name] = [Number(m[1]), Number(m[2]), m[3]!];
    const count = to - from + 1;
    if (from < 1 || to > 12 || count < 2 || NOT_ACCUMULATING.test(name)) continue;
    const parts = listFrom(par, base + m.index + m[0].length);
    if (parts.length !== count || !ACCUMULATING.has(parts[0]!.unit.kind)) continue;
    if (!parts.every((p) => exact(p) && !p.relational && !used.has(p) && compatible(p.unit, parts[0]!.unit))) continue;
    // the span's own statement earlier in the paragraph: the same months before the same measure, in its clause
    const span = new RegExp(`(?:^|[^0-9])${from}[~～\\-—–至]${to}月`);
    const totals = par.figures.filter((t) => {
      if (t.offset >= base + m.index || used.has(t) || t.relational || !exact(t) || !compatible(t.unit, parts[0]!.unit)) return false;
      const head = prose.slice(t.clause.offset - base, t.offset - base);
      return span.test(head) && new RegExp(`${name}(?:为|是|达)?$`).test(head);
    });
    const total = totals.length === 1 ? totals[0]! : undefined;
    if (!total) continue;
    const r = relation('sum', total, [[total, 'total'] as const, ...parts.map((p) => [p, 'part'] as const)], [sumReading(parts, total)], { marker: '分别为' });
    if (r) out.push({ relation: r, total, parts });
  }
  return out;
}
