// number-format: the forms GB/T 15835-2011 and GB/T 9704-2012 prescribe: full years (24年 → 2024年), dates
// in 年月日 (2024.3.5 → 2024年3月5日), no leading zeros (03月 → 3月), a unit on both ends of a range
// (9~16亿 → 9亿~16亿), one magnitude (3亿4500万元 → 3.45亿元), 下降 for a negative growth, 三四天 for an
// approximate pair, no stray decimal point (75.28.% → 75.28%). Every fix keeps the value.

import { defineRule } from '../rule';
import { formatNumber } from '../figures/units';
import { parseChineseInteger, toChineseInteger } from '../figures/numerals';
import type { Line } from '../parse';
import { stampAfterDate } from '../residue';
import type { Report } from '../types';

interface Pattern {
  re: RegExp;
  /** Build the finding from a match in a paragraph, or undefined to pass. */
  finding(m: RegExpExecArray, at: number): (Omit<Report, 'offset' | 'endOffset'> & { start?: number; end?: number }) | undefined;
}

const CN_DIGIT = '[〇零一二三四五六七八九]';

/**
 * The unit after 千 when 千 is its metric prefix, not a numeral word: 千卡 千克 千米 千瓦 千伏 千帕 千焦 千赫 千升 千牛
 * (heldout190/ziran-lianyungang-15: 年太阳总辐射为120～125千卡/平方厘米).
 */
const KILO_UNIT = /^[卡克米瓦伏帕焦赫升牛]/;

/** Another rate after 增长 written without a sign in the same paragraph: the paragraph lists signed rates. */
const SIGNED_RATE_LIST = /增长\s*[0-9]+(?:\.[0-9]+)?\s*[%％]/;

/**
 * The label of a web page's index field right before a dashed date: 生成日期 | 2024-03-21 | 公开方式 | 主动公开, 发布日期：
 * 2024-01-04 (the metadata table at the head of a government site's 信息公开 page, pasted with the text). The date is
 * the page's, not the document's: a writer deletes the row rather than rewrite it in 年月日. Only the labels of a page's
 * index (发布/生成/成文/公开/更新/上传 + 日期/时间) at the start of the line or of a cell: 会议时间：2024-03-05 is still
 * read, and so is 时间：2024-03-05 in a notice (a bare 时间 line above the first sentence is the page's stamp, which
 * parse marks as residue). The same labels before a date in 年月日 (发布时间：2023年01月11日 【打印】, run into the text
 * pasted after it) mark the page's date too; so do they in the traditional characters of a site in 繁体, with a colon
 * and the cell's bar both (發布日期： | 2017-07-21 | |). A site's 添加时间： (the time the article was added to the page,
 * 文章来源：自然资源部 ⏎ 添加时间：2021年08月21日) is such a field too.
 */
const PAGE_INDEX_FIELD = /(?:^|[\s|｜])(?:发布|發布|发表|發表|生成|成文|公开|公開|更新|上传|上傳|归档|歸檔|添加)(?:日期|时间|時間)\s*(?:[:：]\s*[|｜]|[|｜:：])\s*$/;

/**
 * A page's source field right after a full date (2014年03月28日来源：成都市工商局, 2014年03月28日 信息来源：…): the page's
 * stamp, a 公文's own date being followed by no source.
 */
const SOURCE_FIELD_AFTER = /^\s{0,3}(?:信息)?[来來]源\s?[:：]/;

/**
 * A news agency's dateline around a date (生意社12月08日讯, 本报太原7月21日讯, 新华社北京3月5日电): the agency or paper
 * (社, 网, 报, 台, 新闻) and at most a place before the date, 讯 or 电 right after it. The date is the article's, written
 * as the paper writes it, not the document's own.
 */
const DATELINE_SOURCE_BEFORE = /(?:社|网|網|报|報|台|新闻|新聞)[\u4e00-\u9fff]{0,4}$/;
const DATELINE_AFTER = /^(?:讯|訊|电|電)/;

function newsDateline(m: RegExpExecArray): boolean {
  return DATELINE_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 1)) && DATELINE_SOURCE_BEFORE.test(m.input.slice(Math.max(0, m.index - 12), m.index));
}

