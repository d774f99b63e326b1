// Lines that template websites leave in a copied 范文: banners, reading-time lines, share and download
// buttons, QR-code prompts, view counters, stray numbers. Shared by the `web-residue` rule and the title finder; and the
// lines that look like residue or a broken sentence but are cells of a table pasted one cell per line.

import type { Line } from './parse';
import type { Table } from './tables/model';

/** Phrases that only a web page carries; one of them marks a short line as residue. */
const STRONG = [
  '加入收藏',
  '收藏本站',
  '设为首页',
  '阅读时长',
  '预计阅读',
  '阅读需要',
  '领取福利',
  '免费领取',
  '微信扫码',
  '扫码领取',
  '扫码分享',
  '扫码关注',
  '扫码下载',
  '扫码阅读',
  '扫一扫分享',
  '长按识别',
  '关注公众号',
  '关注微信公众号',
  '关注我们',
  '上一篇',
  '下一篇',
  '返回顶部',
  '返回首页',
  '当前位置',
  '您的位置',
  '展开全文',
  '阅读全文',
  '查看全文',
  '免费下载',
  '下载本文',
  '下载文档',
  '下载全文',
  '下载此文档',
  '复制全文',
  '一键复制',
  '全文阅读',
  '相关推荐',
  '相关阅读',
  '相关文章',
  '相关范文',
  '猜你喜欢',
  '热门推荐',
  '热门文章',
  '推荐阅读',
  '精选范文',
  '更多范文',
  '范文网',
  '范文大全',
  '版权所有',
  '版权声明',
  '免责声明',
  '侵删',
  '侵权请联系',
  '联系删除',
  '本文来源',
  '文章来源',
  '原文链接',
  '原文地址',
  '打赏',
  '人已阅读',
  '开通VIP',
  '开通会员',
  '会员专享',
  'VIP专享',
  '注册登录',
  '立即下载',
  '立即登录',
  '查看更多',
  '文档格式',
  '文档页数',
  '字数统计',
  '收藏文章',
  '分享到',
  // a site's submit button (时间：2023-10-09 工作报告 我要投稿) and a page's copyright line (Copyright ©1999-2024 …)
  '我要投稿',
  'Copyright',
  'All Rights Reserved',
  // a document-sharing site's notices (版权说明：本文档由用户提供并上传…, 文档简介, （未完，全文共1507字，当前显示476字）)
  '版权说明',
  '文档简介',
  '当前显示',
];

/** Words that often stand on page furniture but also in prose; two of them (or one beside a domain) decide. */
const WEAK = [
  '扫描二维码',
  '登录后',
  '阅读量',
  '浏览量',
  '点击量',
  '浏览次数',
  '点击次数',
  '分享',
  '收藏',
  '评论',
  '时间:',
  '时间：',
  '作者:',
  '作者：',
  '来源:',
  '来源：',
  '网络',
  '微信',
  '二维码',
  '首页',
  '字数',
  '编辑:',
  '编辑：',
  '发表于',
  '发布',
  '标签',
];

// DOMAIN and COUNTER only ever see lines of at most MAX_LINE characters (judge checks the length first)
// eslint-disable-next-line regexp/no-super-linear-move
const DOMAIN = /(?:https?:\/\/)?(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]*\.(?:com|cn|net|org|cc|top|vip|info|wang|site|xyz)(?:\.cn)?\b/i;
const SITE_WORDS = /——|\||专注|范文|文库|写作|网站|平台|频道|首页|资料|素材/;
/** A line of digits alone (a counter, an ID), or a page number from a PDF: “- 3 -”, “第3页”. */
const STRAY_NUMBER = /^(?:[0-9０-９][0-9０-９,，.\s]*|[-—–]\s*[0-9]+\s*[-—–]|第\s*[0-9]+\s*页(?:\s*[/／共]\s*[0-9]+\s*页?)?)$/;

