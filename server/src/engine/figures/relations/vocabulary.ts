// The words relations are read by, spelled out once: the verbs of change, the words of comparison, shares,
// rates and sums. Every pattern that needs a verb of change builds it from these lists (extract.ts too), so a
// verb added here is known everywhere.

/** Verbs of an increase: 增长5%, 增收0.6亿元, 多7.1亿元, 较去年同期1832吨多购11285.5吨 (a grain purchase report's). */
// (with the traditional forms some pages serve: 增長, 擴大; 減少, 減收, 減支, 縮小)
export const RISE_VERBS = ['增长', '增加', '提高', '上升', '升高', '提升', '增收', '增支', '增产', '扩大', '攀升', '多购', '多', '增長', '擴大'] as const;
/** Verbs of a decrease: 下降6.9%, 减收0.6亿元, 少3个, 较去年同期5342吨少购774.8吨. */
export const FALL_VERBS = ['下降', '减少', '削减', '降低', '回落', '下滑', '减收', '减支', '减产', '缩小', '少购', '少', '減少', '減收', '減支', '縮小'] as const;

/** One-character verbs (多, 少) are verbs only right before a figure: 多7.1亿元, not 多项. */
const LONG_VERBS = [...RISE_VERBS, ...FALL_VERBS].filter((v) => v.length > 1);

const alternation = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');

/** Any verb of change, as a pattern source (longest first). */
export const CHANGE_VERB = alternation([...RISE_VERBS, ...FALL_VERBS]);
/** The verbs of change of two characters and more: safe to look for anywhere in a clause. */
export const CHANGE_WORD = alternation(LONG_VERBS);

/** Nouns of a change before its percentage: 增幅为34.6%, 降幅为0.14%; 负增长1.21% is a fall (漲幅, 減幅 on pages in 繁體). */
const RISE_NOUNS = ['增幅', '涨幅', '漲幅'];
const FALL_NOUNS = ['降幅', '跌幅', '减幅', '減幅', '负增长'];

/** A noun of change before its percentage (增幅为1.3%), as a pattern source. */
export const CHANGE_NOUN = alternation([...RISE_NOUNS, ...FALL_NOUNS]);

export function isFall(verb: string): boolean {
  return (FALL_VERBS as readonly string[]).includes(verb) || FALL_NOUNS.includes(verb);
}

/**
 * A clause head ending in a verb of change (with 了, 分别), or a noun of one (降幅为): the percentage after it is a change.
 * (增幅高达23.7%, 增幅达到了10.76%: the words of its size are no other measure)
 */
export const ENDS_IN_CHANGE = new RegExp(`(?:分别)?(${alternation([...RISE_NOUNS, ...FALL_NOUNS, ...RISE_VERBS, ...FALL_VERBS])})(?:了|为|达|达到了?|高达)?$`);
/**
 * A clause that is a bare 增 or 减 before its percentage, or that and what it compares with (…，增14.81%; 较2013年
 * （总产1986.11吨）增26.45%; 减14.85%): the one-character verbs of a bulletin's change. (新增, 增加值 are other words: the
 * whole head must be the verb.)
 */
export const BARE_CHANGE = /^(?:(?:较|比)[^，,；;。]{0,16})?([增减])率?$/;
/**
 * The stem of a rate that is a change, not a rate of two counts: 增长率, 下降率, and a count's 增加率, 减少率 (比10月份增加33件，
 * 环比增加率为10.12%: 33 ÷ (359 − 33)).
 */
export const CHANGE_RATE_STEM = /^(?:增长|下降|增加|减少)$/;
/** A clause head ending in 分别 (分別) + a verb of change: 同比分别增长18.6%和21.2%, 分别同比下降47.06%、56.52%. */
export const ENDS_IN_RESPECTIVE_CHANGE = new RegExp(`分[别別](?:同比|环比)?(${CHANGE_VERB})了?$`);

/** Words comparing with an earlier value: 较上年, 比去年同期, 同比, 环比. */
export const COMPARE_WORD = '较|比|同比|环比';
export const EARLIER_PERIOD = '上年同期|去年同期|上年|去年|上一年|同期|上季度|上月';
/** A scope that is the period compared with (與上年相比, 比年初), not the period a change is of. */
export const COMPARED_PERIOD = new RegExp(`${EARLIER_PERIOD}|上季|年初|常年|相比`);
/**
 * A bulletin's one-character verb right before a figure, right after the year it compares with (茶叶总产量1002.3吨，
 * 比2005年增46.3吨；较上年净增1.2万名): a difference. (Alone, 增 and 减 are no verbs: 较去年新增23家 is a level; 比年初增
 * is against the start of the year, which a growth 同比 is not.) (比上年凈增4.4萬名: 净 as some pages in 繁體 write it, 凈 or 淨.)
 */
export const COMPARED_BARE_DIFFERENCE = /(?:比|较|較)(?:上年|去年|上一年|(?:19|20)\d\d年)(?:同期|底|末)?(?:净|淨|凈)?([增减減])$/;
/** The year before, as a change compares a period's level with it (the same period a year before): 同比, 比上年, 较去年同期. */
export const YEAR_ON_YEAR = /同比|(?:较|比|与)(?:上年同期|去年同期|上年|去年|上一年)(?:相比)?/g;
/** A caliber a change is computed at that a level's change states in passing: 按可比价格计算, 按现价计算. */
export const PRICE_CALIBER = /按(?:可比价格?|不变价格?|现价)计算/g;
/** Words that set one percentage above another by some points: 高于GDP增速0.2个百分点, 高出…平均增速4.6个百分点. */
export const ABOVE = '高出|高于|超过|超出|快于';
/** Nouns naming a growth rate, the signed change (增速比全市低8.4个百分点): a fall is a negative growth here. */
export const GROWTH_RATE_NOUN = '增速|增长速度|增幅';
/** Nouns naming the size of a fall (降幅比全市收窄2个百分点): falls compared by their size, unsigned. */
export const FALL_SIZE_NOUN = alternation(FALL_NOUNS.filter((n) => n !== '负增长'));
/**
 * The levels officials join under one noun (中小学生, 大中型企业, 中小企业): a name holding the words of a level only
 * after another level (小学生 in 中小学生) is the union of the levels, not the one level.
 */
