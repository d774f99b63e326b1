// Units of figures and how they convert: counts by measure word, money in 元, area, length, weight, percent.

export type UnitKind = 'count' | 'money' | 'area' | 'length' | 'weight' | 'volume' | 'percent' | 'permille' | 'points' | 'times';

export interface Unit {
  /** As written after the number (without a multiplier): 元, 个, 平方米, %. */
  text: string;
  kind: UnitKind;
  /** The unit the kind is compared in: 元, 平方米, 米, 公斤; a count's own measure word. */
  base: string;
  /** How many base units one of this unit is. */
  factor: number;
}

const TABLE: Unit[] = [
  { text: '个百分点', kind: 'points', base: '个百分点', factor: 1 },
  { text: '百分点', kind: 'points', base: '个百分点', factor: 1 },
  { text: '平方公里', kind: 'area', base: '平方米', factor: 1e6 },
  { text: '平方千米', kind: 'area', base: '平方米', factor: 1e6 },
  { text: '平方米', kind: 'area', base: '平方米', factor: 1 },
  { text: '公顷', kind: 'area', base: '平方米', factor: 1e4 },
  { text: '亩', kind: 'area', base: '平方米', factor: 10000 / 15 },
  // (post44b) square metres in the one-character symbol ㎡ (U+33A1), as housing sales reports write them (本月销售商品房
  // 1.7708万㎡（210套）)
  { text: '㎡', kind: 'area', base: '平方米', factor: 1 },
  { text: '立方米', kind: 'volume', base: '立方米', factor: 1 },
  // cubic metres in symbols, as water resources bulletins write them (总用水量166.42亿m3, 26.59亿m³)
  { text: 'm³', kind: 'volume', base: '立方米', factor: 1 },
  { text: 'm3', kind: 'volume', base: '立方米', factor: 1 },
  { text: '公里', kind: 'length', base: '米', factor: 1000 },
  { text: '千米', kind: 'length', base: '米', factor: 1000 },
  { text: '米', kind: 'length', base: '米', factor: 1 },
  { text: '吨', kind: 'weight', base: '公斤', factor: 1000 },
  { text: '公斤', kind: 'weight', base: '公斤', factor: 1 },
  { text: '千克', kind: 'weight', base: '公斤', factor: 1 },
  { text: '斤', kind: 'weight', base: '公斤', factor: 0.5 },
  // the 市担 of 50 kg tobacco and grain purchases are counted in (收购烟叶76.06万担)
  { text: '担', kind: 'weight', base: '公斤', factor: 50 },
  { text: '元', kind: 'money', base: '元', factor: 1 },
  // foreign currencies (进出口总额12.3亿美元, 实际使用外资3.2亿美元): money each in its own currency, never added to or
  // compared with 元 (compatible() asks for the same base)
  { text: '美元', kind: 'money', base: '美元', factor: 1 },
  { text: '港元', kind: 'money', base: '港元', factor: 1 },
  { text: '欧元', kind: 'money', base: '欧元', factor: 1 },
  { text: '%', kind: 'percent', base: '%', factor: 1 },
  { text: '％', kind: 'percent', base: '%', factor: 1 },
  // the small form ﹪ (U+FE6A), and ℅ (U+2105) that some input methods give for %: both read as a percent
  { text: '﹪', kind: 'percent', base: '%', factor: 1 },
  { text: '℅', kind: 'percent', base: '%', factor: 1 },
  { text: '‰', kind: 'permille', base: '‰', factor: 1 },
  { text: '倍', kind: 'times', base: '倍', factor: 1 },
  // electricity (用电量, 发电量: 215284万千瓦时, 61.07亿千瓦时), added and compared in its own unit like a count
  { text: '千瓦时', kind: 'count', base: '千瓦时', factor: 1 },
  // containers in twenty-foot equivalent units (集装箱吞吐量9218.38万标箱（TEU）, 沿海港口完成8254.60万TEU): one unit
  // however written
  { text: '标准箱', kind: 'count', base: '标箱', factor: 1 },
  { text: '标箱', kind: 'count', base: '标箱', factor: 1 },
  { text: 'TEU', kind: 'count', base: '标箱', factor: 1 },
  // rainfall in millimetres (年降水量1181.4毫米, 1181.4mm)
  { text: '毫米', kind: 'length', base: '米', factor: 0.001 },
  { text: 'mm', kind: 'length', base: '米', factor: 0.001 },
  // the same written in traditional characters (pages served in 繁體: 1291.5萬噸, 3345.5萬畝, 10個百分點)
  // (8個（gè）百分點: with the pinyin reading some of those pages print after 個)
  { text: '個（gè）百分點', kind: 'points', base: '个百分点', factor: 1 },
  { text: '個百分點', kind: 'points', base: '个百分点', factor: 1 },
  { text: '百分點', kind: 'points', base: '个百分点', factor: 1 },
  { text: '噸', kind: 'weight', base: '公斤', factor: 1000 },
  { text: '擔', kind: 'weight', base: '公斤', factor: 50 },
  { text: '畝', kind: 'area', base: '平方米', factor: 10000 / 15 },
  { text: '公頃', kind: 'area', base: '平方米', factor: 1e4 },
];