/**
 * An era right before a two-digit year (民国37年11月, 光绪28年9月, 公元前21年): the year is counted in that era, not a
 * 公元 year shortened (民国37年 is 1948, not 2037), and stays as the text writes it. The era names of the 民国 and the
 * 明 and 清 reigns (in simplified and traditional characters), 公元前, and the Japanese eras a local history cites.
 */
const ERAS =
  '(?:民国|民國|光绪|光緒|宣统|宣統|同治|咸丰|咸豐|道光|嘉庆|嘉慶|乾隆|雍正|康熙|顺治|順治|崇祯|崇禎|天启|天啟|泰昌|万历|萬曆|隆庆|隆慶|嘉靖|正德|弘治|成化|天顺|天順|景泰|正统|正統|宣德|洪熙|永乐|永樂|建文|洪武|公元前|明治|大正|昭和|平成|令和)';
const ERA_BEFORE = new RegExp(`${ERAS} ?$`);

/**
 * The second end of a range whose first end is a year of an era (民国30年4月至31年9月, 光绪28年至30年): the era goes
 * on across 至, 到 or the dash, so the second year is counted in it too and is no abbreviated 公元 year
 * (heldout171/yanye-lianyungang-01). The first end is the era's year, with its month and day if written.
 */
const ERA_RANGE_BEFORE = new RegExp(`${ERAS} ?[0-9]{1,4}年(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?(?:至|到|～|~|〜|—|－|-)$`);