export const JOINED_LEVELS = '大中小初高';
/**
 * Cuts of one whole that cross, each pair a cut and the one it crosses: kindergartens by policy (普惠, which takes in the
 * 公办 and the 普惠性民办 ones) and by owner (公办, 民办). Shares of the two cuts overlap; they are not parts of one list.
 */
export const CROSSING_CUTS: ReadonlyArray<readonly [RegExp, RegExp]> = [[/普惠/, /公办|民办|公立|私立/]];
/** Words that set it below: 低于全市平均增速1.3个百分点. */
export const BELOW = '低于|慢于';
/** A clause head ending in a comparison: 较上年的 (the figure after it is the earlier value). */
export const ENDS_IN_COMPARE = new RegExp(`(?:${COMPARE_WORD})(?:${EARLIER_PERIOD})?(?:的)?$`);
/** A scope that names the earlier period. */
export const LAST_YEAR = /去年|上年|同期/;

/**
 * A share: 占…的: the words between 占 and the figure name the whole. (占比约为61.14%: 约 before 为 hedges the figure,
 * as 约占 does, and names no whole; the figure is written to its precision all the same.)
 */
export const SHARE = /占(?:比)?([^，,。；;：:、]{0,20}?)(?:的)?(?:比重|比例|份额)?(?:约|大约)?(?:为|达|达到)?$/;
/**
 * 占比较上年末提高4.2%, 所占比重比上年下降1.5%: a change whose subject is the share itself (占比, 比重, 比例 right before
 * 比 or 较) is a change of the share, in points or relative to it, not a change of the level stated before it.
 */
export const CHANGE_OF_A_SHARE = /(?:占比|比重|比例)(?:比|较)[^，,。；;]*$/;
/**
 * 所占的比重从上年同期的33.58%下降到30.32%, 占比由上年的15.2%提升至15.6%: the share a from-to opens with is the earlier
 * period's (group 1 the words before 从 or 由), the one after the verb and 到 or 至 this period's.
 */
export const SHARE_FROM = /((?:占|在)[^，,。；;]{0,24}?(?:比重|占比|比例))(?:从|由)[^，,。；;0-9]{0,8}$/;
/** The verb and 到 or 至 after the earlier share of a from-to, before this period's share. */
export const SHARE_TO = new RegExp(`^\\s*(?:${CHANGE_VERB})(?:到|至|为)\\s*$`);
/**
 * 占其国土面积的33%, 占本地区移动电话用户总数的比重分别为26.6%、25.8%: a whole named with 其 or 本地区 (本区域, 各自) and a
 * measure of its own is each subject's own, which no figure states, not one whole of a list (其总数, 其总量 are the whole
 * before; 其中, 其他, 其余 no 其 of a subject; 本市, 本省 name the one place a document is about).
 */
export const EACH_OWN_WHOLE = /^(?:其(?![中他它余总])|本地区|本区域|各自)[\u4e00-\u9fff]{2,}/;
/** Shares listed with 分别: 分别占税收收入的42.6%、57.4%. */
// (占生产总值的比重分别为14.7%、29%、56.3%: 分别 after the whole)
// (东、中、西部地区快递业务量比重分别为78.2%、14.3%和7.5%: 比重 without 占 after the measure the listed parts make, each
// part's share of its whole; not 比重 opening its clause, 依次是虹口区、黄浦区和普陀区，比重分别为44.9%…, each of its own)
export const RESPECTIVE_SHARE = /(?:分别占(?:比)?([^，,。；;%％]*?)的?(?:比重|比例)?|占([^占，,。；;%％]*?)的?(?:比重|比例)分别|占比分别|[\u4e00-\u9fff]{2}比重分别)(?:为|达)?[：:]?$/;
/**
 * A rate named before its figure: 办结率为83.3%; a negated one keeps its negation (不起诉率 is not 起诉率). Between 率 and the
 * figure an adverb may stand before the copula: 结案率也均为100% (heldout109/csgl-jiulongpo-01), 完成率高达118%
 * (heldout104/tiyu-ninghai-01), 全覆盖率已达83.4%, 硬化率仅为…; not 则为, the rate of a case supposed (若剔除…，资产负债率则为66.41%:
 * of other figures than those stated, heldout163/guozi-pingtan-01)
 */
export const RATE = /((?:[不未非])?[\u4e00-\u9fff]{2})率(?:(?:也|均|已|仅)*(?:为|达|达到|是)|高达)?$/;
/**
 * Rates named in a list before 分别 and the figures they are stated with: 调处率、成功率分别为97.2%和98.8%, 响应率、解决率、
 * 满意率分别达99.7%、92.3%、94.5%: the list's end (RATES_LISTED) and each of its names, split after each 率 (RATE_NAME).
 */
export const RATES_LISTED = /率分别(?:为|达|达到|是)?[：:]?$/;
export const RATE_NAME = /^[\u4e00-\u9fff]{2,12}率$/;
/**
 * A rank naming a group, not a level: 前100家企业纳税额, 排名前10位: a count of entities right after 前 (not 目前, 此前,
 * 之前, 以前, 当前, 提前, 空前, 年前) says which group the figures are of.
 */
export const RANK_BEFORE = /(?:^|[^目此之以当提空年日])前$/;
export const RANKED_UNIT = /^[家名位个户]$/;
/** Cases carried over into the next period (结转至2月份, 转入下月): what was received was not all due. */
export const CARRIED_OVER = /结转|转入下[月期季年]|未到期/;
/** Words naming what is due, the base of a rate: 应接种, 需办理, 计划, 交办, 受理 (and their 繁體 forms: 計劃投資). */
export const DUE = /应|應|需|计划|計劃|登记|登記|共有|总数|總數|^共|^总|交办|交辦|受理|任务|任務|目标|目標/;
/** Words of a plan or a target: the base of a completion (計劃, 任務, 目標 on pages in 繁體). */
export const PLAN = /计划|計劃|任务|任務|目标|目標/;

