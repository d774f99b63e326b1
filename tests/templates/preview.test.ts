// The preview's pure parts: Markdown → page HTML, the webview message protocol, the insertion edit.

import assert from 'node:assert/strict';
import { markdownToHtml } from '../../client/src/preview/markdownHtml';
import { parseWebviewMessage, MAX_VALUE_LENGTH } from '../../client/src/preview/protocol';
import { computeInsertion, type InsertionRequest } from '../../client/src/preview/insertion';
import { check } from '../../server/src/engine/check';
import { TemplateSession } from '../../client/src/preview/session';
import { shippedTemplates } from './helpers';

describe('preview HTML', () => {
  const draft = `# 关于2024年上半年工作情况的汇报

县委、县政府：

按照县委工作安排，现将有关情况汇报如下：

## 一、工作进展情况

（一）精心组织凝聚合力。召开动员大会。

（二）**强化**统筹。印发方案。

1.建立台账。逐项明确责任。

二、会议原则同意方案。

附件：1.重点项目清单\\
2.资金测算表

出席：王明、李华

临河县发展和改革局

2024年7月5日

（联系人：王建华，联系电话：0478-8123456）
`;
  const html = markdownToHtml(draft);

  it('lays out the title, 主送机关, 署名 and 成文日期 as the printed page does', () => {
    assert.ok(html.includes('<h1 class="gw-title">关于2024年上半年工作情况的汇报</h1>'));
    assert.ok(html.includes('<p class="gw-addressee gw-gap1">县委、县政府：</p>')); // 标题下空一行
    assert.ok(html.includes('<div class="gw-closing gw-gap2"><p class="gw-signature">临河县发展和改革局</p><p class="gw-date">2024年7月5日</p></div>')); // room for the seal
    assert.ok(html.includes('<p class="gw-body">（联系人：王建华，联系电话：0478-8123456）</p>'));
  });

  it('sets level-1 ordinals in 黑体 and level-2 run-in headings in 楷体 (GB/T 9704 7.3.3)', () => {
    assert.ok(html.includes('<h2 class="gw-heading gw-l1">一、工作进展情况</h2>'));
    assert.ok(html.includes('<p class="gw-body"><span class="gw-l2">（一）精心组织凝聚合力。</span>召开动员大会。</p>'));
    assert.ok(html.includes('<p class="gw-body"><span class="gw-l1">二、会议原则同意方案。</span></p>'));
    // a heading split by emphasis: only the ordinal is set apart
    assert.ok(html.includes('<span class="gw-l2">（二）</span><strong>强化</strong>统筹。印发方案。'));
    assert.ok(html.includes('<p class="gw-body">1.建立台账。逐项明确责任。</p>'));
  });

  it('sets 附件说明 and 纪要 name lists with their labels', () => {
    assert.ok(html.includes('<p class="gw-attachment gw-gap1"><span class="gw-label">附件：</span>1.重点项目清单<br>2.资金测算表</p>'));
    assert.ok(html.includes('<p class="gw-namelist gw-gap1"><span class="gw-label">出席：</span>王明、李华</p>'));
  });

  it('escapes everything, raw HTML included, and follows no links', () => {
    const out = markdownToHtml('正文<img src=x onerror=alert(1)>和[链接](javascript:alert(1))。\n\n<script>alert(1)</script>\n\n![图](x.png)\n\n`<b>`\n');
    assert.ok(!/<img|<script|<a |javascript:|<b>/.test(out), out);
    assert.ok(out.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(out.includes('<span class="gw-link">链接</span>'));
    assert.ok(out.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(out.includes('<code>&lt;b&gt;</code>'));
  });

  // What a writer (or a pasted text) may put in a field: markup that would run if it reached the page as HTML.
  const hostile = ['<img src=x onerror=alert(1)>', '</script><script>alert(1)</script>', '"><svg onload=alert(1)>', '<a href="javascript:alert(1)">链接</a>', '[链接](javascript:alert(1))'];
  for (const file of shippedTemplates()) {
    it(`shows hostile values as text in the preview of ${file.name}`, () => {
      const session = TemplateSession.of(file, shippedTemplates());
      let literal = 0;
      for (const value of hostile) {
        const values = Object.fromEntries(session.view().fields.map((f) => [f.name, f.type === 'list' || f.type === 'paragraph' ? `${value}\n第二行${value}` : value]));
        const preview = session.preview(values);
        assert.ok(preview.ok, preview.ok ? '' : preview.problem.message);
        // no element but the renderer's own, no attribute but class and start
        const tags = [...preview.html.matchAll(/<\/?([a-z0-9]+)([^>]*)>/gi)];
        for (const [tag, name, attributes] of tags) {
          assert.ok(/^(h[1-6]|p|div|span|mark|strong|em|del|code|pre|br|hr|ol|ul|li|blockquote|figure|table|thead|tbody|tr|th|td)$/.test(name!), `${file.name}: ${tag}`);
          assert.ok(/^(\s+(class|start)="[^"<>]*")*$/.test(attributes!), `${file.name}: ${tag}`);
        }
        // markup typed into a one-line field stands in the page as the writer typed it
        if (value.includes('<') && preview.markdown.includes(value)) {
          literal++;
          assert.ok(preview.html.includes(value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')), `${file.name}: ${value} not shown as text`);
        }
      }
      assert.ok(literal > 0, 'no field kept a value verbatim');
    });
  }

  it('marks a finding with its severity, and lists it in the same order as its mark', () => {
    const session = TemplateSession.of(shippedTemplates().find((f) => f.name === 'work-report.njk')!, shippedTemplates());
    const values = Object.fromEntries(session.view().fields.map((f) => [f.name, f.example]));
    values.progress = values.progress!.replace('续建16个', '续建15个').replace('办结率为80%', '办结率为85%');
    const preview = session.preview(values);
    assert.ok(preview.ok);
    assert.deepEqual(preview.problems.map((p) => p.rule), ['number-ratio', 'number-sum']);
    assert.equal(preview.stats.findings, 2);
    // the webview finds the i-th problem's mark as the i-th finding mark on the page
    const marks = [...preview.html.matchAll(/<mark class="gw-finding gw-mark-(\w+)">([^<]*)<\/mark>/g)].map((m) => [m[1], m[2]]);
    assert.deepEqual(marks, preview.problems.map((p, i) => [p.severity, ['85%', '36个'][i]]));
  });

  it('marks the checker’s placeholders', () => {
    const text = '# 关于【汇报事项】的报告\n\n完成投资xx亿元，A&B。\n';
    const marks = check(text).findings.filter((f) => f.rule === 'placeholder');
    const out = markdownToHtml(text, { marks });
    assert.ok(out.includes('关于<mark class="gw-slot">【汇报事项】</mark>的报告'));
    assert.ok(out.includes('完成投资<mark class="gw-slot">xx</mark>亿元，A&amp;B。'));
  });

  it('keeps a subtitle line (述职人) apart from the 主送机关', () => {
    const out = markdownToHtml('# 2024年度述职报告\n\n县发展和改革局局长　张明\n\n县委组织部：\n\n正文。\n');
    assert.ok(out.includes('<p class="gw-subtitle">县发展和改革局局长　张明</p>\n<p class="gw-addressee gw-gap1">县委组织部：</p>'));
  });

  it('places a date still to be filled as the 成文日期', () => {
    const out = markdownToHtml('正文。\n\n【汇报单位】\n\n【成文日期】\n');
    assert.ok(out.includes('<div class="gw-closing gw-gap2"><p class="gw-signature">【汇报单位】</p><p class="gw-date">【成文日期】</p></div>'));
  });
});

describe('webview message protocol', () => {
  const values = { unit: '临河县', items: '一\n二' };

  it('accepts the messages it knows', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'openTemplate' }), { type: 'openTemplate' });
    assert.deepEqual(parseWebviewMessage({ type: 'values', template: 'builtin:a.njk', seq: 3, values }), { type: 'values', template: 'builtin:a.njk', seq: 3, values });
    assert.deepEqual(parseWebviewMessage({ type: 'insert', template: 't', values, replaceSelection: true }), { type: 'insert', template: 't', values, replaceSelection: true });
    assert.deepEqual(parseWebviewMessage({ type: 'newDocument', template: 't', values }), { type: 'newDocument', template: 't', values });
    assert.deepEqual(parseWebviewMessage({ type: 'exportWord', template: 't', values }), { type: 'exportWord', template: 't', values });
  });

  it('keeps only the fields it knows', () => {
    const message = parseWebviewMessage({ type: 'values', template: 't', seq: 1, values, extra: 'x' });
    assert.deepEqual(Object.keys(message!).sort(), ['seq', 'template', 'type', 'values']);
  });

  const invalid: Array<[string, unknown]> = [
    ['not an object', 'ready'],
    ['null', null],
    ['an array', [{ type: 'ready' }]],
    ['an unknown type', { type: 'eval', code: '1' }],
    ['values that are not strings', { type: 'values', template: 't', seq: 1, values: { unit: 1 } }],
    ['values that are an array', { type: 'values', template: 't', seq: 1, values: ['a'] }],
    ['a field name that is no identifier', { type: 'values', template: 't', seq: 1, values: { __proto__x: 'a', 'a b': 'c' } }],
    ['a value too long', { type: 'values', template: 't', seq: 1, values: { unit: 'x'.repeat(MAX_VALUE_LENGTH + 1) } }],
    ['too many fields', { type: 'values', template: 't', seq: 1, values: Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`f${i}`, ''])) }],
    ['a negative seq', { type: 'values', template: 't', seq: -1, values }],
    ['a fractional seq', { type: 'values', template: 't', seq: 1.5, values }],
    ['a missing template id', { type: 'values', seq: 1, values }],
    ['insert without replaceSelection', { type: 'insert', template: 't', values }],
    ['insert with a string replaceSelection', { type: 'insert', template: 't', values, replaceSelection: 'yes' }],
    ['newDocument without values', { type: 'newDocument', template: 't' }],
    ['exportWord without a template id', { type: 'exportWord', values }],
  ];
  for (const [what, raw] of invalid) {
    it(`refuses ${what}`, () => assert.equal(parseWebviewMessage(raw), undefined));
  }

  it('refuses a field named __proto__ or constructor', () => {
    assert.equal(parseWebviewMessage(JSON.parse('{"type":"values","template":"t","seq":1,"values":{"__proto__":"x"}}')), undefined);
    assert.equal(parseWebviewMessage({ type: 'values', template: 't', seq: 1, values: { constructor: 'x' } }), undefined);
  });
});

