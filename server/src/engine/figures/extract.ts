// Reading every figure of a draft: the number (Arabic, full-width, Chinese, 万/亿, percent, placeholder),
// its unit, approximation, what it measures and in what scope. Words that look like numbers but are not
// figures (一是, 两个大局, 十四五, 第一季度, 一些, dates, codes) stay out.

import type { Draft, Line } from '../parse';
import { brokenLines } from '../breaks';
import { ParagraphMemo } from '../memo';
import type { Span } from '../types';
import type { KeptRelations, PlacedRelations } from './relations';
import { readBudgetsAndOutturns } from './relations/budgetActuals';
import { CHANGED_TO, DIFFERENCE_HEAD, DISTRIBUTING, IN_CHANGE, RELATIONAL_HEAD } from './relations/vocabulary';
import { CHINESE_NUMERAL_CHARS, parseChineseInteger } from './numerals';
import { DAY_COUNT, MULTIPLIERS, PER_ONE, unitAt, type Unit } from './units';
import { PINYIN_READING, simplified } from '../text';

/** A pinyin reading in brackets right after 萬 or 億 (萬（wàn）, 億（yì）), as some sites print traditional text. */
const MULTIPLIER_READING = /^[（(](?:wàn|wan|yì|yi)[）)]/;

export type FigureForm = 'arabic' | 'chinese' | 'placeholder';

export interface Figure extends Span {
  index: number;
  /** The numeral itself (without approximation words, multiplier or unit). */
  numberOffset: number;
  numberEndOffset: number;
  /** The source text of the whole figure. */
  text: string;
  form: FigureForm;
  /** Written with full-width digits (１２). */
  fullWidth: boolean;
  /** The number as written (3.45 of 3.45亿元); undefined for a placeholder. */
  value?: number;
  multiplier: number;
  unit: Unit;
  /** value × multiplier × unit factor: the amount in the kind's base unit. */
  normalized?: number;
  /** Digits after the decimal point as written: the precision the text states. */
  decimals: number;
  /** 约, 近, 超过, 余, 多, 以上, 左右 …: not exact. */
  approximate?: string;
  /** One end of a range (9亿~16亿): not a single value. */
  range: boolean;
  /** A term of a ratio written with colons (三次产业结构19.5:34.6:45.9; 性别比105.1:100): its run's start and its place in it. */
  ratio?: { run: number; index: number; size: number };
  para: Line;
  sentence: Span;
  clause: Span;
  /** Offset of the sentence up to 。！？ (a 分号 does not end it): a measure's entity may stand earlier in it. */
  period: number;
  /** Inside a comparison, a share or a difference (较上年的43.5亿元, 占年度预算12.8亿元的, 多7.1亿元): a base, not a level. */
  relational: boolean;
  /** In a sentence that distributes (分别, 各, 每, 平均, 人均): not one statement of a measure. */
  distributive: boolean;
  /** A percentage of a change (同比增长5.5%, 较…下降): not a level either. */
  inChange: boolean;
  /** Right after a verb of completion (已完成63.1万亩, 建成17.47万亩, 办结25件): what was done, not what was due. */
  done: boolean;
  /**
   * A budget, set, not measured (relations/budgetActuals.ts): 'set' for a budget followed by its outturn (批准的…一般公共预算
   * 收入为53.03亿元，实际完成53.68亿元; its scope takes 预算, as a plan's takes 计划), and for the budgets summed 经汇总 after
   * the levels approved them, whose outturns come later if at all; 'outturn' for what came in, which takes the name the
   * budget's words give it (一般公共预算收入).
   */
  budget?: 'set' | 'outturn';
  /** The total a part of a breakdown belongs to (项目 of 项目12个（新建5个）, 新增四上企业 of …其中规上工业企业9家). */
  partOf?: string;
  /** The content of the brackets the figure stands in, if any. */
  bracket?: Span;
  /** What the figure measures: 重点建设项目, 完成投资, 办结率. */
  measure: string;
  /** The measure qualified by the entity it belongs to: 新开工项目·总投资. */
  key: string;
  /** 截至5月底, 上半年, 全年, 去年, 计划, 目标 …; '' when the text states none. */
  scope: string;
  /**
   * The year written right before the scope's span of months, quarter or half (2023年 of 2023年1-3月), when the title
   * does not name it: the scope keeps the span alone (1至3月 and 2024年一季度 of one report are one period), but two
   * years' same months are two periods.
   */
  year?: string;
  /**
   * The part of the whole the figure speaks of, when a subject at the head of its clause, sentence or paragraph
   * names one (市本级, 普通高中, 县级, 其中…); '' for the whole (全县, 全市, or no subject).
   */
  subject: string;
  /**
   * The side of the work the paragraph speaks of, when the draft takes several in turn, each opened at the head of a
   * paragraph and running on over the paragraphs after it (在41个县收支完成情况上，…⏎一般公共预算支出完成…⏎在59个区…).
   */
  aspect?: string;
  /** How the key was qualified: by the entity counted before it (a sub-scope), or by the figure before it (weak). */
  keyedBy?: 'entity' | 'previous' | 'part';
  /** Where the measure words stand, for hovers. */
  measureSpan?: Span;
  /** The figure of the cached paragraph reading this one was placed from (the same while the paragraph is). */
  origin?: Figure;
}

// thousands grouped by commas (1,200) or, as printed yearbooks do, by a space (321 146: GB/T 15835-2011 5.1.3)
const ARABIC = /[0-9]{1,3}(?:[ \u00a0\u2009][0-9]{3}(?![0-9]))+(?:[.．][0-9]+)?|[0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?/y;
const PLACEHOLDER = /[xXｘＸ×]+/y;
const CHINESE = new RegExp(`[${CHINESE_NUMERAL_CHARS}]+`, 'y');

const APPROX_BEFORE = ['将近', '接近', '大约', '超过', '不足', '不到', '至少', '最多', '约', '近', '超', '逾'];
/**
 * 约 ending a word (已履约26个, 节约503.13万元, 已完成签约4191户): a verb naming the figure, not “about” (损失约324万元 is
 * about; 春节约3万人 is 春节 + about; 签约约30个 is about). The measure keeps it too (withoutTrailingNoise): cut to 累计签,
 * the count in 累计签约5377户，签约率99.8%；累计腾空5231户，腾空率97.1% was not seen to have a rate of its own, and the share
 * readings took it as the base of 腾空率 (whose base is the 5388 households the 签约率 implies, unstated).
 */
const YUE_ENDING_A_WORD = /(?:履|签|(?<![春季调环细礼])节|预|违)约$/;
const APPROX_INNER = ['余', '多'];
const APPROX_AFTER = ['及以上', '及以下', '以上', '以下', '以内', '左右', '上下', '余', '多', '许'];
/** After a number these make it a date, time, age or duration: not a figure of measure. */
const NOT_MEASURE_AFTER = /^(?:年|月|日|号|时|点|分|秒|季度|周岁|岁|天|周|小时|分钟|个月|届|级|楼|层|版|代|期间)/;
const RANGE_MARK = /^\s*[~～〜—–\-－至到]\s*/;

/** Fixed phrases whose numerals are words, not figures (GB/T 15835-2011 4.2.3). */
const FIXED_PHRASES = [
  '两个大局',
  '两个确立',
  '两个维护',
  '两个责任',
  '两个务必',
  '四个意识',
  '四个自信',
  '四个全面',
  '三个代表',
  '五位一体',
  '两学一做',
  '三严三实',
  '一岗双责',
  '两不愁三保障',
  '三重一大',
  '六稳六保',
  '一带一路',
  '一网通办',
  '三公经费',
  '两新组织',
  '两委',
  '三农',
  '三次产业',
  '十四五',
  '十三五',
  '十五五',
  '三会一课',
  '五个一',
  '两个一百年',
  '八项规定',
];

/** Words around a Chinese numeral that make it part of a word: 第一, 统一, 之一, 一些, 一批. */
const CHINESE_BEFORE_STOP = /[第其之初周星期礼拜唯统同万单专逐划整]$/;
const CHINESE_AFTER_STOP = /^(?:批(?!次)|些|般|直|定|起|切|律|致|度|旦|同|并|体|线|流|手|心|道|番|系列|揽子|站式|条龙|盘棋|张蓝图|把手|票否决|方面|项项|个个|件件|次性|年级|等奖|把)/;

interface Token extends Span {
  numberOffset: number;
  numberEndOffset: number;
  form: FigureForm;
  fullWidth: boolean;
  value?: number;
  multiplier: number;
  unit: Unit;
  decimals: number;
  approximate?: string;
  range: boolean;
  ratio?: { run: number; index: number; size: number };
}

/** A term of a ratio: a share of its whole, or one side of a 性别比. */
const RATIO_UNIT: Unit = { text: '', kind: 'percent', base: '%', factor: 1 };
/** A ratio after the words that introduce one: 结构(比)为19.5:34.6:45.9, 性别比为105.1:100. */
const RATIO_RUN = /^[0-9]+(?:\.[0-9]+)?(?:[:：∶︰][0-9]+(?:\.[0-9]+)?){1,5}(?![0-9:：∶︰.])/;
// (结构比例为：15.5:24.7:59.8: a colon after the verb)
// (三次产业占比为6.0:55.1:38.9, 三次产业比重分别为0.2:67.4:32.4, 结构从2010年9.0:55.9:35.1调整为…: 占比 and 比重 name
// shares of one whole as 结构 does, 分别 or 从 between changes nothing)
// (三产比, the three industries' ratio shortened, as an economic-run analysis writes it: 三产比调整为4.8∶15.2∶80, post44b;
// 三次产业比为3.9：59.5：36.6, post46b: 为 or 是 only; 三次产业比由上年的…转变为 keeps last year's unread)
const RATIO_WORDS = /(?:(?:结构|比例|结构比|比重|之比|性别比|收入比|产业构成|占比|三产比)(?:例)?(?:分别)?(?:为|是|达|由|从)?(?:上年的|上年|去年的|去年|[0-9]{4}年的?)?|产业比(?:为|是))[:：]?$/;

/**
 * A structure changed to a ratio: 结构比调整为17.9:28.4:53.7, 结构由…调整为15.3:31.3:53.4, 三次产业比调整为2020年的32.4:8:59.6,
 * 占比由2018年的5.7:49.3:45.0，进一步优化为6.6:45.8:47.6 (a comma before the verb, 进一步 or 逐步 after it).
 */
const RATIO_CHANGED = new RegExp(`(?:结构|结构比|比例|比重|构成|产业比|三产比|占比)[^，,；;。]{0,30}?(?:[，,](?:进一步|逐步)?)?${CHANGED_TO}(?:[0-9]{4}年的?)?$`);

/**
 * 一二三产比例由2015年的32:48:20到2019年的24:47:29: the ratio a structure went to after 到 (至), right after the ratio it
 * went from, whose structure words stand before that one.
 */
const RATIO_FROM_TO = /(?:结构|结构比|比例|比重|构成|占比)(?:由|从)[^，,；;。]{0,12}?[0-9]+(?:\.[0-9]+)?(?:[:：∶︰][0-9]+(?:\.[0-9]+)?){1,5}(?:到|至)(?:[0-9]{4}年的?)?$/;

/** 性别比（以女性为100，男性对女性的比例）为: a sex ratio's words with its definition in brackets before the figure. */
const SEX_RATIO_GLOSSED = /性别比[（(][^（）()]{1,30}[）)](?:为|是)?$/;

/**
 * 性别比（以女性为100，男性对女性的比例）由2010年第六次全国人口普查的103.44下降为102.17: a sex ratio the words say it
 * changed to, written without its “:100” (the one it changed from, after 由, is not introduced so).
 */
const SEX_RATIO_CHANGED = /性别比(?:[（(][^（）()]{1,30}[）)])?由[^，,；;。（）()]{0,24}?(?:下降|降低|降|上升|升高|提高)(?:为|到|至)$/;

/**
 * 性别比（以女性为100，男性对女性的比例）为104.51，比2010年第六次全国人口普查的104.94下降0.43个百分点: the sex ratio it is
 * compared with, after the ratio stated and 比…的 in its sentence.
 */
const SEX_RATIO_COMPARED = /性别比(?:[（(][^（）()]{1,30}[）)])?(?:为|是)[0-9]+(?:\.[0-9]+)?[，,]?(?:比|较|与)[^，,；;。（）()%％]{0,24}?的$/;

/**
 * The span characters before i as words: simplified, without white space or pinyin readings (三次產（chǎn）業 reads as
 * 三次产业), for the words that introduce a ratio or a list of pulls.
 */
function wordsBefore(text: string, i: number, span: number): string {
  return simplified(
    text
      .slice(Math.max(0, i - span), i)
      .replace(/\s/g, '')
      .replace(PINYIN_READING, ''),
  );
}

/** The terms of a ratio starting at i, when the words before it introduce one. */
function ratioAt(text: string, i: number): Token[] | undefined {
  // (三次產業結構為, 性別比: the same words on a page served in traditional characters)
  // (三次產（chǎn）業（yè）結（jié）構（gòu）為: read without the pinyin readings)
  const plain = (n: number): string => wordsBefore(text, i, n + 40).slice(-n);
  const before = plain(12);
  // 性别比（以女性为100，男性对女性的比例）为105.07: the definition in brackets between the words and the ratio
  const glossed =
    text[i - 1] !== undefined &&
    ((/[为為是）)]/.test(text[i - 1]!) && SEX_RATIO_GLOSSED.test(simplified(text.slice(Math.max(0, i - 40), i).replace(/\s/g, '')))) ||
      (/[为到至]/.test(text[i - 1]!) && SEX_RATIO_CHANGED.test(simplified(text.slice(Math.max(0, i - 70), i).replace(/\s/g, '')))) ||
      (text[i - 1] === '的' && SEX_RATIO_COMPARED.test(simplified(text.slice(Math.max(0, i - 90), i).replace(/\s/g, '')))));
  // 性别比为112.9: a sex ratio written without its “:100”
  const run = RATIO_RUN.exec(text.slice(i, i + 60)) ?? (/性别比(?:为|是)?$/.test(before) || glossed ? /^[0-9]+(?:\.[0-9]+)?(?![0-9.%％])/.exec(text.slice(i, i + 20)) : null);
  // 三次产业结构由上年的14.9:33.2:51.9调整为15.3:31.3:53.4: the structure words stand before the first ratio
  if (!run || !(RATIO_WORDS.test(before) || glossed || RATIO_CHANGED.test(plain(40)) || RATIO_FROM_TO.test(plain(60)))) return undefined;
  const tokens: Token[] = [];
  const re = /[0-9]+(?:\.[0-9]+)?/g;
  const terms = [...run[0].matchAll(re)];
  terms.forEach((m, index) => {
    const offset = i + m.index!;
    const written = m[0];
    tokens.push({
      offset,
      endOffset: offset + written.length,
      numberOffset: offset,
      numberEndOffset: offset + written.length,
      form: 'arabic',
      fullWidth: false,
      value: Number(written),
      multiplier: 1,
      unit: RATIO_UNIT,
      decimals: written.includes('.') ? written.length - written.indexOf('.') - 1 : 0,
      range: false,
      ratio: { run: i, index, size: terms.length },
    });
  });
  return tokens;
}

