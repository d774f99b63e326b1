// Word import on .docx files another program wrote: LibreOffice (headless) saves a document built here, with
// Chinese list numbering, a tracked change, a footnote, a table, a header, a footer and a text box, as .docx; and
// it re-saves .docx files Word export wrote. Import must read them as it reads its own. Run by `npm run test:word`
// (which installs LibreOffice on first use).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { exportDocx } from '../../server/src/word/export';
import { importDocxBytes } from '../../server/src/word/import';
import { roundTripDrafts } from '../word/roundtrip';

/** An OpenDocument text (flat XML) as a writer might make it in LibreOffice or WPS. */
const FODT = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles>
<text:list-style style:name="L1">
<text:list-level-style-number text:level="1" style:num-suffix="、" style:num-format="一, 二, 三, ..."/>
<text:list-level-style-number text:level="2" style:num-prefix="（" style:num-suffix="）" style:num-format="一, 二, 三, ..."/>
<text:list-level-style-number text:level="3" style:num-suffix="." style:num-format="1"/>
</text:list-style>
<style:style style:name="P1" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="22pt"/></style:style>
<style:page-layout style:name="pm1"/>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header><text:p>页眉中的文字</text:p></style:header><style:footer><text:p>页脚中的文字</text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:text>
<text:tracked-changes>
<text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>审核人</dc:creator><dc:date>2024-07-01T10:00:00</dc:date></office:change-info><text:p>25</text:p></text:deletion></text:changed-region>
<text:changed-region text:id="ct2"><text:insertion><office:change-info><dc:creator>审核人</dc:creator><dc:date>2024-07-01T10:00:00</dc:date></office:change-info></text:insertion></text:changed-region>
</text:tracked-changes>
<text:p text:style-name="P1">关于2024年上半年工作情况的汇报</text:p>
<text:p>县政府：</text:p>
<text:list text:style-name="L1">
<text:list-item><text:p>工作进展情况</text:p>
<text:list><text:list-item><text:p>扎实推进项目建设</text:p>
<text:list><text:list-item><text:p>召开会议</text:p></text:list-item><text:list-item><text:p>制定方案</text:p></text:list-item></text:list>
</text:list-item><text:list-item><text:p>做细项目前期</text:p></text:list-item></text:list>
</text:list-item>
<text:list-item><text:p>存在问题</text:p></text:list-item>
</text:list>
<text:p>完成投资<text:change text:change-id="ct1"/><text:change-start text:change-id="ct2"/>27<text:change-end text:change-id="ct2"/>亿元<text:note text:note-class="footnote"><text:note-body><text:p>数据来源：县统计局。</text:p></text:note-body></text:note>。<draw:frame draw:name="框1" text:anchor-type="paragraph" svg:width="5cm" svg:height="2cm"><draw:text-box><text:p>文本框中的文字</text:p></draw:text-box></draw:frame></text:p>
<table:table table:name="表1"><table:table-column table:number-columns-repeated="2"/>
<table:table-row><table:table-cell><text:p>项目</text:p></table:table-cell><table:table-cell><text:p>投资（亿元）</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell><text:p>新建</text:p></table:table-cell><table:table-cell><text:p>5</text:p></table:table-cell></table:table-row>
</table:table>
<text:p>特此报告。</text:p>
</office:text></office:body></office:document>
`;

describe('Word import of .docx files LibreOffice wrote', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'gongwen-lo-import-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** LibreOffice's .docx of each file (one run for them all), with a profile of its own. */
  const saveAsDocx = (files: string[]): Buffer[] => {
    const out = join(dir, 'out');
    const run = spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, '.lo-profile')}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', out, ...files], {
      encoding: 'utf8',
      timeout: 280_000,
    });
    assert.equal(run.status, 0, run.stderr);
    return files.map((file) => readFileSync(join(out, basename(file).replace(/\.[^.]+$/, '.docx'))));
  };

  it('reads its numbering (taiwaneseCountingThousand, （%2）, %3.), accepts its tracked change, keeps the footnote and table, drops header, footer and text box', () => {
    const file = join(dir, '汇报.fodt');
    writeFileSync(file, FODT);
    assert.equal(
      importDocxBytes(saveAsDocx([file])[0]!).markdown,
      [
        '# 关于2024年上半年工作情况的汇报',
        '县政府：',
        '一、工作进展情况',
        '（一）扎实推进项目建设',
        '1.召开会议',
        '2.制定方案',
        '（二）做细项目前期',
        '二、存在问题',
        '完成投资27亿元[^1]。',
        '| 项目 | 投资（亿元） |\n| --- | --- |\n| 新建 | 5 |',
        '特此报告。',
        '[^1]: 数据来源：县统计局。',
      ].join('\n\n') + '\n',
    );
  });

  it('reads the .docx files Word export wrote, re-saved by LibreOffice, as it reads them from Word export', async () => {
    const drafts = roundTripDrafts().filter((d) => d.name.startsWith('examples/') || d.name === 'tests/corpus/figures/24-jiedao-nianzhong.md' || d.name === 'templates/request.njk');
    const exported = await Promise.all(drafts.map((draft) => exportDocx(draft.markdown, { date: new Date('2024-07-05T00:00:00Z') })));
    const files = exported.map((bytes, k) => {
      const file = join(dir, `${k}.docx`);
      writeFileSync(file, bytes);
      return file;
    });
    const resaved = saveAsDocx(files);
    drafts.forEach((draft, k) => assert.equal(importDocxBytes(resaved[k]!).markdown, importDocxBytes(exported[k]!).markdown, draft.name));
  });
});
