import { strict as assert } from 'node:assert';
import { formatGfmTable } from '../../server/src/engine';

describe('table model', () => {
  it('writes GFM with the caption and unit above, rows padded to the widest', () => {
    const text = formatGfmTable({
      caption: '2024年重点项目完成情况表',
      unit: '单位：亿元',
      header: ['类别', '计划', '完成'],
      rows: [['交通', '12', '10.5'], ['合计']],
      align: [null, 'right', 'right'],
    });
    assert.equal(text, ['2024年重点项目完成情况表', '', '单位：亿元', '', '| 类别 | 计划 | 完成 |', '| --- | ---: | ---: |', '| 交通 | 12 | 10.5 |', '| 合计 |  |  |'].join('\n'));
  });

  it('escapes pipes and backslashes and keeps line breaks inside a cell', () => {
    assert.equal(formatGfmTable({ header: ['a|b'], rows: [['c\\d\ne']] }), '| a\\|b |\n| --- |\n| c\\\\d<br>e |');
  });
});