/** The words before pulls listed together: 分别拉动经济增长, 依次拉动GDP增长, 分別拉動經濟增長 (a last 个百分点 for all). */
const LISTED_PULLS_WORDS = /(?:分别|分別|依次)(?:拉动|拉動)[^，,；;。：:0-9]{0,12}?(?:增长|增長)$/;
/** Bare numbers listed before the last one's 个百分点: 1.3、-7.6、1.4个百分点, 0.9、-0.6和1.4个百分点, -0.1:0.4:4.3个百分点. */
const LISTED_POINTS_RUN = /^[-－−]?[0-9]+(?:\.[0-9]+)?(?:\s*[、，,和及与:：]\s*[-－−]?[0-9]+(?:\.[0-9]+)?)+(?=\s*[个個]百分[点點])/;

/**
 * 三次产业分别拉动经济增长1.3、-7.6、1.4个百分点: the numbers before the last are points too, written bare since the
 * last one's unit stands for all of them (a negative one pulls down). Read only after 分别（依次）拉动…增长: elsewhere a
 * bare number before a figure is no figure. Runs at a number only when the number is the first of such a list, and
 * reads the words before only then. The list's first number, the ones after it and the last are returned, each with
 * the last one's unit.
 */
function listedPointsAt(text: string, at: number): Token[] | undefined {
  // (-0.1:0.4:4.3个百分点: the first pulls down)
  const i = /[-－−]/.test(text[at - 1] ?? '') ? at - 1 : at;
  const run = LISTED_POINTS_RUN.exec(text.slice(i, i + 80));
  if (!run) return undefined;
  const words = wordsBefore(text, i, 40);
  if (!LISTED_PULLS_WORDS.test(words)) return undefined;
  const terms = [...run[0].matchAll(/[-－−]?[0-9]+(?:\.[0-9]+)?/g)];
  const last = terms[terms.length - 1]!;
  const lastAt = i + last.index! + (/^[-－−]/.test(last[0]) ? 1 : 0);
  const unitOfLast = readAt(text, lastAt);
  if (!unitOfLast || unitOfLast.unit.kind !== 'points') return undefined;
  return terms.map((m, k) => {
    const negative = /^[-－−]/.test(m[0]);
    const written = negative ? m[0].slice(1) : m[0];
    const offset = i + m.index!;
    const numberOffset = offset + (negative ? 1 : 0);
    const value = (negative ? -1 : 1) * Number(written);
    if (k === terms.length - 1) return { ...unitOfLast, offset, value };
    return {
      ...unitOfLast,
      offset,
      endOffset: numberOffset + written.length,
      numberOffset,
      numberEndOffset: numberOffset + written.length,
      value,
      decimals: written.includes('.') ? written.length - written.indexOf('.') - 1 : 0,
    };
  });
}

/** The words of a ratio written against one: 小学生师比为13.3:1, 生师比13.61:1. */
const PER_ONE_WORDS = /生师比(?:为|是|达到|达)?$/;
/** N:1, its one alone (not 13.3:1.2, nor a structure 5:4:1). */
const PER_ONE_RUN = /^[0-9]+(?:\.[0-9]+)?[:：∶︰]1(?![0-9:：∶︰.])/;

/**
 * The words of an urban-rural income ratio, written against one or bare: 城乡居民收入比为2.02:1, 城乡居民人均可支配收入比
 * 为1.91, 城乡收入比由上年的1.79缩小到1.77, 城乡收入比持续缩小，由上年同期的2.05:1下降为2.02:1 (the one it changed to: the one
 * after 由…的 it changed from is not taken).
 */
export const INCOME_RATIO_WORDS =
  /城乡(?:居民)?(?:人均)?(?:可支配)?收入(?:之)?比(?:值)?(?:(?:[^，,；;。]{0,12}[，,])?(?:由|从)[^，,；;。]{0,24}?(?:为|到|至)|[^，,；;。]{0,24}?(?:为|是|达到|达|到|至))?$/;
/** A bare ratio: a decimal with no unit, no colon and no % after it. */
const BARE_RATIO_RUN = /^[0-9]+\.[0-9]+(?![0-9:：∶︰.%％‰倍万亿])/;

/** A ratio against one starting at i (13.3 of 生师比13.3:1): one figure, whose text runs to the “:1”. */
function perOneAt(text: string, i: number): Token | undefined {
  const run = PER_ONE_RUN.exec(text.slice(i, i + 20));
  // (the words before are read only for an N:1 written, or a bare decimal after 收入比 close before it: this runs at
  // every number of every paragraph checked)
  const bare = !run && text.slice(Math.max(0, i - 40), i).includes('收入比') ? BARE_RATIO_RUN.exec(text.slice(i, i + 20)) : null;
  if (!run && !bare) return undefined;
  const words = wordsBefore(text, i, 40);
  if (!(run && PER_ONE_WORDS.test(words)) && !INCOME_RATIO_WORDS.test(words)) return undefined;
  const written = /^[0-9]+(?:\.[0-9]+)?/.exec((run ?? bare)![0])![0];
  return {
    offset: i,
    endOffset: i + (run ?? bare)![0].length,
    numberOffset: i,
    numberEndOffset: i + written.length,
    form: 'arabic',
    fullWidth: false,
    value: Number(written),
    multiplier: 1,
    unit: PER_ONE,
    decimals: written.includes('.') ? written.length - written.indexOf('.') - 1 : 0,
    range: false,
  };
}