describe('insertion edit', () => {
  const base: Omit<InsertionRequest, 'text' | 'selectionStart' | 'selectionEnd' | 'cursor'> = { replaceSelection: false, markdown: '# 标题\n\n正文。\n', eol: '\n' };
  const apply = (request: InsertionRequest): string => {
    const e = computeInsertion(request);
    return request.text.slice(0, e.offset) + e.text + request.text.slice(e.endOffset);
  };
  const at = (text: string, cursor: number, extra: Partial<InsertionRequest> = {}): InsertionRequest => ({ ...base, text, selectionStart: cursor, selectionEnd: cursor, cursor, ...extra });

  it('fills an empty document, ending with one newline', () => {
    assert.deepEqual(computeInsertion(at('', 0)), { offset: 0, endOffset: 0, text: '# 标题\n\n正文。\n' });
  });

  it('sets the draft apart from the line the cursor is in', () => {
    assert.equal(apply(at('前文。后文。', 3)), '前文。\n\n# 标题\n\n正文。\n\n后文。');
  });

  it('adds no more blank lines than needed', () => {
    assert.equal(apply(at('前文。\n\n后文。\n', 5)), '前文。\n\n# 标题\n\n正文。\n\n后文。\n');
    assert.equal(apply(at('前文。\n后文。\n', 4)), '前文。\n\n# 标题\n\n正文。\n\n后文。\n');
    assert.equal(apply(at('前文。\n', 4)), '前文。\n\n# 标题\n\n正文。\n');
    assert.equal(apply(at('前文。', 3)), '前文。\n\n# 标题\n\n正文。\n');
  });

  it('keeps a selection unless asked to replace it', () => {
    const text = '甲。\n\n乙丙。\n\n丁。\n';
    const selection = { selectionStart: 4, selectionEnd: 7, cursor: 7 };
    assert.equal(apply({ ...at(text, 7), ...selection }), '甲。\n\n乙丙。\n\n# 标题\n\n正文。\n\n丁。\n');
    assert.equal(apply({ ...at(text, 7), ...selection, replaceSelection: true }), '甲。\n\n# 标题\n\n正文。\n\n丁。\n');
  });

  it('replaces a backwards selection the same way', () => {
    const text = '甲。\n\n乙丙。\n';
    assert.equal(apply({ ...at(text, 4), selectionStart: 7, selectionEnd: 4, replaceSelection: true }), '甲。\n\n# 标题\n\n正文。\n');
  });

  it('ignores replaceSelection when nothing is selected', () => {
    assert.equal(apply(at('甲。\n', 3, { replaceSelection: true })), '甲。\n\n# 标题\n\n正文。\n');
  });

  it('writes the document’s own line ends and never splits a CRLF', () => {
    const text = '甲。\r\n乙。\r\n';
    const edit = computeInsertion(at(text, 3, { eol: '\r\n' }));
    assert.equal(edit.offset, 4);
    assert.equal(apply(at(text, 3, { eol: '\r\n' })), '甲。\r\n\r\n# 标题\r\n\r\n正文。\r\n\r\n乙。\r\n');
    assert.ok(!/[^\r]\n/.test(apply(at(text, 3, { eol: '\r\n' }))));
  });

  it('is one edit: the document before it is recovered by undoing that edit alone', () => {
    const text = '甲。\n\n乙。\n';
    const e = computeInsertion(at(text, 4));
    const after = apply(at(text, 4));
    const undone = after.slice(0, e.offset) + text.slice(e.offset, e.endOffset) + after.slice(e.offset + e.text.length);
    assert.equal(undone, text);
  });

  it('clamps offsets outside the document', () => {
    assert.deepEqual(computeInsertion(at('甲。', 99)).offset, 2);
  });
});
