#!/usr/bin/env python3
"""Re-check the arithmetic behind every label (and every trap) of the held-out figures corpus (drafts 17–24).

Run: python3 tests/corpus/figures/verify_heldout.py
Same approach as verify.py: each line states a relation found in a draft, "OK" when the text's figures hold,
"ERR" when they don't, and what the corpus expects (a labelled error, or a correct figure). Every fragment
quoted is looked up verbatim in the draft (markers included), so the script fails if a draft and its check
drift apart. It also fails if a marker has no check, if the count of markers per rule differs from
README-heldout.md, if a draft is shorter than 1,800 or longer than 3,500 Chinese characters, if full-width
digits stand anywhere but behind a numeral-style marker, or if a date in the text is later than the 成文日期.
"""
import re, os, sys, glob, collections

D = os.path.dirname(os.path.abspath(__file__))
RULES = {'number-sum', 'number-ratio', 'number-conflict', 'numeral-style', 'number-format'}
MARK = re.compile(r'⟦([a-z-]+)⟧')
EXPECTED = {  # must agree with README-heldout.md
    '17': {'number-sum': 1, 'number-ratio': 1, 'number-conflict': 1, 'numeral-style': 1, 'number-format': 1},
    '18': {'number-sum': 1, 'number-ratio': 1, 'number-conflict': 1, 'numeral-style': 1, 'number-format': 1},
    '19': {'number-sum': 1, 'number-ratio': 2, 'number-conflict': 1, 'number-format': 1},
    '20': {},
    '21': {'number-sum': 1, 'number-ratio': 1, 'number-conflict': 1, 'numeral-style': 1, 'number-format': 1},
    '22': {'number-sum': 1, 'number-ratio': 2, 'number-conflict': 1, 'number-format': 1},
    '23': {'number-sum': 2, 'number-ratio': 1, 'number-conflict': 1, 'numeral-style': 1, 'number-format': 1},
    '24': {},
}

results = []
cur = None
FRAGS = collections.defaultdict(list)


def F(name):
    global cur
    cur = name


def path():
    return os.path.join(D, [f for f in os.listdir(D) if f.startswith(cur + '-') and f.endswith('.md')][0])


def raw():
    return open(path(), encoding='utf-8').read()


def plain():
    return MARK.sub('', raw())


def must(frags):
    t = raw()
    FRAGS[cur].extend(frags)
    for fr in frags:
        if fr not in t:
            print(f'!! {cur}: fragment not found: {fr}')
            results.append(False)


def rec(ok, expect, desc):
    good = ok == expect
    results.append(good)
    print(('   ' if good else '!! ') + f'{cur}: {"OK " if ok else "ERR"} (expect {"ok" if expect else "err"}) {desc}')


def dec(p):
    return len(p.split('.')[1]) if '.' in p else 0


def sum_(frags, total, parts, expect=True):
    """Bracketed, 分别为, 合计 or 其余 parts: they must add up exactly."""
    must(frags)
    s = sum(parts)
    rec(abs(s - total) < 1e-9, expect, f'sum {parts} = {s:g} vs {total:g}')


def sub(frags, total, parts, expect=True):
    """Parts after 其中: they may leave a remainder, only exceeding the total is wrong."""
    must(frags)
    s = sum(parts)
    rec(s <= total + 1e-9, expect, f'其中 {parts} = {s:g} <= {total:g}')


def ratio(frags, num, den, pct, expect=True):
    must(frags)
    v = num / den * 100
    tol = 0.5 * 10 ** -dec(pct)
    rec(abs(v - float(pct)) < tol - 1e-9, expect, f'ratio {num:g}/{den:g} = {v:.4f}% vs {pct}% (tol {tol:g})')


def growth(frags, now, before, pct, expect=True):
    """pct is signed: '-25.0' for 下降25.0%."""
    must(frags)
    v = (now - before) / before * 100
    tol = 0.5 * 10 ** -dec(pct.lstrip('-'))
    rec(abs(v - float(pct)) < tol - 1e-9, expect, f'growth ({now:g} - {before:g}) / {before:g} = {v:.4f}% vs {pct}%')


def shares(frags, pcts, expect=True):
    must(frags)
    s = sum(float(p) for p in pcts)
    rec(s <= 100 + 1e-9, expect, f'shares {pcts} sum {s:g}%')


def eq(frags, a, b, desc, expect=True, tol=1e-9):
    must(frags)
    rec(abs(a - b) <= tol, expect, f'{desc}: {a:g} vs {b:g}')


def true(frags, cond, desc, expect=True):
    must(frags)
    rec(bool(cond), expect, desc)