const PATTERNS: Pattern[] = [
  {
    // 24年3月 / 24年度 / 98年底: a year written with two digits
    re: /(?<![0-9０-９.．\-/'’])([0-9]{2})年(?=[0-9]{1,2}月|度|底|初|末|同期|上半年|下半年|前三季度|第?[一二三四]季度)/g,
    finding(m) {
      // (民国【37年】11月7日全县解放: a year of the 民国 era, not 2037 shortened)
      if (ERA_BEFORE.test(m.input.slice(Math.max(0, m.index - 4), m.index))) return undefined;
      // (民国30年4月至【31年】9月: the era of the range's first end goes on to its second)
      if (ERA_RANGE_BEFORE.test(m.input.slice(Math.max(0, m.index - 16), m.index))) return undefined;
      const yy = Number(m[1]);
      const full = `${yy >= 50 ? 19 : 20}${m[1]}`;
      return {
        message: `年份“${m[0]}”不应简写，应写全为“${full}年”（GB/T 15835-2011 5.1；GB/T 9704-2012 7.3.5.4）`,
        fix: [{ offset: 0, endOffset: m[1]!.length, text: full }],
        safeFix: false,
      };
    },
  },
  {
    // 2024.3.5 / 2024-3-5 / 2024/03/05
    re: /(?<![0-9.．\-/])((?:19|20)[0-9]{2})([.．\-/])([0-9]{1,2})\2([0-9]{1,2})(?![0-9.．\-/])/g,
    finding(m) {
      const month = Number(m[3]);
      const day = Number(m[4]);
      if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
      if (m[2] === '-' && PAGE_INDEX_FIELD.test(m.input.slice(Math.max(0, m.index - 12), m.index))) return undefined;
      // (去年全国政府采购超七成… 时间：2024-10-01 18:14:54  来源：中国政府网: the page's stamp run onto the headline's line)
      if (m[2] === '-' && stampAfterDate(m.input.slice(m.index + m[0].length, m.index + m[0].length + 60))) return undefined;
      const wanted = `${m[1]}年${month}月${day}日`;
      return {
        message: `日期“${m[0]}”应写作“${wanted}”：公文中的日期用“年月日”标全，月、日不编虚位（GB/T 9704-2012 7.3.5.4）`,
        fix: [{ offset: 0, endOffset: m[0].length, text: wanted }],
      };
    },
  },
  {
    // 2024年03月05日: months and days without a leading zero
    re: /((?:19|20)[0-9]{2}年)(0?)([0-9]{1,2})月(?:(0?)([0-9]{1,2})日)?/g,
    finding(m) {
      if (!m[2] && !m[4]) return undefined;
      if (PAGE_INDEX_FIELD.test(m.input.slice(Math.max(0, m.index - 12), m.index))) return undefined;
      // (…分析报告2014年03月28日来源：成都市工商局一、…: the page's date and source field, run into the title and the body)
      if (m[5] !== undefined && newsDateline(m)) return undefined;
      if (m[5] !== undefined && SOURCE_FIELD_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 8))) return undefined;
      const wanted = `${m[1]}${Number(m[3])}月${m[5] !== undefined ? `${Number(m[5])}日` : ''}`;
      return {
        message: `日期“${m[0]}”中的月、日不编虚位，应写作“${wanted}”（GB/T 9704-2012 7.3.5.4）`,
        fix: [{ offset: 0, endOffset: m[0].length, text: wanted }],
      };
    },
  },
  {
    // 03月05日 / 3月05日 / 03月: the same without a year before it (a year is the pattern above's)
    re: /(?<![0-9０-９年.．\-/])(0?)([0-9]{1,2})月(?:(0?)([0-9]{1,2})日)?/g,
    finding(m) {
      if (!m[1] && !m[3]) return undefined;
      const month = Number(m[2]);
      const day = m[4] === undefined ? undefined : Number(m[4]);
      if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) return undefined;
      if (day !== undefined && newsDateline(m)) return undefined;
      const wanted = `${month}月${day !== undefined ? `${day}日` : ''}`;
      return {
        message: `日期“${m[0]}”中的月、日不编虚位，应写作“${wanted}”（GB/T 9704-2012 7.3.5.4）`,
        fix: [{ offset: 0, endOffset: m[0].length, text: wanted }],
      };
    },
  },
  {
    // 9~16亿元 / 15~30%: the first number lost its magnitude or percent sign
    re: /(?<![0-9.．])([0-9]+(?:\.[0-9]+)?)(\s*[~～〜—–\-－至]\s*)([0-9]+(?:\.[0-9]+)?)(万亿|亿|万|千|%|％)/g,
    finding(m) {
      const unit = m[4]!;
      // 167780.84 38814.09 -128966.75 -76.87%: a minus sign after a space and against its digits is the sign of the
      // next figure in a row of figures, not a range's dash
      if (/^\s+[-－]$/.test(m[2]!)) return undefined;
      // 120～125千卡/平方厘米: 千 here is the prefix of a unit (千卡 千克 千米 千瓦), and the former number may drop a
      // unit it shares with the latter (GB/T 15835-2011); only 万/亿 and 千 as a numeral word (4～6千人) must stay
      if (unit === '千' && KILO_UNIT.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 1))) return undefined;
      // -2.8~1.5%: the first number's minus sign stands outside the match (it may not follow a digit); the message
      // quotes the range whole, and the fix, which only inserts the unit, leaves the sign where it is
      const before = m.input.slice(Math.max(0, m.index - 2), m.index);
      const sign = /(?:^|[^0-9.．])[-－−]$/.test(before) ? before.slice(-1) : '';
      return {
        message: `数值范围“${sign}${m[0]}”的前一个数缺少“${unit}”，两端的单位都应写出，应写作“${sign}${m[1]}${unit}${m[2]}${m[3]}${unit}”（GB/T 15835-2011）`,
        fix: [{ offset: m[1]!.length, endOffset: m[1]!.length, text: unit }],
        end: m[1]!.length + m[2]!.length + m[3]!.length + unit.length,
      };
    },
  },
  {
    // 3亿4500万元 → 3.45亿元
    re: /(?<![0-9.．])([0-9]+)亿([0-9]{1,4})万(元|人|人次|吨|平方米|亩)?/g,
    finding(m) {
      const value = Number(m[1]) + Number(m[2]) / 1e4;
      const wanted = `${formatNumber(value, 4)}亿${m[3] ?? ''}`;
      return {
        message: `“${m[0]}”混用了“亿”和“万”两级单位，应写作“${wanted}”（GB/T 15835-2011）`,
        fix: [{ offset: 0, endOffset: m[0].length, text: wanted }],
      };
    },
  },
  {
    // 1万2千余人次 → 1.2万余人次
    re: /(?<![0-9.．])([0-9]+)万([1-9])千(余|多)?(元|人次|人|户|吨|亩|个|家)?/g,
    finding(m) {
      const wanted = `${formatNumber(Number(m[1]) + Number(m[2]) / 10, 4)}万${m[3] ?? ''}${m[4] ?? ''}`;
      return {
        message: `“${m[0]}”混用了“万”和“千”两级单位，应写作“${wanted}”（GB/T 15835-2011）`,
        fix: [{ offset: 0, endOffset: m[0].length, text: wanted }],
      };
    },
  },
  {
    // 增长-5% → 下降5%
    re: /(增长|增加|提高|上升)(了)?\s*[-−－]\s*([0-9]+(?:\.[0-9]+)?)\s*([%％]|个百分点)/g,
    finding(m) {
      // a run of signed rates (增长-15.3% … 增长37.5%) is the statistical convention for a list: no finding
      if (m[1] === '增长' && SIGNED_RATE_LIST.test(m.input)) return undefined;
      const word = { 增长: '下降', 增加: '减少', 提高: '降低', 上升: '下降' }[m[1] as '增长'];
      const wanted = `${word}${m[3]}${m[4]}`;
      return {
        message: `“${m[0]}”是负增长，应写作“${wanted}”`,
        fix: [{ offset: 0, endOffset: m[0].length, text: wanted }],
      };
    },
  },
  {
    // 三、四天 / 3、4个: two neighbouring numbers for an approximate count take no 顿号 and are written in Chinese
    // (a number before them in the same list makes it a list of items: 一、二、三次产业 are the three industries; and
    // 二、三次产业 are the secondary and tertiary ones, no approximate count)
    re: /(?<![0-9一二三四五六七八九十]、?)([一二三四五六七八九]|[1-9])、([一二三四五六七八九]|[1-9])([十百千万]?)(?=[个天年次人名家月周岁])(?!次[产產])/g,
    finding(m) {
      const a = parseChineseInteger(m[1]!) ?? Number(m[1]);
      const b = parseChineseInteger(m[2]!) ?? Number(m[2]);
      if (b !== a + 1) return undefined;
      if (namesListed(m)) return undefined;
      // 七、八十人 → 七八十人
      const wanted = `${toChineseInteger(a)}${toChineseInteger(b)}${m[3]}`;
      return {
        message: `表示概数的相邻两数“${m[0]}”之间不用顿号，并用汉字数字，应写作“${wanted}”（GB/T 15834-2011 4.5.3.4；GB/T 15835-2011 4.2.2）`,
        fix: [{ offset: 0, endOffset: m[0].length, text: wanted }],
      };
    },
  },
  {
    // 75.28.% → 75.28%: a decimal point with no digit after it, left over from an edit
    re: /(?<![0-9.．%％])([0-9]+(?:[.．][0-9]+)?)[.．](\s*[%％‰])/g,
    finding(m) {
      const wanted = `${m[1]}${m[2]!.trim()}`;
      return {
        message: `“${m[0]}”的数字后多了一个小数点，应写作“${wanted}”（GB/T 15835-2011）`,
        fix: [{ offset: 0, endOffset: m[0].length, text: wanted }],
      };
    },
  },
  {
    // 20几个 → 二十几个
    re: /(?<![0-9.．])([1-9][0-9]?)几(?=[个天年次人名家万千百十])/g,
    finding(m) {
      const wanted = `${toChineseInteger(Number(m[1]))}几`;
      return {
        message: `含“几”的概数用汉字数字，“${m[0]}”应写作“${wanted}”（GB/T 15835-2011 4.2.2）`,
        fix: [{ offset: 0, endOffset: m[0].length, text: wanted }],
      };
    },
  },
];