/** Words right before a measure that make it what was due of it, not what was done (计划完成投资, 应完成, 目标任务; 繁體 計劃 as DUE). */
export const ENDS_IN_DUE = /(?:应|應|需|计划|計劃|预计|預計|拟|擬|任务|任務|目标|目標|要求)$/;
/**
 * The verbs of a mediation and what it is attempted on: a success rate (调解成功率, 成功率) is of the disputes taken in
 * (受理调解案件, 排查矛盾纠纷) as well as of those the verb counts.
 */
export const MEDIATION = /调解|调处|化解/;
export const DISPUTES = /纠纷/;
/**
 * A procuratorate's decisions, each with its refusal, as the count of each is named (after 其中, 共, 审结后 and before
 * 各类犯罪 are dropped): a rate of one (逮捕率, 批捕率, 不捕率, 不起诉率; `rate` matches the rate's stem) is of the cases
 * decided either way.
 */
export const DECISIONS: ReadonlyArray<{ rate: RegExp; made: readonly string[]; refused: readonly string[] }> = [
  { rate: /捕$/, made: ['批准逮捕', '决定逮捕', '逮捕', '批捕'], refused: ['不批准逮捕', '决定不批准逮捕', '不予批准逮捕', '不捕', '决定不捕', '不予逮捕'] },
  { rate: /起诉$/, made: ['起诉', '决定起诉', '提起公诉'], refused: ['不起诉', '决定不起诉'] },
];
/** A rate of savings (资金节约率, 节资率: the stem) and the words right before the money saved (节约资金1668万元), as a 繁體 page writes them too (節約資金5.84億元，節約率達8.2%). */
export const SAVING_RATE = /^[节節][约約资資]$/;
export const SAVED = /[节節][约約](?:[资資]金|金[额額])?(?:共|为|為|达|達)?$/;
/** What savings are counted against: a procurement or its budget (not a trading centre's turnover, 交易额, which holds land sales). */
export const SAVED_FROM = /采[购購]|[预預]算/;
/** The forms a satisfaction rate is of (收到办理回执994件, 收回反馈意见表527份), and the words of the satisfied after a count. */
export const RETURNED_FORMS = /回执|反馈意见|测评表|评议表|问卷/;
export const SATISFIED = /(?<!不)满意/;
/**
 * The grades items are counted by in a satisfaction survey, each a count's whole name (非常满意25件, 满意10件, 基本满意2件,
 * 不满意1件): the grade's word before 满意 (group 1; 不 is the one grade not satisfied).
 */
export const SATISFACTION_GRADE = /^(非常|很|比较|基本|不)?满意$/;
/** A figure stated as a total of its own at the end of the words before it: 公办教育共计589人, 毕业生共48189人. */
export const STATED_AS_TOTAL = /(?<!公)共(?:计|有)?$/;
/** Words that exclude the figures they enclose from what follows: 除建议3件和提案1件不公开外，其余为公开. */
export const EXCLUDING = '除';
export const EXCLUDED_END = /^[^，,；;。除]*外/;
/** Words around a decision's name that do not change it: 其中批准逮捕, 共起诉各类犯罪, 审结后决定不起诉. */
export const AROUND_A_DECISION = /^(?:其中|共计|共|依法|经审查后|经审查|审结后)+|(?:各类刑事犯罪|各类犯罪|犯罪嫌疑人|案件)$/g;

/** 占 that occupies (占用耕地, 耕地占补平衡指标, 占地面积, 占地120亩), not 占 that is a share of a whole. */
const SHARE_OF = '占(?!用|补|地(?:面积|约)?$)';
/** 较 that compares (较上年, 较年初), not 较 of an adjective that grades a noun (较大事故, 较重伤情, 较高水平). */
const COMPARED = '较(?![大小高低好重轻快慢强弱差])';
/** Words that make a figure relative rather than a level: 占, 较, 比 (in its clause before it). */
export const RELATIONAL_HEAD = new RegExp(`${SHARE_OF}|${COMPARED}|比`);
/** A head that makes the figure after it a difference: 多, 增加了, 减收 (right before it). */
export const DIFFERENCE_HEAD = new RegExp(`(?:${CHANGE_VERB})了?$`);
/** Words in a clause that make a percentage a change or a share, not a level. */
export const IN_CHANGE = new RegExp(`${CHANGE_WORD}|${COMPARED}|比|${SHARE_OF}`);

/** The stages of a project in the order they are reached: what reached one had reached the one before it. */
export const PROJECT_STAGES: ReadonlyArray<readonly string[]> = [['开工', '开复工', '复工'], ['完工', '竣工', '建成'], ['验收']];
/**
 * The stage a set of projects is counted at, as its name gives it (签约项目, 在谈项目, 在建项目, 储备项目): projects of two
 * stages are two sets, each with its own investment. Global: for matchAll.
 */
export const PROJECT_STATUS = /签约|在谈|洽谈|储备|谋划|开工|在建|竣工|投产|新建|续建|落地|履约/g;
/**
 * An amount beyond what was available (超录, 超支, 超出, 超用, 超拨: group 1), alone in the clause after the amount used, as in
 * 实际可用资金为10736.44万元，已使用资金17384.56万元，超录6642.26万元.
 */
export const OVERRUN = /^[，,](超录|超支|超出|超用|超拨)了?$/;
/** Words naming an amount used or spent (已使用资金, 实际支出). */
export const AMOUNT_USED = /使用|支出|用款|耗用/;
/** Words naming an amount there was to use (实际可用资金, 预算安排, 下达资金, 计划, 额度). */
export const AMOUNT_AVAILABLE = /可用|预算|下达|安排|核定|额度|计划/;
/** Projects started and not yet finished: with those finished, all that were started (在建项目223个，竣工项目60个，开工率…). */
export const UNDER_WAY = '在建';

