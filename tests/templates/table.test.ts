// A template variable of type `table`: declared with its columns, filled one row per line (tabs or |), written as a
// GFM table whose total row is computed; the checker reads it back as a table and finds its sums right.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';
import { exampleValues, initialValues, renderTemplate } from '../../client/src/templates/render';
import { renderTable } from '../../client/src/templates/table';
import { tableRows, tableValueProblem } from '../../client/src/templates/tableValue';
import { TemplateEnvironment } from '../../client/src/templates/environment';
import { shippedTemplates, templateOf } from './helpers';

const PROJECTS = `variables:
  - name: projects
    label: 重点项目
    type: table
    columns: [项目类别, 项目数（个）, 完成投资（亿元）, 完成率（%）]
    required: true
    example:
      - 工业项目 | 16 | 11.6 | 51.6
      - 基础设施项目 | 11 | 8.9 | 51.4`;

function meta(frontMatter: string) {
  return templateOf('{{ projects }}\n', `title: 测试\ndescription: 测试模板\n${frontMatter}`);
}

describe('template table variables', () => {
  it('reads rows one per line, cells parted by tabs (pasted from Excel) or by |', () => {
    assert.deepEqual(tableRows('工业\t16\t11.6\n\n| 农业 | 3 | 2.5 |\n'), [
      ['工业', '16', '11.6'],
      ['农业', '3', '2.5'],
    ]);
  });

  it('writes a GFM table with a 合计 row adding up the columns of figures, not the rates', () => {
    const markdown = renderTable({ label: '重点项目', columns: ['项目类别', '项目数（个）', '完成投资（亿元）', '完成率（%）'], total: '合计', required: true }, '工业项目 | 16 | 11.6 | 51.6\n基础设施项目 | 11 | 8.95 | 51.4');
    assert.equal(
      markdown,
      ['| 项目类别 | 项目数（个） | 完成投资（亿元） | 完成率（%） |', '| --- | --- | --- | --- |', '| 工业项目 | 16 | 11.6 | 51.6 |', '| 基础设施项目 | 11 | 8.95 | 51.4 |', '| 合计 | 27 | 20.55 |  |'].join('\n'),
    );
    const draft = check(markdown).draft;
    assert.equal(draft.tables.length, 1);
    assert.equal(draft.tables[0]!.source, 'gfm');
    assert.deepEqual(check(markdown).findings, []);
  });

  it('shows an empty required table as a row of placeholders the checker flags, and an unfilled cell as xx', () => {
    const v = { label: '重点项目', columns: ['类别', '金额（万元）'], total: '合计', required: true };
    const empty = renderTable(v, '');
    assert.match(empty, /\| 【重点项目】 \| xx \|\n\| 合计 \| xx \|$/);
    assert.deepEqual([...new Set(check(empty).findings.map((f) => f.rule))], ['placeholder']);
    assert.match(renderTable(v, '甲 | \n乙 | 5'), /\| 甲 \| xx \|\n\| 乙 \| 5 \|\n\| 合计 \| xx \|$/);
    assert.equal(renderTable({ ...v, required: false }, ''), '');
  });

  it('keeps a pipe typed inside a cell (the cells parted by tabs), escaped so the table keeps its columns', () => {
    const markdown = renderTable({ label: '表', columns: ['类别', '金额'], total: '', required: true }, '甲|乙\t5');
    assert.match(markdown, /\| 甲\\\|乙 \| 5 \|/);
    const table = check(markdown).draft.tables[0]!;
    assert.deepEqual(table.rows[0]!.cells.map((c) => c.text), ['甲|乙', '5']);
  });

  it('validates its declaration and its values', () => {
    assert.deepEqual(meta(PROJECTS).file.problems, []);
    const noColumns = meta(PROJECTS.replace(/ {4}columns: .*\n/, ''));
    assert.match(noColumns.file.problems[0]!.message, /缺少 columns/);
    const onText = templateOf('{{ a }}', 'title: 测试\ndescription: 测试模板\nvariables:\n  - name: a\n    label: 甲\n    type: text\n    columns: [a, b]');
    assert.match(onText.file.problems[0]!.message, /只有 table 类型/);
    const badExample = meta(PROJECTS.replace('| 16 |', '| 十六 |'));
    assert.match(badExample.file.problems[0]!.message, /应为数字，实为“十六”/);
    assert.match(tableValueProblem('甲 | 1 | 2 | 3', ['类别', '数']) ?? '', /有 4 格，表格只有 2 列/);
    assert.equal(tableValueProblem('甲 | 1', ['类别', '数']), undefined);
  });

  it('renders in a template from the example, and the checker reads the sums as right', () => {
    const { file, env } = meta(PROJECTS);
    const result = renderTemplate(env, file, exampleValues(file.meta!));
    assert.ok(result.ok);
    assert.match(result.markdown, /\| 合计 \| 27 \| 20.5 \| {2}\|/);
    assert.deepEqual(check(result.markdown).findings, []);
  });

  it('is used by the 工作汇报 and 统计 templates, whose filled tables agree with their text', () => {
    for (const name of ['work-report.njk', 'statistics.njk']) {
      const file = shippedTemplates().find((f) => f.name === name)!;
      const table = file.meta!.variables.find((v) => v.type === 'table');
      assert.ok(table, `${name} has a table variable`);
      const env = new TemplateEnvironment(shippedTemplates());
      const rendered = renderTemplate(env, file, exampleValues(file.meta!));
      assert.ok(rendered.ok);
      const result = check(rendered.markdown);
      assert.equal(result.draft.tables.length, 1, name);
      assert.deepEqual(result.findings, [], name);
      // its 表题 stands right above it
      assert.match(result.draft.tables[0]!.caption?.text ?? '', /^表1 /, name);
      const defaults = renderTemplate(env, file, initialValues(file.meta!));
      assert.ok(defaults.ok);
    }
  });
});
