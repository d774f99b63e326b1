// Times Word import on .docx files built here: a 公文 of ordinary length, one of 4.9 MB of XML (just under the
// limit), and the refusals of a zip bomb and an oversized declaration. Processor time, median of five runs.
// `npx tsx scripts/bench-word-import.ts` (docs/word.md quotes its figures).

import { importDocxBytes, WordImportError } from '../server/src/word/import';
import { docxEntries, GONGWEN_LEVELS, numbering, p, zip } from '../tests/word/build';

const ms = (f: () => void): number => {
  const start = process.cpuUsage();
  f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

const median = (f: () => void): number => {
  const times = Array.from({ length: 5 }, () => ms(f)).sort((a, b) => a - b);
  return times[2]!;
};

const SENTENCE = '全县共安排重点建设项目36个（新建20个、续建16个），总投资186亿元，年度计划投资52亿元，截至6月底完成投资27亿元，占年度计划投资的51.9%。';

/** A report with `sections` 一、 parts of four （一） parts of two paragraphs, and a table per part. */
function report(sections: number): Buffer {
  return zip(reportEntries(sections));
}

function documentXmlBytes(sections: number): number {
  return Buffer.byteLength(reportEntries(sections).find((e) => e.name === 'word/document.xml')!.data as string);
}

function reportEntries(sections: number) {
  const body: string[] = [p('关于2024年上半年工作情况的汇报', { jc: 'center', rPr: '<w:sz w:val="44"/>' }), p('县委、县政府：')];
  for (let s = 0; s < sections; s++) {
    body.push(p('工作进展情况', { numId: 1, ilvl: 0 }));
    for (let k = 0; k < 4; k++) {
      body.push(p('扎实推进项目建设', { numId: 1, ilvl: 1 }), p(SENTENCE), p(SENTENCE));
    }
    body.push(`<w:tbl>${Array.from({ length: 6 }, () => `<w:tr>${Array.from({ length: 4 }, () => `<w:tc>${p('12.5')}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`);
  }
  return docxEntries({ body: body.join(''), numbering: numbering(GONGWEN_LEVELS) });
}

function row(name: string, bytes: Buffer): void {
  let chars = 0;
  let outcome = '';
  const time = median(() => {
    try {
      chars = importDocxBytes(bytes).markdown.length;
      outcome = `${chars.toLocaleString('en')} characters of Markdown`;
    } catch (e) {
      if (!(e instanceof WordImportError)) throw e;
      outcome = `refused: ${e.reason.slice(0, 24)}…`;
    }
  });
  console.log(`| ${name} | ${(bytes.length / 1024).toFixed(0)} KB | ${time.toFixed(1)} ms | ${outcome} |`);
}

const ordinary = report(4);
// the largest report whose document.xml stays under 4.9 MB
let large = 4;
while (documentXmlBytes(large + 10) < 4.9 * 1024 * 1024) large += 10;
const bomb = zip(docxEntries({ body: `<w:p><w:r><w:t>${'x'.repeat(64 * 1024 * 1024)}</w:t></w:r></w:p>` }).map((e) => (e.name === 'word/document.xml' ? { ...e, declaredSize: 300 } : e)));
const declared = zip(docxEntries({ body: p('正文。') }).map((e) => (e.name === 'word/document.xml' ? { ...e, declaredSize: 3_000_000_000 } : e)));

console.log('| file | .docx | import | result |\n| --- | --- | --- | --- |');
row(`report, ${4} parts`, ordinary);
row(`report, ${large} parts (document.xml ${(documentXmlBytes(large) / 1024 / 1024).toFixed(1)} MB)`, report(large));
row('zip bomb: 64 MB declared as 300 bytes', bomb);
row('3 GB declared', declared);