/** A sorting that opens a cut of a whole: 从起火原因分析：, 按行业分，, 分区域看， (breakdowns.ts reads its own list markers). */
export const SORTING = /(?:从|按|分)[\u4e00-\u9fff]{1,8}?(?:来看|分析|看|分|划分)[，,：:]/;

/** Parts of a sum: 其中, 含, 包括 lead a list that may leave a remainder; …等 ends one. */
export const REMAINDER_WORDS = /^(?:其中|含|包括|包含)|等$/;
/** An item of a list opened by 含 or 包括 (医生技术人员1597人，含执业（助理）医师564人): it is inside the item before it. */
export const INNER_ITEM = /^(?:含|包括|包含|内含)/;
/** A clause opened by 共 (altogether) states a total of its own (共为国家筹集公益金2.31亿元), not one more part of a list
 *  (not 共青团, 共产党, 共享, 共同, 共建, 共商: words of their own). */
export const TOTAL_OPENING = /^共(?![青产享同建商])/;
/**
 * 总 naming a body, not a total: 慈善总会, 消防救援总队, 客运总站, 中心总院, 集团总部, 总公司, 总厂, 供销总社, 总工会
 * (总会计师 is a person). For String.replace only (global).
 */
export const BODY_NAMED_TOTAL = /总(?:会(?!计)|队|站|院|局|公司|厂|社|部|工会)/g;
/** The verbs of handling what came in (办结, 答复, 化解…): what was done with what was received. */
export const HANDLING_VERBS = ['办结', '办理', '处理', '处置', '解决', '回复', '答复', '反馈', '调解', '化解', '办复', '结案'];
/**
 * A clause opening with how many of the item before it got done so far (截至目前已办结反馈595件, 目前已处理80件): a
 * follow-up of that item, counted within it, not one more kind of the whole.
 */
export const DONE_SO_FAR = new RegExp(`^(?:截至|截止)?(?:目前|当前|现在|月底|年底|本月底)?[，,]?(?:已经|已)(?:${HANDLING_VERBS.join('|')})`);
/** An item said to be altogether (共, 合计, 总计), not a running total (累计): a sum of items named before it. */
export const ALTOGETHER = /(?<!公)共(?![青产享同建商])|合计|总计|一共/;
/** A total that says it is one: 共, 合计, 累计. */
export const TOTAL_WORD = /共|合计|总计|累计|总数|全部|一共|总/;
/**
 * A word in a figure's clause that states the figure as a total split by the parts after it (共26个，已整改21个，其余5个):
 * not the 共 inside a name (公共安全类51件, 共青团员, 共产党员, 共享, 共同, 共建, 共商).
 */
export const STATES_A_TOTAL = /(?<!公)共(?![青产享同建商])|合计|总计|总数|全部|累计/;
/**
 * Words in a bracket that make it something other than a list of parts (not every verb of change: 改建提升 is a name; not
 * 约 in a word, 医药费节约奖励支出, 签约项目, 预约).
 */
export const NOT_A_BREAKDOWN = /分别|(?<![节制签合预公条履集特])约|占|以上|左右|同比|增长|下降|比|较|平均|人均|每/;
/**
 * The words opening a bracket of what a figure leaves out (160家（不包含4家…、7家…）, 不含, 未含, 不包括): what follows
 * is outside the figure, no breakdown of it.
 */
export const EXCLUDES_BRACKET = /^(?:不(?:包)?含|不包括|未(?:包)?含|未包括|不计|未计)/;
/** The stage of building words count (开工, 基本建成, 竣工), but not what has not reached one (未开工). */
const BUILD_STAGE = /(?<![未尚])(开工|动工|基本建成|建成|竣工|完工)/;
const STAGE_OF: Readonly<Record<string, string>> = { 开工: '开工', 动工: '开工', 基本建成: '建成', 建成: '建成', 竣工: '竣工', 完工: '竣工' };
/** The first stage of building `words` name (开工, 建成 or 竣工), or '' when none. */
export function buildStage(words: string): string {
  return STAGE_OF[BUILD_STAGE.exec(words)?.[1] ?? ''] ?? '';
}
/** One-character endings any measure may have (人数, 金额, 总量): two names ending in one of them alone are not alike. */
export const GENERIC_ENDING = /^[数额量值率费款金]$/;
/** The noun a measure's name ends in (死亡失踪人数, 倒塌房屋数量, 直接经济损失, 受灾人口): what its figures count. */
export const MEASURE_NOUN = /(?:[\u4e00-\u9fff](?:数|量|额|值)|人口|人次|面积|损失|收入|支出)$/;
/**
 * Words that make a figure one of several values (分别, 各, 均为) or a value per unit (每, 平均, 人均, 户均): the words
 * extract.ts looks for before a figure in its sentence (Figure.distributive). Not 各类, 各项, 各种, 各级 (繁體 各類, 各項…): all of a kind.
 */
export const DISTRIBUTING = /分别|分別|各(?!类|類|项|項|种|種|级|級)|每|平均|人均|户均|均为/;
/**
 * Words of DISTRIBUTING that name one value in a clause: an average that is the measure's own name (年平均降水量, 平均
 * 气温; not 平均每人), and 各 before a total over all of them (各窗口共办理, 各级各部门共组织检查组).
 */
export const ONE_VALUE_DISTRIBUTING = /平均(?!每)|各(?=[^，,；;。：:]{0,20}?(?:共|合计|累计))/g;
/** A name opening with an average (日均产量, 人均产值): the average of the thing named before it, per day or per head. */
export const AVERAGE_OPENING = /^(?:日均|日平均|月均|月平均|年均|年平均|周均|平均|人均|户均|亩均)/;
/** A running total in the words between a measure and its figure (用电量累计达到1245亿千瓦时): the year so far. */
export const RUNNING_TOTAL = /累计|累計/;
/** Averages and prices are not totals: 人均可支配收入4.86万元，其中城镇5.32万元. */
export const NOT_A_TOTAL = /人均|户均|平均|均价|单价|单产|亩产|每/;
/**
 * Parts cut along different lines (women, the under-35s, graduates) overlap: they need not add up. (技改投资, the
 * investment in renovating plant, is a kind of project across the industries: 其中制造业…，技改完成投资… overlap.)
 */