def style(majority, minority, n_major, n_minor):
    """numeral-style: the same count (same noun and classifier) in two forms; the minority form is labelled."""
    t = plain()
    a, b = t.count(majority), t.count(minority)
    must(['⟦numeral-style⟧' + minority])
    rec(a == n_major and b == n_minor and a > b, True,
        f'numeral-style: {majority} ×{a} vs {minority} ×{b} (the minority form carries the marker)')


# ---------------------------------------------------------------- 17 水利局 上半年
F('17')
sum_(['水利项目26个', '其中中小河流治理项目5个、病险水库除险加固项目7个、农村供水保障项目9个、灌区续建配套与节水改造项目3个、水土保持项目2个'], 26, [5, 7, 9, 3, 2])
ratio(['全年计划完成投资4.8亿元，截至6月底累计完成投资2.65亿元，投资完成率55.2%'], 2.65, 4.8, '55.2')
growth(['较去年同期的2.12亿元增长25.0%'], 2.65, 2.12, '25.0')
ratio(['26个项目中已开工21个，开工率80.8%'], 21, 26, '80.8')
eq(['26个项目中仍有5个未开工', '对5个未开工项目'], 26 - 21, 5, '未开工 = 26 - 21')
sum_(['1.86亿元（中央资金1.12亿元、省级资金7400万元）'], 18600, [11200, 7400])
ratio(['已到位1.34亿元，资金到位率72.0%'], 1.34, 1.86, '72.0')
eq(['仍有5200万元尚未到位'], 18600 - 13400, 5200, '未到位 = 1.86亿 - 1.34亿 (in 万元)')
sum_(['水库50座，其中中型水库2座、小（1）型水库12座、小（2）型水库36座'], 50, [2, 12, 36])
eq(['7座水库中，已完工4座，其余3座'], 7 - 4, 3, '其余 = 7 - 4')
eq(['“三个责任人”150名', '对50座水库'], 50 * 3, 150, 'TRAP: 三个责任人 is a fixed phrase; 50 reservoirs × 3 = 150 名')
ratio(['发现问题46个，已整改43个，整改率93.5%'], 43, 46, '93.5')
eq(['其余3个均已落实临时度汛措施'], 46 - 43, 3, '其余 = 46 - 43')
must(['⟦number-format⟧2024-5-20，'])
style('4个防汛督查组', '四个防汛督查组', 2, 1)
eq(['排查防汛隐患126处，已整改118处，其余8处'], 126 - 118, 8, '其余 = 126 - 118')
must(['储备防汛物资价值860万元，其中编织袋12万条、土工布3.6万平方米、救生衣2800件、冲锋舟12艘'])  # TRAP: parts in other units
growth(['全县平均降雨量286.4毫米，较常年同期的241.5毫米偏多18.6%'], 286.4, 241.5, '18.6')
sum_(['预警信息⟦number-sum⟧1386条（县级发布426条、乡镇发布961条）'], 1386, [426, 961], False)
ratio(['全县农村人口32.6万人，其中集中供水覆盖人口30.9万人，集中供水覆盖率⟦number-ratio⟧95.1%'], 30.9, 32.6, '95.1', False)
ratio(['抽检水样420份，合格408份，合格率97.1%'], 408, 420, '97.1')
sum_(['河湖长528名，其中县级16名、乡级124名、村级388名'], 528, [16, 124, 388])
ratio(['排查“四乱”问题68处，已整改65处，整改率95.6%'], 65, 68, '95.6')
eq(['上半年排查的⟦number-conflict⟧86处“四乱”问题中'], 86, 68, '“四乱”问题 restated (same scope: 上半年排查)', False)
eq(['中仍有3处未完成整改', '对剩余3处“四乱”问题'], 68 - 65, 3, 'the remainder agrees with 68, not with 86')
growth(['征收水资源税426万元，较去年同期的393万元增长8.4%'], 426, 393, '8.4')
ratio(['完成水土流失综合治理面积12.6平方公里，为年度任务20平方公里的63.0%'], 12.6, 20, '63.0')
must(['确保全年完成投资4.8亿元以上', '覆盖率达到96%以上', '力争全年征收水资源税800万元以上', '力争9月底前全部开工'])  # targets
must(['培训两期', '“最后一公里”', '“七下八上”', '“一项目一专班”', '两手发力”治水思路'])

