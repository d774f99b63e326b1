#!/usr/bin/env python3
"""Re-check the arithmetic behind every label (and every trap) of the final test set of the figures corpus (drafts 25–30).

Run: python3 tests/corpus/figures/verify_test.py
Same approach as verify_heldout.py: each line states a relation found in a draft, "OK" when the text's figures
hold, "ERR" when they don't, and what the corpus expects (a labelled error, or a correct figure). Every fragment
quoted is looked up verbatim in the draft (markers included), so the script fails if a draft and its check
drift apart. It also fails if a marker has no check, if the count of markers per rule differs from
README-test.md, if a draft is shorter than 1,800 or longer than 3,000 Chinese characters, if full-width digits
stand anywhere but behind a numeral-style marker, or if a date in the text is later than the 成文日期.
"""
import re, os, sys, glob, collections

D = os.path.dirname(os.path.abspath(__file__))
RULES = {'number-sum', 'number-ratio', 'number-conflict', 'numeral-style', 'number-format'}
MARK = re.compile(r'⟦([a-z-]+)⟧')
EXPECTED = {  # must agree with README-test.md
    '25': {'number-sum': 1, 'number-ratio': 2, 'number-conflict': 1, 'number-format': 1},
    '26': {'number-sum': 1, 'number-ratio': 1, 'number-conflict': 1, 'numeral-style': 1, 'number-format': 1},
    '27': {},
    '28': {'number-sum': 2, 'number-ratio': 1, 'number-conflict': 1, 'number-format': 1},
    '29': {'number-sum': 1, 'number-ratio': 2, 'number-conflict': 1, 'numeral-style': 1},
    '30': {'number-sum': 1, 'number-ratio': 1, 'number-conflict': 1, 'numeral-style': 1, 'number-format': 1},
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


# ---------------------------------------------------------------- 25 发改局 前三季度经济运行分析
F('25')
sum_(['实现地区生产总值186.42亿元', '第一产业、第二产业、第三产业增加值分别为24.36亿元、72.58亿元、89.48亿元'], 186.42, [24.36, 72.58, 89.48])
ratio(['三次产业结构为13.1∶38.9∶48.0'], 24.36, 186.42, '13.1')
ratio(['三次产业结构为13.1∶38.9∶48.0'], 72.58, 186.42, '38.9')
ratio(['三次产业结构为13.1∶38.9∶48.0'], 89.48, 186.42, '48.0')
eq(['同比增长5.6%，增速较上半年提高0.2个百分点', '一季度、上半年、前三季度地区生产总值分别增长5.1%、5.4%、5.6%'], round(5.6 - 5.4, 1), 0.2, 'percentage points against 上半年')
must(['分别增长3.4%、6.2%、5.7%'])  # TRAP: rates of the three industries, not parts of anything
ratio(['全县148家规上工业企业中，产值实现增长的企业92家，增长面达到62.2%'], 92, 148, '62.2')
growth(['规上工业总产值完成312.6亿元，较去年同期的291.1亿元增长7.4%'], 312.6, 291.1, '7.4')
sum_(['三大主导产业分别完成产值98.6亿元、76.4亿元、64.2亿元，合计239.2亿元'], 239.2, [98.6, 76.4, 64.2])
sub(['规上工业总产值完成312.6亿元', '其中食品加工、纺织服装、装备制造三大主导产业'], 312.6, [98.6, 76.4, 64.2])
ratio(['合计239.2亿元，占规上工业总产值的76.5%'], 239.2, 312.6, '76.5')
sub(['新增“四上”企业18家，其中规上工业企业9家'], 18, [9])
must(['增速较⟦number-format⟧23年同期提高2.1个百分点'])
sub(['全社会用电量18.62亿千瓦时', '其中工业用电量11.48亿千瓦时'], 18.62, [11.48])
ratio(['工业用电量11.48亿千瓦时，增长9.3%，占全社会用电量的61.7%'], 11.48, 18.62, '61.7')
shares(['第二产业用电占全社会用电量的64.8%，第三产业用电占18.6%；城乡居民生活用电量受持续高温天气影响增长较快，占比为⟦number-ratio⟧17.9%'], ['64.8', '18.6', '17.9'], False)
true(['占全社会用电量的61.7%', '第二产业用电占全社会用电量的64.8%'], 61.7 <= 64.8, 'TRAP: 工业用电 (61.7%) lies within 第二产业用电 (64.8%): not an extra share')
sum_(['全县完成固定资产投资⟦number-sum⟧72.4亿元', '按投资主体分，国有投资、民间投资、外商及港澳台投资分别完成28.6亿元、41.2亿元、3.1亿元'], 72.4, [28.6, 41.2, 3.1], False)
ratio(['完成年度目标98亿元的73.9%'], 72.4, 98, '73.9')
sub(['其中工业投资31.8亿元，同比增长12.6%，基础设施投资18.4亿元'], 72.4, [31.8, 18.4])
ratio(['实施省市重点项目46个，已开工43个，开工率93.5%'], 43, 46, '93.5')
ratio(['累计完成投资38.6亿元，完成年度计划52.4亿元的73.7%'], 38.6, 52.4, '73.7')
growth(['社会消费品零售总额68.36亿元，较去年同期的64.43亿元增长6.1%'], 68.36, 64.43, '6.1')
ratio(['其中限额以上单位零售额31.2亿元，占45.6%'], 31.2, 68.36, '45.6')
sum_(['一季度、二季度、三季度分别实现社会消费品零售总额21.86亿元、22.64亿元、23.86亿元'], 68.36, [21.86, 22.64, 23.86])
growth(['三季度较二季度环比增长⟦number-ratio⟧6.4%'], 23.86, 22.64, '6.4', False)
growth(['三季度较二季度环比增长⟦number-ratio⟧6.4%'], 23.86, 22.64, '5.4')  # the right figure
must(['住宿业、餐饮业营业额分别增长8.2%和9.6%', '带动消费约1.5亿元'])
ratio(['一般公共预算收入完成14.86亿元，同比增长3.8%，完成年度预算19.6亿元的75.8%'], 14.86, 19.6, '75.8')
ratio(['其中税收收入10.12亿元，税收占比68.1%'], 10.12, 14.86, '68.1')
ratio(['其中民生支出26.14亿元，占80.5%'], 26.14, 32.48, '80.5')
ratio(['各项贷款余额268.3亿元，比上年末增加24.6亿元，存贷比为65.0%'], 268.3, 412.6, '65.0')
eq(['较上年末提高1.1个百分点', '各项存款余额412.6亿元，比上年末增加31.4亿元'], round(65.0 - round((268.3 - 24.6) / (412.6 - 31.4) * 100, 1), 1), 1.1, '上年末存贷比 243.7 ÷ 381.2 = 63.9%')
true(['全县居民人均可支配收入24863元', '城镇居民人均可支配收入34126元'], 34126 > 24863, 'TRAP: per-capita averages after 其中 are not parts (34126 > 24863 is correct)')
eq(['城乡居民收入比由去年同期的1.98缩小至1.94'], round(34126 / 17582, 2), 1.94, '34126 ÷ 17582')
eq(['城乡居民收入比由去年同期的1.98'], round((34126 / 1.049) / (17582 / 1.071), 2), 1.98, 'last year: 34126 ÷ 1.049 over 17582 ÷ 1.071')
ratio(['城镇新增就业4128人，完成全年目标5000人的82.6%'], 4128, 5000, '82.6')
sum_(['进出口总额12.86亿元，同比增长9.3%，其中出口9.62亿元、进口3.24亿元'], 12.86, [9.62, 3.24])
ratio(['实际利用外资2860万美元，完成年度目标4000万美元的71.5%'], 2860, 4000, '71.5')
eq(['新签约亿元以上招商项目28个，协议投资额126.8亿元', '平均每个项目协议投资4.5亿元'], round(126.8 / 28, 1), 4.5, 'per-project average')
sub(['新签约亿元以上招商项目28个', '其中10亿元以上项目4个'], 28, [4])
eq(['前三季度全县规上工业增加值增长⟦number-conflict⟧6.3%'], 6.3, 6.8, '规上工业增加值增速 restated (same scope: 前三季度)', False)
eq(['148家规上工业企业中仍有56家产值同比下降', '紧盯56家产值下降企业'], 148 - 92, 56, '下降 = 148 - 92')
eq(['第四季度需完成投资25.6亿元以上才能实现全年目标', '确保第四季度完成固定资产投资25.6亿元以上'], round(98 - 72.4, 1), 25.6, 'the rest of the annual target')
eq(['46个省市重点项目中仍有3个未开工', '推动3个未开工项目'], 46 - 43, 3, '未开工 = 46 - 43')
eq(['社会消费品零售总额增速低于年初确定的7%的预期目标0.9个百分点'], round(7 - 6.1, 1), 0.9, 'percentage points')
eq(['一般公共预算收入增长3.8%，低于支出增速1.4个百分点', '一般公共预算支出32.48亿元，同比增长5.2%'], round(5.2 - 3.8, 1), 1.4, 'percentage points')
eq(['全县固定资产投资完成年度目标的73.9%'], 73.9, 73.9, 'restated, same')
eq(['基础设施投资同比下降3.2%，新开工亿元以上项目较去年同期减少5个'], 3.2, 3.2, 'restated, same')
eq(['税收占比68.1%，收入质量'], 68.1, 68.1, 'restated, same')
eq(['推动9家新增规上工业企业尽快达产'], 9, 9, 'restated, same')
must(['力争全年规上工业增加值增长7%左右', '全年完成98亿元的目标任务', '力争全年社会消费品零售总额突破92亿元', '确保完成全年一般公共预算收入19.6亿元的目标', '力争全年地区生产总值增长5.5%～6%'])  # targets
must(['召开三次经济运行分析调度会', '连续五年稳定在35万吨以上', '预计全年粮食总产量37.8万吨左右', '“一企一策”', '“三保”', '开工率不足六成', '稳经济一揽子政策'])

# ---------------------------------------------------------------- 26 教育局 “双减”专项汇报
F('26')
sum_(['全县义务教育学校⟦number-sum⟧86所，由小学62所、初中18所、九年一贯制学校5所组成'], 86, [62, 18, 5], False)
sum_(['在校生4.51万人，其中小学生3.12万人、初中生1.39万人'], 4.51, [3.12, 1.39])
eq(['全县86所义务教育学校全部开展课后服务'], 86, 86, 'restated, same')
ratio(['在校生4.51万人', '本学期参加课后服务学生4.12万人，学生自愿参与率达到⟦number-ratio⟧92.6%'], 4.12, 4.51, '92.6', False)
ratio(['参加课后服务学生4.12万人'], 4.12, 4.51, '91.4')  # the right figure
ratio(['参与课后服务的教师3068人，占专任教师的89.9%', '专任教师3412人'], 3068, 3412, '89.9')
sum_(['课后服务经费2860万元（财政补助1260万元、服务性收费1600万元）'], 2860, [1260, 1600])
true(['服务性收费按每生每学期150元～200元的标准收取'], 300 <= 16000000 / 41200 <= 400, 'TRAP: 1600万元 ÷ 4.12万人 = 388元 a year, within two semesters of 150元～200元')
sub(['开设兴趣社团1286个，其中体育类412个、艺术类386个、科技类268个'], 1286, [412, 386, 268])
sub(['共托管学生6860人，其中小学生5920人'], 6860, [5920])
ratio(['共发放问卷2.36万份，回收有效问卷2.28万份，有效回收率96.6%'], 2.28, 2.36, '96.6')
ratio(['原有学科类校外培训机构62家，已注销或转型58家，压减率93.5%'], 58, 62, '93.5')
eq(['其余4家为经审批保留的线下学科类培训机构', '对保留的4家学科类培训机构'], 62 - 58, 4, '其余 = 62 - 58')
sub(['现有非学科类校外培训机构146家，其中体育类52家、文化艺术类68家、科技类19家'], 146, [52, 68, 19])
sub(['全年查处违规培训问题18起，其中隐形变异培训12起、超范围培训4起'], 18, [12, 4])
must(['惠及学生⟦number-format⟧1万2千余人次'])
eq(['全年查处的⟦number-conflict⟧16起违规培训问题中，隐形变异培训就有12起'], 16, 18, '查处违规培训问题 restated (same scope: 全年)', False)
eq(['隐形变异培训就有12起', '其中隐形变异培训12起'], 12, 12, 'restated, same')
eq(['参与课后服务的教师3068人，部分学校'], 3068, 3068, 'restated, same')
style('2个督导组', '两个督导组', 2, 1)
must(['力争2025年课后服务学生参与率稳定在95%以上', '素质拓展类社团占比达到60%以上'])  # targets
must(['“5+2”模式，即每周5天、每天课后服务时间不少于2小时', '小学一二年级不布置书面家庭作业，三至六年级书面作业平均完成时间不超过60分钟，初中不超过90分钟',
      '只组织一次期末考试', '“五项管理”', '“一校一案”', '“四不两直”', '“一校一品”', '九年一贯制', '较上年提高2.6个百分点', '12个部门'])

# ---------------------------------------------------------------- 27 农业农村局 人居环境整治 (no error)
F('27')
ratio(['计划新（改）建农村户用卫生厕所6000户，已完成5286户，完成率88.1%'], 5286, 6000, '88.1')
sum_(['已完成5286户，完成率88.1%，其中三格式厕所3862户、双瓮式厕所1104户、完整下水道水冲式厕所320户'], 5286, [3862, 1104, 320])
ratio(['全县农户12.6万户，累计建成卫生厕所11.11万户，卫生厕所普及率88.2%'], 11.11, 12.6, '88.2')
eq(['卫生厕所普及率88.2%，较上年末的84.6%提高3.6个百分点'], round(88.2 - 84.6, 1), 3.6, 'percentage points')
ratio(['排查出问题厕所1268座，已整改1196座，整改率94.3%'], 1196, 1268, '94.3')
eq(['其余72座已明确整改时限'], 1268 - 1196, 72, '其余 = 1268 - 1196')
must(['每户补助1200～1500元'])  # TRAP: 元 may be dropped from the first value of a range
eq(['全县配备村庄保洁员2360名，平均每村8.8名', '268个行政村'], round(2360 / 268, 1), 8.8, 'per-village average')
sub(['保洁员2360名，平均每村8.8名，其中60岁以上1420名、脱贫户和监测户家庭成员1180名'], 2360, [1420])
sub(['保洁员2360名，平均每村8.8名，其中60岁以上1420名、脱贫户和监测户家庭成员1180名'], 2360, [1180])
true(['其中60岁以上1420名、脱贫户和监测户家庭成员1180名'], 1420 + 1180 > 2360, 'TRAP: overlapping groups (age / household) add up to 2600 > 2360: not an error')
true(['2360名保洁员中60岁以上的占六成以上'], 1420 / 2360 > 0.6, 'TRAP: 1420 ÷ 2360 = 60.2%, 六成以上')
growth(['农村生活垃圾清运量4.86万吨，较去年同期的4.62万吨增长5.2%'], 4.86, 4.62, '5.2')
ratio(['选取42个行政村开展生活垃圾分类和资源化利用试点，试点村占行政村总数的15.7%'], 42, 268, '15.7')
ratio(['新增完成生活污水治理的行政村12个，累计达到98个，生活污水治理率由上年末的32.1%提高到36.6%'], 98, 268, '36.6')
ratio(['生活污水治理率由上年末的32.1%'], 98 - 12, 268, '32.1')
eq(['提高到36.6%，提高4.5个百分点'], round(36.6 - 32.1, 1), 4.5, 'percentage points')
sum_(['已治理的98个行政村', '其中纳管治理村36个、集中式处理村41个、分散式处理村21个'], 98, [36, 41, 21])
eq(['排查出农村黑臭水体26条，已完成治理19条，其余7条正在施工'], 26 - 19, 7, '其余 = 26 - 19')
sub(['已完成治理19条，其余7条正在施工，其中纳入国家监管清单的8条已全部完成治理'], 19, [8])  # the 8 are among the 19 finished
must(['累计清理农村生活垃圾3.2万吨、村内沟渠塘坝1860公里、畜禽养殖粪污等农业生产废弃物1.1万吨'])  # TRAP: different units, no total
sum_(['创建省级美丽乡村示范村6个、市级14个、县级32个，合计52个'], 52, [6, 14, 32])
sub(['评出“美丽庭院”3260户，其中五星级美丽庭院326户'], 3260, [326])
must(['红榜村186个次、黑榜村42个次'])
sum_(['投入农村人居环境整治资金1.86亿元，其中中央和省级资金8600万元、市级资金1200万元、县级配套资金6200万元、整合社会资金2600万元'], 18600, [8600, 1200, 6200, 2600])
eq(['村均投入69.4万元'], round(18600 / 268, 1), 69.4, '1.86亿元 ÷ 268个行政村')
ratio(['已支付资金1.42亿元，资金支付率76.3%'], 1.42, 1.86, '76.3')
eq(['资金支付率为76.3%，尚有4400万元未支付'], 18600 - 14200, 4400, '未支付 = 1.86亿 - 1.42亿 (in 万元)')
eq(['全年6000户改厕任务中仍有714户尚未完成'], 6000 - 5286, 714, '未完成 = 6000 - 5286')
eq(['仍有170个行政村生活污水尚未得到有效治理'], 268 - 98, 170, '未治理 = 268 - 98')
eq(['全县生活污水治理率仅36.6%'], 36.6, 36.6, 'restated, same')
eq(['7条黑臭水体尚未完成治理', '年内完成其余7条黑臭水体治理'], 7, 7, 'restated, same')
must(['力争2025年全县农村生活污水治理率达到40%以上', '新增完成治理的行政村不少于10个', '确保年底前完成6000户改厕任务',
      '每人每月不低于800元', '确保年底前资金支付率达到95%以上', '力争2025年新增“美丽庭院”2000户以上'])  # targets
must(['农户约12.6万户', '参与群众12.6万人次', '1—10月', '三种模式', '三轮村庄清洁行动', '两轮集中督查', '每月开展一次', '县、乡、村三级',
      '“千村示范、万村整治”', '“三清一改”', '“门前三包”', '“四旁”植树', '五星级', '六成以上', '“有水冲、无异味、管护好”'])

# ---------------------------------------------------------------- 28 消防救援大队 三年行动总结
F('28')
must(['自⟦number-format⟧20年6月启动消防安全专项整治三年行动以来'])
sum_(['2020年、2021年、2022年分别检查社会单位3126家次、3580家次、4012家次，共计⟦number-sum⟧10618家次'], 10618, [3126, 3580, 4012], False)
sub(['发现并督促整改火灾隐患2.86万处，其中重大火灾隐患126处'], 28600, [126])
sum_(['全县高层建筑186栋，其中住宅148栋、公共建筑38栋'], 186, [148, 38])
eq(['由2020年的72.6%提高到91.4%，提高18.8个百分点'], round(91.4 - 72.6, 1), 18.8, 'percentage points')
sub(['三年累计投入消防经费⟦number-sum⟧2.36亿元，其中：县级财政投入1.12亿元；乡镇（街道）配套投入6800万元；社会单位自筹6200万元'], 23600, [11200, 6800, 6200], False)
sub(['新建市政消火栓386个，其中城区268个'], 386, [268])
eq(['全县市政消火栓达到1262个，按常住人口52.6万人计，每万人拥有市政消火栓24.0个'], round(1262 / 52.6, 1), 24.0, 'per 10,000 residents')
sum_(['新增消防车18辆，其中水罐消防车10辆、抢险救援消防车5辆、举高消防车3辆'], 18, [10, 5, 3])
sum_(['建成微型消防站580个，其中村（社区）微型消防站268个、重点单位微型消防站312个'], 580, [268, 312])
eq(['建成乡镇专职消防队14支，实现14个乡镇全覆盖'], 14, 14, 'one team per township')
growth(['全县火灾起数由2019年的286起下降到2021年的198起，下降⟦number-ratio⟧31.8%'], 198, 286, '-31.8', False)
growth(['由2019年的286起下降到2021年的198起'], 198, 286, '-30.8')  # the right figure
growth(['直接财产损失由2019年的1286.4万元下降到2021年的742.6万元，下降42.3%'], 742.6, 1286.4, '-42.3')
eq(['三年来虽然排查整改火灾隐患⟦number-conflict⟧2.96万处'], 2.96, 2.86, '整改火灾隐患 restated (same scope: 三年)', False)
must(['缩短至8～10分钟', '劝离楼道违规停放、充电的电动自行车1.2万余辆', '清理占用、堵塞消防车通道的车辆和杂物2300余处',
      '开展消防培训1260场次、培训8.6万人次', '发送消防安全提示短信126万条'])
must(['下设四个督导组', '四个督导组累计开展督导', '四个督导组继续常态化', '“两张清单”', '“一月一调度、一季一通报”', '“三停”', '“九小场所”',
      '“三合一”', '“119”', '“四个能力”', '“五进”', '专题研究消防工作16次', '对工作推进不力的3个乡镇、5个部门', '8个大型商业综合体'])
must(['力争2023年全县火灾起数较2022年下降10%以上', '2023年计划新建市政消火栓200个以上'])  # targets

# ---------------------------------------------------------------- 29 住房公积金管理中心 年度报告
F('29')
sum_(['实缴职工⟦number-sum⟧5.86万人', '按单位性质分，机关和事业单位2.96万人，国有企业0.82万人，城镇私营企业及其他企业1.98万人'], 5.86, [2.96, 0.82, 1.98], False)
sub(['灵活就业人员缴存1286人，其中进城务工人员812人、35岁以下青年694人'], 1286, [812])
sub(['灵活就业人员缴存1286人，其中进城务工人员812人、35岁以下青年694人'], 1286, [694])
true(['其中进城务工人员812人、35岁以下青年694人'], 812 + 694 > 1286, 'TRAP: overlapping groups (migrant workers / under 35) add up to 1506 > 1286: not an error')
growth(['缴存额12.36亿元、提取额9.82亿元，较上年的11.38亿元、8.83亿元分别增长8.6%'], 12.36, 11.38, '8.6')
growth(['较上年的11.38亿元、8.83亿元分别增长8.6%、⟦number-ratio⟧12.4%'], 9.82, 8.83, '12.4', False)
growth(['提取额9.82亿元，较上年的11.38亿元、8.83亿元'], 9.82, 8.83, '11.2')  # the right figure
eq(['缴存余额28.64亿元，比上年末增加2.54亿元'], round(12.36 - 9.82, 2), 2.54, 'balance change = 缴存额 - 提取额')
style('六家承办银行', '6家承办银行', 2, 1)
sum_(['全年提取额9.82亿元，其中住房消费类提取7.46亿元、非住房消费类提取2.36亿元'], 9.82, [7.46, 2.36])
ratio(['住房消费类提取占76.0%'], 7.46, 9.82, '76.0')
sum_(['住房消费类提取中，购买、建造、翻建、大修自住住房提取3.12亿元，偿还购房贷款本息提取3.28亿元，租赁住房提取0.86亿元，其他住房消费提取0.20亿元'], 7.46, [3.12, 3.28, 0.86, 0.20])
growth(['全年发放个人住房贷款2186笔、8.62亿元，较上年的1846笔、7.26亿元分别增长18.4%'], 2186, 1846, '18.4')
growth(['较上年的1846笔、7.26亿元分别增长18.4%和18.7%'], 8.62, 7.26, '18.7')
eq(['笔均贷款39.4万元'], round(86200 / 2186, 1), 39.4, '8.62亿元 ÷ 2186笔 (in 万元)')
ratio(['首套住房贷款1968笔，占发放笔数的90.0%'], 1968, 2186, '90.0')
sub(['全年发放个人住房贷款2186笔', '144平方米（含）以下住房贷款2062笔'], 2186, [2062])
true(['其中，首套住房贷款1968笔，占发放笔数的90.0%；144平方米（含）以下住房贷款2062笔'], 1968 + 2062 > 2186, 'TRAP: overlapping groups (first home / size) after 其中 add up to 4030 > 2186: not an error')
ratio(['缴存余额28.64亿元', '个人住房贷款余额24.12亿元，占缴存余额的⟦number-ratio⟧85.8%'], 24.12, 28.64, '85.8', False)
ratio(['个人住房贷款余额24.12亿元'], 24.12, 28.64, '84.2')  # the right figure
eq(['全年实现业务收入8926万元，业务支出4512万元，实现增值收益4414万元'], 8926 - 4512, 4414, '增值收益 = 收入 - 支出')
ratio(['全年月均缴存余额27.42亿元，增值收益率1.61%'], 4414, 274200, '1.61')
ratio(['缴存余额28.64亿元'], 4414, 286400, '1.54')  # TRAP: against the year-end balance the rate would be 1.54%; the text names the monthly average
sum_(['提取贷款风险准备金1240万元、管理费用680万元、城市公共租赁住房建设补充资金2494万元，合计4414万元'], 4414, [1240, 680, 2494])
ratio(['贷款风险准备金余额1.12亿元，为个人住房贷款余额的4.6%'], 1.12, 24.12, '4.6')
eq(['住房公积金结余资金4.52亿元'], round(28.64 - 24.12, 2), 4.52, '结余 = 缴存余额 - 贷款余额')
ratio(['全年办理各类业务14.2万笔，其中通过网上服务大厅、手机公积金等线上渠道办理12.6万笔，占88.7%'], 12.6, 14.2, '88.7')
sub(['全年逾期贷款12笔、86.4万元，已收回10笔、72.6万元，其余2笔'], 86.4, [72.6])
eq(['全年逾期贷款12笔、86.4万元，已收回10笔、72.6万元，其余2笔'], 12 - 10, 2, '其余 = 12 - 10')
eq(['灵活就业人员缴存仅1286人'], 1286, 1286, 'restated, same')
eq(['在2023年缴存⟦number-conflict⟧12.63亿元的基础上'], 12.63, 12.36, '2023年缴存额 restated', False)
must(['力争2024年缴存额达到13.5亿元以上', '新增缴存职工3000人以上', '力争全年发放个人住房贷款9亿元以上', '逾期率控制在0.3‰以内', '线上业务办理率达到90%以上'])  # targets
must(['逾期率为0.12‰', '12329服务热线', '首套住房5年以上个人住房公积金贷款利率执行3.1%', '开展内部稽核检查两次', '“一件事一次办”', '节省利息支出约860万元',
      '148笔、5260万元', '实现“跨省通办”事项13项', '群众满意率98.2%', '全年支持1860名职工'])

# ---------------------------------------------------------------- 30 信访局 年度报告
F('30')
growth(['全年全县信访总量3862件次，较上年的4225件次下降8.6%'], 3862, 4225, '-8.6')
eq(['按常住人口53.2万人计算，每万人信访量为72.6件次'], round(3862 / 53.2, 1), 72.6, 'per 10,000 residents')
sum_(['其中，县级受理1268件次，乡镇（街道）受理2594件次'], 3862, [1268, 2594])
sum_(['来信、来访、网上信访、电话信访分别为386件次、1126件次、1860件次、490件次'], 3862, [386, 1126, 1860, 490])
ratio(['网上信访占信访总量的48.2%'], 1860, 3862, '48.2')
shares(['城乡建设类占26.4%，劳动和社会保障类占18.7%，农业农村类占16.2%，涉法涉诉类占9.8%'], ['26.4', '18.7', '16.2', '9.8'])  # 71.1%: a remainder
ratio(['重复信访612件次，占信访总量的15.8%'], 612, 3862, '15.8')
growth(['全年赴省访38人次、进京访9人次，上年分别为50人次、14人次，同比分别下降24.0%'], 38, 50, '-24.0')
growth(['同比分别下降24.0%和35.7%'], 9, 14, '-35.7')
growth(['集体访46批次，较上年的60批次下降23.3%'], 46, 60, '-23.3')
must(['最多的一批达⟦number-format⟧七、八十人'])
must(['县级领导公开接访126批次、接待群众486人次'])
sum_(['全年县级接待来访群众1862人次，乡镇（街道）接待来访群众4356人次，两级共接待来访群众⟦number-sum⟧6128人次'], 6128, [1862, 4356], False)
ratio(['全年依法受理信访事项1426件，按期办结1398件，按期办结率98.0%'], 1398, 1426, '98.0')
eq(['初次信访事项一次性化解率由上年的91.6%提高到94.2%，提高⟦number-ratio⟧3.6个百分点'], 3.6, round(94.2 - 91.6, 1), 'percentage points: 94.2 - 91.6 = 2.6', False)
must(['依托⟦numeral-style⟧１２３４５政务服务便民热线'])
ratio(['全县共排查信访积案86件，已化解79件，化解率91.9%'], 79, 86, '91.9')
eq(['已化解79件，化解率91.9%，其余7件'], 86 - 79, 7, '其余 = 86 - 79')
ratio(['全年排查矛盾纠纷2860起，成功化解2786起，化解率97.4%'], 2786, 2860, '97.4')
ratio(['征集人民建议126条，采纳38条，采纳率30.2%'], 38, 126, '30.2')
sum_(['全年受理复查申请46件，维持原处理意见38件，撤销或变更原处理意见8件'], 46, [38, 8])
eq(['信访总量虽然下降8.6%'], 8.6, 8.6, 'restated, same')
eq(['对尚未化解的⟦number-conflict⟧9件信访积案'], 9, 7, '未化解信访积案 restated (其余7件 = 86 - 79)', False)
must(['力争2025年全县信访总量下降5%以上', '初次信访事项一次性化解率保持在95%以上', '力争2025年上半年全部化解到位'])  # targets
must(['开展两轮信访积案化解攻坚行动', '县、乡、村三级', '县、乡两级', '“一站式接待、一揽子调处、一条龙服务”', '“一案一专班、一案一方案”', '“四下基层”',
      '全国两会', '网上流转率达到100%', '下发督查通报12期', '对信访工作责任落实不到位的2个单位', '6名干部', '社会稳定风险评估42项', '群众满意率达到97.6%'])


# ---------------------------------------------------------------- whole-set checks
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
    ok = 1800 <= n <= 3000
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
if set(EXPECTED) - {os.path.basename(p)[:2] for p in glob.glob(os.path.join(D, '[0-9][0-9]-*.md'))}:
    print('!! a draft of the test set is missing')
    results.append(False)

print(dict(count), sum(count.values()), 'markers')
print('ALL GOOD' if all(results) else 'FAILURES: %d' % results.count(False))
sys.exit(0 if all(results) else 1)