export const CROSS_CUTTING = /女|男|少数民族|岁以下|岁以上|周岁|学历|大专|本科|研究生|硕士|博士|退役军人|党员|团员|残疾|脱贫|低保|建档立卡|留守|新增|累计|(?:技改|技术改造)(?:完成)?(?:投资|投入)/;
/**
 * A place's leading industries, chains and clusters (三大主导产业, 重点产业链, 产业集群): groupings it defines by chain,
 * across the sectors of the statistical classification, a firm counted in each chain it serves.
 */
export const INDUSTRY_CHAINS = /主导产业|产业链|产业集群/;
/**
 * A net change, the rises less the falls (全年净增5386万户, 净减128.6万户): the net change of a part may exceed its whole's
 * when the other parts fell. (凈 as some 繁體 pages write 净: 建設用地凈增加751.1萬畝.)
 */
export const NET_CHANGE = /(?:净|淨|凈)(?:增|减|減)(?:加|少)?了?$/;

/** A statistical coverage named in a measure (全口径发电量): a figure of it is not one of another coverage. */
export const COVERAGE = /全口径/;

/** Bonds issued to refinance old debt: beside them, 新增债券 are the new ones, a kind of bond, no cut across the others. */
export const REFINANCING = /再融资/;
/** What an amount of money is spent on, a project or a field of welfare (残疾人免费安装假肢项目, 老年人福利): no group of people it cuts across. */
export const FUNDED_PURPOSE = /(?:项目|福利)$/;

/**
 * Words with 中 that do not say “among, within” (…中，the whole before its parts: 全市常住人口中男性人口…): words that
 * begin with 中 (政务服务中心, 中国, 中央, 中小学 …) and words that end in it (其中 opens parts, 集中, 心中 …).
 */
export const NOT_WITHIN = [
  ...['中心', '中国', '中央', '中华', '中间', '中小', '中学', '中等', '中级', '中医', '中期', '中旬', '中午', '中部', '中型', '中长', '中标', '中介', '中转', '中层'],
  ...['其中', '集中', '之中', '当中', '空中', '心中'],
] as const;

/**
 * The members of a village's two committees (村“两委”: the Party branch and the villagers' committee), many of whom sit
 * on both (交叉任职, the secretary often the chair too: 一肩挑): the members of each committee overlap.
 */
export const TWO_COMMITTEES = /[两兩]委/;
/** Those counted as members of both bodies (交叉任职28人, 交叉兼职): counted in either body's members. */
export const SAT_ON_BOTH = /交叉(?:任职|任職|兼职|兼職)/;
/**
 * Places beyond a border at one level (省外, 市外, 县外, 境外): those beyond a wider border are beyond the narrower too
 * (a project from another province is from outside the city), so parts named by two of them are nested, no partition.
 */
export const BEYOND_BORDER = /^(?:[国國]外|境外|省外|市外|[县縣]外|[区區]外)/;
/**
 * The steps every project goes through before it starts (立项, 用地预审, 环评批复, 规划许可, 施工许可, 可研, 初步设计, 能评,
 * 稳评, 土地手续): a project that has passed one has often passed the one before, so counts of the projects past each
 * are nested, no partition. Not 审批, 核准, 备案: the three ways a project is approved sort the projects, one way each.
 */
export const PRE_START_STEP = /立项|用地预审|环评|环境影响评价|规划许可|施工许可|可研|可行性研究|初步设计|能评|节能审查|稳评|土地手续|用地手续|施工图/;

/**
 * The places or units a rank is stated among, right after their count (在31个省区市中位居前三, 全国31个省份中排名第5): the
 * field of the ranking, not a total of the values listed after it.
 */
export const RANKED_AMONG = /^[\u4e00-\u9fff（）()]{0,12}?中(?:[\u4e00-\u9fff]{0,2}?)(?:位居|位列|居于|居|列|排名|排在|排)/;

/** A part counted alone (我区单独签约项目): others are counted jointly, so the parts of its list may overlap. */
export const COUNTED_ALONE = /单独/;

/**
 * Measure words that count matters (projects, deals, cases) and stand in for one another: 各类交易项目128个 are
 * 工程类和采购类114个 and 土地交易和国有资产拍卖14宗 (宗, the word of a land deal). Under a total that names the matters it
 * counts (MATTERS_NAMED), a part may be counted by any of them.
 */
export const MATTER_WORDS: readonly string[] = ['个', '项', '宗', '件', '笔'];
/**
 * Words naming a figure as the whole of what a report counts, in the clause before it or its measure: 全年受理诉求, 共接报,
 * 总投资, 累计, 合计, 全市: a whole a share in a later paragraph may be of (not the 共 of 一般公共预算, 共建, 共享).
 */
export const WHOLE_STATED = /(?<!公)共(?!建|享|同)|合计|总计|累计|总|全[国省市县区州旗盟年]|受理/;
/**
 * Measure words that count what a hotline or a hall takes in, each by its own channel: 接听电话684175个, 微信留言24003条,
 * 市长信箱来信566件 are 群众诉求716535件 together; 满意票3808张 of 办件3816件 (one vote a case).
 */
export const INTAKE_WORDS: readonly string[] = ['件', '个', '条', '张', '封'];
/**
 * A total's name ending in the matters it counts, with words of its own before them: 交易项目, 交易事项, 公共资源交易, 民生工程
 * (not a bare 项目 after its count, 27个项目实现投产, which counts those that did what follows).
 */
export const MATTERS_NAMED = /[\u4e00-\u9fff](?:项目|事项|交易|工程)$/;