# ---------------------------------------------------------------- 18 林业局 年度总结
F('18')
ratio(['全年完成营造林5.26万亩，为市下达任务4.8万亩的109.6%'], 5.26, 4.8, '109.6')
sum_(['全年完成营造林5.26万亩', '其中人工造林1.32万亩、封山育林1.86万亩、森林抚育2.08万亩'], 5.26, [1.32, 1.86, 2.08])
true(['截至6月底已完成营造林3.92万亩，占全年完成量的七成以上'], 3.92 / 5.26 > 0.7, 'TRAP: 3.92 ÷ 5.26 = 74.5% (七成以上); 截至6月底 vs 全年 are two scopes')
eq(['比上年末的61.94%提高0.42个百分点'], round(62.36 - 61.94, 2), 0.42, 'percentage points')
sum_(['林长642名（县级18名、乡级136名、村级488名）'], 642, [18, 136, 488])
sub(['聘用生态护林员1260名', '选聘脱贫人口和防返贫监测对象986名'], 1260, [986])
sum_(['查处各类涉林案件86起，其中刑事案件14起、行政案件72起'], 86, [14, 72])
growth(['疫情发生面积由上年末的1.28万亩下降到0.96万亩，下降25.0%'], 0.96, 1.28, '-25.0')
ratio(['完成退化草原修复治理4200亩，为年度任务4000亩的105.0%'], 4200, 4000, '105.0')
eq(['比2022年的31.5亿元、2023年的34.2亿元分别多7.1亿元和4.4亿元'], round(38.6 - 31.5, 1), 7.1, '38.6 - 31.5')
eq(['分别多7.1亿元和4.4亿元'], round(38.6 - 34.2, 1), 4.4, '38.6 - 34.2')
growth(['2023年的34.2亿元', '较上年增长⟦number-ratio⟧22.5%'], 38.6, 34.2, '22.5', False)
growth(['比2022年的31.5亿元'], 38.6, 31.5, '22.5')  # how the error arose: the change against 2022, not 上年 (2023)
sum_(['其中，第一产业产值16.2亿元、第二产业产值14.8亿元、第三产业产值7.6亿元'], 38.6, [16.2, 14.8, 7.6])
ratio(['三次产业结构为42.0∶38.3∶19.7'], 16.2, 38.6, '42.0')
ratio(['三次产业结构为42.0∶38.3∶19.7'], 14.8, 38.6, '38.3')
ratio(['三次产业结构为42.0∶38.3∶19.7'], 7.6, 38.6, '19.7')
true(['农民人均来自林业的收入达到3860元，其中重点林区乡镇农民人均6420元'], 6420 > 3860, 'TRAP: per-capita averages after 其中 are not parts (6420 > 3860 is correct)')
sum_(['中央资金1.26亿元、省级资金4860万元、市县配套资金2350万元，合计⟦number-sum⟧1.96亿元'], 19600, [12600, 4860, 2350], False)
sub(['完成投资2.86亿元，其中国家储备林项目完成投资1.52亿元'], 2.86, [1.52])
must(['预计每年可新增碳汇⟦number-format⟧1.2～1.5万吨'])
sum_(['自然保护地6处', '其中省级自然保护区1处、森林公园3处、湿地公园2处'], 6, [1, 3, 2])
ratio(['全县湿地面积2.46万亩，其中纳入保护的湿地面积1.44万亩，湿地保护率58.5%'], 1.44, 2.46, '58.5')
eq(['全年完成营造林⟦number-conflict⟧5.62万亩'], 5.62, 5.26, '全年营造林 restated', False)
eq(['但人工造林仅1.32万亩'], 1.32, 1.32, '人工造林 restated, same')
style('3个国有林场', '三个国有林场', 2, 1)
must(['只有一两名专业技术人员', '“五个严禁”', '五年攻坚行动', '培训三期以上', '2025年计划完成营造林5万亩以上', '力争林业产业总产值突破42亿元'])

