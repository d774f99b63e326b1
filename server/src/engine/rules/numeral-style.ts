// numeral-style: one kind of figure in one form (GB/T 15835-2011 4.3): 8支产业招商组 here and 八支产业招商组
// there is a finding; full-width digits (１２) are written half-width (5.1).

import { defineRule } from '../rule';
import type { CheckCache } from '../cache';
import { figureModel } from '../figures/model';
import { toChineseInteger } from '../figures/numerals';
import { toHalfWidth, type Figure } from '../figures/extract';

const FULL_WIDTH = /[０-９]+(?:[．.][０-９]+)?/g;

/** Measure words of events (培训7期, 督查4轮, 分5批次下达): the noun they count is often only two characters. */
const EVENT_WORDS = new Set(['期', '批', '批次', '轮', '次', '场', '场次']);

/**
 * The names a count's kind goes by: its measure, the measure's beginnings of 3 or more characters (产业招商组 /
 * 产业招商组作用), and, where the noun stands before the figure (举办业务培训7期), its endings, which a noun
 * written after the figure (七期培训) begins with. For events, two characters suffice (培训, 督查).
 */
function kindNames(f: Figure): string[] {
  const m = f.measure;
  const shortest = EVENT_WORDS.has(f.unit.text) ? 2 : 3;
  const names = new Set([m]);
  const before = !f.measureSpan || f.measureSpan.offset < f.offset;
  for (let n = shortest; n < m.length; n++) {
    // a noun after the figure is cut at its end (七期培训班均邀请: 培训, 培训班 …); one before it at its start
    if (n >= 3 || !before) names.add(m.slice(0, n));
    if (before) names.add(m.slice(m.length - n));
  }
  return [...names];
}

/**
 * The counts of the same kind as a count, in document order: the same unit and a name in common (kindNames).
 * Counts that share a name are joined (union-find over names) rather than compared pair by pair.
 */
function kindGroups(counts: readonly Figure[], cache: CheckCache): (f: Figure) => Figure[] {
  const parent = new Map<Figure, Figure>();
  const root = (f: Figure): Figure => {
    let r = f;
    while (parent.get(r) !== r) r = parent.get(r)!;
    for (let g = f; g !== r;) {
      const next = parent.get(g)!;
      parent.set(g, r);
      g = next;
    }
    return r;
  };
  const holder = new Map<string, Figure>(); // unit + name → a count going by it
  for (const f of counts) {
    if (!f.measure) continue;
    parent.set(f, f);
    for (const key of kindKeys(f, cache)) {
      const other = holder.get(key);
      if (!other) holder.set(key, f);
      else parent.set(root(f), root(other));
    }
  }
  const groups = new Map<Figure, Figure[]>();
  for (const f of counts) {
    if (!parent.has(f)) continue;
    const r = root(f);
    const list = groups.get(r);
    if (list) list.push(f);
    else groups.set(r, [f]);
  }
  return (f) => (parent.has(f) ? groups.get(root(f))! : []);
}

/** A count's kind keys (unit + name), worked out once per paragraph reading (placed figures share their origin's). */
function kindKeys(f: Figure, cache: CheckCache): readonly string[] {
  const source = f.origin ?? f;
  let keys = cache.kindKeys.get(source);
  if (!keys) {
    keys = kindNames(f).map((name) => `${f.unit.text}\u0000${name}`);
    cache.kindKeys.set(source, keys);
  }
  return keys;
}

/** A count with its noun, in the order written: 党组会议24次, 七期培训 (a noun after the figure cut to six characters). */
function asWritten(f: Figure): string {
  const before = !f.measureSpan || f.measureSpan.offset < f.offset;
  return before ? `${f.measure}${f.text}` : `${f.text}${[...f.measure].slice(0, 6).join('')}`;
}

export default defineRule(
  {
    id: 'numeral-style',
    title: '数字形式统一',
    titleEn: 'Consistent numeral style',
    basis: 'GB/T 15835-2011 4.3（同类数字形式一致）、5.1',
    severity: 'warning',
    fixable: true,
    safeFix: true,
    options: {},
  },
  (context) => {
    const { draft } = context;
    for (const para of draft.lines) {
      FULL_WIDTH.lastIndex = 0;
      for (let m = FULL_WIDTH.exec(para.prose); m; m = FULL_WIDTH.exec(para.prose)) {
        const half = toHalfWidth(m[0]);
        context.report({
          offset: para.offset + m.index,
          endOffset: para.offset + m.index + m[0].length,
          message: `全角数字“${m[0]}”应写作半角“${half}”：阿拉伯数字使用半角形式（GB/T 15835-2011 5.1）`,
          fix: [{ offset: para.offset + m.index, endOffset: para.offset + m.index + m[0].length, text: half }],
        });
      }
    }

    // counts written both ways: the minority form gives way to the majority (Arabic on a tie, 4.1.1)
    const counts = figureModel(draft).figures.filter((f) => f.unit.kind === 'count' && f.value !== undefined && Number.isInteger(f.value) && f.value >= 2 && f.form !== 'placeholder');
    const reported = new Set<Figure>();
    // groups never cross units (their keys hold the unit): only the units that have a count in Chinese numerals
    // can hold a mixed group, so only their counts are grouped (most drafts have few such units, or none)
    const mixedUnits = new Set(counts.filter((f) => f.form === 'chinese').map((f) => f.unit.text));
    if (mixedUnits.size === 0) return;
    const groupOf = kindGroups(
      counts.filter((f) => mixedUnits.has(f.unit.text)),
      context.cache,
    );
    const judged = new Set<Figure[]>(); // a group judged once has reported all its minority
    // only a Chinese-numeral count can start a mixed group; most drafts have none
    for (const f of counts) {
      if (f.form !== 'chinese' || reported.has(f)) continue;
      const group = groupOf(f);
      if (judged.has(group)) continue;
      judged.add(group);
      const chinese = group.filter((g) => g.form === 'chinese');
      const arabic = group.filter((g) => g.form === 'arabic');
      if (arabic.length === 0) continue;
      const toArabic = arabic.length >= chinese.length;
      const minority = toArabic ? chinese : arabic;
      const other = (toArabic ? arabic : chinese)[0]!;
      const line = draft.lineIndex.lineOf(other.offset) + 1;
      for (const g of minority) {
        if (reported.has(g)) continue;
        reported.add(g);
        const numeral = draft.source.slice(g.numberOffset, g.numberEndOffset);
        const wanted = toArabic ? String(g.value) : toChineseInteger(g.value!);
        context.report({
          offset: g.numberOffset,
          endOffset: g.endOffset,
          message: `同类数字写法不一：此处“${asWritten(g)}”用${toArabic ? '汉字' : '阿拉伯'}数字，第${line}行“${asWritten(other)}”用${toArabic ? '阿拉伯' : '汉字'}数字；同一场合的同类数字应采用同一种形式，应写作“${wanted}${g.text.slice(numeral.length)}”（GB/T 15835-2011 4.3）`,
          fix: [{ offset: g.numberOffset, endOffset: g.numberEndOffset, text: wanted }],
          related: [{ offset: other.offset, endOffset: other.endOffset, message: `同类数字在此写作“${other.text}”` }],
        });
      }
    }
  },
);
