// Tables read on the layouts real pages paste (issue 12), round 20 (tables20): a table's unit line written in 繁體
// (單位：萬元, 單位：億元、%), as pages served in traditional characters write it, and a measure in 繁體 prose that
// carries its scope (全縣實現). Each case made up, each reported case failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string | RegExp): string[] =>
  check(text)
    .findings.filter((f) => (typeof rule === 'string' ? f.rule === rule : rule.test(f.rule)))
    .map((f) => text.slice(f.offset, f.endOffset));

describe('a pasted table whose unit line is written 單位：萬元 (繁體)', () => {
  // made up: a county's 三公 budget table copied from a page in traditional characters, pipes at the ends of its rows
  const table = (total: string): string =>
    [
      '某縣2023年“三公”經費預算情況表 | |',
      '單位：萬元 | |',
      '項目 | 預算數 |',
      `合計 | ${total} |`,
      '1、因公出國（境）費用 | 12 |',
      '2、公務接待費 | 236 |',
      '3、公務用車購置及運行維護費 | 418 |',
      '',
      '注：“三公”經費按部門預算口徑統計。',
      '',
    ].join('\n');

  it('reads the unit line as the table’s unit, not a row: a 合計 that holds is silent', () => {
    assert.deepEqual(findings(table('666'), /^table-/), []);
  });

  it('reports a 合計 that is not the sum of the three items', () => {
    assert.deepEqual(findings(table('606'), 'table-sum'), ['606']);
  });
});

describe('a 繁體 bulletin’s table under 單位：億元、%, restated in its prose as 全縣實現…億元', () => {
  // made up: a county's gross product, the text and table 1 in traditional characters
  const text = (cell: string): string =>
    [
      '初步核算，2023年全縣實現地區生產總值186.42億元，比上年增長6.1%。',
      '',
      '表1：2023年某縣地區生產總值及增長速度',
      '單位：億元、%',
      '',
      '指 標 |',
      '總 量 |',
      '比上年增長 |',
      '地區生產總值 |',
      `${cell} |`,
      '6.1 |',
      '第一產業增加值 |',
      '31.07 |',
      '5.2 |',
      '第二產業增加值 |',
      '52.88 |',
      '7.3 |',
      '第三產業增加值 |',
      '102.47 |',
      '5.8 |',
      '',
    ].join('\n');

  it('matches the figure of the text with the 總量 cell, in 億元: silent when they agree', () => {
    assert.deepEqual(findings(text('186.42'), 'table-restatement'), []);
  });

  it('reports the 總量 cell that differs from the text', () => {
    assert.deepEqual(findings(text('168.42'), 'table-restatement'), ['168.42']);
  });
});