# ---------------------------------------------------------------- 19 医保局 前三季度
F('19')
sum_(['参保48.62万人，其中职工医保6.84万人、城乡居民医保41.78万人'], 48.62, [6.84, 41.78])
ratio(['全县应参保人数50.35万人，参保率⟦number-ratio⟧96.9%'], 48.62, 50.35, '96.9', False)
sum_(['职工医保参保人员中，在职职工5.12万人、退休人员1.72万人'], 6.84, [5.12, 1.72])
eq(['在职退休比为2.98∶1'], round(5.12 / 1.72, 2), 2.98, 'in-service : retired')
eq(['总收入4.86亿元，总支出4.12亿元，当期结余0.74亿元'], round(4.86 - 4.12, 2), 0.74, '结余 = 收入 - 支出')
eq(['累计结存6.38亿元，可支付13.9个月'], round(6.38 / (4.12 / 9), 1), 13.9, 'months = 结存 ÷ (9-month spending ÷ 9)')
sum_(['职工医保基金收入1.92亿元', '城乡居民医保基金收入2.94亿元'], 4.86, [1.92, 2.94])
sum_(['支出1.58亿元', '支出2.54亿元'], 4.12, [1.58, 2.54])
growth(['基金支出较去年同期的3.76亿元增长9.6%'], 4.12, 3.76, '9.6')
eq(['支出增速快于收入增速4.4个百分点'], round(9.6 - 5.2, 1), 4.4, 'percentage points')
shares(['住院费用、普通门诊、门诊慢特病、药店购药分别占基金支出的62.4%、14.8%、16.3%、⟦number-ratio⟧7.2%'], ['62.4', '14.8', '16.3', '7.2'], False)
must(['报销比例分别为86.2%、68.5%'])  # TRAP: two rates of two funds, not shares of one whole
sum_(['门诊慢特病待遇认定⟦number-sum⟧1.26万人（高血压5320人、糖尿病3860人、其他病种3520人）'], 12600, [5320, 3860, 3520], False)
eq(['大病保险赔付2368万元，惠及参保群众4126人，人均赔付5739元'], round(23680000 / 4126), 5739, 'per-capita payout')
sum_(['定点医药机构412家，其中定点医疗机构286家、定点零售药店126家'], 412, [286, 126])
growth(['追回医保基金326.5万元，较去年同期的286.2万元增长14.1%'], 326.5, 286.2, '14.1')
sub(['追回医保基金326.5万元', '其中行政处罚罚款42.6万元'], 326.5, [42.6])
must(['同比增长⟦number-format⟧-6.4%'])
ratio(['已落实医疗救助或其他帮扶措施1786人，帮扶措施落实率95.9%', '1862名群众'], 1786, 1862, '95.9')
ratio(['全县医保电子凭证激活39.5万人，激活率81.2%'], 39.5, 48.62, '81.2')
eq(['前三季度基金支出增长9.6%，收入仅增长5.2%'], 9.6, 9.6, 'growth restated, same')
true(['全县仍有约1.7万人未参保'], abs((50.35 - 48.62) - 1.7) < 0.05, 'TRAP: 约1.7万人 ≈ 50.35 - 48.62 = 1.73')
eq(['前三季度追回的⟦number-conflict⟧362.5万元医保基金'], 362.5, 326.5, '追回医保基金 restated (same scope: 前三季度)', False)
must(['力争年底参保率达到97%以上', '确保全年追回医保基金不少于400万元', '稳定在41.5万人以上', '第十批', '培训两期以上', '第四季度'])

# ---------------------------------------------------------------- 20 退役军人事务局 上半年 (no error)
F('20')
sum_(['优抚对象1.26万人，其中退役军人1.08万人、其他优抚对象1800人'], 12600, [10800, 1800])
sum_(['（站）362个，其中县级服务中心1个、乡镇（街道）服务站18个、村（社区）服务站343个'], 362, [1, 18, 343])
sum_(['退役士兵186人，其中安排工作32人、自主就业154人'], 186, [32, 154])
sum_(['其中事业单位18人、国有企业14人'], 32, [18, 14])
eq(['一次性经济补助2186.4万元，人均14.2万元', '自主就业154人'], round(2186.4 / 154, 1), 14.2, 'per-capita grant')
sub(['参加培训126人，其中35岁以下98人、大专以上学历76人'], 126, [98])
sub(['参加培训126人，其中35岁以下98人、大专以上学历76人'], 126, [76])
true(['其中35岁以下98人、大专以上学历76人'], 98 + 76 > 126, 'TRAP: overlapping categories (age / education) add up to 174 > 126: not an error')
sum_(['帮助328名退役军人实现就业，其中到企业就业216人、灵活就业和自主创业112人'], 328, [216, 112])
eq(['为47名退役军人创业人员协调创业担保贷款1280万元，人均27.2万元'], round(1280 / 47, 1), 27.2, 'per-capita loan')
growth(['发放各类优抚资金4326.8万元，较去年同期的3986.4万元增长8.5%'], 4326.8, 3986.4, '8.5')
eq(['人均享受各类优抚补助3434元'], round(43268000 / 12600), 3434, '4326.8万元 ÷ 1.26万人')
true(['其中重点优抚对象人均1.32万元'], 13200 > 3434, 'TRAP: a per-capita "part" larger than its per-capita "total" is correct')
eq(['发放帮扶资金42.6万元，人均6265元', '68名退役军人'], round(426000 / 68), 6265, 'per-capita aid')
sub(['烈士纪念设施46处，其中县级以上文物保护单位8处'], 46, [8])
ratio(['累计发放优待证9860张，发放率98.6%（应发10000张）'], 9860, 10000, '98.6')
ratio(['受理来信来访158件次，按期办结155件次，按期办结率98.1%'], 155, 158, '98.1')
ratio(['上半年实现就业的328人中，灵活就业和自主创业占比达到34.1%'], 112, 328, '34.1')
ratio(['退役军人1.08万人', '纳入退役军人党员3860名，占全县退役军人的35.7%'], 3860, 10800, '35.7')
eq(['全县46处烈士纪念设施中'], 46, 46, 'restated, same')
eq(['发挥52支退役军人志愿服务队伍作用', '组建退役军人志愿服务队伍52支'], 52, 52, 'restated, same')
must(['下半年预计接收秋季退役士兵220人左右', '全年帮助实现就业600人以上', '培训300人以上', '全年计划走访慰问3000户以上', '再举办专场招聘会4场以上'])  # projections and targets
must(['短期疗养两批', '再组织一批', '“八一”建军节', '县四大班子', '约3.2万人次', '超过8万人次', '320余场次'])

