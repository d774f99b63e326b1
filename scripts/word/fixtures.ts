// Drafts for measuring the export's layout: shared by the rendering tests and `npm run measure:word`.

/** A long report of plain Chinese text (no digits, no marks inside a paragraph): every line but a paragraph's last is a full line. */
export function longDraft(): string {
  const words = '认真贯彻落实上级部署要求坚持问题导向目标导向结果导向统筹推进各项重点工作切实提高工作质量和效率推动全县经济社会高质量发展';
  const paragraphs: string[] = [];
  let at = 0;
  for (let i = 0; i < 16; i++) {
    const length = 90 + ((i * 37) % 80);
    let text = '';
    for (let k = 0; k < length; k++) text += words[(at + k) % words.length];
    at += length;
    paragraphs.push(text + '。');
  }
  return `# 关于全面推进重点项目建设工作的报告\n\n县委、县政府：\n\n${paragraphs.join('\n\n')}\n`;
}

/** The example notice without its 议程: its body ends on page 2, so a blank page comes before the 版记. */
export function shortNotice(notice: string): string {
  return notice.replace(/## 四、会议议程[^]*?(## 五)/, '$1');
}
