// Tables, post-run round 9 (post-n): false alarms of the first run on heldout15/16, removed by general readings.
// Each reading with a made-up table, each failing without it.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

describe('a yearbook row under year columns with fewer figures: a series that starts late', () => {
  // made up: a space-aligned yearbook table, 1990 … 2020; 外来人口 and its share only from 2000 on
  const table = (share2000: string): string =>
    [
      '表1 某县人口基本情况',
      '项目 1990 2000 2010 2020',
      '     总人口（万人） 80 90 100 110',
      '     男性人口（万人） 41 46 51 56',
      '     外来人口（万人） 9 12 22',
      '       占总人口比重（%） ' + share2000 + ' 12.0 20.0',
      '     户数（万户） 20 25 30 35',
      '',
      '以上数据来自历次人口普查。',
      '',
    ].join('\n');

  it('reads each figure of the short rows under its own year and stays silent when they hold', () => {
    assert.deepEqual(findings(table('10.0'), 'table-share'), []);
  });

  it('reports a share that does not hold in the right year', () => {
    assert.deepEqual(findings(table('15.0'), 'table-share'), ['15.0']);
  });
});