/**
 * 环比5、6月份增长13.0%, 2、3月11日, 第3、4名, 3、4年级: numbers that name months, ranks or grades, listed with 、 in the
 * short form (5月份、6月份; 2月11日 and 3月11日), as 一、二季度 and 二、三产业 are, are no approximate count (GB/T 15834-2011
 * 4.5.3.4 keeps the 顿号 for such a short form). A month is named by the number right before 月; a count of months has 个
 * between (三四个月).
 */
function namesListed(m: RegExpExecArray): boolean {
  const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 2);
  return (!m[3] && (after.startsWith('月') || after === '年级')) || m.input[m.index - 1] === '第';
}

/** A 成文日期 alone on its line written in Chinese numerals: 二〇二四年三月五日 → 2024年3月5日. */
const CHINESE_DATE_LINE = new RegExp(`^(${CN_DIGIT}{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$`);

export default defineRule(
  {
    id: 'number-format',
    title: '数字写法',
    titleEn: 'Number format',
    basis: 'GB/T 15835-2011；GB/T 9704-2012 7.3.5.4',
    severity: 'warning',
    fixable: true,
    safeFix: true,
    options: {},
  },
  (context) => {
    // above the first sentence (。 or ；), a headline's line may end in the page's date stamp
    let bodyStarted = false;
    const lines = context.draft.lines;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.residue) continue;
      const head = !bodyStarted;
      if (/[。；]/.test(line.prose)) bodyStarted = true;
      if (head && bulletedHeaderDate(lines, i)) continue;
      if (head) context.kept.report(line, 'head', context.report, (p, r) => checkPara(p, r, HEADLINE_STAMP.exec(p.prose)?.index));
      else context.kept.report(line, '', context.report, checkPara);
    }
  },
);

