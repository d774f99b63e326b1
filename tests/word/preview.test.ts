// The layout preview's HTML: the same page model as the .docx, with each block's place in the draft (so the
// preview follows the cursor), the checker's findings marked with their messages, and the 版头's geometry.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageHtml } from '../../client/src/preview/markdownHtml';
import { parseLayoutMessage } from '../../client/src/preview/layoutProtocol';
import { bodyPageCount, keepFlags } from '../../server/src/word/flow';
import { headGeometry } from '../../server/src/word/layout';
import { readPage } from '../../server/src/word/page';

const NOTICE = readFileSync(join(__dirname, '..', '..', 'examples', '关于召开全县安全生产工作会议的通知.md'), 'utf8');

describe('layout preview HTML', () => {
  it('gives every block its span in the draft', () => {
    const text = '# 关于工作的汇报\n\n县委：\n\n正文第一段。\n';
    const html = pageHtml(readPage(text), text, { positions: true }).body;
    const spans = [...html.matchAll(/data-offset="(\d+)" data-end="(\d+)"/g)].map((m) => text.slice(Number(m[1]), Number(m[2])));
    assert.deepEqual(spans, ['# 关于工作的汇报', '县委：', '正文第一段。']);
  });

  it('marks findings by severity, with their messages, escaped', () => {
    const text = '完成投资xx亿元,增长<5%。\n';
    const marks = [
      { offset: 4, endOffset: 6, kind: 'error' as const, message: '未填写的占位符“xx”' },
      { offset: 8, endOffset: 9, kind: 'warning' as const, message: '半角逗号"," <b>' },
    ];
    const html = pageHtml(readPage(text), text, { marks, positions: true }).body;
    assert.ok(html.includes('<mark class="gw-finding gw-mark-error" title="未填写的占位符“xx”">xx</mark>'), html);
    assert.ok(html.includes('<mark class="gw-finding gw-mark-warning" title="半角逗号&quot;,&quot; &lt;b&gt;">,</mark>增长&lt;5%。'), html);
    // the template preview: no positions, no messages
    assert.doesNotMatch(pageHtml(readPage(text), text, { marks }).body, /data-|title=/);
  });

  it('places the 版头 by the export’s geometry and sets the 版记 apart', () => {
    const page = readPage(NOTICE);
    const html = pageHtml(page, NOTICE, { positions: true });
    const g = headGeometry(page.head);
    assert.ok(html.head.startsWith(`<div class="gw-head" data-height="${Math.round(g.height + g.titleBefore)}">`), html.head);
    assert.ok(html.head.includes(`<p class="gw-issuer" data-top="${g.issuer!.top}" data-size="${g.issuer!.size}" data-line="${g.issuer!.line}">临河县人民政府办公室文件</p>`));
    assert.ok(html.head.includes('<hr class="gw-red-line"'));
    assert.equal(
      html.record,
      '<div class="gw-record"><p class="gw-copy-to"><span class="gw-label">抄送：</span>县委办公室，县人大常委会办公室，县政协办公室。</p><p class="gw-printed"><span>临河县人民政府办公室</span><span>2024年7月10日印发</span></p></div>',
    );
    assert.ok(!html.body.includes('发文字号'), 'the front matter is not body text');
  });

  it('marks the blocks kept with the next: title, headings, the 署名 and the body’s last paragraph before it', () => {
    const page = readPage(NOTICE);
    const html = pageHtml(page, NOTICE, { positions: true, keeps: keepFlags(page) }).body;
    const kept = [...html.matchAll(/<(\w+) class="[^"]*"[^>]*data-keep="1">([^<]*)/g)].map((m) => m[2]);
    // (the 附件说明 and the 署名's closing block open with an element: their words are not captured here)
    assert.deepEqual(kept, ['关于召开全县安全生产工作会议的通知', '一、会议时间', '二、会议地点', '三、参会人员', '四、会议议程', '五、有关要求', '联系人：刘晓燕；联系电话：0478-8126688。', '', '']);
    assert.match(html, /<p class="gw-attachment gw-gap1" data-offset="\d+" data-end="\d+" data-keep="1">/);
    assert.match(html, /<div class="gw-closing gw-gap2" data-offset="\d+" data-end="\d+" data-keep="1">/);
    assert.equal(bodyPageCount(page), 3);
  });

  it('accepts only the messages it knows from the webview', () => {
    assert.deepEqual(parseLayoutMessage({ type: 'reveal', offset: 12 }), { type: 'reveal', offset: 12 });
    assert.deepEqual(parseLayoutMessage({ type: 'export' }), { type: 'export' });
    for (const bad of [null, 'ready', [], { type: 'reveal', offset: -1 }, { type: 'reveal', offset: 1.5 }, { type: 'reveal' }, { type: 'eval' }]) assert.equal(parseLayoutMessage(bad), undefined);
  });
});