/** Grain (粮食) in the statistical system: cereals, beans and tubers. Crops a bulletin lists after the grain crops
 *  under a 粮食 total (油料, 烟叶, 蔬菜 …) are not grain: a list of parts of a 粮食 total ends at the first of them. */
export const NOT_GRAIN = /油料|油菜|花生|芝麻|烟叶|烤烟|蔬菜|食用菌|棉花|瓜果|水果|果园|中草药|中药材|药材|糖料|甘蔗|甜菜|茶|麻类|桑|花卉|饲草|青饲料/;
/** The animals livestock figures count (生猪存栏, 菜牛出栏, 肉羊存栏, 家禽): one of them is no part of another's total. */
export const ANIMAL = /猪|牛|羊|禽|鸡|鸭|鹅|兔|驴|骡|马(?!铃)/;

/** The words after which a structure (三次产业结构由上年的…调整为…) gives the one it changes to. */
export const CHANGED_TO = '(?:调整为|调整到|調整為|調整到|变为|变化为|优化为|演进为|发展到|发展为)(?:本期|本年|今年)?的?';
/** Text that ends in those words, before the structure it changes to. */
export const ENDS_IN_CHANGED_TO = new RegExp(`${CHANGED_TO}\\s*$`);
/**
 * The verbs a budget adjustment states its difference by (由年初预算12981.26万元调整为13250.10万元，调增268.84万元):
 * words of the adjustment only, kept out of the verbs of change (调增 items are parts of sums elsewhere).
 */
export const ADJUSTED_UP = ['调增', '調增'] as const;
export const ADJUSTED_DOWN = ['调减', '調減'] as const;

/** The three industries named together: 三次产业, 一二三产业, (第)一、二、三产业. */
export const THREE_INDUSTRIES = '三次产业|一二三产业|一、二、三产业';

/**
 * The verbs by which a part's growth moves its whole's (拉动投资增长1.1个百分点, 上拉投资增速, 下拉投资增速2.8个百分点):
 * group 1 the ones that pull it down (下拉, 拉低).
 */
export const PULL_VERB = '(下拉|拉低)|拉动|上拉|拉動';

/**
 * The years of an age band, from lo up to (not) hi: 15-64岁 is 15 to 65, 18岁以下 0 to 18, 14岁及以下 0 to 15, 60岁及以上
 * 60 on. Undefined for a single age or a range that also says 以上/以下.
 */
export function ageBounds(from: number, to: number | undefined, open: string): { lo: number; hi: number } | undefined {
  if (to !== undefined) return open === '' ? { lo: from, hi: to + 1 } : undefined;
  if (open === '以下') return { lo: 0, hi: from };
  if (open === '及以下') return { lo: 0, hi: from + 1 };
  if (open === '以上' || open === '及以上') return { lo: from, hi: Infinity };
  return undefined;
}

/**
 * An enumerated item opening: 一是, 二是, 其三, 第四， (after a punctuation mark or at the start), its number in the
 * group that matches; not 第二、三产业, two ordinals of one noun. Restatements keep items apart by it; sums end a list at it.
 */
export const ENUMERATED_ITEM =
  /(?:^|[，,；;。：:\s])(?:([一二三四五六七八九十]{1,3})是|其([一二三四五六七八九十]{1,3})[是，,]|第([一二三四五六七八九十]{1,3})(?:[，,是]|、(?![一二三四五六七八九十])))/g;

/** A share's whole named by the draft's scope: 占全区比重, 占我区规模以上服务业企业营业收入比重, 占全市常住人口的, 占到全省…. */
export const SCOPE_WHOLE = /^到?(?:全|我|本)[国省市县区州旗镇乡]/;

/**
 * A scope opening a clause (上半年，全市自营进出口总额…, 我省…): the place the clause's figures are of, group 1 its level; not
 * one named after a verb, in a comparison or a rank (高于全市平均水平, 居全市第8位).
 */
export const SCOPE_NAMED = /(?:^|[，,。；;：:\s])(?:全|我|本)([国省市县区州旗镇乡])/g;

/** A share's subject naming a count by its unit (起数) or by a verb and its unit (亡人数): group 1 the verb, 2 the unit. */
export const COUNT_BY_ITS_UNIT = /^(?:但|而)?([\u4e00-\u9fff]{0,2}?)([起人件户家个])数$/;

/** After a count, the group of projects a sentence speaks of (上报市的40个项目中). */
export const GROUP_OF_PROJECTS = /^项目中/;
/** The total investment of projects, over all their years (总投资100.2亿元), not a plan of it (计划总投资). */
export const TOTAL_INVESTMENT = /^总投资(?:额)?$/;

/** A share naming its whole by a place (占全区出入境人员总数的50%): group 1 the place's level. */
export const SCOPE_SHARE_OF = /占(?:到)?(?:全|我|本)([国省市县区州旗镇乡])/g;

/**
 * A clause head ending in a bar crossed (实际到位外省资金突破700亿元, 首次跨过1000万人): the figure after it is a round bar the
 * measure went past, the measure's value given apart (累计实现702.76亿元), never the value itself.
 */
export const CROSSED_BAR = /(?:突破|跨越|跨过|迈过|站上)$/;

/**
 * A clause head of a completion of the year's plan, task or target: 完成年度计划的50.4%, 完成投资目标的54.3%, 完成年度投资
 * 计划的21.3% (not 完成1-4月投资计划的); 完成年度计划投资比例52.99%, the proportion of the plan named so; and, the year
 * named, without 的: 完成年度任务91.63% is the same completion (not 超额完成年度任务20%, the excess over it).
 */
export const COMPLETES_PLAN =
  /完成(?:了)?(?:市上下达|市上)?((?:本年度|年度|全年|当年|今年|年)?(?:投资)?(?:计划|任务|目标)(?:投资)?)(?:的|比例(?:为|达)?|(?<=(?<!超额?)完成(?:了)?(?:本年度|年度|全年|当年|今年)(?:投资)?(?:计划|任务|目标)(?:投资)?))$/;

