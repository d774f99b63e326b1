// number-sum: a total and its parts. Parts in brackets or after 分别为 must add up to the total exactly;
// parts after 其中 may leave a remainder but never exceed it. Units are converted before adding.

import { defineRelationRule } from '../figures/relation-rule';
import { DONE_SHARE_MARKER } from '../figures/relations/partsOfADoneShare';
import { formatNumber } from '../figures/units';
import { difference, EXCESS_OVER_TASK, formatValue, MULTIPLIER_SLIP, PARAGRAPHS_MARKER, renderComputed, renderExpr, SAT_ON_BOTH_MARKER, TOP_UP_MARKER } from '../figures/relations';

export default defineRelationRule(
  {
    id: 'number-sum',
    title: '分项之和与总数',
    titleEn: 'Parts and total',
    basis: '数字一致性：算术核对（起草惯例）',
    severity: 'error',
    fixable: false,
    safeFix: false,
    options: {},
  },
  ['sum'],
  (relation) => {
    const { reading, anchor: total } = relation;
    const computed = renderComputed(reading);
    if (reading.compare === '=' && relation.marker === '增减额') {
      return { message: `分项之和与总数相符，各分项的增减额之和应等于总数的增减额：${computed}，与总数的增减额${total.text}相差${difference(reading)}；请核对` };
    }
    // (parts of a partition whose levels are not stated: 在职职工 and 退休人员 are all the insured workers)
    if (reading.compare === '=' && relation.marker === '部分增减额') {
      return { message: `各组成部分的增减额之和应等于总数的增减额：${computed}，与总数的增减额${total.text}相差${difference(reading)}；所列各部分合起来正是总数，请核对` };
    }
    // 70%的滩涂已开发利用，其中盐田…，海水养殖面积…: the parts of the share done, no more than that share of the whole
    if (relation.marker === DONE_SHARE_MARKER) {
      const [share, whole] = relation.figures;
      return {
        message: `其中所列各项之和超过了${share!.text}的${relation.word ?? ''}：${computed}，而${whole!.text}的${share!.text}为${formatValue(reading, reading.stated)}；各项是这${share!.text}的一部分，不能超过它，请核对`,
      };
    }
    // 自然增长人口 = 出生人口 − 死亡人口 (自然减少: 死亡人口 − 出生人口)
    if (relation.marker === '自然增长' || relation.marker === '自然减少') {
      const what = relation.marker === '自然增长' ? '自然增长人口应为出生人口减去死亡人口' : '自然减少的人口应为死亡人口减去出生人口';
      return { message: `${what}：${computed}，文中写作${total.text}，相差${difference(reading)}；请核对` };
    }
    if (relation.marker === '收支相抵') {
      return { message: `收支相抵后的结余与收支不符：${computed}，文中结余写作${total.text}，相差${difference(reading)}；结余应等于收入减去支出，请核对` };
    }
    // 净资产（所有者权益）= 资产总额 − 负债总额
    if (relation.marker === '资产减负债') {
      return { message: `净资产（所有者权益）与资产、负债不符：${computed}，文中写作${total.text}，相差${difference(reading)}；净资产应等于资产总额减去负债总额，请核对` };
    }
    // 贸易顺差 = 出口 − 进口 (贸易逆差 = 进口 − 出口)
    if (relation.marker === '贸易顺差' || relation.marker === '贸易逆差') {
      const rule = relation.marker === '贸易顺差' ? '贸易顺差应等于出口减去进口' : '贸易逆差应等于进口减去出口';
      return { message: `${relation.marker}与进出口不符：${computed}，文中写作${total.text}，相差${difference(reading)}；${rule}，请核对` };
    }
    // 增值收益 = 业务收入 − 业务支出 (住房公积金)
    if (relation.marker === '业务收入减支出') {
      return { message: `增值收益与业务收支不符：${computed}，文中写作${total.text}，相差${difference(reading)}；住房公积金增值收益应等于业务收入减去业务支出，请核对` };
    }
    // 水资源总量 = 地表水资源量 + 地下水与地表水资源不重复量 (= 地表水 + 地下水 − 重复计算量)
    if (relation.marker === '水资源总量') {
      return {
        message: `水资源总量与其组成不符：${computed}，文中写作${total.text}，相差${difference(reading)}；水资源总量应等于地表水资源量加上地下水与地表水资源不重复量（即地表水与地下水资源量之和减去重复计算量），请核对`,
      };
    }
    // 全社会用电量 = 第一、二、三产业用电量 + 城乡居民生活用电量
    if (relation.marker === '全社会用电量') {
      return { message: `全社会用电量与分产业用电量不符：${computed}，文中写作${total.text}，相差${difference(reading)}；全社会用电量应等于第一、二、三产业用电量与城乡居民生活用电量之和，请核对` };
    }
    // “两委”成员 = 党组织成员 + 村（居）民委员会成员 − 交叉任职
    if (relation.marker === SAT_ON_BOTH_MARKER) {
      return { message: `两个班子成员之和减去交叉任职人数应等于总数：${computed}，文中总数写作${total.text}，相差${difference(reading)}；请核对` };
    }
    // 实施康复训练1399人 − 任务900名 = 超任务499人
    if (relation.marker === TOP_UP_MARKER) {
      return { message: `追加后的合计与原数、追加数不符：${computed}，文中合计写作${total.text}，相差${difference(reading)}；合计应等于原定数额加上追加数额，请核对` };
    }
    if (relation.marker === EXCESS_OVER_TASK) {
      return { message: `超出任务的数与完成数、任务数不符：${computed}，文中超任务写作${total.text}，相差${difference(reading)}；超出的数应等于完成数减去任务数，请核对` };
    }
    // 行政人员53人，在编29人: those on the establishment are some of the staff
    if (relation.marker === '在编') {
      return { message: `在编人数超过人员总数：${renderExpr(reading.left)}比总数${total.text}还多${difference(reading)}；在编人员是前面所说人员中的一部分，请核对` };
    }
    // 耕地面积17583万亩，其中水田15535亩，旱土2048亩: the numbers add up, the 万 stands on the total alone
    if (relation.marker === MULTIPLIER_SLIP) {
      const parts = relation.figures.filter((_, k) => relation.roles[k] === 'part');
      const sum = formatNumber(parts.reduce((s, p) => s + (p.value ?? 0), 0));
      const unit = parts[parts.length - 1]!.text.replace(/^[0-9０-９.,，]+/, '');
      return {
        message: `分项之和与总数的数字相符，单位却相差一万倍：${parts.map((p) => p.text).join(' + ')} = ${sum}${unit}，总数写作${total.text}；“万”只写在总数上，请核对是分项漏写了“万”还是总数多写了“万”`,
      };
    }
    if (relation.marker === '连同结转') {
      return {
        message: `分项之和与总数连同结转不符：${computed}，与${renderExpr(reading.right)} = ${formatValue(reading, reading.stated)}相差${difference(reading)}；本期受理加上期结转，应正好等于已办结与结转下期之和，请核对`,
      };
    }
    if (reading.compare === '=') {
      return { message: `分项之和与总数不符：${computed}，与总数${total.text}相差${difference(reading)}；${relation.marker ?? ''}所列各项应正好加总为总数，请核对` };
    }
    if ('figure' in reading.left) {
      // one part, larger than the total
      return { message: `分项大于总数：${renderExpr(reading.left)}比总数${total.text}还多${difference(reading)}；分项不能超过总数，请核对` };
    }
    if (relation.hint === 'overlap') {
      return {
        message: `分项之和超过总数：${computed}，比总数${total.text}还多${difference(reading)}；${listed(relation.marker)}如有交叉（同一对象分属两项）则无误，请核对是否有交叉`,
        severity: 'hint',
      };
    }
    return { message: `分项之和超过总数：${computed}，比总数${total.text}还多${difference(reading)}；${listed(relation.marker)}不能超过总数，请核对` };
  },
);

/** Where the parts stand: after the marker (“其中”后所列各项), or in the numbered paragraphs after the total (下文分段所列各项). */
function listed(marker: string | undefined): string {
  if (marker === PARAGRAPHS_MARKER) return '下文分段所列各项';
  // (a marker quoted already: “包括”后)
  return marker?.startsWith('“') ? `${marker}所列各项` : `“${marker ?? '其中'}”后所列各项`;
}
