// Rendering: form values typed by their declaration, placeholders for empty required values, no HTML
// escaping in Markdown, errors with their lines, a loader confined to the template's folder, and no way out
// of the template to Function, process or require.

import assert from 'node:assert/strict';
import { exampleValues, initialValues, renderTemplate, templateContext, tidyMarkdown } from '../../client/src/templates/render';
import { FILTERS, problemOf, syntaxProblem } from '../../client/src/templates/environment';
import { chineseOrdinal, gbDate, parseNumber, stripLeadingOrdinal, weekday } from '../../client/src/templates/format';
import { markdownToHtml } from '../../client/src/preview/markdownHtml';
import type { TemplateMeta } from '../../client/src/templates/types';
import { templateOf } from './helpers';

const FRONT = `title: 测试
description: 测试模板
variables:
  - name: unit
    label: 汇报单位
    type: text
    required: true
  - name: body
    label: 正文
    type: paragraph
    required: true
  - name: count
    label: 项目个数
    type: number
    required: true
  - name: done
    label: 已完成个数
    type: number
  - name: day
    label: 成文日期
    type: date
    required: true
  - name: items
    label: 工作进展
    type: list
    required: true
  - name: extra
    label: 附件
    type: list
  - name: kind
    label: 类型
    type: choice
    choices: [专项, 综合]
    required: true`;

function render(body: string, values: Record<string, string> = {}, siblings: Record<string, string> = {}) {
  const { file, env } = templateOf(body, FRONT, siblings);
  assert.deepEqual(file.problems, []);
  return renderTemplate(env, file, values);
}

function markdown(body: string, values: Record<string, string> = {}): string {
  const result = render(body, values);
  assert.ok(result.ok, result.ok ? '' : result.problem.message);
  return result.markdown;
}