/** A web page's publication stamp: a dashed date with the page's own words or a time to the second
 *  (“2024-03-05 来源：某局”, “出处：北京商报 作者：… 网编：… 【2023-12-14】”, “发布日期：2024-03-05 09:12:30 [字号：大 中 小] 打印”), or a dashed date followed by
 *  a clock time (“某某日报客户端 2023-03-10 10:47”): a letter's own date line carries no clock time. The same with slashes or
 *  dots (“2021/5/6 9:20:30 来源：县政府办”, “日期：2025/03/28 08:26 来源：本站原创”), and the page's author field beside the
 *  date (“作者：政策法规司2023-08-29”, “刊发日期：2022-01-30 阅读次数： 作者：admin”): a 公文 writes its dates in 年月日. */
const PAGE_DATE = /(?:19|20)[0-9]{2}([-/.])[0-9]{1,2}\1[0-9]{1,2}(?![0-9])/;
const PAGE_STAMP =
  /[来來]源[:：]|出处[:：]|作者[:：]|网编[:：]|责任编辑[:：]|打印|字号|浏览|瀏覽|阅读次数|点击(?:数|量|次数)?[:：]|點擊|[0-9]{1,2}:[0-9]{2}:[0-9]{2}|(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}\s+[0-9]{1,2}:[0-9]{2}(?![0-9])/;

/** A clock time right after a date, then one of the page's fields (“2024-10-01 18:14:54  来源：中国政府网  作者：…”): the
 *  page's stamp wherever it stands on its line, even run onto the headline's line, which residue keeps (its fix deletes
 *  whole lines). */
const CLOCK_THEN_FIELD = /^\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?![0-9])\s*(.{0,40})/;

/** Whether the words right after a dashed date (`after`) are a clock time and a field of the page's stamp. */
export function stampAfterDate(after: string): boolean {
  const rest = CLOCK_THEN_FIELD.exec(after)?.[1];
  return rest !== undefined && PAGE_STAMP.test(rest);
}

/** A dashed date with no more than the page's byline beside it: “2017-10-10 某某日报”, “某某网2026-02-04号报道”,
 *  “【2021-09-07】 北青网-北京青年报” (the date, then the site and the paper the article was taken from, one of them at least
 *  named as a source is: 网, 报, 社, 台, 新闻). A 公文 never writes a date with dashes, and its own date line (落款) stands
 *  alone, which number-format reads. */
const BYLINE_DATE = /^[【[]?(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}[】\]]?\s+(\S.*)$/;
const REPORTED_ON = /^[\p{Script=Han}]{2,12}(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}号?(?:报道|讯|电)$/u;
const SOURCE_NAME = /(?:网|报|社|台|新闻)$/;

function pageByline(t: string): boolean {
  if (REPORTED_ON.test(t)) return true;
  const m = BYLINE_DATE.exec(t);
  if (!m) return false;
  const names = m[1]!.split(/[\s－—·|｜-]+/);
  return names.length <= 4 && names.every((n) => /^[\p{Script=Han}A-Za-z]{2,12}$/u.test(n)) && (names.length === 1 || names.some((n) => SOURCE_NAME.test(n)));
}

/** The same stamp with a date in 年月日 (“2024年01月05日 09:37 来源：某报”, “2011年08月05日 00时00分”, 繁體 “2025年02月19日 10時41分
 *  山西日報”): a full date that
 *  opens its line and is followed by a clock time or by the page's 来源/作者/发布/浏览 fields. A 公文's own date (成文日期, 落款) is never
 *  followed by a clock time or by such a field, so it stays prose and number-format still reads it. */