/** Measure words of counts; two-character ones first so 人次 is not read as 人. */
const COUNT_WORDS = [
  '人次',
  '批次',
  '户次',
  '架次',
  '车次',
  '剂次',
  '台次',
  '班次',
  '场次',
  '课时',
  '学时',
  '余人',
  '个',
  '项',
  '次',
  '家',
  '人',
  '批',
  '支',
  '条',
  '处',
  '件',
  '户',
  '所',
  '名',
  '座',
  '台',
  '套',
  '场',
  '期',
  '轮',
  '辆',
  '艘',
  '只',
  '头',
  // poultry counted as 羽 (出栏家禽1250万羽)
  '羽',
  '本',
  // volumes of books (图书146.13万册, 生均图书32册)
  '册',
  '份',
  '篇',
  '部',
  '种',
  '类',
  '起',
  '宗',
  '间',
  '栋',
  '张',
  '位',
  '组',
  '株',
  '棵',
  '块',
  '盏',
  '床',
  '片',
  '群',
  '队',
  '例',
  '剂',
  '节',
  '幢',
  '对',
  '单',
].filter((w) => w !== '余人');

/** Measure words of counts in traditional characters (2554.90萬頭, 161.22萬隻), compared as their simplified form. */
const TRADITIONAL_COUNT_WORDS: ReadonlyArray<[string, string]> = [
  ['戶次', '户次'],
  ['車次', '车次'],
  ['臺次', '台次'],
  ['場次', '场次'],
  ['個', '个'],
  ['項', '项'],
  ['戶', '户'],
  ['處', '处'],
  ['條', '条'],
  ['臺', '台'],
  ['場', '场'],
  ['輪', '轮'],
  ['輛', '辆'],
  ['隻', '只'],
  ['頭', '头'],
  ['張', '张'],
  ['組', '组'],
  ['塊', '块'],
  ['隊', '队'],
  ['種', '种'],
  ['類', '类'],
  ['間', '间'],
  ['棟', '栋'],
  ['節', '节'],
  ['對', '对'],
];

/**
 * Nouns that count in a measure word's place, compared as it (普查对23027万农户的生活条件进行了调查: 23027万户, the whole of
 * 拥有1处住房的20030万户…).
 */
const NOUN_COUNT_WORDS: ReadonlyArray<[string, string]> = [['农户', '户']];

const ALL: Unit[] = [
  ...TABLE,
  ...COUNT_WORDS.map((w) => ({ text: w, kind: 'count' as const, base: w, factor: 1 })),
  ...[...TRADITIONAL_COUNT_WORDS, ...NOUN_COUNT_WORDS].map(([w, base]) => ({ text: w, kind: 'count' as const, base, factor: 1 })),
].sort((a, b) => b.text.length - a.text.length);

/** The unit written at the start of `text`, longest first. */
export function unitAt(text: string): Unit | undefined {
  return ALL.find((u) => text.startsWith(u.text));
}

/**
 * Days counted as a measure (优良天数达到269天，同比增加27天): a count, read only where the words name a number of days
 * (extract.ts); elsewhere 天 is a duration (3天内, 15天后) and no figure.
 */
export const DAY_COUNT: Unit = { text: '天', kind: 'count', base: '天', factor: 1 };

/**
 * A quotient written against one (小学生师比为13.3:1: 13.3 students per teacher): only after the words of such a ratio
 * (extract.ts), compared with nothing but the quotient of its two counts (relations/ratios.ts).
 */
export const PER_ONE: Unit = { text: ':1', kind: 'times', base: ':1', factor: 1 };

/** Multipliers after an Arabic number: 3.45亿, 1.2万, 5千. */
export const MULTIPLIERS: Array<[string, number]> = [
  ['万亿', 1e12],
  ['千万', 1e7],
  ['百万', 1e6],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
  // the same written in traditional characters (pages served in 繁體: 4348萬元, 1.2億元)
  ['萬億', 1e12],
  ['億', 1e8],
  ['萬', 1e4],
];

/** Whether two units can be added or compared: same kind, and for counts the same measure word. */
export function compatible(a: Unit, b: Unit): boolean {
  return a.kind === b.kind && a.base === b.base;
}

/** Counts of people: 万名 and 万人 count the same persons. */
/** The units persons are counted in, alike. */
export const PERSONS: ReadonlySet<string> = new Set(['人', '名', '位']);

/** Two units of one count, persons counted as 人, 名 or 位 alike (发放到81名重点优抚对象 … 老复员军人11人). */
export function sameCount(a: Unit, b: Unit): boolean {
  return compatible(a, b) || (a.kind === 'count' && b.kind === 'count' && PERSONS.has(a.base) && PERSONS.has(b.base));
}

/** A number for messages: at most four decimals, no float noise (0.1 + 0.2 → 0.3). */
export function formatNumber(n: number, decimals = 4): string {
  const fixed = n.toFixed(decimals);
  // eslint-disable-next-line regexp/no-super-linear-move -- toFixed's output: a few characters
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}