describe('rendering', () => {
  describe('values by type', () => {
    const meta = templateOf('', FRONT).file.meta!;

    it('writes an empty required value as a visible placeholder, xx for a number', () => {
      const ctx = templateContext(meta, {});
      assert.equal(ctx.unit, '【汇报单位】');
      assert.equal(ctx.count, 'xx');
      assert.equal(ctx.day, '【成文日期】');
      assert.deepEqual(ctx.items, ['【工作进展】']);
      assert.equal(ctx.kind, '【类型】');
    });

    it('leaves an empty optional value empty', () => {
      const ctx = templateContext(meta, {});
      assert.equal(ctx.done, '');
      assert.deepEqual(ctx.extra, []);
    });

    it('types what the writer typed', () => {
      const ctx = templateContext(meta, {
        unit: ' 临河县\n发展和改革局 ',
        body: '第一段。\n\n\n第二段。\n',
        count: ' 36 ',
        day: '2024-07-05',
        items: '（一）精心组织。\n\n二是压实责任。\n3.强化保障。',
        kind: '综合',
      });
      assert.equal(ctx.unit, '临河县发展和改革局');
      assert.equal(ctx.body, '第一段。\n\n第二段。');
      assert.equal(ctx.count, '36');
      assert.equal(ctx.day, '2024年7月5日');
      assert.deepEqual(ctx.items, ['精心组织。', '压实责任。', '强化保障。'], 'ordinals the writer typed are dropped');
      assert.equal(ctx.kind, '综合');
    });

    it('does not take a choice that is not offered', () => {
      assert.equal(templateContext(meta, { kind: '<script>' }).kind, '【类型】');
    });

    it('starts the form at the defaults, today resolved; 填入示例 takes the examples', () => {
      const m: TemplateMeta = {
        title: 't',
        description: 'd',
        variables: [{ name: 'day', label: '日期', type: 'date', required: true, default: 'today', example: '2024-07-05', help: '', choices: [], columns: [], total: '' }],
      };
      assert.deepEqual(initialValues(m, new Date(2024, 0, 9)), { day: '2024-01-09' });
      assert.deepEqual(exampleValues(m), { day: '2024-07-05' });
    });
  });

  describe('Markdown, not HTML', () => {
    it('keeps A&B and <script> as typed in the Markdown (autoescape off)', () => {
      const md = markdown('{{ unit }}说：{{ body }}', { unit: 'A&B', body: '<script>alert(1)</script>' });
      assert.equal(md, 'A&B说：<script>alert(1)</script>\n');
    });

    it('escapes them in the preview HTML', () => {
      const html = markdownToHtml(markdown('{{ unit }}说：{{ body }}', { unit: 'A&B', body: '<script>alert(1)</script>' }));
      assert.ok(html.includes('A&amp;B'));
      assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
      assert.ok(!html.includes('<script'));
    });

    it('tidies blank lines and ends with one newline', () => {
      assert.equal(tidyMarkdown('\n\n# 标题  \n\n\n\n正文。\n\n\n'), '# 标题\n\n正文。\n');
    });
  });

  describe('errors', () => {
    const frontLines = FRONT.split('\n').length + 2;

    it('a syntax error comes back with its line, counted in the file (front matter included)', () => {
      const result = render('# {{ unit }}\n\n{% for x in %}\n正文\n');
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.equal(result.problem.line, frontLines + 3);
      assert.match(result.problem.message, /模板出错/);
    });

    it('a block left open points at its opening tag', () => {
      const result = render('# {{ unit }}\n\n{% if unit %}\n{% for x in items %}{% endfor %}\n正文\n');
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.equal(result.problem.line, frontLines + 3);
      assert.match(result.problem.message, /endif/);
    });

    it('an unclosed tag points at its line', () => {
      const result = render('第一行\n第二行 {{ unit \n第三行');
      assert.equal(result.ok, false);
      if (!result.ok) assert.ok(result.problem.line! >= FRONT.split('\n').length + 3);
    });

    it('an unknown filter is reported with its line', () => {
      const result = render('第一行\n\n{{ unit | nosuchfilter }}\n');
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.match(result.problem.message, /nosuchfilter/);
      assert.equal(result.problem.line, frontLines + 3);
    });

    it('front matter problems stop the render', () => {
      const { file, env } = templateOf('{{ x }}', 'title: 测试\nvariables: []');
      const result = renderTemplate(env, file, {});
      assert.equal(result.ok, false);
      if (!result.ok) assert.match(result.problem.message, /description/);
    });

    it('finds syntax errors before any render, for the pick', () => {
      assert.equal(syntaxProblem('# {{ unit }}\n{% for x in items %}{{ x }}{% endfor %}\n'), undefined);
      assert.equal(syntaxProblem('\n\n{% if a %}\n{% for x in y %}{% endfor %}\n')?.line, 3);
      assert.equal(syntaxProblem('a\n{{ a b }}\n')?.line, 2);
    });

    it('reads line and column out of nunjucks messages', () => {
      assert.deepEqual(problemOf(new Error('(t.njk) [Line 12, Column 3]\n  unexpected token: }}')), {
        message: '模板出错（template error）：unexpected token: }}',
        line: 12,
        column: 3,
      });
    });
  });

  describe('the loader', () => {
    it('serves sibling templates of the same folder', () => {
      const md = render('{% include "_sig.njk" %}', { unit: '临河县' }, { '_sig.njk': '---\ntitle: 落款\ndescription: 落款\nvariables: []\n---\n落款：{{ unit }}' });
      assert.ok(md.ok && md.markdown.trim() === '落款：临河县', JSON.stringify(md));
    });

    for (const name of ['../etc/passwd', '/etc/passwd', '..\\\\secret.njk', 'sub/x.njk', 'package.json', '../../package.json', `${process.cwd()}/package.json`]) {
      for (const tag of [`{% include "${name}" %}`, `{% import "${name}" as m %}`, `{% from "${name}" import x %}`, `{% extends "${name}" %}`]) {
        it(`does not reach ${tag}`, () => {
          const result = render(tag);
          assert.equal(result.ok, false);
          if (!result.ok) assert.match(result.problem.message, /not found/);
        });
      }
    }

    it('does not take a computed template name to the disk either', () => {
      const result = render('{% include "/et" + "c/passwd" %}{% include ["../../package.json", "/etc/passwd"] %}');
      assert.equal(result.ok, false);
    });
  });

  describe('no way out of the template', () => {
    const g = globalThis as { __gongwenEscaped?: boolean };
    const escapes = [
      '{{ range.constructor("globalThis.__gongwenEscaped = true")() }}',
      '{{ cycler.constructor("globalThis.__gongwenEscaped = true")() }}',
      '{{ "".constructor.constructor("globalThis.__gongwenEscaped = true")() }}',
      '{{ constructor.constructor("globalThis.__gongwenEscaped = true")() }}',
      '{{ unit.__proto__.constructor.constructor("globalThis.__gongwenEscaped = true")() }}',
      '{{ range["constr" + "uctor"]("globalThis.__gongwenEscaped = true")() }}',
      '{% set f = joiner.constructor %}{{ f("globalThis.__gongwenEscaped = true")() }}',
      '{{ constructor.getOwnPropertyDescriptor(range.__proto__, "constructor").value("globalThis.__gongwenEscaped = true")() }}',
      '{{ items.constructor.constructor("globalThis.__gongwenEscaped = true")() }}',
    ];
    for (const source of escapes) {
      it(`blocks ${source}`, () => {
        delete g.__gongwenEscaped;
        render(source, { unit: 'x', items: 'a' });
        assert.equal(g.__gongwenEscaped, undefined);
      });
    }

    // What an escape would be for: the file system, the process, the network. Each payload, if it ran, would
    // write what it reached into the draft; the draft must show none of it.
    const payload = 'return ["ESCAPED", typeof process, typeof require, process.getBuiltinModule("fs").readFileSync("/etc/passwd", "utf8")].join()';
    const reaches = [
      `{{ range.constructor('${payload}')() }}`,
      `{{ joiner().constructor.constructor('${payload}')() }}`,
      `{{ cycler().next.constructor('${payload}')() }}`,
      `{{ lipsum.constructor('${payload}')() }}`,
      `{{ r/x/.constructor.constructor('${payload}')() }}`,
      `{% macro m() %}{% endmacro %}{{ m.constructor('${payload}')() }}`,
      `{{ loop.constructor.constructor('${payload}')() }}`,
      `{{ ({}).valueOf().constructor.constructor('${payload}')() }}`,
      `{{ range.toString.constructor('${payload}')() }}`,
      `{{ range.call.call(range.constructor, null, '${payload}')() }}`,
      // a key that says one thing when checked and another when used: a cycler answers "x", then "constructor"
      `{% set c = cycler("x", "constructor", "constructor") %}{% set k = {toString: c.next} %}{{ range[k]('${payload}')() }}`,
      `{% set c = cycler("x", "constructor", "constructor") %}{% set k = {toString: c.next} %}{% set f = range[k] %}{{ f('${payload}')() }}`,
      `{% set c = cycler("x", "constructor", "x", "constructor") %}{% set k = {toString: c.next, valueOf: c.next} %}{{ ""[k][k]('${payload}')() }}`,
      `{{ [range] | join(",", "constructor") }}{{ [range] | sum("constructor") }}{{ ([range] | groupby("constructor") | list) }}`,
      `{{ range | dump }}{{ {toJSON: range.constructor} | dump }}`,
    ];
    for (const source of reaches) {
      it(`reaches nothing with ${source.replace(payload, '…')}`, () => {
        const result = render(source, { unit: 'x', items: 'a' });
        const out = result.ok ? result.markdown : result.problem.message;
        assert.ok(!/ESCAPED|root:/.test(out), out);
      });
    }

    it('has no process, require or global object to name', () => {
      const md = markdown('[{{ process }}][{{ require }}][{{ globalThis }}][{{ global }}][{{ module }}][{{ lipsum }}][{{ __dirname }}][{{ fetch }}][{{ import }}]');
      assert.equal(md, '[][][][][][][][][]\n');
    });
  });

  describe('filters', () => {
    const f = FILTERS as unknown as Record<string, (...args: unknown[]) => unknown>;
    it('cn writes Chinese ordinals', () => {
      assert.deepEqual([1, 9, 10, 12, 20, 23].map((n) => f.cn!(n)), ['一', '九', '十', '十二', '二十', '二十三']);
      assert.equal(chineseOrdinal(100), '100');
    });
    it('percentOf computes a share to the stated precision, xx while a figure is missing', () => {
      assert.equal(f.percentOf!('26', '52'), '50');
      assert.equal(f.percentOf!('27', '52'), '51.9');
      assert.equal(f.percentOf!('1', '3', 2), '33.33');
      assert.equal(f.percentOf!('xx', '52'), 'xx');
      assert.equal(f.percentOf!('1', '0'), 'xx');
    });
    it('total adds figures, xx while one is missing', () => {
      assert.equal(f.total!(['20', '16']), '36');
      assert.equal(f.total!(['1,200', '0.5']), '1200.5');
      assert.equal(f.total!(['20', 'xx']), 'xx');
    });
    it('sentence ends a sentence once', () => {
      assert.equal(f.sentence!('完成投资'), '完成投资。');
      assert.equal(f.sentence!('完成投资。'), '完成投资。');
      assert.equal(f.sentence!('（责任单位：县农业农村局）'), '（责任单位：县农业农村局）');
      assert.equal(f.sentence!('【工作进展】'), '【工作进展】');
      assert.equal(f.sentence!(''), '');
    });
    it('gbdate and weekday', () => {
      assert.equal(gbDate('2024-07-05'), '2024年7月5日');
      assert.equal(gbDate('2024-13-01'), undefined);
      assert.equal(f.gbdate!('2024-12-25'), '2024年12月25日');
      assert.equal(weekday('2024-07-15'), '星期一');
      assert.equal(f.weekday!('2024年7月15日'), '星期一');
      assert.equal(f.weekday!('【会议日期】'), '');
    });
    it('numbers and ordinals as typed', () => {
      assert.equal(parseNumber('1,200.5'), 1200.5);
      assert.equal(parseNumber('12亿'), undefined);
      assert.equal(stripLeadingOrdinal('（十二）做法。'), '做法。');
      assert.equal(stripLeadingOrdinal('1.5亿元资金已拨付。'), '1.5亿元资金已拨付。');
      assert.equal(stripLeadingOrdinal('第一，加强领导。'), '加强领导。');
    });
  });
});