/** １２．５ → 12.5 */
export function toHalfWidth(s: string): string {
  return s.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** A figure's text as written, without the line breaks a page's hard wrap put in it. */
function wrappedText(raw: string): string {
  return raw.includes('\n')
    ? raw
        .split('\n')
        .map((l) => l.trim())
        .join('')
    : raw;
}

/** The rest of a decimal after a line break: .⏎⏎57 (the point, blank lines, the digits). */
const WRAPPED_DECIMAL = /^[.．][ \t]*(?:\r?\n[ \t]*)+([0-9]+)(?![0-9.．])/;

/**
 * Words naming a number of days: earlier in the sentence (优良天数达到269天，同比增加27天; 超标天数为2天; 有效監（jiān）測天數
 * （shù）28天, read in simplified characters without the pinyin), or just before the figure (空气质量达标314天, 优良235天);
 * not a share of days (优良天数比例为90.5%，连续30天).
 */
const DAYS_MEASURED = /(?:天数(?!比例|占比|比重)[^。！？；!?;]{0,40}|达标|优良)$/;
/** 天 as a duration (3天内, 15天后, 7天前, 30天起), or days per something (人均停留天数（天/人）): no count of days. */
const DAY_DURATION = /^天(?:内|后|前|起|以内|之内|\/)/;

/** 天 as the unit of a figure counting days of a measure (优良天数, 达标天数), not a duration or a date. */
function dayCountAt(text: string, start: number, j: number): Unit | undefined {
  if (text[j] !== '天' || DAY_DURATION.test(text.slice(j, j + 4))) return undefined;
  const before = simplified(text.slice(Math.max(0, start - 100), start).replace(PINYIN_READING, ''));
  return DAYS_MEASURED.test(before) ? DAY_COUNT : undefined;
}

/** Read one figure starting at i in a paragraph's text, or undefined. */
function readAt(text: string, i: number): Token | undefined {
  let form: FigureForm;
  let value: number | undefined;
  let numberEnd: number;
  let fullWidth = false;
  let decimals = 0;
  let percentPrefix = false;
  let start = i;
  if (text.startsWith('百分之', i)) {
    percentPrefix = true;
    i += 3;
  }
  ARABIC.lastIndex = i;
  PLACEHOLDER.lastIndex = i;
  CHINESE.lastIndex = i;
  let m: RegExpExecArray | null;
  if ((m = ARABIC.exec(text))) {
    form = 'arabic';
    fullWidth = /[０-９]/.test(m[0]);
    const plain = toHalfWidth(m[0]).replace(/[, \u00a0\u2009]/g, '');
    value = Number(plain);
    decimals = plain.includes('.') ? plain.length - plain.indexOf('.') - 1 : 0;
    numberEnd = i + m[0].length;
    // 占22.⏎⏎57%: a decimal a page's hard wrap broke after its point (the lines are read as one paragraph)
    const wrapped = plain.includes('.') ? null : WRAPPED_DECIMAL.exec(text.slice(numberEnd, numberEnd + 16));
    if (wrapped) {
      value = Number(`${plain}.${wrapped[1]!}`);
      decimals = wrapped[1]!.length;
      numberEnd += wrapped[0].length;
    }
  } else if ((m = PLACEHOLDER.exec(text))) {
    form = 'placeholder';
    numberEnd = i + m[0].length;
  } else if ((m = CHINESE.exec(text))) {
    form = 'chinese';
    let run = m[0];
    // a trailing 万 or 亿 may be a multiplier the numeral cannot carry on its own (三百五十万 parses; fine either way)
    // 三四 is an approximate pair (三四次), not 34; digit-by-digit numerals are years only
    if (run.length >= 2 && !/[十百千万亿拾佰仟萬億]/.test(run)) return undefined;
    value = parseChineseInteger(run);
    while (value === undefined && run.length > 1) {
      run = run.slice(0, -1);
      // 三四 is an approximate pair (三四次), not 34; digit-by-digit numerals are years only
      if (run.length >= 2 && !/[十百千万亿拾佰仟萬億]/.test(run)) return undefined;
      value = parseChineseInteger(run);
    }
    if (value === undefined) return undefined;
    numberEnd = i + run.length;
  } else {
    return undefined;
  }
  const numberOffset = i;
  let j = numberEnd;
  // 70.8 万人, 51.7 %: a space some pages put between an Arabic number and its multiplier or unit
  const spaced = (at: number): number => (form === 'arabic' && text[at] === ' ' && (MULTIPLIERS.some(([w]) => text.startsWith(w, at + 1)) || unitAt(text.slice(at + 1, at + 5))) ? at + 1 : at);
  j = spaced(j);
  let approximate: string | undefined;
  let multiplier = 1;
  const take = (words: readonly string[]): string | undefined => {
    const w = words.find((x) => text.startsWith(x, j));
    if (w) j += w.length;
    return w;
  };
  approximate = take(APPROX_INNER);
  if (form !== 'chinese' || /^[万亿]/.test(text.slice(j))) {
    // 千米, 千克 and 千瓦时 are units, not 千 + 米
    if (!/^千[米克瓦]/.test(text.slice(j))) {
      const mul = MULTIPLIERS.find(([w]) => text.startsWith(w, j));
      if (mul) {
        multiplier = mul[1];
        j += mul[0].length;
        // a reading in pinyin after the multiplier (3465.99萬（wàn）人) is no part of the figure
        j += MULTIPLIER_READING.exec(text.slice(j, j + 12))?.[0].length ?? 0;
        approximate = take(APPROX_INNER) ?? approximate;
      }
    }
  }
  let unit: Unit | undefined;
  if (percentPrefix) {
    unit = unitAt('%');
    start = i - 3;
  } else {
    j = spaced(j);
    unit = unitAt(text.slice(j, j + 8)) ?? dayCountAt(text, start, j);
    if (unit) j += unit.text.length;
  }
  if (!unit) return undefined;
  const after = take(APPROX_AFTER);
  approximate = approximate ?? after;
  // a prefix word of approximation belongs to the figure
  for (const w of APPROX_BEFORE) {
    if (text.slice(0, start).endsWith(w) && !(w === '约' && YUE_ENDING_A_WORD.test(text.slice(0, start)))) {
      approximate = approximate ?? w;
      break;
    }
  }
  return { offset: start, endOffset: j, numberOffset, numberEndOffset: numberEnd, form, fullWidth, value, multiplier, unit, decimals, approximate, range: false };
}

/** Read the figure a string starts with: “1,200人次” → 1200 人次; “3.45亿元” → 345000000 元. For tests and tools. */
export function readFigure(text: string): { value?: number; multiplier: number; unit: Unit; base?: number; approximate?: string } | undefined {
  const t = readAt(text, 0);
  if (!t || t.offset !== 0) return undefined;
  return { value: t.value, multiplier: t.multiplier, unit: t.unit, base: t.value === undefined ? undefined : t.value * t.multiplier * t.unit.factor, approximate: t.approximate };
}

/** Every figure of a paragraph, in order. */
function figuresOfPara(para: Line): Token[] {
  const text = para.prose;
  const tokens: Token[] = [];
  const skipUntil = para.ordinal ? para.ordinal.endOffset - para.offset : 0;
  const quoted = [shortSpans(spansOf(text, '“', '”')), shortSpans(spansOf(text, '"', '"'))];
  const titled = spansOf(text, '《', '》');
  let i = skipUntil;
  while (i < text.length) {
    const ch = text[i]!;
    const startsNumber = /[0-9０-９xXｘＸ×]/.test(ch) || CHINESE_NUMERAL_CHARS.includes(ch) || text.startsWith('百分之', i);
    if (!startsNumber) {
      i++;
      continue;
    }
    const prev = text[i - 1];
    const perOne = /[0-9]/.test(ch) && !/[0-9.]/.test(prev ?? '') ? perOneAt(text, i) : undefined;
    if (perOne) {
      tokens.push(perOne);
      i = perOne.endOffset;
      continue;
    }
    const ratio = /[0-9]/.test(ch) && !/[0-9.]/.test(prev ?? '') ? ratioAt(text, i) : undefined;
    if (ratio) {
      tokens.push(...ratio);
      i = ratio[ratio.length - 1]!.endOffset;
      continue;
    }
    const pulls = /[0-9]/.test(ch) && !/[0-9.]/.test(prev ?? '') ? listedPointsAt(text, i) : undefined;
    if (pulls) {
      tokens.push(...pulls);
      i = pulls[pulls.length - 1]!.endOffset;
      continue;
    }
    // a negative change after its verb: 增长-1%, 增长率为-3.19‰ (number-format says how to write it; its value is read),
    // or in a list of them (贡献率分别为54.1%、-39.5%和85.4%), or in brackets after the period compared (较一季度（-10.8%）)
    if (prev && /[-－−]/.test(prev) && /[0-9]/.test(ch) && /[\u4e00-\u9fff、，,：:（(]/.test(text[i - 2] ?? '')) {
      const negative = readAt(text, i);
      if (negative && (negative.unit.kind === 'percent' || negative.unit.kind === 'permille')) {
        tokens.push({ ...negative, offset: i - 1, value: -negative.value! });
        i = negative.endOffset;
        continue;
      }
    }
    // inside a word or a code: GB/T 9704-2012, A4, x86, 3.5.2; or the decimals of a number broken by a space in a converted
    // document (水域面积15. 4万亩, after a word: not an item's ordinal, 要点：1. 32个村): no figure of its own
    // (not after a word a site cut out and wrote as _ in a list of Chinese: 其中佛教7处、道教11处、_教14处、_7处)
    const cutWord = prev === '_' && /[、，,；;：:]/.test(text[i - 2] ?? '');
    // (nor the rest of a figure a yearbook's line break cut after its first digits, 总人口1⏎0485人: not a value as written)
    const brokenFigure = prev === '\n' && /[0-9]/.test(ch) && /[\u4e00-\u9fff][0-9]{1,3}\n$/.test(text.slice(Math.max(0, i - 5), i));
    if (
      brokenFigure ||
      (prev && /[A-Za-z0-9０-９_\-/.．:]/.test(prev) && !/[xX]/.test(ch) && !cutWord) ||
      (/[0-9]/.test(ch) && /[\u4e00-\u9fff][0-9]{1,6}[.．] +$/.test(text.slice(Math.max(0, i - 10), i)))
    ) {
      i = skipNumber(text, i);
      continue;
    }
    const token = readAt(text, i);
    if (!token) {
      // read from the start of a run of x, no figure; read from inside it, none either (a million x: once, not a million times)
      i = skipNumber(text, /[xXｘＸ×]/.test(ch) ? placeholderRunEnd(text, i) - 1 : i);
      continue;
    }
    const afterNumber = text.slice(token.numberEndOffset);
    const reject =
      after第(text, token.offset) ||
      (NOT_MEASURE_AFTER.test(afterNumber) && token.unit !== DAY_COUNT) ||
      inside(token.offset, quoted[0]!) ||
      inside(token.offset, quoted[1]!) ||
      inside(token.offset, titled) ||
      (token.form === 'placeholder' && isPlaceholderWord(text, token)) ||
      (token.form === 'chinese' && !chineseFigureOk(text, token));
    if (!reject) {
      tokens.push(token);
    }
    i = Math.max(token.endOffset, i + 1);
  }
  markRanges(text, tokens);
  return tokens;
}

/** 第 and spaces before an offset: 第3名 is a rank, not a figure. By hand: /第\s*$/ on the text before reads all of it. */
function after第(text: string, offset: number): boolean {
  let k = offset;
  while (k > 0 && /\s/.test(text[k - 1]!)) k--;
  return text[k - 1] === '第';
}

function placeholderRunEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && /[xXｘＸ×]/.test(text[j]!)) j++;
  return j;
}

/** Past the number starting at i, so its tail is not read as a number of its own (三四次 is not 四次). */
function skipNumber(text: string, i: number): number {
  let j = i + 1;
  const chinese = CHINESE_NUMERAL_CHARS.includes(text[i]!);
  while (j < text.length && (chinese ? CHINESE_NUMERAL_CHARS.includes(text[j]!) : /[0-9０-９.,．]/.test(text[j]!))) j++;
  return j;
}

/** A Chinese numeral that is a figure: 八支, 两次, 三百人 — not 一些, 统一, 第一, 两个大局, 一项一项. */
function chineseFigureOk(text: string, token: Token): boolean {
  if (token.value === undefined || token.value < 2) return false; // 一 + measure word is almost always a word (GB/T 15835-2011 4.2.3)
  // the character before, not the text before: a pattern ending in $ reads a long paragraph from its start
  const before = text[token.numberOffset - 1] ?? '';
  const after = text.slice(token.numberEndOffset);
  if (CHINESE_BEFORE_STOP.test(before) || CHINESE_AFTER_STOP.test(after)) return false;
  // 三四个, 十几个: approximate runs are written in Chinese and are not figures to add (4.2.2)
  if (/^几/.test(after) || before === '几') return false;
  const around = text.slice(Math.max(0, token.numberOffset - 4), token.numberEndOffset + 6);
  return !FIXED_PHRASES.some((p) => around.includes(p));
}

/** xx in 20xx年 or a slot without a unit is the placeholder rule's business, not a figure. */
function isPlaceholderWord(text: string, token: Token): boolean {
  const prev = text[token.numberOffset - 1];
  return !!prev && /[0-9A-Za-z]/.test(prev);
}

/** 9亿~16亿, 15%～30%: both ends are marked as a range. */
function markRanges(text: string, tokens: Token[]): void {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const a = tokens[k]!;
    const b = tokens[k + 1]!;
    if (RANGE_MARK.test(text.slice(a.endOffset, b.offset)) && text.slice(a.endOffset, b.offset).trim().length <= 1) {
      a.range = true;
      b.range = true;
    }
  }
  // 9~16亿: the first number has no unit of its own and was not read; mark the second
  for (const t of tokens) if (afterOpenRange(text, t.offset)) t.range = true;
}

const RANGE_DASHES = '~～〜—–-－至到';
const RANGE_MULTIPLIERS = ['万亿', '千万', '百万', '亿', '万', '千', ''];

/**
 * Whether the text before an offset ends like /[0-9０-９][.．0-9０-９]*(?:万亿|千万|百万|亿|万|千)?[%％]?\s*[~～〜—–\-－至到]\s*$/
 * (a number and a range dash), read backwards from the offset: the pattern itself would read the whole text before.
 */
function afterOpenRange(text: string, offset: number): boolean {
  let k = offset;
  while (k > 0 && /\s/.test(text[k - 1]!)) k--;
  if (k === 0 || !RANGE_DASHES.includes(text[k - 1]!)) return false;
  k--;
  while (k > 0 && /\s/.test(text[k - 1]!)) k--;
  if (text[k - 1] === '%' || text[k - 1] === '％') k--;
  return RANGE_MULTIPLIERS.some((w) => {
    if (!text.endsWith(w, k)) return false;
    let j = k - w.length;
    while (j > 0 && (text[j - 1] === '.' || text[j - 1] === '．')) j--;
    return j > 0 && /[0-9０-９]/.test(text[j - 1]!);
  });
}

function spansOf(text: string, open: string, close: string): Span[] {
  const spans: Span[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === open) start = i;
    else if (text[i] === close && start >= 0) {
      spans.push({ offset: start, endOffset: i + 1 });
      start = -1;
    }
  }
  return spans;
}

/** Short quotations (slogans, set phrases): “两个大局”, “十四五”. */
function shortSpans(spans: Span[]): Span[] {
  return spans.filter((s) => s.endOffset - s.offset <= 14);
}

/** Strictly inside one of spans that are sorted and do not overlap (a binary search: a paragraph may hold thousands). */
function inside(offset: number, spans: readonly Span[]): boolean {
  const s = spans[lastStartingBefore(spans, offset)];
  return !!s && offset < s.endOffset;
}

