// document-number: a 发文字号 as GB/T 9704-2012 7.2.4 has it: the year in full inside 六角括号 〔〕, the serial
// number without 第 and without leading zeros (国办发〔2024〕5号, not 国办发【2024】第05号).

import { defineRule } from '../rule';
import { quote } from '../text';
import type { Line } from '../parse';
import type { Report } from '../types';

/**
 * An organ's code (ending in a Chinese character), a year in any bracket, an optional 第, a serial number and 号:
 * 某政发【2023】12号, 财预[2024]5号, 市政办函（2024）第05号. Court case numbers ((2023)京0105民初123号) have more
 * between the year and the number and are not matched; nor are addresses (12号楼).
 */
const DOCUMENT_NUMBER = /(?<=[\u4e00-\u9fff])([〔【[［(（〖｛{])\s*((?:19|20)?[0-9]{2})\s*([〕】\]］)）〗｝}])\s*(?:(第)\s*)?([0-9]{1,5})\s*号(?![楼院线路街巷室栋])/g;

export default defineRule(
  {
    id: 'document-number',
    title: '发文字号',
    titleEn: 'Document number',
    basis: 'GB/T 9704-2012 7.2.4',
    severity: 'warning',
    fixable: true,
    safeFix: true,
    options: {},
  },
  (context) => {
    for (const line of context.draft.lines) {
      if (line.residue) continue;
      context.kept.report(line, '', context.report, checkPara);
    }
  },
);

function checkPara(para: Line, report: (r: Report) => void): void {
  DOCUMENT_NUMBER.lastIndex = 0;
  for (let m = DOCUMENT_NUMBER.exec(para.prose); m; m = DOCUMENT_NUMBER.exec(para.prose)) {
    const [written, open, year, close, di, serial] = m as unknown as [string, string, string, string, string | undefined, string];
    const problems: string[] = [];
    if (open !== '〔' || close !== '〕') problems.push('年份应用六角括号“〔〕”括入');
    if (year.length === 2) problems.push('年份应标全称');
    if (di) problems.push('发文顺序号不加“第”字');
    if (serial.length > 1 && serial.startsWith('0')) problems.push('发文顺序号不编虚位');
    if (problems.length === 0) continue;
    const fullYear = year.length === 2 ? `20${year}` : year;
    const wanted = `〔${fullYear}〕${Number(serial)}号`;
    const offset = para.offset + m.index;
    report({
      offset,
      endOffset: offset + written.length,
      message: `发文字号${quote(para.source.slice(m.index, m.index + written.length))}不合规范：${problems.join('，')}，应写作${quote(wanted)}（GB/T 9704-2012 7.2.4）`,
      fix: [{ offset, endOffset: offset + written.length, text: wanted }],
      // the century of a two-digit year is a guess the writer confirms
      safeFix: year.length === 4,
    });
  }
}