# ---------------------------------------------------------------- 21 审计局 整改情况
F('21')
must(['对⟦numeral-style⟧１４家重点单位'])
ratio(['共反映问题126个', '已完成整改108个，整改完成率85.7%'], 108, 126, '85.7')
eq(['其余18个正在按计划推进', '尚未完成整改的18个问题主要集中'], 126 - 108, 18, '其余 = 126 - 108')
ratio(['涉及问题金额3.86亿元', '已整改问题金额3.12亿元，金额整改率80.8%'], 3.12, 3.86, '80.8')
sum_(['整改问题金额3.12亿元，其中上缴财政4260万元、归还原资金渠道8630万元、盘活统筹1.37亿元、调整账目4610万元'], 31200, [4260, 8630, 13700, 4610])
sum_(['预算管理方面问题28个、重点民生资金方面问题36个、国有资产管理方面问题22个、政府投资项目方面问题26个、国有企业方面问题14个'], 126, [28, 36, 22, 26, 14])
ratio(['共28个，已整改25个，整改率89.3%，其余3个正在整改'], 25, 28, '89.3')
sum_(['共28个，已整改25个，整改率89.3%，其余3个正在整改'], 28, [25, 3])
eq(['由上年的18.6%下降到6.2%，下降12.4个百分点'], round(18.6 - 6.2, 1), 12.4, 'percentage points')
eq(['涉及资金1.37亿元，已全部收回统筹', '盘活统筹1.37亿元'], 1.37, 1.37, 'restated, same')
ratio(['共36个，已整改32个，整改率⟦number-ratio⟧88.6%'], 32, 36, '88.6', False)
sum_(['整改率⟦number-ratio⟧88.6%，其余4个正在整改', '共36个，已整改32个'], 36, [32, 4])
must(['对⟦number-format⟧10几名负有审核责任的村干部'])
ratio(['共22个，已整改18个，整改率81.8%，其余4个正在整改'], 18, 22, '81.8')
sum_(['共22个，已整改18个，整改率81.8%，其余4个正在整改'], 22, [18, 4])
sum_(['对闲置的12处房产、土地资产，已通过出租、调剂等方式盘活9处，其余3处'], 12, [9, 3])
sum_(['共⟦number-sum⟧26个，已整改21个，其余6个正在整改'], 26, [21, 6], False)
sum_(['共14个，已整改12个，其余2个正在整改'], 14, [12, 2])
eq(['已完成整改108个'], 25 + 32 + 18 + 21 + 12, 108, 'the five 已整改 counts add up to 108 (the error is in 其余6个 of part （四）)')
eq(['上述⟦number-conflict⟧3860万元问题金额中'], 3860, 38600, '问题金额 3.86亿元 = 38600万元, restated as 3860万元', False)
eq(['尚未完成整改的金额为7400万元'], 38600 - 31200, 7400, 'the remainder agrees with 3.86亿元')
must(['力争2024年底前整改完成率达到95%以上', '召开两次常务会议', '“三张清单”', '“三重一大”', '“一把手”', '第一责任人', '截至2024年11月30日'])