/**
 * The words of a clause that names a plan, task or target by its figure, before the 的 of a completion of it:
 * 完成年任务（40.2亿元）的, 占全年筛查任务（6.6万人）的, 完成全年目标任务1200人的, 占应完成任务16.9万亩的, 为人大预算数37.1亿元的,
 * and the funds a plan names: 占计划目标到位资金（11.45亿元）的, 占年初财政计划应安排资金额24.78亿元的
 * (the figure stands between these words and 的; an opening bracket may stand before it).
 */
export const NAMES_ITS_PLAN = /^(?:已|累计)?(?:完成|占|为)(?:了)?[\u4e00-\u9fff]{0,10}?(?:计划|任务|目标|预算)(?:任务)?(?:数)?(?:[\u4e00-\u9fff]{0,4}?(?:资金|资金额|金额))?[（(]?$/;

/** A figure's scope that makes it a target or a bound, never a total stated: 力争, 计划, 以上. */
export const NOT_A_STATED_TOTAL = /力争|确保|目标|计划|以上|以下/;

/**
 * A gap to the time schedule, as a clause heads it (与时序进度差, 落后序时进度, 低于时间进度; pages in 繁體 too): the points
 * by which a completion rate trails the share of the year gone.
 */
export const SCHEDULE_GAP =
  /^[，,]?(?:[与與较較比])?(?:时序|時序|序时|序時|时间|時間)(?:进度|進度)(?:相?差|落后|落後|低|慢)了?$|^[，,]?(?:落后|落後|低于|低於|慢于|慢於)(?:时序|時序|序时|序時|时间|時間)(?:进度|進度)了?$/;

/** The verbs after an indicator that opens its sentence (加工贸易完成…, 社会消费品零售总额同比增长…): its name ends before them. */
export const INDICATOR_VERB = /完成|實現|实现|同比|累計|累计|增長|增长|下降|較|较|比上年/;

/**
 * An item saying the fields not listed had none (水上交通、农业机械等其他领域没有事故发生, 其余行业均未发生): the items
 * before it are the whole of their total, no remainder left to other fields.
 */
export const NONE_ELSEWHERE = /(?:其他|其它|其余)[\u4e00-\u9fff]{0,8}?(?:均|都|也)?(?:没有|无|未)(?:发生|出现)?/;

/**
 * The total of a statement of account, named by its 收入 or 支出 and a word of totalling (收入总计, 收入总量为, 总收入为,
 * 总支出合计, 一般公共预算总收入预计为), at its clause's head; in a statement of final accounts, the result of the
 * account (一般公共预算收入750.55亿元，加上转移性收入等692.70亿元，收入决算结果1443.25亿元).
 */
export const ACCOUNT_TOTAL = /(?:收入|支出)(?:总计|合计|总量|总额|决算结果)(?:为|是|达到|达)?$|总(?:收入|支出)(?:合计|总计)?(?:预计)?(?:为|是|达到|达)?$/;
/**
 * The word that adds the items after it to the one before it: 加上上级补助收入, 加上级补助收入, 连同, and a bare 加 after
 * the first item named again (根据上述地方财政收入，加返还性收入…).
 */
export const ACCOUNT_PLUS = /加上|连同|加(?=[上中省市]级|转移)|(?<=上述[\u4e00-\u9fff]{2,12}[，,]?)加/g;
/** The first item of a statement of account named again before a bare 加 (根据上述地方财政收入，加): its name. */
export const ACCOUNT_BASE = /上述([\u4e00-\u9fff]{2,12})[，,]?加$/;
/** A statement of account's total named as the gross revenue (spending) is: 财政总收入为, 总支出达. */
export const ACCOUNT_GROSS_TOTAL = /总(?:收入|支出)(?:为|是|达到|达)?$/;
/** A sector named at the head of a period, then 发生 (交通运输业发生, 小散工程和零星作业发生): the sector's accidents. */
export const SECTOR_HAPPENED = /^([\u4e00-\u9fff]{2,12}?(?:业|業|领域|領域|工程))(?:发生|發生)/;
/**
 * A slash and the unit an amount is counted per, right after it (5.5批次/千人, 120元/吨, 3辆／万人): a rate per unit of
 * something else, not a count of the amount's unit.
 */
export const PER_UNIT = /^\s*[/／]\s*(?:[0-9]|[百千万亿])*[\u4e00-\u9fff]/;
/**
 * The head of a count run on after a finished share with no separator (占24.4%3660岁党员 of …占24.4%3660岁党员235.33万名):
 * 占 and the percentage alone, then the next group's own name (no 的, 以上 or another comparison after it).
 */
export const RUN_ON_AFTER_SHARE = /^占(?:比)?(?:为|达)?[0-9.]+[%％](?!以|左右|多|强|弱|上下)[0-9]*[\u4e00-\u9fff][^的占较比%％，,；;]*$/;
/** Shares taken by each of the figures before them, in order, with no whole named: 各占17.3%和3.3%. */
export const EACH_SHARE = /各占(?:比)?(?:为|达)?$/;
/** Shares each of the figures before them takes of a whole named after 各占: 各占总数89%、11% (not 各占比, which names none). */
export const EACH_SHARE_OF = /各占(?!比)([^，,。；;%％占]{2,12}?)的?(?:比重|比例)?(?:为|达)?$/;
/** Words of what came in to be dealt with, as a table heads its column: 接收量, 收到件数, 接到来电, 登记数. */
export const RECEIVED_HEADING = /接收|收到|接到|收件|登记|登記/;
/** A decision taken on what came in, heading a column: 受理 and 不受理, 立案 and 不予立案 (those still being checked are in neither). */
export const DECISION_HEADING = /^(?:不予?|未)?(?:受理|立案)/;
/**
 * The two states a case is in, heading a column each (simplified words): still being dealt with (处理中, 办理中, 在办,
 * 未办结) and closed (已办结, 办结数): every case counted in one of them.
 */
export const CASE_OPEN_HEADING = /^(?:处理中|办理中|正在办理|在办[数件]?|未办结[数件]?)$/;
export const CASE_CLOSED_HEADING = /^(?:已办结|办结)[数件量]?$/;

/**
 * The two names of a crop's area (粮食播种面积, 粮食种植面积), as written and in 繁體 (播種面積, 種植面積): a page states it under one
 * and takes shares of it under the other.
 */
export const AREA_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['播种面积', '种植面积'],
  ['播種面積', '種植面積'],
];
/**
 * The verbs that name what a body received to handle (受理, 转办, 交办, 接收, 收到, 派单): the base of a rate of handling named
 * by what was done with it (办结率 over 受理…件).
 */
