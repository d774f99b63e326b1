// Front matter: split from the body with line numbers kept, parsed as YAML, validated by the schema; every
// problem carries the line it is on.

import assert from 'node:assert/strict';
import { parseTemplateFile, splitFrontMatter } from '../../client/src/templates/frontMatter';
import { FRONT_MATTER_SCHEMA, readMeta, validate } from '../../client/src/templates/schema';

const parse = (text: string) => parseTemplateFile('t.njk', 'workspace', '/tmp/t.njk', text);

const VALID = `---
title: 工作汇报
description: 汇报工作
variables:
  - name: unit
    label: 汇报单位
    type: text
    required: true
    help: 单位全称
    example: 临河县发展和改革局
  - name: kind
    label: 汇报类型
    type: choice
    choices: [专项, 综合]
    default: 专项
  - name: items
    label: 工作进展
    type: list
    default:
      - 第一项
      - 第二项
  - name: count
    label: 项目个数
    type: number
    default: 36
  - name: date
    label: 成文日期
    type: date
    default: today
    example: 2024-07-05
---
# {{ unit }}
`;

/** VALID with one line replaced. */
const withLine = (from: string, to: string): string => {
  assert.ok(VALID.includes(from), from);
  return VALID.replace(from, to);
};

const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('front matter', () => {
  it('reads a valid declaration into typed variables', () => {
    const file = parse(VALID);
    assert.deepEqual(file.problems, []);
    const vars = file.meta!.variables;
    assert.deepEqual(
      vars.map((v) => [v.name, v.type, v.required, v.default]),
      [
        ['unit', 'text', true, ''],
        ['kind', 'choice', false, '专项'],
        ['items', 'list', false, '第一项\n第二项'],
        ['count', 'number', false, '36'],
        ['date', 'date', false, 'today'],
      ],
    );
    assert.equal(vars[4]!.example, '2024-07-05', 'a date stays a string (no YAML timestamps)');
    assert.equal(vars[0]!.help, '单位全称');
  });

  it('blanks the front matter in the body, so template lines are file lines', () => {
    const split = splitFrontMatter(VALID);
    const bodyLines = split.body.split('\n');
    assert.equal(bodyLines[lineOf(VALID, '# {{ unit }}') - 1], '# {{ unit }}');
    assert.ok(bodyLines.slice(0, lineOf(VALID, '# {{') - 1).every((l) => l === ''));
  });

  it('accepts a byte order mark and CRLF line ends', () => {
    const file = parse('\uFEFF' + VALID.replace(/\n/g, '\r\n'));
    assert.deepEqual(file.problems, []);
  });

  it('reports a file without front matter, and one never closed', () => {
    assert.match(parse('# 标题\n').problems[0]!.message, /缺少前置信息/);
    const open = parse('---\ntitle: x\n# 标题\n');
    assert.match(open.problems[0]!.message, /没有结束/);
    assert.equal(open.meta, undefined);
  });

  it('reports invalid YAML with its line and column', () => {
    const text = withLine('    type: text\n', '    type: [text\n');
    const [problem] = parse(text).problems;
    assert.match(problem!.message, /YAML/);
    assert.ok(problem!.line! >= lineOf(text, 'type: [text'), `line ${problem!.line}`);
  });

  const cases: Array<[string, string, string, RegExp]> = [
    ['an unknown variable type', '    type: text\n', '    type: textarea\n', /variables\[0\]\.type：应为 text、paragraph、number、date、list、choice、table 之一/],
    ['a missing label', '    label: 汇报单位\n', '', /variables\[0\]\.label：缺少/],
    ['a label the checker would not see as a placeholder', '    label: 汇报单位\n', '    label: 汇报单位。\n', /label：格式不对/],
    ['a name that is not an identifier', '  - name: unit\n', '  - name: 单位\n', /name：格式不对/],
    ['a reserved name', '  - name: unit\n', '  - name: loop\n', /保留字/],
    ['an unknown key (a typo)', '    help: 单位全称\n', '    hlep: 单位全称\n', /未知的键“hlep”/],
    ['a default outside the choices', '    default: 专项\n', '    default: 其他\n', /不在可选项/],
    ['choices on a text variable', '    help: 单位全称\n', '    choices: [a]\n', /只有 choice 类型/],
    ['a number default that is no number', '    default: 36\n', '    default: 三十六\n', /不是数字/],
    ['a date default that is no date', '    default: today\n', '    default: 2024-02-30\n', /不是 YYYY-MM-DD/],
    ['required that is not a boolean', '    required: true\n', '    required: 是\n', /true 或 false/],
  ];
  for (const [what, from, to, message] of cases) {
    it(`reports ${what}, on its line`, () => {
      const text = withLine(from, to);
      const file = parse(text);
      assert.equal(file.meta, undefined);
      const problem = file.problems.find((p) => message.test(p.message));
      assert.ok(problem, file.problems.map((p) => p.message).join('\n'));
      // the line of the offending key, or of its variable when the key is missing
      const anchor = to.trim() !== '' ? to.trim() : '- name: unit';
      assert.equal(problem.line, lineOf(text, anchor), problem.message);
    });
  }

  it('reports duplicate names and a choice without choices', () => {
    const dup = parse(withLine('  - name: kind\n', '  - name: unit\n'));
    assert.ok(dup.problems.some((p) => /重复/.test(p.message)));
    const noChoices = parse(withLine('    choices: [专项, 综合]\n', ''));
    assert.ok(noChoices.problems.some((p) => /缺少 choices/.test(p.message)));
  });

  it('collects every schema error, not only the first', () => {
    const errors = validate({ title: '', variables: [{ name: 'a', label: 'x', type: 'nope' }, 'x'] }, FRONT_MATTER_SCHEMA);
    const paths = errors.map((e) => e.path.join('.'));
    assert.deepEqual(paths.sort(), ['description', 'title', 'variables.0.type', 'variables.1'].sort());
  });

  it('rejects a front matter that is not a mapping', () => {
    assert.match(readMeta(['a']).errors[0]!.message, /应为键值对象/);
    assert.match(parse('---\n- a\n---\n').problems[0]!.message, /应为键值对象/);
  });
});