# ---------------------------------------------------------------- 22 税务局 一季度
F('22')
growth(['共组织各项收入12.86亿元，较去年同期的12.11亿元增长6.2%'], 12.86, 12.11, '6.2')
sum_(['其中，税收收入9.68亿元，社会保险费收入2.74亿元，非税收入0.44亿元'], 12.86, [9.68, 2.74, 0.44])
sum_(['税收收入中，中央级收入4.62亿元，地方级收入5.06亿元'], 9.68, [4.62, 5.06])
growth(['地方级收入较去年同期的4.78亿元增长⟦number-ratio⟧6.2%'], 5.06, 4.78, '6.2', False)
ratio(['税收收入完成年度预算38.6亿元的25.1%'], 9.68, 38.6, '25.1')
sum_(['国内增值税4.36亿元、企业所得税1.92亿元、个人所得税0.38亿元、房产税和城镇土地使用税0.84亿元、契税0.58亿元、其他税种1.60亿元'], 9.68, [4.36, 1.92, 0.38, 0.84, 0.58, 1.60])
ratio(['国内增值税同比增长7.6%，占税收收入的45.0%'], 4.36, 9.68, '45.0')
sub(['个人所得税0.38亿元', '其中工资薪金所得个人所得税0.26亿元'], 0.38, [0.26])
sum_(['第二产业、第三产业税收分别为4.12亿元、5.56亿元'], 9.68, [4.12, 5.56])
ratio(['分别占税收收入的42.6%、57.4%'], 4.12, 9.68, '42.6')
ratio(['分别占税收收入的42.6%、57.4%'], 5.56, 9.68, '57.4')
shares(['分别占税收收入的42.6%、57.4%'], ['42.6', '57.4'])
ratio(['制造业税收3.26亿元，占第二产业税收的79.1%'], 3.26, 4.12, '79.1')
sum_(['制造业税收3.26亿元', '建筑业税收0.86亿元'], 4.12, [3.26, 0.86])
sub(['批发零售业、金融业、房地产业税收分别为1.42亿元、0.96亿元、1.18亿元'], 5.56, [1.42, 0.96, 1.18])
growth(['房地产业税收较去年同期的1.46亿元下降19.2%'], 1.18, 1.46, '-19.2')
eq(['一季度房地产业税收下降19.2%'], 19.2, 19.2, 'restated, same')
sum_(['开发区、城区和乡镇税收分别为5.12亿元、2.36亿元、2.20亿元'], 9.68, [5.12, 2.36, 2.20])
ratio(['开发区税收占全县税收收入的52.9%'], 5.12, 9.68, '52.9')
sum_(['企业共⟦number-sum⟧186户，年纳税1000万元以上、500万元至1000万元、100万元至500万元的企业分别为12户、38户、137户'], 186, [12, 38, 137], False)
ratio(['重点税源企业入库税收6.52亿元，占全县税收收入的67.4%'], 6.52, 9.68, '67.4')
sub(['社会保险费收入2.74亿元，其中基本养老保险费1.86亿元、基本医疗保险费0.72亿元'], 2.74, [1.86, 0.72])
sub(['基本医疗保险费0.72亿元', '一季度入库城乡居民医保费0.42亿元'], 0.72, [0.42])
sum_(['减税降费及退税缓费1.36亿元，其中留抵退税6820万元、小微企业和个体工商户减免3860万元、研发费用加计扣除减税2920万元'], 13600, [6820, 3860, 2920])
ratio(['政策惠及各类经营主体2.36万户，其中小微企业和个体工商户1.86万户，占受益经营主体的⟦number-ratio⟧79.2%'], 1.86, 2.36, '79.2', False)
ratio(['制造业企业享受新增减税降费及退税7260万元，占总额的53.4%'], 7260, 13600, '53.4')
must(['⟦number-format⟧2024年03月26日，'])
ratio(['推送风险任务312户次，已完成应对298户次，应对完成率95.5%'], 298, 312, '95.5')
eq(['一季度办理留抵退税⟦number-conflict⟧6.82亿元'], 68200, 6820, '留抵退税 6820万元 restated as 6.82亿元 (= 68200万元)', False)
eq(['186户重点税源企业贡献了67.4%的税收收入'], 67.4, 67.4, 'restated, same')
sub(['全局干部职工168人，其中50岁以上68人、35岁以下42人'], 168, [68, 42])
must(['紧盯全年税收收入预算38.6亿元', '力争上半年税收收入完成年度预算的50%以上', '“一户一策”', '“双过半”', '12366', '一线征管人员占比不足六成'])