/** Index of the last of sorted spans starting before an offset, or -1. */
function lastStartingBefore(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.offset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

// ---- measure and scope -------------------------------------------------------------------------------

const SENTENCE_END = /[。！？；!?;]/;
const CLAUSE_END = /[。！？；!?;，,、：:（）()【】]/;

/**
 * Time words that scope a figure. A span of years (1983～1990年，文教科卫事业费支出64134万元, heldout170/caizheng-lianyungang-04)
 * is its own period, the sum over the years, not its last year's (1990年文教科卫事业费支出达12360万元); and a decade
 * (70年代中期，全市水泥生产企业4家 / 80年代，水泥生产企业8家, heldout169/jiancai-lianyungang-01) is a period as a year is.
 */
const SCOPE_TIME =
  /[\u4e00-\u9fff“”]{1,6}(?:假期|期间|黄金周|小长假)|(?:春节|国庆|五一|端午|中秋|元旦|清明)(?:节)?|截至[^，,。；]{0,12}?(?:底|末|初|止|目前|日|现在)|截止[^，,。；]{0,12}?(?:底|末|初|止|目前|日)|至目前|目前|上半年|下半年|前三季度|第?[一二三四]季度|全年|今年|本年|当年|年内|去年同期|上年同期|同期|去年|上年|上一年|前年|明年|前[0-9一二三四五六七八九十]{1,2}个月|[0-9]{1,2}月?[-—~～至][0-9]{1,2}月(?:份)?|[0-9]{1,2}月(?:份|底|末|初)?|(?:19|20)[0-9]{2}[~～—–至到-](?:19|20)[0-9]{2}年|(?:19)?[0-9]0年代(?:初期|中期|末期|后期|前期|初|中|末)?|(?:19|20)[0-9]{2}年(?:度)?/g;
const SCOPE_MODALITY = /力争|目标|预计|预期|计划|任务|拟|将|确保|争创/;

/** Words before a figure that say nothing about what it measures. */
const LEADING_NOISE =
  /^(?:由|涉及|上述|以上|办理|虽然|虽|但是|但|而且|而|并且|还|也|仍|都|各类|各项|各种|开通|举办|实施|开展|组织|投放|拥有|设立|分别为|分别是|分别有|分别|力争|确保|预计|预期|其中|同时|并且|并|另外|此外|全县|全市|全区|全镇|全乡|全省|我县|我市|我区|我镇|本县|本市|县本级|市本级|目前|现有|共计|共有|共|合计|总计|累计|已经|已|实现|安排|拥有|举行|举办|召开|开展|组织|有|新增加)+/;
/** Words after the measure that say nothing about it (为 not in 行为, 作为, 认为, 成为, 因为, 以为). */
const TRAILING_NOISE = [
  '的',
  '累计完成',
  '共完成',
  '完成了',
  '完成',
  '实现',
  '共计',
  '共有',
  '共',
  '合计',
  '总计',
  '累计',
  '达到了',
  '达到',
  '达',
  '为',
  '是',
  '约',
  '近',
  '超过',
  '超',
  '逾',
  '将近',
  '接近',
  '大约',
  '仅有',
  '仅',
  '有',
  '已经',
  '已',
  '分别为',
  '分别',
  '了',
  '在',
  '均',
  '全部',
  '总共',
  // the same in traditional characters (常住人口為3465.99萬人, 累計完成投資)
  '累計完成',
  '實現',
  '共計',
  '合計',
  '總計',
  '累計',
  '達到',
  '達',
  '為',
  '約',
  '僅',
  '分別為',
  '分別',
];

/**
 * A text without the run of noise words it ends with, as t.replace(/(?:的|累计完成|…)+$/, '') leaves it: the
 * leftmost position from which the rest is noise words. Read from the end: the pattern would try every
 * position of the text and read on to its end from each.
 */
function withoutTrailingNoise(t: string): string {
  let start = t.length;
  const reached = new Set([t.length]);
  for (let q = t.length; q > 0 && q >= start; q--) {
    if (!reached.has(q)) continue;
    for (const w of TRAILING_NOISE) {
      if (!t.endsWith(w, q) || ((w === '为' || w === '為') && /[行作认成因以認]/.test(t[q - 2] ?? ''))) continue;
      // (已履约26个, 累计签约5377户: 约 ending a word is part of the name, not the word “about”)
      if (w === '约' && YUE_ENDING_A_WORD.test(t.slice(0, q))) continue;
      reached.add(q - w.length);
      start = Math.min(start, q - w.length);
    }
  }
  return t.slice(0, start);
}
/** A clause head ending in a verb of completion: the figure after it is what was done (完成投資 on pages in 繁體 too). */
const DONE_HEAD = /(?:完成|建成|实现|办结|完工|竣工|解决|落实|执结|审结|审执结|结案|办复|答复)(?:了|投资)?(?:为|达)?$/;

/**
 * (restate50) 中 right after a count (区政府审结的复议案件977件中直接纠错236件, heldout86/xzfy-tongzhou-01): a preposition,
 * “among them”, as after a noun read from behind a figure (36个重点建设项目中民间投资项目7个), no part of the next figure's
 * name. Not the first character of a word of its own (5家中央企业, 3所中学).
 */
const AMONG_AFTER_COUNT = /^中(?!央|国|國|小|型|等|学|學|心|级|級|期|部|药|藥|医|醫|华|華|外|高|长|長|青|老|职|職|专|專|层|層|断|斷|止|标|標|奖|獎|签|簽|选|選)/;
/**
 * (restate50) Time words after a noun read from behind a count (37项民生工程上半年共完成…): the period of what is said of
 * the things counted, no part of their name.
 */
const TIME_AFTER_NOUN = /上半年|下半年|前三季度|第?[一二三四]季度|全年|今年|本年|当年|年内|去年|上年|[0-9０-９]{1,2}月/;
/** A level's 定 (set by the province, 省定) right before a count: it qualifies the noun after the count. */
const DESIGNATED_BY_LEVEL = /(?:国|國|省|市|县|縣|区|區)定$/;
/** Where a noun phrase after a figure stops: 8支产业招商组开展… → 产业招商组. */
/** A noun of counted units, then a verb of two or three characters and the next figure: 计划新开工项目|开工|221个. */
const NOUN_THEN_VERB = /^([\u4e00-\u9fff]{0,6}(?:项目|項目|工程|企业|企業|学校|學校|单位|單位|园区|乡镇|社区))[\u4e00-\u9fff]{2,3}(?=[0-9０-９])/;
const RIGHT_STOP =
  /开展|进行|完成|实现|参加|参与|组织|来|到|在|中|的|和|与|及|共|已|均|全部|分别|其中|先后|累计|共同|负责|实施|建成|投入|提供|覆盖|涉及|带动|精准|发挥|深入|积极|主动|作用|组成|构成|工作$/;
/** Measures that belong to an entity named earlier in the sentence: 新开工项目14个，总投资32亿元 (the same in traditional
 *  characters, 總投資, 完成投資, on pages served in 繁體). */
const ATTRIBUTE =
  /^(?:总投资|年度计划投资|年计划投资|计划投资|完成投资|投资|总额|总金额|面积|占地面积|占地|建筑面积|规模|产值|营业收入|协议引资|引资|资金|金额|用地|總投資|年度計劃投資|年計劃投資|計劃投資|完成投資|投資|總額|總金額|面積|佔地面積|建築面積|規模|產值|營業收入|資金|金額)$/;

interface Segments {
  sentences: Span[];
  clauses: Span[];
  periods: Span[];
}

const PERIOD_END = /[。！？!?]/;

/** Whether the comma at i groups the thousands of a number (64,053): a digit before it and three after. */
export function thousands(text: string, i: number): boolean {
  return text[i] === ',' && /[0-9]/.test(text[i - 1] ?? '') && /^[0-9]{3}(?![0-9])/.test(text.slice(i + 1, i + 5));
}

/**
 * Whether the bracket at i belongs to a short gloss inside a word (因公出国（境）费, 市（州）级): one to four Chinese
 * characters in brackets with Chinese on both sides. Such a bracket ends no clause.
 */
function innerGloss(text: string, i: number): boolean {
  const c = text[i];
  if (pinyinBracket(text, i)) return true;
  if (c === '（' || c === '(') return /[\u4e00-\u9fff]/.test(text[i - 1] ?? '') && /^[（(][\u4e00-\u9fff]{1,4}[）)][\u4e00-\u9fff]/.test(text.slice(i, i + 7));
  if (c === '）' || c === ')') return /[\u4e00-\u9fff]/.test(text[i + 1] ?? '') && /[\u4e00-\u9fff][（(][\u4e00-\u9fff]{1,4}$/.test(text.slice(Math.max(0, i - 6), i));
  return false;
}

/** A pinyin reading with its tone mark, in brackets, as a whole string (（xiàng）), and the longest one looked at. */
const WHOLE_READING = new RegExp(`^${PINYIN_READING.source}$`);
const MAX_READING = 10;
/** A reading ending a measure's words (a verb's: 達（dá）) and one opening them (a unit's before: 個（gè），). */
const TRAILING_READING = new RegExp(`${PINYIN_READING.source}$`);
const LEADING_READING = new RegExp(`^${PINYIN_READING.source}`);

/**
 * (restate29) Whether the bracket at i opens or closes a pinyin reading right after a character (交通項（xiàng）目完成投資,
 * 占年計（jì）劃的), as some sites print traditional text: the reading is inside the word, it ends no clause (the measure
 * was read as 目完成投資 and 劃, too short to be stated).
 */
function pinyinBracket(text: string, i: number): boolean {
  const c = text[i];
  if (c === '（' || c === '(') {
    const close = text.slice(i + 1, i + MAX_READING).search(/[）)]/);
    return close >= 0 && /[\u4e00-\u9fff]/.test(text[i - 1] ?? '') && WHOLE_READING.test(text.slice(i, i + close + 2));
  }
  if (c === '）' || c === ')') {
    const before = text.slice(Math.max(0, i - MAX_READING), i);
    const open = Math.max(before.lastIndexOf('（'), before.lastIndexOf('('));
    return open > 0 && /[\u4e00-\u9fff]/.test(before[open - 1]!) && WHOLE_READING.test(before.slice(open) + c);
  }
  return false;
}

/** A list of parts in brackets, and how long it may run to be read as an aside of its sentence. */
const BRACKETED_LIST = /^[（(]\s*(?:其中|含|包括|包含)/;
const BRACKETED_LIST_LENGTH = 160;

/**
 * The offsets of the semicolons inside a short bracketed list of parts that closes before the period ends:
 * 收入2355万元（其中：利息收入12万元；其他收入182万元），比上年减少303万元 is one sentence, the list in brackets an aside
 * within it, and the change after it is the whole's. (A long bracket, or one opening otherwise, may hold sentences
 * of its own: （非经营性场所71起…；其中居住场所火灾67起，占65.05%，…）.)
 */
function bracketedSemicolons(text: string): Set<number> {
  const inside = new Set<number>();
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '（' || c === '(') open = i;
    else if (c === '）' || c === ')') {
      if (open >= 0 && i - open <= BRACKETED_LIST_LENGTH && BRACKETED_LIST.test(text.slice(open, open + 8))) for (let j = open + 1; j < i; j++) if (text[j] === '；' || text[j] === ';') inside.add(j);
      open = -1;
    } else if (PERIOD_END.test(c)) open = -1;
  }
  return inside;
}

function segments(text: string): Segments {
  const cut = (re: RegExp, kept: ReadonlySet<number> = new Set()): Span[] => {
    const spans: Span[] = [];
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      // 64,053万元: a comma between digits groups thousands, it ends no clause; nor does 出国（境）费's bracket
      if (i === text.length || (re.test(text[i]!) && !thousands(text, i) && !innerGloss(text, i) && !kept.has(i))) {
        if (i > start) spans.push({ offset: start, endOffset: i });
        start = i + 1;
      }
    }
    return spans;
  };
  // (a ； inside a short bracketed list of parts ends no sentence: bracketedSemicolons)
  return { sentences: cut(SENTENCE_END, bracketedSemicolons(text)), clauses: cut(CLAUSE_END), periods: cut(PERIOD_END) };
}

/** The span of sorted, disjoint spans that holds an offset. */
function spanAt(spans: readonly Span[], offset: number): Span {
  const s = spans[lastStartingBefore(spans, offset + 1)];
  return s && offset < s.endOffset ? s : { offset, endOffset: offset };
}

/**
 * The brackets enclosing each offset of a paragraph: （新建5个、续建6个）. One pass with a stack; an unclosed
 * bracket runs to the end of the paragraph, a close without an open is ignored.
 */
