// number-conflict: the same measure, in the same scope, stated with two different values in one document.

import type { Figure } from '../figures/extract';
import { defineRelationRule } from '../figures/relation-rule';
import { formatNumber } from '../figures/units';

export default defineRelationRule(
  {
    id: 'number-conflict',
    title: '同一指标前后不一',
    titleEn: 'One measure, two values',
    basis: '数字一致性：同一范围内同一指标只有一个数（起草惯例）',
    severity: 'warning',
    fixable: false,
    safeFix: false,
    options: {},
  },
  ['restatement'],
  (relation, draft) => {
    const [later, earlier] = relation.figures as [typeof relation.anchor, typeof relation.anchor];
    // (a part whose own name is the earlier statement's whole name, 总收入…，其中：一般公共预算收入, is named so: not 总收入一般公共预算收入)
    const name = later.keyedBy === 'part' && later.key.endsWith(`·${earlier.key}`) ? earlier.key : later.key.includes('·') ? later.key.replace(/·/g, '') : later.key;
    const line = draft.lineIndex.lineOf(earlier.offset) + 1;
    // a heading made of figures (一、4258.4万件，1080万件) and the section that explains them
    if (relation.marker === '标题') {
      return {
        message: `标题中的数字与本节正文不一致：标题写作${later.text}，本节正文没有这个数，同一单位最接近的是第${line}行的${earlier.text}；标题中的数字应与正文一致，请核对`,
      };
    }
    // a title's figure (福建省政协十一届三次会议共收提案975件) and the one figure of the body it states again
    if (relation.marker === '题文') {
      return {
        message: `标题中的数字与正文不一致：标题写作${later.text}，正文没有这个数，说法最相近、数值相差不大的是第${line}行的${earlier.text}；标题应与正文一致，请核对`,
      };
    }
    // a heading that states a measure's change (1、基本养老保险参保人数同比增长4.9%) and the paragraph right under it
    if (relation.marker === '小标题') {
      return {
        message: `小标题与其下正文的同比变化不一致：正文此处同比变化为${later.text}，第${line}行的小标题写作${earlier.text}；小标题概括的就是下面这段的同一指标，两处应是同一个数，请核对`,
      };
    }
    // a title's figure named by one part (165.88亿元专项债) while the body gives it as the total of that part and another
    if (relation.marker === '题名') {
      return {
        message: `标题对数字的称呼与正文不一致：标题写作“${later.text}${relation.word ?? ''}”，正文中${relation.word ?? ''}为第${line}行的${earlier.text}，${later.text}是正文所列的总数（还含其他部分）；标题应与正文一致，请核对`,
      };
    }
    // a period written twice word for word (a paragraph repeated), its figures alike but one
    if (relation.marker === '重复') {
      return {
        message: `同一段文字写了两遍，数字不一致：此处为${later.text}，第${line}行写作${earlier.text}；两处其余文字和数字都相同，应是同一个数，请核对`,
      };
    }
    // a figure next to one figure with the same words, twice (…7739亿元，较去年增加1403亿元 / …7739亿元，较去年增加1263亿元)
    if (relation.marker === '同前' || relation.marker === '同后') {
      const where = relation.marker === '同前' ? `紧接在“${relation.word ?? ''}”之后` : `紧接在“${relation.word ?? ''}”之前`;
      return {
        message: `同一说法前后不一致：${where}的数此处为${later.text}，第${line}行写作${earlier.text}；两处挨着同一个数、用的是同样的文字，应是同一个数，请核对`,
      };
    }
    // an item of a final-accounts report (“…（项）”257.14万元，…) and its outturn in the same paragraph (支出决算为245.53万元)
    if (relation.marker === '条目') {
      return {
        message: `条目的决算数与段首金额不一致：此处支出决算为${later.text}，第${line}行该条目开头写作${earlier.text}；段首所列就是该条目的决算数，两处应是同一个数，请核对`,
      };
    }
    // an item's budget of a year (2026年度预算0.12万元) stated again as the budget arranged for it (2026年预算安排0.12万元)
    if (relation.marker === '预算安排') {
      return {
        message: `同一条目的预算数前后不一致：此处${relation.word ?? ''}预算安排为${later.text}，第${line}行该条目的${relation.word ?? ''}度预算写作${earlier.text}；两处说的是同一条目同一年度的预算，应是同一个数，请核对`,
      };
    }
    // a change right after the same level, twice (113.1亿元，同比增长5% / 113.1亿元，按可比价格计算，比上年增长6%)
    if (relation.marker === '同量') {
      return {
        message: `同一数量的变化前后不一致：紧接在“${relation.word ?? ''}”之后的数此处为${later.text}，第${line}行同一数量之后写作${earlier.text}；同一数量与上年相比的变化只能有一个数，请核对`,
      };
    }
    // a figure and the same quantity in another unit in the bracket after it (11583.53公顷（17.38万亩）)
    if (relation.marker === '换算') {
      return { message: conversionMessage(later, earlier) };
    }
    // (or in a clause of 折合 after it: 111.4平方公里，折合16.71万亩)
    if (relation.marker === '折合') {
      return { message: conversionMessage(later, earlier, false) };
    }
    // a structure of the three industries (三次产业结构…8.3:48.1:43.6) and one industry's share stated in words
    if (relation.marker === '结构') {
      const industry = `第${'一二三'[earlier.ratio?.index ?? 0]}产业`;
      return {
        message: `产业结构与比重不一致：此处${industry}增加值的比重为${later.text}，第${line}行的三次产业结构中${industry}为${earlier.text}；结构的每一项就是该产业增加值占生产总值的比重，两处应是同一个数，请核对`,
      };
    }
    return {
      message: `同一指标前后不一致：“${name}”${later.scope ? `（${later.scope}）` : ''}此处为${later.text}，第${line}行写作${earlier.text}；同一范围内同一指标只能有一个数，请核对`,
    };
  },
);

/** The unit of a figure as written after its number: 万亩 of 17.38万亩, 亿斤 of 2916亿斤. */
function unitWritten(f: Figure): string {
  return f.text.slice(f.numberEndOffset - f.offset).trim();
}

/** One unit in another, when the two units differ: 1公顷 = 15亩, 1吨 = 2000斤 (none for 万元 and 亿元: the same unit). */
function factorNote(from: Figure, to: Figure): string {
  if (from.unit.text === to.unit.text) return '';
  const ratio = from.unit.factor / to.unit.factor;
  const n = ratio >= 1 ? `1${from.unit.text} = ${formatNumber(ratio)}${to.unit.text}` : `1${to.unit.text} = ${formatNumber(1 / ratio)}${from.unit.text}`;
  return `（${n}）`;
}

/**
 * 11583.53公顷 折合 17.38万亩 at the bracket's precision, against the 17.83万亩 written: the conversion of the figure
 * before the bracket into the bracket's unit.
 */
function conversionMessage(bracketed: Figure, before: Figure, inBracket = true): string {
  const converted = before.normalized! / (bracketed.multiplier * bracketed.unit.factor);
  const shown = `${formatNumber(converted, bracketed.decimals)}${unitWritten(bracketed)}`;
  if (!inBracket) return `“折合”后的数与前面的数不一致：${before.text}折合${shown}${factorNote(before, bracketed)}，文中写作${bracketed.text}；前后是同一数量换了单位，应当相等，请核对哪一处有误`;
  return `括号内换算的数与前面的数不一致：${before.text}折合${shown}${factorNote(before, bracketed)}，括号内写作${bracketed.text}；括号内外是同一数量换了单位，应当相等，请核对哪一处有误`;
}