export const RECEIVED = /受理|转办|交办|接收|收到|派单/;
/** A rate named by the verb of its numerator (办结率, 按期办结率, 化解率), at its clause's head: group 1 the verb. */
export const RATE_OF_VERB = /^([\u4e00-\u9fff]{2,6}?)率(?:为|是|达到|达|提升至|提高到)?$/;

/**
 * The modes of transport (铁路, 公路, 水路, 民航, and for freight 管道 too): a ministry that reports the roads and waterways
 * it runs lists 分方式看 公路 and 水路 under a national 营业性货运量 that counts the railways and airlines as well, so a list
 * naming some modes and not all four is cut short: its parts add up to no more than the total (t ≥ a + b), not to all of
 * it (read only for that: all four need not be the whole either, 管道 aside).
 */
export const TRANSPORT_MODES: readonly string[] = ['铁路', '公路', '水路', '民航'];

/** A period of the year so far, counted from its start, naming a flow rather than a comparison (上半年, 今年以来, 1-6月). */
export const YEAR_SO_FAR = /上半年|前三季度?|一季度|今年以来|年内|(?:^|[^0-9])1\s*[-—~至]\s*(?:[1-9]|1[01])月/;

/** A rate of how cases ended (纠错率, 调解率, 综合化解率): known only for cases closed. */
export const CASE_OUTCOME = /^(?:纠错|调解|化解|撤销|维持|驳回)$/;

/** A count of cases closed in a review or court report: 审结的复议案件977件, 办结案件812件. */
export const CLOSED_COUNT = /(?:审结|办结|审执结)[^，,。；;0-9]{0,12}?[0-9][0-9.]*件/;

/**
 * Words around a measure's name that leave what it measures as it is (restatements.ts `variant`: one measure under two
 * names), a closed list, each with why:
 * - 全国 or 我国 before the name (and 共 after them): both name the nation, in any draft (我国新能源汽车保有量 / 全国新能源
 *   汽车保有量); and in a draft that speaks for the nation only (scopes.ts `nationalDraft`) a bare name means the nation
 *   too (全国新注册登记机动车 / 新注册登记机动车).
 * - 数量 after the name of a count: the number of those things is what the name alone counts (新领证驾驶人数量 /
 *   新领证驾驶人).
 */
/** The nation, as a draft names it. */
export const NATION = /全国|全國|我国|我國/;
export const NATION_BEFORE_MEASURE = new RegExp(`^(?:${NATION.source})(?:共计|共計|共)?`);
export const NUMBER_AFTER_COUNT = /(?:数量|數量)$/;
/** A whole below the nation that a draft calls its own (全省, 我市, 本县, 全区): a draft that writes one speaks for it. */
export const OWN_WHOLE_BELOW_NATION = /(?:全|我|本)(?:省|市|县|縣|区|區|州|盟|旗|镇|鎮|乡|鄉)|自治区|自治區/;
/**
 * The items by definition inside 一般公共预算收入 (税收收入, 非税收入; 财政部《政府收支分类科目》): a statement of account
 * never opens with one of them.
 */
export const BUDGET_REVENUE_PARTS = /^(?:其中[：:，,]?)?(?:地方)?(?:税收收入|非税收入)/;
/** The whole those items are inside. */
export const BUDGET_REVENUE = '一般公共预算收入';

/** A single class of a grading (Ⅲ类, 劣Ⅴ类, 劣于V类, 二类), the grade alone: no range (Ⅰ~Ⅲ类) nor bound (优于Ⅲ类). */
export const SINGLE_CLASS = /(?:劣于?)?(?:[ⅠⅡⅢⅣⅤⅥ]|IV|VI|V|I{1,3}|[一二三四五六])类/g;
/** Words that make a class a range or a bound: Ⅰ~Ⅲ类, 达到或优于Ⅲ类, Ⅲ类及以上, 好于Ⅳ类. */
export const CLASS_RANGE = /[~～—–\-至到]\s*(?:劣)?(?:[ⅠⅡⅢⅣⅤⅥIV]|[一二三四五六])|以上|以下|优于|好于|不低于|不高于|或/;
/** A verb of things added, before the noun of what was added (累计增加公办学校327所) or after the kind (小学增加58所). */
export const ADDED = /(?:新增|增加)/;

/**
 * Lines a budget account states beside its spending, never within it (支出总计 = 支出 + 调出资金 + 结转下年 …, 《预算法》
 * 决算草案 formats): money moved out to another budget (调出资金), set aside (补充预算稳定调节基金) or carried into next year.
 */
export const BESIDE_SPENDING = /调出|调入|结转|补充[^，,；;。]{0,10}基金/;

/**
 * A ceiling a figure is kept under (债务限额, 控制在…之内): 债务余额…控制在债务限额…之内 bounds the balance, it is no part of
 * it, nor a level of the same measure.
 */
export const A_CEILING = /限额|上限|控制在/;

/** Firms and bodies a report counts before it measures them: 集团企业, 分（子）公司, 子企业, 事业单位, 金融机构. */
export const FIRMS = /企业|公司|机构|单位/;

/** The two kinds of a government's debt (《预算法》第三十五条): 一般债务 (一般债券) and 专项债务 (专项债券). */
export const DEBT_KIND = /专项|一般/;
/** A measure of a government's debt: 债务余额, 新增债务限额, 新增债券. */
export const DEBT_MEASURE = /债务|债券/;