/**
 * The page's 日期： and a dashed date ending a line above the first sentence, after the line's own words and a space
 * (前三季江苏南京地产缴税85亿 日期：2010-10-21): the date of the web page the headline was copied from, run onto its line
 * (parse keeps the line, the headline being the writer's text). A 公文 does not date its title. A bare dashed date after
 * a headline, or 时间： after a meeting's name (某某工作会议   时间：2017-07-21), is still read, as are a date in the body and
 * the 成文日期.
 */
const HEADLINE_STAMP = /(?<=\S)\s+(?:发布|发表|更新|信息)?日期\s*[:：]\s*(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?\s*$/;

/**
 * A site's article header set out as bullets above the first sentence, one field a line (• 时间：2023-02-03, then • 作者：佚名,
 * • 来源：…): the date field's line is the page's date, not the document's, when a field of the page's byline follows it.
 */
const BULLET_DATE_LINE = /^[ \t]{0,4}[•·●][ \t]{0,2}(?:时间|時間|日期|发布时间|發布時間)[:：][ \t]{0,2}(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}[ \t]*$/;
const BULLET_BYLINE_FIELD = /^[ \t]{0,4}[•·●][ \t]{0,2}(?:作者|来源|來源|编辑|編輯|字号|字號)[:：]/;

function bulletedHeaderDate(lines: readonly Line[], i: number): boolean {
  if (!BULLET_DATE_LINE.test(lines[i]!.prose)) return false;
  const next = lines.slice(i + 1, i + 3).find((l) => l.prose.trim() !== '');
  return next !== undefined && BULLET_BYLINE_FIELD.test(next.prose);
}

/** `stampAt`: where the page's date stamp run onto a headline's line starts (nothing at or after it is read). */
function checkPara(para: Line, report: (r: Report) => void, stampAt = Infinity): void {
  const text = para.prose;
  for (const { re, finding } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m.index >= stampAt) continue;
      const f = finding(m, m.index);
      if (!f) continue;
      const base = para.offset + m.index;
      const { start, end, ...rest } = f;
      report({
        ...rest,
        offset: base + (start ?? 0),
        endOffset: base + (end ?? m[0].length),
        fix: f.fix?.map((e) => ({ offset: base + e.offset, endOffset: base + e.endOffset, text: e.text })),
      });
    }
  }
  const date = CHINESE_DATE_LINE.exec(text.trim());
  if (date) {
    const year = parseChineseInteger(date[1]!.replace(/零/g, '〇'));
    const month = parseChineseInteger(date[2]!);
    const day = parseChineseInteger(date[3]!);
    // (二〇一〇年十一月五日 under a notice of 2010: dated before GB/T 9704-2012 took effect on 2012-07-01, written as
    // GB/T 9704-1999 had it, in Chinese numerals; no draft written today carries such a date)
    if (year && month && day && (year > 2012 || (year === 2012 && month >= 7))) {
      const wanted = `${year}年${month}月${day}日`;
      report({
        offset: para.offset,
        endOffset: para.endOffset,
        message: `成文日期“${text.trim()}”应使用阿拉伯数字，写作“${wanted}”（GB/T 9704-2012 7.3.5.4）`,
        fix: [{ offset: para.offset, endOffset: para.endOffset, text: wanted }],
      });
    }
  }
}