const PAGE_DATE_CN =
  /^(?:(?:发布|发表|更新)(?:时间|日期)[:：]\s*)?(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日\s*(?:[0-9]{1,2}:[0-9]{2}(?![0-9])|[0-9]{1,2}[时時][0-9]{1,2}分|\s(?:信息)?(?:来源|作者|发布|浏览|编辑)|(?:信息)?(?:来源|作者)[:：])/;
/** A full date in 年月日 with a clock time, anywhere on the line (来源： 某某网  浏览字号： 2010年09月07日 10:23): with a page's
 *  own field beside it (PAGE_STAMP), the page's stamp. */
const PAGE_DATE_CN_TIMED = /(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日\s*[0-9]{1,2}:[0-9]{2}(?![0-9])/;
/** A line with the page's publication field (“发表时间：2025-10-09 14:34 信息来源：… 作者：… 初审：…”), at its start
 *  or among the page's other fields (“体裁分类：…  主题分类：…  发布时间： 2023-07-25  发布机构：商务局  浏览次数：21”,
 *  “上传人：… 文档编号：… 上传时间：2019-09-08 格式：DOC 页数：3”):
 *  such a line can run long with the page's other fields, so it is read before the length limit. */
const PAGE_FIELDS =
  /(?:^|\s)(?:发布|发表|更新|上传)(?:时间|日期)[:：]\s*(?:19|20)[0-9]{2}(?:-[0-9]{1,2}-[0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日)(?:\s+[0-9]{1,2}:[0-9]{2})?\s+\S*(?:来源|作者|浏览|阅读|字体|字号|发布机构|格式|页数|大小)/;
const MAX_FIELDS_LINE = 200;
/** The fields of a 政府信息公开 catalogue entry (索引号：… 发布文号：…; 有效性 有效 公开日期： 2024年06月18日; 发布单位 | 区府办 |
 *  发文日期 | 2022-11-03 |): two of them on a line, the page's catalogue above the document, not the writer's text. */
const CATALOGUE_FIELD = /(?:(?<=^|\s)文号|索引号|发布文号|成文日期|发文日期|公开日期|发布日期|发布单位|发布机构|有效性|公开目录|公开形式|公开方式|主题分类|体裁分类|生成日期)(?=\s*[：:|]|\s+\S)/g;

/** The line that credits a newspaper with the article a page reprints: 《 人民日报 》（ 2021年06月28日 08 版）. A 公文 cites a
 *  paper inside its sentences, never as a line of its own. */
const NEWSPAPER_CREDIT = /^《\s*[\p{Script=Han}]{2,10}\s*》\s*[（(]\s*(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日(?:\s*(?:第\s*)?[0-9]{1,2}\s*版)?\s*[）)]$/u;

/** The line that credits the paper a page took its article from, with the paper's date and the reporter (摘自 《中国建设报》
 *  2020.08.13 罗亮亮, 来源：《经济日报》 2023-05-06): a 公文 cites a paper inside its sentences, never as a dated line of its own. */
const NEWSPAPER_SOURCE =
  /^(?:摘自|转自|选自|原载|[来來]源[:：]?)\s*《\s*[\p{Script=Han}]{2,12}\s*》\s*(?:19|20)[0-9]{2}(?:([-/.])[0-9]{1,2}\1[0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日)(?:\s*[\p{Script=Han}]{2,4})?$/u;

/** A page's “last updated” stamp (茶饮趋势编辑 2024年05月10日最后更新…): a date followed by 最后更新 is the site's, not a 公文's. */
const PAGE_UPDATED = /(?:19|20)[0-9]{2}(?:年[0-9]{1,2}月[0-9]{1,2}日|-[0-9]{1,2}-[0-9]{1,2})\s*最后更新/;

/** A newspaper page's line (第08版：甘肃新闻, 第 3 版: 要闻): the page of the paper an article was copied from. */
const NEWSPAPER_PAGE = /^第\s*[0-9]{1,3}\s*版\s*[:：]\s*[\p{Script=Han}]{0,12}$/u;

/** A newspaper's page stamp with the dashed date (“2024-04-09 4版 市场”, “2023-5-6 第3版：要闻”): the date, the page
 *  (N版) and at most the page's section or the paper's name. A 公文 names no page of a paper beside a date of its own. */
const PAPER_PAGE = /^(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}\s+(?:第\s*)?[0-9]{1,3}\s*版(?:[:：]\s*[\p{Script=Han}]{2,12}|\s+[\p{Script=Han}]{2,12}){0,2}$/u;

export type ResidueKind = 'banner' | 'furniture' | 'number';

const MAX_LINE = 60;
/** A view counter at the end of a line: “阅读 1234”, “浏览：56次”, “328人阅读”. */
// eslint-disable-next-line regexp/no-super-linear-move, regexp/no-super-linear-backtracking
const COUNTER = /(?:(?:阅读|浏览|点击|热度)\s*[:：]?\s*[0-9]+\s*次?|[0-9]+\s*(?:次|人)(?:阅读|浏览|点击))$/;

/** Lines kept between checks by a CheckCache (cache.ts): each line of a draft is judged on every check, and a
 *  keystroke changes one line. A parse without one judges the lines of its draft through a memo of its own. */
export class ResidueMemo {
  private readonly known = new Map<string, ResidueKind | undefined>();

  /** Whether one line of a draft is web residue, and of what kind. */
  kindOf(line: string): ResidueKind | undefined {
    let kind = this.known.get(line);
    if (kind === undefined && !this.known.has(line)) {
      kind = judge(line);
      if (this.known.size > MEMO_LINES) this.known.clear();
      this.known.set(line, kind);
    }
    return kind;
  }
}

/** The most lines a memo keeps: a 300k-character draft has about 20,000. */
const MEMO_LINES = 20000;

function judge(line: string): ResidueKind | undefined {
  const t = line.trim();
  if (t === '') return undefined;
  if (STRAY_NUMBER.test(t)) return 'number';
  if (t.length <= MAX_FIELDS_LINE && !/[。；]/.test(t) && (PAGE_FIELDS.test(t) || (t.match(CATALOGUE_FIELD) ?? []).length >= 2)) return 'furniture';
  // more UTF-16 units than twice the limit is more characters than the limit: no need to spread a long line
  if (t.length > 2 * MAX_LINE || [...t].length > MAX_LINE) return undefined;
  if (DOMAIN.test(t) && SITE_WORDS.test(t)) return 'banner';
  if (STRONG.some((w) => t.includes(w)) || COUNTER.test(t) || (PAGE_DATE.test(t) && (PAGE_STAMP.test(t) || pageByline(t)))) return 'furniture';
  if (NEWSPAPER_CREDIT.test(t) || NEWSPAPER_PAGE.test(t) || PAPER_PAGE.test(t) || NEWSPAPER_SOURCE.test(t) || PAGE_UPDATED.test(t)) return 'furniture';
  if (!/[。；，,]/.test(t) && (PAGE_DATE_CN.test(t) || (PAGE_DATE_CN_TIMED.test(t) && PAGE_STAMP.test(t)))) return 'furniture';
  // a sentence of prose (full stop, or a run of clauses) that mentions 微信 or 阅读量 is not furniture
  if (/[。；]/.test(t) || (t.match(/[，,]/g) ?? []).length >= 2) return undefined;
  const weak = WEAK.filter((w) => t.includes(w)).length;
  if (weak >= 2 || (weak >= 1 && DOMAIN.test(t))) return 'furniture';
  return undefined;
}

// ---- Cells of a table pasted one cell per line ----
// A figure alone on its line looks like a stray counter, and a heading cell looks like a sentence stopped short; in a
// table pasted one cell per line they are its cells. parse marks them once (`Line.cell`), for web-residue and
// broken-paragraph alike.

/** A figure alone on its line: a number or a percentage. */
const CELL_FIGURE = /^[0-9０-９][0-9０-９,，.]*\s*[%％]?$/;
/** A column heading or a row's label alone on its line: a few words, no clause punctuation. */
const HEADING_CELL = /^[^，。；,;：:]{2,20}$/;
/** Figures alone on their lines, and short labels, a run of lines must hold to be a table's cells. */
const CELLS_IN_RUN = 3;

/** Mark the lines of a draft that are cells of a table pasted one cell per line (read once per draft, in linear time). */
export function markTableCells(lines: readonly Line[], tables: readonly Table[], source: string): void {
  const cells = new Array<boolean>(lines.length).fill(false);
  markStackedTable(lines, cells);
  markFiguresUnderHeadings(lines, cells);
  markFiguresBesidePipes(lines, cells);
  markLabelRuns(lines, tables, source, cells);
  // the page's furniture (扫码关注, 版权所有) is no cell, even where a table's reading takes in the lines after it
  for (let i = 0; i < lines.length; i++) if (cells[i] && lines[i]!.residue !== 'furniture' && lines[i]!.residue !== 'banner') lines[i]!.cell = true;
}

const trimmed = (line: Line): string => line.prose.trim();

/**
 * 序号⏎⏎目标任务⏎⏎牵头责任单位⏎⏎…: a table pasted one cell per line opens with its column headings, each alone on its
 * line, 序号 first, and runs to the next heading (its cells may be sentences: 目标任务's). The first such table only.
 */
function markStackedTable(lines: readonly Line[], cells: boolean[]): void {
  for (let i = 0; i + 2 < lines.length; i++) {
    if (!/^(?:序号|编号)$/.test(trimmed(lines[i]!))) continue;
    if (![1, 2].every((k) => /^[\u4e00-\u9fff（）()/、]{2,12}$/.test(trimmed(lines[i + k]!)))) continue;
    for (let k = i; k < lines.length && (k === i || lines[k]!.headingDepth === undefined); k++) cells[k] = true;
    return;
  }
}

/**
 * 应参保人数⏎实际参保人数⏎完成率⏎441⏎411⏎93%: figures alone on lines next to each other, under as many short headings
 * alone on the lines above them, are a table's cells, one per line; a stray counter stands alone.
 */
function markFiguresUnderHeadings(lines: readonly Line[], cells: boolean[]): void {
  const figure = (k: number): boolean => CELL_FIGURE.test(trimmed(lines[k]!));
  for (let start = 0; start < lines.length;) {
    if (!figure(start)) {
      start++;
      continue;
    }
    let end = start + 1;
    while (end < lines.length && figure(end)) end++;
    const run = end - start;
    let headings = 0;
    for (let k = start - 1; k >= 0 && headings < run && HEADING_CELL.test(trimmed(lines[k]!)) && !figure(k); k--) headings++;
    if (run >= 2 && headings >= run) cells.fill(true, start, end);
    start = end;
  }
}

/** 2.梨⏎|⏎吨⏎|⏎27512⏎|: a figure beside a line of a lone pipe is a cell of a table pasted one cell per line. */
function markFiguresBesidePipes(lines: readonly Line[], cells: boolean[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (trimmed(lines[i]!) !== '|') continue;
    for (const k of [i - 1, i + 1]) if (k >= 0 && k < lines.length && CELL_FIGURE.test(trimmed(lines[k]!))) cells[k] = true;
  }
}

/**
 * 一、造林面积⏎公顷⏎2178⏎（一）按造林方式分⏎1、人工造林⏎公顷⏎2178⏎…⏎1、公有经济造林⏎公顷⏎966: a run of short lines
 * only (labels, units, figures alone), with three figures alone and three labels in it at least, is a table pasted one
 * cell per line, whatever its layout (label, unit and figure by turns, rows left empty), and so is such a run right
 * after a table read up to there; a stray counter or page number stands alone among the page's sentences or its furniture.
 */
function markLabelRuns(lines: readonly Line[], tables: readonly Table[], source: string, cells: boolean[]): void {
  const short = (t: string): boolean => t === '' || CELL_FIGURE.test(t) || HEADING_CELL.test(t);
  for (let start = 0; start < lines.length;) {
    if (!short(trimmed(lines[start]!))) {
      start++;
      continue;
    }
    let end = start;
    let figures = 0;
    let labels = 0;
    for (; end < lines.length; end++) {
      const t = trimmed(lines[end]!);
      if (!short(t)) break;
      if (CELL_FIGURE.test(t)) figures++;
      else if (t !== '') labels++;
    }
    const first = lines[start]!;
    // the rest of a table read up to a row it could not place (一行空着的“2、飞播造林⏎公顷”): the run goes on from it
    const afterTable = labels > 0 && tables.some((t) => t.endOffset <= first.lineStart && source.slice(t.endOffset, first.lineStart).trim() === '');
    if ((figures >= CELLS_IN_RUN && labels >= CELLS_IN_RUN) || afterTable) cells.fill(true, start, end);
    start = end;
  }
}