# ---------------------------------------------------------------- 23 开发区管委会 前三季度
F('23')
sub(['规模以上工业总产值⟦number-sum⟧186.4亿元，其中新材料产业产值78.6亿元、装备制造产业产值62.3亿元、食品加工产业产值48.7亿元'], 186.4, [78.6, 62.3, 48.7], False)
growth(['规上工业总产值较去年同期的171.6亿元增长8.6%'], 186.4, 171.6, '8.6')
ratio(['占全县规模以上工业总产值273.3亿元的68.2%'], 186.4, 273.3, '68.2')
ratio(['区内规上工业企业142家，其中产值实现增长的企业96家，增长面67.6%'], 96, 142, '67.6')
ratio(['高新技术企业48家，占规上工业企业的⟦number-ratio⟧34.3%'], 48, 142, '34.3', False)
ratio(['完成固定资产投资42.6亿元，完成年度目标56亿元的76.1%'], 42.6, 56, '76.1')
ratio(['其中工业投资31.2亿元，占固定资产投资的73.2%'], 31.2, 42.6, '73.2')
sub(['实施省市县重点项目28个，已开工26个，其中竣工投产9个'], 26, [9])
sub(['新签约项目36个，协议投资额286.5亿元，其中亿元以上项目28个、10亿元以上项目8个'], 36, [28])  # nested: 10亿元以上 ⊂ 亿元以上
sum_(['新材料、装备制造、食品加工和现代服务业项目分别为14个、11个、7个、4个'], 36, [14, 11, 7, 4])
ratio(['新签约项目中已开工24个，开工率66.7%'], 24, 36, '66.7')
growth(['实际到位资金68.4亿元，较去年同期的60.9亿元增长12.3%'], 68.4, 60.9, '12.3')
ratio(['其中省外到位资金52.6亿元，占实际到位资金的76.9%'], 52.6, 68.4, '76.9')
sum_(['累计建成标准化厂房⟦number-sum⟧68.6万平方米（已投用52.3万平方米、待招租16.8万平方米）'], 68.6, [52.3, 16.8], False)
eq(['仍有16.8万平方米待招租'], 16.8, 16.8, 'restated, same')
ratio(['收集企业诉求186件，已解决181件，解决率97.3%'], 181, 186, '97.3')
sub(['新增贷款23.6亿元，其中中小微企业贷款9.8亿元'], 23.6, [9.8])
sub(['累计达到32个，其中国家级研发平台4个'], 32, [4])
sub(['引进博士、硕士等高层次人才86名，其中博士12名'], 86, [12])
ratio(['排查安全隐患1268处，已整改1236处，整改率97.5%'], 1236, 1268, '97.5')
eq(['前三季度签约的⟦number-conflict⟧38个项目中'], 38, 36, '签约项目 restated (same scope: 前三季度)', False)
eq(['仍有12个未开工', '对12个已签约未开工项目'], 36 - 24, 12, 'the remainder agrees with 36, not with 38')
must(['有⟦number-format⟧5、6家企业'])
style('三支驻企服务队', '3支驻企服务队', 2, 1)
eq(['第四季度完成投资13.4亿元以上'], round(56 - 42.6, 1), 13.4, 'the rest of the annual target')
must(['力争全年规上工业总产值突破250亿元', '全年实际到位资金突破90亿元', '确保全年新增规上工业企业15家以上', '前三季度新增入规企业12家'])  # targets vs actual
must(['“一个项目、一名领导、一个专班”', '三大主导产业', '智能装备产业园一期', '仅占六成左右'])