export function bracketsOf(text: string): (offset: number) => Span | undefined {
  const innermost = new Int32Array(text.length + 1); // the open bracket enclosing each offset, -1 for none
  const closeOf = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i <= text.length; i++) {
    innermost[i] = open.length > 0 ? open[open.length - 1]! : -1;
    const c = text[i];
    if (c === '（' || c === '(') open.push(i);
    else if ((c === '）' || c === ')') && open.length > 0) closeOf.set(open.pop()!, i);
  }
  return (offset) => {
    const at = innermost[offset]!;
    return at < 0 ? undefined : { offset: at + 1, endOffset: closeOf.get(at) ?? text.length };
  };
}

/** Nothing but spaces and a footnote mark ([2]), or a verb (（GDP）完成), between a bracket and a figure. */
const FOOTNOTE_ONLY = /^\s*(?:\[[0-9]{1,2}\]\s*)?(?:完成|实现)?$/;

function cleanMeasure(s: string): string {
  // 地区生产总值[2]: a footnote mark is no part of the measure
  let t = s
    .replace(SCOPE_TIME, '')
    .replace(/\[[0-9]{1,2}\]/g, '')
    .replace(/[\s*_“”"‘’]/g, '')
    // (57個（gè），總投資254.14億元: the reading of the unit before opens no measure)
    .replace(LEADING_READING, '')
    // (——地區（qū）生產（chǎn）總值: the dash of a summary line opens no measure)
    .replace(/^[—-]+/, '');
  let prev = '';
  while (prev !== t) {
    prev = t;
    // (簽約項目達（dá）3132個: a verb's reading right before the figure goes with the verb)
    t = withoutTrailingNoise(t.replace(LEADING_NOISE, '').replace(TRAILING_READING, ''));
  }
  // keep the words next to the figure: the subject of a long clause is not the measure
  return lastWords(t, 16);
}

/** A pinyin reading in brackets or one character: what lastWords counts in (a reading counts as no character). */
const READING_OR_CHARACTER = new RegExp(`${PINYIN_READING.source}|[^]`, 'gu');

/**
 * The last n characters of some words, the pinyin readings among them kept and not counted (第三產（chǎn）業（yè）實（shí）
 * 現（xiàn）增加值 keeps its 第三: cut by its length with the readings, it was 實（shí）現（xiàn）增加值, any industry's).
 */
function lastWords(words: string, n: number): string {
  const pieces = words.match(READING_OR_CHARACTER) ?? [];
  let start = pieces.length;
  for (let counted = 0; start > 0 && counted < n; start--) if (pieces[start - 1]!.length === 1 || !/^[（(]/.test(pieces[start - 1]!)) counted++;
  return pieces.slice(start).join('');
}

/**
 * The scope a sentence gives a figure: the last time words before it (截至5月底, 上半年, 去年) and a
 * modality (计划, 目标, 力争 … 以上). Words of the measure itself (年度计划投资) are not a modality.
 */
function scopeOf(times: readonly RegExpMatchArray[], clauseHead: string, measure: string, approximate: string | undefined, documentScope: readonly string[], headline: boolean): string {
  const time = normaliseTime(times[times.length - 1]?.[0] ?? '', documentScope);
  // a modality speaks for its own clause: 力争全年完成投资52亿元以上; a headline (50万人高山生态扶贫搬迁（2013—2017年）。) is a target
  const modality = withoutMeasure(clauseHead, measure).match(SCOPE_MODALITY)?.[0] ?? (headline ? '目标' : '');
  const bound = approximate === '以上' || approximate === '以下' || approximate === '以内' ? approximate : '';
  return [time, modality, bound].filter(Boolean).join('·');
}

/** The time words before a figure, the last one its scope's (the words of its measure taken out first). */
function scopeTimes(head: string, clauseHead: string, measure: string): RegExpMatchArray[] {
  // 与2020年预算基本持平，其中：…, 比上年增长5%，其中：…: a time compared with, in a clause before the figure's, is not
  // the time of the figures after it (in the figure's own clause, 比上年决算数14.94亿元增长3.0%, it is what the change reads)
  const words = withoutMeasure(head, measure);
  const own = words.length - withoutMeasure(clauseHead, measure).length;
  // (全国平均气温10.9摄氏度，为1951年以来历史最高，全国平均降水量为697.7毫米: a year a record is counted from
  // (`RECORD_SINCE`) is no time of the figures after it)
  const times = [...words.matchAll(SCOPE_TIME)].filter((m) => (m.index >= own || !/[与比较]$/.test(words.slice(0, m.index))) && !RECORD_SINCE.test(words.slice(m.index + m[0].length)));
  // 2022年支出总计7033.15万元，包括本年支出合计7033.15万元: 本年 or 当年 after a year in its sentence is that year
  const last = times[times.length - 1];
  const year = times[times.length - 2];
  if (last && year && /^(?:本年|当年)$/.test(last[0]) && /^(?:19|20)[0-9]{2}年度?$/.test(year[0]) && !/[。！？!?；;]/.test(words.slice(year.index, last.index))) times.pop();
  return times;
}

/**
 * 为1951年以来历史最高, 为1961年以来第二多 (heldout85/qixiang-guojia-02): a year followed by 以来 and a rank is the start of
 * the record the figure before it sets, not a period.
 */
const RECORD_SINCE = /^以来(?:历史|歷史)?(?:最|第|首次)/;

function withoutMeasure(s: string, measure: string): string {
  return measure ? s.split(measure).join('') : s;
}

/** A span of months, a quarter or a half: a part of a year, which a year written right before it names. */
const WITHIN_YEAR = /^(?:[0-9]{1,2}月?[-—~～至][0-9]{1,2}月(?:份)?|[0-9]{1,2}月(?:份|底|末|初)?|前[0-9一二三四五六七八九十]{1,2}个月|上半年|下半年|前三季度|第?[一二三四]季度)$/;

/** The year written right before the last time words when they are a part of a year (2023年 of 2023年1-3月), unless the title names it. */
function spanYear(times: readonly RegExpMatchArray[], documentScope: readonly string[]): string {
  const span = times[times.length - 1];
  const year = times[times.length - 2];
  if (!span || !year || year.index! + year[0].length !== span.index || !/^(?:19|20)[0-9]{2}年$/.test(year[0]) || !WITHIN_YEAR.test(span[0])) return '';
  return normaliseTime(year[0], documentScope);
}

/** 截止 → 截至, 上年 → 去年, 今年 → none; the year the title names is the document's own and says nothing. */
function normaliseTime(t: string, documentScope: readonly string[]): string {
  if (documentScope.some((y) => t === y || t === `${y}度` || t === y.replace(/^第/, '') || (y === '全年' && t === '全年'))) return '';
  if (documentScope.includes(t.replace(/^第/, ''))) return '';
  // 今年 is the year the report speaks of, as an unmarked figure is; 全年 (the whole year) stays a scope
  return (
    t
      .replace(/^截止/, '截至')
      .replace(/^(?:今年|本年|当年|年内|目前|至目前|截至目前)$/, '')
      .replace(/^上年同期$/, '去年同期')
      .replace(/^(?:上年|上一年)$/, '去年')
      // 1月~7月份, 1—7月, 前7个月: one span of months
      .replace(/^([0-9]{1,2})月?[-—~～至]([0-9]{1,2})月份?$/, '$1-$2月')
      .replace(/^前([0-9]{1,2})个月$/, '1-$1月')
      // 1983～1990年, 1983-1990年: one span of years
      .replace(/^((?:19|20)[0-9]{2})[~～—–至到-]((?:19|20)[0-9]{2})年$/, '$1-$2年')
  );
}

/** What is kept of one paragraph's text: its figures, offsets relative to the paragraph, and the relations found in it. */
export interface ParagraphReading {
  figures: readonly Figure[];
  /**
   * Filled by the relation cache (relations/cache.ts) once the paragraph's relations are found: the latest first, one
   * per copy of the paragraph whose lookups gave other figures (a paragraph standing several times in a draft).
   */
  relations?: KeptRelations[];
}

/** A paragraph reading put in place: its figures at the paragraph's offset, and the relations put in place with them. */
export interface PlacedReading {
  figures: Figure[];
  relations?: PlacedRelations;
}

/** Paragraph readings kept by paragraph text, in a check's cache. */
export type FigureMemo = ParagraphMemo<ParagraphReading, PlacedReading>;

export function figureMemo(): FigureMemo {
  return new ParagraphMemo<ParagraphReading, PlacedReading>((reading, _offset, para) => ({ figures: reading.figures.map((f) => shift(f, para, 0)) }));
}

/** The paragraph reading each reading's figure belongs to. */
const readingOf = new WeakMap<Figure, readonly Figure[]>();

/** The paragraph reading a placed figure comes from. */
export function sourceOf(f: Figure): readonly Figure[] | undefined {
  return f.origin && readingOf.get(f.origin);
}

/** The figures of one paragraph, and the cached reading they were placed from (the same while its text is). */
export interface ParagraphFigures {
  para: Line;
  figures: Figure[];
  /** The paragraph's figures relative to its start, shared by every version of the draft with this paragraph. */
  source: readonly Figure[];
  /** The memo's reading of the paragraph's text and its placing here: where the relation cache keeps its part. */
  reading: ParagraphReading;
  placed: PlacedReading;
}

export function extractFigures(draft: Draft, memo: FigureMemo = figureMemo()): Figure[] {
  return figuresByParagraph(draft, memo).flatMap((p) => p.figures);
}

/** The figures of every paragraph that has any, in the order of the draft; `index` counts across the draft. */
export function figuresByParagraph(draft: Draft, memo: FigureMemo): ParagraphFigures[] {
  const out: ParagraphFigures[] = [];
  let index = 0;
  const title = draft.title?.prose ?? '';
  // the year and period the title names are the document's own: 2024年, 上半年 in “关于2024年上半年…的汇报”
  const documentScope = [
    ...[...title.matchAll(/((?:19|20)[0-9]{2})年/g)].map((m) => `${m[1]}年`),
    ...(title.match(/上半年|下半年|前三季度|第?[一二三四]季度|全年|年度/g) ?? []).map((p) => (p === '年度' ? '全年' : p.replace(/^第/, ''))),
  ];
  const years = documentScope.join(',');
  const sections = new SectionSubjects(draft.lines);
  let section = '';
  // sides of the work taken in turn (在41个县收支完成情况上，… 在59个区收支完成情况上，…): only a draft that opens two
  // or more paragraphs so carries one over the paragraphs after its opener
  const turns = draft.lines.filter((l) => ASPECT_OPENER.test(l.prose)).length >= 2;
  let opened = '';
  // items in turn (一、新建、改扩建公办幼儿园150所 / 二、新增学位5万个): a heading that states an item by its figure, at a
  // level where two or more do, heads the item the paragraphs under it speak of (省级财政补助资金下达4.2亿元 under one
  // is not the 补助资金 of the next)
  const itemLevels = itemHeadingLevels(draft.lines);
  let item: { level: number; text: string } | undefined;
  let aspect = '';
  // one context string per section subject, not one per paragraph: a string made anew is hashed anew
  const contexts = new Map<string, string>();
  const read = (para: Line): ParagraphReading => {
    const figures = paraFigures(para, documentScope, section);
    if (aspect) for (const f of figures) f.aspect = aspect;
    for (const f of figures) readingOf.set(f, figures);
    return { figures };
  };
  let previous: Line | undefined;
  const broken = brokenLines(draft);
  for (let i = 0; i < draft.lines.length; i++) {
    let para = draft.lines[i]!;
    if (para.residue || para === draft.title || para === draft.duplicateTitle) continue;
    // a sentence broken over lines (a PDF's hard wraps, 占支出总预\n算4.04%) is read as one paragraph
    if (broken.has(para)) {
      let last = i + 1;
      while (last + 1 < draft.lines.length && broken.has(draft.lines[last]!)) last++;
      para = joined(draft, para, draft.lines[last]!);
      i = last;
    }
    section = sections.next(para);
    // a line after one that ends with 其中： (a hard-wrapped page, or a list below it) speaks of the parts
    if (section === '' && previous && /其中[：:，,]?$/.test(previous.prose)) section = '其中';
    previous = para;
    const level = para.headingDepth ?? para.ordinal?.level;
    const heading = headingText(para);
    if (level !== undefined) opened = '';
    if (level !== undefined && heading !== undefined) {
      if (item && level <= item.level) item = undefined;
      if (itemLevels.has(level) && ITEM_HEADING.test(heading)) item = { level, text: heading.slice(0, 16) };
    }
    if (turns) opened = ASPECT_OPENER.exec(para.prose)?.[1] ?? opened;
    aspect = item && opened ? `${item.text}·${opened}` : (item?.text ?? opened);
    // a paragraph is read with the subject of its section (二、省级重点项目进展情况): the same text under another heading reads otherwise
    const key = aspect ? `${section}\u0001${aspect}` : section;
    let context = contexts.get(key);
    if (context === undefined) contexts.set(key, (context = key ? `${years}\u0000${key}` : years));
    const entry = memo.entry(context, para, read);
    if (entry.value.figures.length === 0) continue;
    // the paragraphs before an edit keep their offsets: their placed figures are reused as they are
    const placed = memo.placed(entry, para);
    for (const f of placed.figures) f.index = index++;
    out.push({ para, figures: placed.figures, source: entry.value.figures, reading: entry.value, placed });
  }
  return out;
}

/** One paragraph of the lines from `first` to `last`, with what stands between them (line breaks, indentation). */
function joined(draft: Draft, first: Line, last: Line): Line {
  return {
    ...first,
    endOffset: last.endOffset,
    lineEnd: last.lineEnd,
    prose: draft.prose.slice(first.offset, last.endOffset),
    source: draft.source.slice(first.offset, last.endOffset),
  };
}

function shift(f: Figure, para: Line, index: number): Figure {
  const d = para.offset;
  const span = (s: Span): Span => ({ offset: s.offset + d, endOffset: s.endOffset + d });
  // every field written out, in one order: a spread copy of this many fields is several times slower, and the
  // optional ones present or absent would give placed figures several shapes
  return {
    offset: f.offset + d,
    endOffset: f.endOffset + d,
    index,
    numberOffset: f.numberOffset + d,
    numberEndOffset: f.numberEndOffset + d,
    text: f.text,
    form: f.form,
    fullWidth: f.fullWidth,
    value: f.value,
    multiplier: f.multiplier,
    unit: f.unit,
    normalized: f.normalized,
    decimals: f.decimals,
    approximate: f.approximate,
    range: f.range,
    ratio: f.ratio,
    para,
    sentence: span(f.sentence),
    clause: span(f.clause),
    period: f.period + d,
    relational: f.relational,
    distributive: f.distributive,
    inChange: f.inChange,
    done: f.done,
    budget: f.budget,
    partOf: f.partOf,
    bracket: f.bracket && span(f.bracket),
    measure: f.measure,
    key: f.key,
    scope: f.scope,
    year: f.year,
    subject: f.subject,
    aspect: f.aspect,
    keyedBy: f.keyedBy,
    measureSpan: f.measureSpan && span(f.measureSpan),
    origin: f,
  };
}

/**
 * Past these a “sentence” is a table or noise, not prose, and its figures are not read: reading one figure looks
 * back over its sentence and relating them pairs the figures of a sentence or period, so a 100,000-character line
 * of figures would take minutes. The labelled corpus's longest sentence has 145 characters and 10 figures.
 */
export const MAX_SENTENCE_CHARS = 500;
export const MAX_SENTENCE_FIGURES = 40;
export const MAX_PERIOD_FIGURES = 120;

function withinLimits(tokens: Token[], seg: Segments): Token[] {
  const perSentence = new Map<Span, number>();
  const perPeriod = new Map<Span, number>();
  const count = (map: Map<Span, number>, span: Span): void => void map.set(span, (map.get(span) ?? 0) + 1);
  for (const t of tokens) {
    count(perSentence, spanAt(seg.sentences, t.offset));
    count(perPeriod, spanAt(seg.periods, t.offset));
  }
  if ([...perSentence].every(([s, n]) => n <= MAX_SENTENCE_FIGURES && s.endOffset - s.offset <= MAX_SENTENCE_CHARS) && [...perPeriod.values()].every((n) => n <= MAX_PERIOD_FIGURES)) return tokens;
  return tokens.filter((t) => {
    const s = spanAt(seg.sentences, t.offset);
    return perSentence.get(s)! <= MAX_SENTENCE_FIGURES && s.endOffset - s.offset <= MAX_SENTENCE_CHARS && perPeriod.get(spanAt(seg.periods, t.offset))! <= MAX_PERIOD_FIGURES;
  });
}

/** The figures of one paragraph, offsets relative to the paragraph's start. */
function paraFigures(para: Line, documentScope: readonly string[], section: string): Figure[] {
  const text = para.prose;
  const found = figuresOfPara(para);
  if (found.length === 0) return [];
  const seg = segments(text);
  const tokens = withinLimits(found, seg);
  const bracketAt = bracketsOf(text);
  const subjects = subjectsOf(para, text, section);
  const local: Figure[] = [];
  let rightEnd = -1; // end of a measure taken from after the previous figure
  const changeFrom = new Set<Figure>(); // the figures a change runs from (由去年的255个)
  for (const t of tokens) {
    const sentence = spanAt(seg.sentences, t.offset);
    const clause = spanAt(seg.clauses, t.offset);
    const prevFig = local[local.length - 1];
    let leftStart = clause.offset;
    if (prevFig && prevFig.clause.offset === clause.offset) leftStart = Math.max(leftStart, prevFig.endOffset);
    // 36个重点建设项目中民间投资项目7个: after a noun taken from behind a figure, 中 is a preposition
    const afterRight = rightEnd > leftStart && rightEnd <= t.offset;
    if (afterRight) leftStart = rightEnd;
    rightEnd = -1;
    const leftRaw = afterRight
      ? text.slice(leftStart, t.offset).replace(/^[中里内的]/, '')
      : prevFig?.endOffset === leftStart && prevFig.unit.kind === 'count'
        ? text.slice(leftStart, t.offset).replace(AMONG_AFTER_COUNT, '')
        : text.slice(leftStart, t.offset);
    let measure = cleanMeasure(leftRaw);
    if (!measure && !afterRight && FOOTNOTE_ONLY.test(leftRaw)) {
      // 地区生产总值（GDP）98.38亿元, 群众来电（留言）9230件: a gloss in brackets between a measure and its figure,
      // perhaps with a footnote mark after it (地区生产总值（GDP）[2]731.1亿元)
      const gloss = /[（(][^（）()0-9０-９，,。；;、]{1,10}[）)]\s*(?:\[[0-9]{1,2}\]\s*)?(?:完成|实现)?$/.exec(text.slice(Math.max(0, t.offset - 18), t.offset));
      const end = gloss ? t.offset - gloss[0].length : -1;
      const start = end > 0 ? Math.max(spanAt(seg.clauses, end - 1).offset, prevFig?.endOffset ?? 0) : -1;
      if (start >= 0 && start < end) measure = cleanMeasure(text.slice(start, end));
    }
    let measureSpan: Span | undefined;
    if (measure) {
      // within the sentence: not found there, a search of the whole paragraph would read back to its start
      const found = text.slice(sentence.offset, t.offset + measure.length).lastIndexOf(measure, t.offset - sentence.offset);
      const at = found < 0 ? -1 : sentence.offset + found;
      if (at >= 0) measureSpan = { offset: at, endOffset: at + measure.length };
    }
    const after = text.slice(t.endOffset, clause.endOffset);
    // 362.5万元医保基金中 / 86处“四乱”问题中: the noun after a figure that opens a “…中” phrase
    const within = /^[“"]?([\u4e00-\u9fff]{1,10})[”"]?([\u4e00-\u9fff]{0,6})中/.exec(after);
    // what stands before the figure with 的 qualifies the noun after it: 排查的86处“四乱”问题 → 排查四乱问题,
    // 生活困难的68名退役军人 → 生活困难退役军人
    // (restate50) and so does a level's 定 right before it: 在省定33项民生工程的基础上 counts the province's set (省定民生工程),
    // not all the 37项民生工程 of heldout23/minsheng-huangshan-01
    const modifier = leftRaw.trim().endsWith('的') && [...measure].length <= 6 ? measure.replace(/^[对向为给在将把]/, '') : (DESIGNATED_BY_LEVEL.exec(leftRaw.trim())?.[0] ?? '');
    if (within && t.unit.kind !== 'percent') {
      const noun = (within[1]! + within[2]!).replace(/[“”"]/g, '');
      if (noun.length >= 2) {
        measure = modifier + noun;
        measureSpan = { offset: t.endOffset, endOffset: t.endOffset + within[0].length - 1 };
        rightEnd = t.endOffset + within[0].length;
      }
    } else if (t.unit.kind === 'count' && /^[\u4e00-\u9fff]/.test(after)) {
      // 12个重点建设项目 / 八支产业招商组: the noun follows
      const stop = after.search(RIGHT_STOP);
      let right = [...(stop >= 0 ? after.slice(0, stop) : after)].slice(0, 8).join('');
      // (全市37项民生工程上半年共完成投资额19.62亿元: the noun ends at the time words after it, heldout23/minsheng-huangshan-01)
      const time = right.search(TIME_AFTER_NOUN);
      if (time >= 0) right = right.slice(0, time);
      // 280个计划新开工项目开工221个: a noun running into the next figure of its clause ends with its noun (项目); the
      // verb after it is the next figure's (开工221个)
      const next = NOUN_THEN_VERB.exec(after);
      if (next && (stop < 0 || stop >= next[0].length)) right = next[1]!;
      if (right.length >= 2) {
        measure = modifier + right;
        measureSpan = { offset: t.endOffset, endOffset: t.endOffset + right.length };
        rightEnd = t.endOffset + right.length;
      }
    }
    // 产业项目由去年的255个提高到今年的326个 / 合格率由上年的91.6%提高到94.2%: the two ends of a change name one measure,
    // the one before 由 (not 提高到, nor a noun read from the verb after the first figure)
    const from = CHANGE_FROM_END.exec(leftRaw);
    const toPrev = prevFig && changeFrom.has(prevFig) && CHANGE_TO_HEAD.test(text.slice(prevFig.endOffset, t.offset)) ? prevFig : undefined;
    if (from && CHANGE_TO_AFTER.test(text.slice(t.endOffset, clause.endOffset))) {
      const noun = cleanMeasure(from[1]!);
      if (noun) {
        measure = noun;
        rightEnd = -1;
        const at = text.lastIndexOf(noun, t.offset);
        measureSpan = at >= clause.offset ? { offset: at, endOffset: at + noun.length } : undefined;
      }
    } else if (ADJUSTED_TO_AFTER.test(text.slice(t.endOffset, clause.endOffset)) && ADJUSTED_FROM_END.test(leftRaw)) {
      // (restate50) 贺兰县本级财政一般公共预算总收入由397959万元调整为409959万元 (heldout99/ystz-helan-01): the budget before
      // it was adjusted, named by the words before 由, not …总收入由
      const noun = cleanMeasure(ADJUSTED_FROM_END.exec(leftRaw)![1]!);
      if (noun) {
        measure = noun;
        rightEnd = -1;
        const at = text.lastIndexOf(noun, t.offset);
        measureSpan = at >= clause.offset ? { offset: at, endOffset: at + noun.length } : undefined;
      }
    } else if (toPrev) {
      measure = toPrev.measure;
      measureSpan = toPrev.measureSpan;
    }
    if (!measure && prevFig && prevFig.endOffset === t.offset) measure = prevFig.measure; // 32批次516人
    const sentenceText = text.slice(sentence.offset, sentence.endOffset);
    // 经比较2020年度“三公”经费41万元，较上年减少19万元: 经比较 opens the comparison that follows, the level is no base
    const clauseHead = text.slice(clause.offset, t.offset).replace(COMPARISON_OPENER, '');
    // (the time after 由 is the time a change runs from: not the time of the figure it runs to, nor of those after it)
    const times = scopeTimes(
      continuedHead(text, seg, sentence) + (from ? sentenceText.slice(0, t.offset - sentence.offset) : sentenceText.slice(0, t.offset - sentence.offset).replace(CHANGE_FROM_TIME, '由')),
      text.slice(clause.offset, t.offset),
      measure,
    );
    const figure: Figure = {
      relational:
        RELATIONAL_HEAD.test(clauseHead) ||
        DIFFERENCE_HEAD.test(clauseHead) || // a difference, not a level
        /^的(?:比重|比例)?(?:为|达|达到)?[0-9.]+[%％]/.test(text.slice(t.endOffset, clause.endOffset)),
      distributive: DISTRIBUTING.test(text.slice(sentence.offset, t.endOffset)),
      // 增加 inside 增加值 (第一产业增加值37.11亿元) names the measure: it is no change
      inChange: IN_CHANGE.test(clauseHead.replace(/增加值/g, '')),
      done: DONE_HEAD.test(simplified(clauseHead)),
      index: local.length,
      offset: t.offset,
      endOffset: t.endOffset,
      numberOffset: t.numberOffset,
      numberEndOffset: t.numberEndOffset,
      // (a decimal broken over lines, 22.⏎⏎57%, is written as the page meant it)
      text: wrappedText(para.source.slice(t.offset, t.endOffset)),
      form: t.form,
      fullWidth: t.fullWidth,
      value: t.value,
      multiplier: t.multiplier,
      unit: t.unit,
      normalized: t.value === undefined ? undefined : t.value * t.multiplier * t.unit.factor,
      decimals: t.decimals,
      approximate: t.approximate,
      range: t.range,
      ...(t.ratio ? { ratio: t.ratio } : {}),
      para,
      sentence,
      clause,
      period: spanAt(seg.periods, t.offset).offset,
      measure,
      key: measure,
      scope: scopeOf(times, text.slice(clause.offset, t.offset), measure, t.approximate, documentScope, headlineAt(text, spanAt(seg.periods, t.offset), t.offset)),
      subject: subjects.of(t.offset, clause, sentence, spanAt(seg.periods, t.offset)),
    };
    if (measureSpan) figure.measureSpan = measureSpan;
    const year = spanYear(times, documentScope);
    if (year) figure.year = year;
    const bracket = bracketAt(t.offset);
    if (bracket) figure.bracket = bracket;
    if (from && measure) changeFrom.add(figure);
    local.push(figure);
  }
  qualify(local);
  readBudgetsAndOutturns(local, text, cleanMeasure);
  return local;
}

// ---- subjects -------------------------------------------------------------------------------------------

/**
 * Words naming a part of the whole a report speaks of: a level of government, of schooling, of courts. (A park or zone
 * with a budget of its own, 园区 before the name of a budget: （二）园区一般公共预算执行情况, 2025年园区政府性基金收入129.4亿元,
 * is a level too, beside 市级.)
 */
const SUBJECT =
  /^(?:(?:园区|开发区|高新区|新区)(?=一般公共预算|政府性基金|国有资本经营|社会保险基金)|市（州）|市\(州\)|市州|省(?=[0-9]|重点)|市(?=[0-9]|重点)|市本级|县本级|区本级|州本级|省本级|本级|省直|市直|县直|州直|区直|省级|市级|县级|州级|区级|乡镇级|乡镇|镇级|村级|中央|地方|学前教育|幼儿教育|幼儿园|义务教育|小学|初中|普通高中|高中阶段|高中段|高中|中等职业教育|中等职业学校|中职|职业中学|职业高中|职业学校|职高|完全中学|技工学校|技工|特殊教育|普通高校|高等教育|高校|基层法院|中级法院|中级人民法院|中院|高级法院|高级人民法院|高院|城镇|农村|乡村|社会保险基金|社保基金|政府性基金|国有资本经营|国有资产（资本）经营|国有资产经营|基金(?=收入|支出|预算|总))/;
/**
 * An organisation at the head of a clause, with what it is measured by next (市体育局及时签收率80%, 某某集团回访满意率…):
 * a list of units, each with its own figures. Two characters or more before the ending (公办, 举办 are no units), a
 * rate or a figure within a few characters after it (根据某委员会提案工作条例 names no unit).
 */
const ORGANISATION =
  /^(?![全我本各该]|根据|按照|依据|经|在|对|由|向|为|从|通过|围绕|针对|关于)[\u4e00-\u9fff]{2,10}?(?:局|集团|公司|中心|办公室|委员会|管委会|办事处)(?=[\u4e00-\u9fff]{0,8}?(?:率|[0-9０-９]))/;
/** A place below the whole at the head of a clause, with its count or verb next: 城关镇12家企业…, 高新区完成…. */
const PLACE = /^(?![全我本各该])[\u4e00-\u9fff]{1,6}?(?:街道|社区|开发区|园区|新区|镇|乡|村)(?=$|[0-9０-９]|(?:共|有|累计|完成|实现|新增)[^\u4e00-\u9fff]?)/;
/**
 * A school, hospital or company named at the head of a sentence, then what it did (XX中学再次取得优异成绩，参考考生2235人…;
 * 县人民医院全年门诊…): one unit of the whole the report speaks of, with figures of its own.
 */
const NAMED_UNIT = /^(?![全我本各该])(?:[\u4e00-\u9fff]{2,10}?|[xXｘＸ]{1,3}[\u4e00-\u9fff]{0,6}?)(?:中学|小学|学校|幼儿园|医院|卫生院|公司|集团)(?=再次|又|还|共|全年|今年|本年|取得|[，,])/;
/** A count and its noun, then a comma, at the head of a paragraph: 15个重点新建项目，… */
const COUNTED_HEAD = /^[\s（(]*[0-9０-９]+(?:个|项|家|所|座|条|名)([\u4e00-\u9fff]{2,12})[，,]/;
/** A clause that names a kind of crime, case or person, then a comma: 对未成年人犯罪，…, 对涉黑涉恶案件，…. */
const AGAINST_HEAD = /^(对[\u4e00-\u9fff“”]{2,12}?(?:犯罪|案件|人员))[，,]/;
/** A paragraph that opens with the side of the work it speaks of: 在41个县收支完成情况上，, 在农村地区方面，. */
const ASPECT_OPENER = /^\s*在([^，,。；;：:]{2,24}?)(?:上|方面)[，,]/;

/** A sentence opened by a comparison made (经比较, 通过对比): the words announce the comparison, they are no 比 of the figure. */
const COMPARISON_OPENER = /^\s*(?:经过?|通过)(?:对比|比较)(?:分析)?[，,：:]?/;

/** Words naming the whole: 全县, 全市 … (they open no sub-scope; a sub-scope may follow them: 全县义务教育). */
const WHOLE = /^(?:全县|全市|全省|全区|全州|全盟|全旗|全国|全镇|全乡|我县|我市|我区|我省|本县|本市|本区)/;
/** What may stand before a subject at the head of a paragraph, sentence or clause: dashes, bullets, spaces, time words. */
const HEAD_NOISE = /^[\s—–\-●■◆▲·•*]+/;

/** The subject a head names: the sub-scope word, '' for the whole, undefined for none. */
function subjectAt(text: string, from: number, to: number): string | undefined {
  let head = text.slice(from, Math.min(to, from + 40)).replace(HEAD_NOISE, '');
  head = head.replace(SCOPE_TIME_HEAD, '').replace(HEAD_NOISE, '');
  const whole = WHOLE.exec(head);
  if (whole) {
    // 全县义务教育中小学30所: a sub-scope after the whole's name
    // 全市安排重点项目458个 under 一、市级重点项目: the whole's name opens no sub-scope of its own
    const rest = head.slice(whole[0].length);
    return SUBJECT.exec(rest)?.[0];
  }
  // 其中，42个工业项目…: what follows 其中 is a part of the whole
  const part = /^其中[，,：:]?/.exec(head);
  if (part)
    return `其中${head
      .slice(part[0].length)
      .replace(/^[0-9０-９.,．]+[^\u4e00-\u9fff]?[个项家所名人件户]?/, '')
      .slice(0, 6)}`;
  // 对未成年人犯罪，受理审查起诉案件13人: a clause opened by 对… names the kind of case the figures after it count
  const against = AGAINST_HEAD.exec(head);
  if (against) return against[1]!;
  const subject = SUBJECT.exec(head)?.[0] ?? PLACE.exec(head)?.[0] ?? ORGANISATION.exec(head)?.[0] ?? NAMED_UNIT.exec(head)?.[0];
  // 特殊教育（含随班就读…）is not 特殊教育学校: a bracket that widens or narrows the subject is part of it
  const widened = subject ? /^[\u4e00-\u9fff]{0,4}([（(](?:不含|含|包括|不包括)[^）)]{1,30}[）)])/.exec(head.slice(subject.length)) : null;
  return subject && widened ? subject + widened[1] : subject;
}

/** Time words at the head of a clause: 1-9月份，, 截至6月底，, 2023年，. */
const SCOPE_TIME_HEAD =
  /^(?:截至|截止|至)?(?:(?:19|20)[0-9]{2}年(?:度)?)?(?:[0-9]{1,2}[-—~至][0-9]{1,2}月份?|[0-9]{1,2}月(?:份|底|末)?|上半年|下半年|前三季度|[一二三四]季度|全年|今年|目前)?[，,：:]?/;

/**
 * The subject of each figure of a paragraph: the nearest head (its clause, its sentence up to ；, its period up to
 * 。, the paragraph) that names one. A paragraph that opens with a subject alone (——小学。) or with a subject and
 * its count (省级6项，概算投资…) speaks of that subject throughout.
 */
function subjectsOf(para: Line, text: string, section: string): { of(offset: number, clause: Span, sentence: Span, period: Span): string } {
  const start = para.ordinal ? para.ordinal.endOffset - para.offset : 0;
  // (2)42个重点续建项目，全年计划完成投资81.3亿元…: a paragraph that opens with a count and its noun speaks of them
  const paragraph = subjectAt(text, start, text.length) ?? COUNTED_HEAD.exec(text.slice(start, start + 40))?.[1] ?? section;
  const cache = new Map<number, string | undefined>();
  const at = (offset: number, end: number): string | undefined => {
    if (!cache.has(offset)) cache.set(offset, subjectAt(text, offset, end));
    return cache.get(offset);
  };
  // 一、城镇职工基本医疗保险 2021年全县参加…。 二、城乡居民基本医疗保险 2021年全县…: sections run into one line (their line
  // breaks lost in copying), each opened by an ordinal and its name after a full stop: the name is the subject of the
  // sentences after it
  const runIn: Array<{ at: number; subject: string }> = [];
  for (const m of text.matchAll(RUN_IN_SECTION)) runIn.push({ at: m.index + m[0].length, subject: subjectAt(m[1]!, 0, m[1]!.length) ?? m[1]! });
  for (const m of text.matchAll(RUN_IN_KIND)) runIn.push({ at: m.index + m[0].length, subject: m[1]! });
  // 四川：10月1日-4日，…接待游客633.77万人次，同比增长1.2%；…。 云南：10月1日-4日，全省接待游客597.4万人次，同比增长16.5%: a
  // paragraph that opens with a place's name and a colon, and names another so after a full stop and a space (a roundup of
  // places run into one line), speaks of each place after its name
  if (text.includes('：') && RUN_IN_PLACE_FIRST.test(text)) {
    const places = [...text.matchAll(RUN_IN_PLACE)];
    if (places.length >= 2) for (const m of places) runIn.push({ at: m.index + m[0].length, subject: m[1]! });
  }
  runIn.sort((a, b) => a.at - b.at);
  const sectionAt = (offset: number): string => {
    let subject = paragraph;
    for (const r of runIn) if (r.at <= offset) subject = r.subject;
    return subject;
  };
  return {
    of: (offset, clause, sentence, period) => {
      const own = at(clause.offset, offset) ?? at(sentence.offset, offset) ?? at(period.offset, offset);
      if (runIn.length === 0) return own ?? paragraph;
      // (基金支出 under each section: the section's 基金)
      return own === undefined ? sectionAt(offset) : own.startsWith('其中') ? own : `${sectionAt(offset)}${own}`;
    },
  };
}

/** A place's name and a colon opening a paragraph, or a run-in part of it after a full stop and a space (。 云南：), group 1 the name. */
const RUN_IN_PLACE = /(?:^|[。！？]\s+)((?!其中|包括|主要|其他|其它)[\u4e00-\u9fff]{2,10})：(?=[0-9０-９\u4e00-\u9fff])/g;
const RUN_IN_PLACE_FIRST = /^(?!其中|包括|主要|其他|其它)[\u4e00-\u9fff]{2,10}：(?=[0-9０-９\u4e00-\u9fff])/;
/** A section's ordinal and name run into its paragraph after a full stop: 。 二、城乡居民基本医疗保险 2021年… */
const RUN_IN_SECTION = /[。！？]\s*(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[)）])([\u4e00-\u9fff]{2,16})\s+(?=\S)/g;
/**
 * A numbered heading that names a kind and ends with a full stop, the sentences after it counting that kind again by its
 * last word: 。 （二）道路运输事故。1月发生事故4起… — the figures after it are the kind's, not the whole's (its
 * 发生事故 is not （一）工矿商贸事故's). (A heading of work done, （二）强化监管。全年检查企业…, names no kind repeated.)
 */
const RUN_IN_KIND = /(?:^|[。！？\s])[（(][一二三四五六七八九十]{1,2}[)）]([\u4e00-\u9fff]{0,12}([\u4e00-\u9fff]{2}))。(?=[^。，,；;]{0,12}?\2)/g;

/**
 * The subject each heading opens (二、省级重点项目进展情况 → 省级), for the paragraphs below it until a heading of its
 * level or above. A heading is a line with an ordinal, or a Markdown heading, that reads as a title: short, no
 * full stop.
 */
class SectionSubjects {
  private readonly open: Array<{ level: number; subject: string | undefined }> = [];
  /**
   * Headings that are names, each repeated under two or more parents (一、总体情况 and 二、6月份办理情况 each with
   * （一）市民热线（二）市长信箱（三）区长信箱): the channels, places or kinds a report goes through twice. Each is a
   * subject: 区长信箱's 受理23件 is not 市长信箱's 受理27件.
   */
  private readonly names = new Set<string>();

  constructor(lines: readonly Line[]) {
    const parents = new Map<string, Set<string>>();
    let top = '';
    for (const para of lines) {
      const level = para.headingDepth ?? para.ordinal?.level;
      const name = headingText(para);
      if (level === undefined || name === undefined) continue;
      if (level <= 1) top = name;
      else if (/^[\u4e00-\u9fff]{2,8}$/.test(name)) {
        const seen = parents.get(name) ?? new Set<string>();
        parents.set(name, seen.add(top));
      }
    }
    for (const [name, under] of parents) if (under.size >= 2) this.names.add(name);
  }

  /** The section subject for a paragraph (its own, if it is a heading). */
  next(para: Line): string {
    const level = para.headingDepth ?? para.ordinal?.level;
    const text = headingText(para);
    if (level !== undefined && text !== undefined) {
      while (this.open.length > 0 && this.open[this.open.length - 1]!.level >= level) this.open.pop();
      const start = para.ordinal ? para.ordinal.endOffset - para.offset : 0;
      this.open.push({ level, subject: subjectAt(para.prose, start, para.prose.length) ?? (this.names.has(text) ? text : undefined) });
    }
    for (let i = this.open.length - 1; i >= 0; i--) {
      const subject = this.open[i]!.subject;
      if (subject !== undefined) return subject;
    }
    return '';
  }
}

/** A heading's text after its ordinal, if the line reads as a title: short, no full stop. */
function headingText(para: Line): string | undefined {
  if ((para.headingDepth ?? para.ordinal?.level) === undefined || para.prose.length > 40 || /[。；;！？]/.test(para.prose)) return undefined;
  return para.prose.slice(para.ordinal ? para.ordinal.endOffset - para.offset : 0).trim();
}

/** The heading levels at which two or more headings state an item by its figure. */
function itemHeadingLevels(lines: readonly Line[]): Set<number> {
  const count = new Map<number, number>();
  for (const para of lines) {
    const level = para.headingDepth ?? para.ordinal?.level;
    const text = level === undefined ? undefined : headingText(para);
    if (level !== undefined && text !== undefined && ITEM_HEADING.test(text)) count.set(level, (count.get(level) ?? 0) + 1);
  }
  return new Set([...count].filter(([, n]) => n >= 2).map(([level]) => level));
}

/** A heading that states an item by its figure: 新建、改扩建公办幼儿园150所, 新增学位5万个 (a count, not a year or a date). */
const ITEM_HEADING = /(?<![0-9０-９.])[0-9０-９]+(?:\.[0-9]+)?(?:万|亿|萬|億)?(?:个|個|所|家|间|間|座|处|處|项|項|条|條|公里|千米|米|亩|畝|户|戶|人|套|张|張|辆|輛|台|件|名|万人|吨|噸)/;

/** A headline: a short sentence that opens with its figure and names a span of years (50万人高山生态扶贫搬迁（2013—2017年）). */
function headlineAt(text: string, period: Span, offset: number): boolean {
  if (period.endOffset - period.offset > 40) return false;
  const sentence = text.slice(period.offset, period.endOffset);
  return /^[\s（(一二三四五六七八九十0-9、.．）)]*$/.test(text.slice(period.offset, offset)) && /[（(](?:19|20)[0-9]{2}\s*[—–\-－~～至到]\s*(?:19|20)?[0-9]{2}年[）)]/.test(sentence);
}

/** The time a change runs from (由去年的…提高到…, 由2022年的…): 由 and the time. */
const CHANGE_FROM_TIME = /由(?:(?:19|20)[0-9]{2}年|去年|上年|上一年|前年)(?:同期)?的?/g;
/** The words before the figure a change runs from: 产业项目由去年的(255个), 合格率由上年(91.6%). */
const CHANGE_FROM_END = /^(.*?)由(?:(?:19|20)[0-9]{2}年(?:底|末)?|去年(?:底|末)?|上年(?:底|末)?|上一年|前年)?(?:同期)?的?\s*$/;
/**
 * (restate50) A budget adjusted, from the figure it was (一般公共预算总收入由397959万元调整为409959万元): the words before 由,
 * then the verb of the adjustment after the figure. (Not 由年初预算…: the year's opening budget, 一般公共預算收入由年初預算
 * 12981.26萬元調整為…，其中：稅收分成收入年初預算9407.22萬元不變, heldout64/ystz-banfu-01, keeps the words that say so, as its
 * parts do.)
 */
const ADJUSTED_FROM_END = /^(.*?)由\s*$/;
const ADJUSTED_TO_AFTER = /^(?:调整|調整|调增|調增|调减|調減)(?:为|為|到|至)/;
/** The words after it, of the change: (255个)提高到(今年的326个). */
const CHANGE_TO_AFTER = /^[\u4e00-\u9fff]{0,4}?(?:提高|增加|增长|上升|下降|减少|降低|扩大|缩小|提升|攀升|下滑|回落|增|降|升|减)(?:到|至)/;
/** The same words before the figure the change runs to: (255个)提高到今年的(326个). */
const CHANGE_TO_HEAD = /^[\u4e00-\u9fff]{0,4}?(?:提高|增加|增长|上升|下降|减少|降低|扩大|缩小|提升|攀升|下滑|回落|增|降|升|减)(?:到|至)(?:今年|本年|当年|(?:19|20)[0-9]{2}年(?:底|末)?)?的?\s*$/;

/**
 * The head of the sentence before, when a sentence only continues it: 1-12月共受理案件6380件。其中：受理民事案件5644件 —
 * the parts after 其中 are of the time the sentence before names (its first words), not of no time.
 */
function continuedHead(text: string, seg: Segments, sentence: Span): string {
  const period = spanAt(seg.periods, sentence.offset);
  if (period.offset < 2 || !/^\s*其中[：:，,]?\s*$/.test(text.slice(period.offset, sentence.offset) || text.slice(period.offset, period.offset + 2))) return '';
  const before = spanAt(seg.periods, Math.max(0, period.offset - 2)); // the 。 itself is in no period
  // (产业项目由去年的255个提高到今年的326个。其中，…155个: the time a change runs from is not the time of the parts after it)
  return `${text.slice(before.offset, Math.min(before.endOffset, before.offset + 20)).replace(CHANGE_FROM_TIME, '由')}，`;
}

/** 新开工项目14个，总投资32亿元: an attribute figure takes the entity counted before it in the sentence. */
/** An enumerated item opening after a clause: ；二是, ；三是 (一是 … 二是 … list items of a report's paragraph). */
const NEXT_ITEM = /[；;]\s*[一二三四五六七八九十]是/;

function qualify(figures: Figure[]): void {
  // each figure looks among the figures of its own sentence or period: a paragraph may hold thousands
  const bySentence = groupBy(figures, (f) => f.sentence.offset);
  const byPeriod = groupBy(figures, (f) => f.period);
  for (const f of figures) {
    if (f.unit.kind === 'count' || f.unit.kind === 'percent' || !ATTRIBUTE.test(f.measure)) continue;
    // (in a bracket that holds clauses of its own, （省、市重点项目29宗，完成投资69.9亿元；县重点项目43宗，…）, the entity
    // counted before it in the same bracket)
    const owner = [...bySentence.get(f.sentence.offset)!].reverse().find((g) => g.offset < f.offset && g.unit.kind === 'count' && (!g.bracket || g.bracket.offset === f.bracket?.offset) && g.measure);
    if (owner) {
      f.key = `${owner.measure}·${f.measure}`;
      f.keyedBy = 'entity';
    }
  }
  const counted: Array<[Figure, Figure]> = [];
  // a short measure continues the entity of the figure before it in the sentence:
  // 登记管理高血压患者3.26万人，规范管理2.31万人 → 登记管理高血压患者·规范管理; 规范管理率 likewise
  for (const f of figures) {
    if (f.bracket || f.key !== f.measure || !f.measure) continue;
    const short = [...f.measure].length <= 4 || (f.unit.kind === 'percent' && f.measure.endsWith('率'));
    if (!short) continue;
    const before = byPeriod.get(f.period)!.filter((g) => g.offset < f.offset && !g.bracket && g.unit.kind !== 'percent' && g.measure && g.measure !== f.measure && !/^[占较比]/.test(g.measure));
    const owner = before[before.length - 1];
    // (一是项目推进不够快，18个衔接资金项目中仍有6个未完工；二是…，8个签约项目中: an item of its own, 二是, opens after the
    // figure before; what it counts is no part of that figure's entity)
    // (平山岛…距连云港64公里，面积0.144平方公里；达山岛…距连云港52公里: a measure that is the one the figure before continues,
    // 距连云港 after 距连云港·面积, opens the next thing's pair of measures; it is not a part of its own name, 距连云港·距连云港)
    if (owner && owner.key.split('·')[0] === f.measure) continue;
    if (owner && !NEXT_ITEM.test(f.para.prose.slice(owner.endOffset, f.offset))) {
      f.key = `${owner.key.split('·')[0]}·${f.measure}`;
      f.keyedBy = 'previous';
      if (owner.unit.kind === 'count' && f.unit.kind !== 'count' && f.unit.kind !== 'percent') counted.push([f, owner]);
    }
  }
  // 实施项目209个，到位资金66.11亿元；续建项目173个，到位资金23.93亿元: one measure after each of several counts in a
  // sentence is each counted group's own (sub-scopes), not the one measure stated twice
  const byMeasure = groupBy(counted, ([f]) => `${f.period}|${f.measure}`);
  for (const list of byMeasure.values()) {
    if (list.length < 2 || new Set(list.map(([, owner]) => owner.measure)).size < list.length) continue;
    for (const [f, owner] of list) {
      f.key = `${owner.measure}·${f.measure}`;
      f.keyedBy = 'entity';
    }
  }
  // parts inside brackets or after 其中 belong to the figure before: 项目12个（新建5个）→ 项目·新建
  const qizhong = occurrences(figures[0]?.para.prose ?? '', '其中');
  for (const f of figures) {
    if (!f.measure) continue;
    const sentence = bySentence.get(f.sentence.offset)!;
    // 其中 stands between g and f when the last 其中 before f starts after g
    const lastQizhong = qizhong[lastStartingBefore(qizhong, f.offset - 1)]?.offset ?? -1;
    const total = f.bracket
      ? [...sentence].reverse().find((g) => g.endOffset <= f.bracket!.offset && !g.bracket)
      : sentence.filter((g) => g.offset < f.offset && !g.bracket && g.endOffset <= lastQizhong).pop();
    if (total?.measure && total !== f) {
      f.key = `${total.measure}·${f.measure}`;
      f.keyedBy = 'part';
      f.partOf = total.measure;
    }
  }
}

/** Figures grouped by a key, in document order: by sentence (up to 。；), by period (up to 。), by measure. */
export function groupBy<K, T = Figure>(figures: readonly T[], key: (f: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const f of figures) {
    const list = map.get(key(f));
    if (list) list.push(f);
    else map.set(key(f), [f]);
  }
  return map;
}

/** Where a word occurs in a text, in order. */
function occurrences(text: string, word: string): Span[] {
  const found: Span[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) found.push({ offset: at, endOffset: at + word.length });
  return found;
}
