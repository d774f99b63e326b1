// number-ratio: a stated percentage against the figures it comes from: shares (占…的), rates with their
// base (办结率, 开工率), changes between two values (较上年…增长), 个百分点 between two percentages, and
// shares of one whole over 100%.

import { defineRelationRule } from '../figures/relation-rule';
import { difference, formatValue, IMPLIED_GROWTH, renderComputed, renderExpr } from '../figures/relations';
import { formatNumber } from '../figures/units';

export default defineRelationRule(
  {
    id: 'number-ratio',
    title: '百分比与依据',
    titleEn: 'Percentage and its base',
    basis: '数字一致性：算术核对，按文中所写精度（起草惯例）',
    severity: 'error',
    fixable: false,
    safeFix: false,
    options: {},
  },
  ['share', 'rate', 'change', 'points', 'times', 'sexratio', 'shares'],
  (relation) => {
    const { reading, anchor: p } = relation;
    const computed = renderComputed(reading);
    switch (relation.kind) {
      case 'change':
        if (p.unit.kind !== 'percent') return { message: `${relation.word ?? '增减'}额与数字不符：${computed}，文中写作${relation.word ?? ''}${p.text}；请核对` };
        return { message: `${relation.word ?? '增减'}幅度与数字不符：${computed}，文中写作${relation.word ?? ''}${p.text}；请核对` };
      case 'times':
        return { message: `倍数与数字不符：${computed}，文中写作${relation.word ?? ''}${p.text}；请核对` };
      case 'sexratio':
        return { message: `性别比与人数不符：${computed}，文中写作${p.text}（以女性为100）；请核对` };
      case 'points':
        // 自然增长率的变动 = 出生率的变动 − 死亡率的变动 (个千分点)
        if (relation.word === '自然增长率的变动') {
          const [, birth, death] = relation.figures;
          const signs = 'op' in reading.left ? reading.left.args.map((a) => ('figure' in a && a.negative ? '下降' : '上升')) : [];
          const moved = (v: number): string => `${v < 0 ? '下降' : '上升'}${formatNumber(Math.abs(v), reading.decimals)}个千分点`;
          return {
            message: `自然增长率的变动应为出生率的变动减去死亡率的变动：出生率${signs[0] ?? ''}${birth?.text ?? ''}千分点，死亡率${signs[1] ?? ''}${death?.text ?? ''}千分点，自然增长率应${moved(reading.value)}，文中写作${'figure' in reading.right && reading.right.negative ? '下降' : '上升'}${p.text}千分点；请核对`,
          };
        }
        // 自然增长率 = 出生率 − 死亡率 (‰)
        if (p.unit.kind === 'permille') return { message: `自然增长率应为出生率与死亡率之差：${computed}，文中写作${relation.word ?? ''}${p.text}；请核对` };
        // 增速高于同期各项贷款7.7个百分点 … 高出同期各项贷款增速11.6个百分点: each gives the whole's growth, one value for all
        if (relation.marker === IMPLIED_GROWTH) {
          return {
            message: `与“${relation.word ?? ''}”比较的几处推出的整体增速不一致：${renderExpr(reading.left)} = ${formatValue(reading, reading.value)}，而${renderExpr(reading.right)} = ${formatValue(reading, reading.stated)}，相差${difference(reading)}；几处比较的是同一时期同一个整体的增速，应得同一个数，请核对这一处的增速或百分点`,
          };
        }
        return { message: `百分点之差与数字不符：${computed}，文中写作${relation.word ?? ''}${p.text}；请核对` };
      case 'shares':
        return reading.compare === '=' ? { message: `结构各项之和应为100：${computed}；请核对各项比例` } : { message: `同一整体的各部分占比之和超过100%：${computed}；请核对各项占比` };
      default:
        // 出生率 = 出生人口 ÷ 人口 × 1000 (‰)
        if (p.unit.kind === 'permille') return { message: `千分率与其依据不符：${relation.word ? `${relation.word} = ` : ''}${computed}，文中写作${p.text}；请核对` };
        // 单产 = 产量 ÷ 播种面积, 平均每户人口 = 家庭户人口 ÷ 家庭户: a quotient in an amount's unit, not a percentage
        if (p.unit.kind !== 'percent') return { message: `比值与其依据不符：${relation.word ? `${relation.word} = ` : ''}${computed}，文中写作${p.text}；请核对该数或所依据的数字` };
        // 工业投资 of all the investment, from an item's two shares, against 第二产业's share (nestedShares.ts)
        if (reading.compare === '<=' && relation.word) return { message: `占比之间不一致：${relation.word}：${computed}，超过${renderExpr(reading.right)}；请核对各项占比` };
        if (relation.word === '超额完成') return { message: `超额完成的比例与数字不符：${computed}，文中写作超额完成${p.text}；请核对` };
        return { message: `百分比与其依据不符：${relation.word ? `${relation.word} = ` : ''}${computed}，文中写作${p.text}；请核对百分比或所依据的数字` };
    }
  },
);