# ---------------------------------------------------------------- 24 城南街道 年度总结 (no error)
F('24')
ratio(['全年完成固定资产投资12.6亿元，为年度目标12亿元的105.0%'], 12.6, 12, '105.0')
growth(['较上年的10.8亿元增长16.7%'], 12.6, 10.8, '16.7')
sum_(['其中上半年完成5.8亿元，下半年完成6.8亿元'], 12.6, [5.8, 6.8])
growth(['实现税收收入3.26亿元，较上年的3.04亿元增长7.2%'], 3.26, 3.04, '7.2')
ratio(['实现楼宇税收1.12亿元，占街道税收收入的34.4%'], 1.12, 3.26, '34.4')
sub(['全年引进项目18个，总投资46.8亿元，其中亿元以上项目9个'], 18, [9])
sum_(['新增市场主体1136户，其中企业386户、个体工商户750户'], 1136, [386, 750])
true(['居民人均可支配收入4.86万元，同比增长5.8%，其中城镇居民5.32万元、农村居民3.18万元'], 3.18 < 4.86 < 5.32, 'TRAP: per-capita averages after 其中 are not parts (5.32 + 3.18 > 4.86 is correct)')
ratio(['全年签约征收房屋426户，签约率98.6%（应签约432户）'], 426, 432, '98.6')
eq(['下辖9个社区、3个行政村', '辖区12个村（社区）'], 9 + 3, 12, '村（社区） = 9 + 3')
sub(['配备专兼职网格员412名，其中专职网格员186名'], 412, [186])
ratio(['受理信访事项268件，按期办结262件，按期办结率97.8%'], 262, 268, '97.8')
growth(['信访总量较上年的312件下降14.1%'], 268, 312, '-14.1')
ratio(['排查矛盾纠纷486起，成功化解479起，化解率98.6%'], 479, 486, '98.6')
eq(['由上年的76.5%提高到85.2%，提高8.7个百分点'], round(85.2 - 76.5, 1), 8.7, 'percentage points')
ratio(['新增城镇就业1286人，为目标任务1200人的107.2%'], 1286, 1200, '107.2')
ratio(['辖区60岁以上老年人1.28万人，占常住人口的19.9%', '常住人口6.42万人'], 1.28, 6.42, '19.9')
true(['辖区老年人口占比接近20%'], 19.5 <= 19.9 < 20, 'TRAP: 接近20% restates 19.9%')
growth(['电信网络诈骗案件发案126起，较上年的168起下降25.0%'], 126, 168, '-25.0')
sub(['党员2860名，其中女党员1126名、35岁以下党员968名、大专以上学历党员1642名'], 2860, [1126])
sub(['党员2860名，其中女党员1126名、35岁以下党员968名、大专以上学历党员1642名'], 2860, [1642])
true(['其中女党员1126名、35岁以下党员968名、大专以上学历党员1642名'], 1126 + 968 + 1642 > 2860, 'TRAP: overlapping categories (sex / age / education) add up to 3736 > 2860: not an error')
sub(['街道在编干部86人，其中45岁以上48人、35岁以下19人'], 86, [48, 19])
eq(['9个社区中仍有2个社区工作用房面积不达标', '加快解决2个社区工作用房不达标问题'], 2, 2, 'restated, same')
eq(['全年引进的18个项目中亿元以上项目仅9个'], 9, 9, 'restated, same')
must(['力争2025年完成固定资产投资13亿元以上', '新增城镇就业1200人以上', '力争新建社区嵌入式养老服务站2个以上', '新建社区嵌入式养老服务站3个'])  # 2025 targets vs 2024 results
must(['开展三轮人居环境集中整治', '“两个确立”', '“两个维护”', '二十届三中全会', '“十四五”', '“一格一员”', '“三会一课”', '“一把手”', '“三重一大”', '12345', '“15分钟便民生活圈”', '零就业家庭', '600余名', '约6.8万人次', '680余场次', '“一老一小”'])


# ---------------------------------------------------------------- whole-corpus checks
CN = re.compile(r'[\u4e00-\u9fff]')
DATE = re.compile(r'(\d{4})年(\d{1,2})月(\d{1,2})日')
count = collections.Counter()
for p in sorted(glob.glob(os.path.join(D, '[0-9][0-9]-*.md'))):
    name = os.path.basename(p)[:2]
    if name not in EXPECTED:
        continue
    text = open(p, encoding='utf-8').read()
    per = collections.Counter()
    for r in MARK.findall(text):
        if r not in RULES:
            print('!! unknown rule', r, 'in', p)
            results.append(False)
        per[r] += 1
    count.update(per)
    if dict(per) != EXPECTED[name]:
        print(f'!! {name}: markers {dict(per)} differ from the expected {EXPECTED[name]}')
        results.append(False)
    for m in MARK.finditer(text):
        key = text[m.start():m.end() + 3]
        if not any(key in fr for fr in FRAGS[name]):
            print('!! marker without a check:', name, key)
            results.append(False)
    stripped = MARK.sub('', text)
    n = len(CN.findall(stripped))
    ok = 1800 <= n <= 3500
    results.append(ok)
    print(('   ' if ok else '!! ') + f'{name}: {n} Chinese characters')
    # full-width digits only where a numeral-style marker stands right before them
    for m in re.finditer(r'[０-９]+', text):
        if not text[:m.start()].endswith('⟦numeral-style⟧'):
            print('!! unlabelled full-width digits in', name, m.group())
            results.append(False)
    # the 成文日期 is the last line; no well-formed date in the text may be later
    last = stripped.strip().splitlines()[-1]
    md = DATE.fullmatch(last.strip())
    if not md:
        print('!! no 成文日期 on the last line of', name)
        results.append(False)
        continue
    sign = tuple(int(x) for x in md.groups())
    for d in DATE.finditer(stripped):
        if tuple(int(x) for x in d.groups()) > sign:
            print('!! date later than the 成文日期 in', name, d.group())
            results.append(False)

print(dict(count), sum(count.values()), 'markers')
print('ALL GOOD' if all(results) else 'FAILURES: %d' % results.count(False))
sys.exit(0 if all(results) else 1)
