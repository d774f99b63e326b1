// Readings of post34b (issue 12, round 34): the members of a village's two committees less those sitting on both
// (交叉任职); parts beyond two borders (省外, 市外) nested; a share of one of a pair joined by 、; differences each with a
// verb of its own, then their changes in percent; a difference of a part in brackets no previous level; the voters of
// two elections; the places a rank is stated among; the turnout of an election. Each case made up, each reported case
// failing without its reading.

import assert from 'node:assert/strict';
import { check } from '../../server/src/engine/check';

const findings = (text: string, rule: string): string[] =>
  check(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.offset, f.endOffset));

// made up: a township's new village committees
const committees = (total: string, party: string, both: string): string => `此次换届中，全镇9个村选举产生新一届村“两委”成员${total}，其中，党组织成员${party}、村民委员会成员35人，交叉任职${both}。`;

describe('the two committees’ members less those sitting on both (post34b)', () => {
  it('is silent when the two committees less 交叉任职 make the total', () => {
    assert.deepEqual(findings(committees('58人', '40人', '17人'), 'number-sum'), []);
  });

  it('reports a total, a committee or an overlap that does not fit', () => {
    assert.deepEqual(findings(committees('59人', '40人', '17人'), 'number-sum'), ['59人']);
    assert.deepEqual(findings(committees('58人', '41人', '17人'), 'number-sum'), ['58人']);
    assert.deepEqual(findings(committees('58人', '40人', '16人'), 'number-sum'), ['58人']);
  });

  it('is silent on two committees over their total with no overlap stated, but not on one over it', () => {
    assert.deepEqual(findings('全乡选举产生村“两委”成员58人，其中党组织成员40人、村民委员会成员35人。', 'number-sum'), []);
    assert.deepEqual(findings('全乡选举产生村“两委”成员58人，其中党组织成员60人、村民委员会成员35人。', 'number-sum'), ['58人']);
  });

  it('still hints at overlap for parts over a total that are not the two committees', () => {
    const hint = '全镇共有规上企业58家，其中高新技术企业40家、专精特新企业35家。';
    assert.deepEqual(findings(hint, 'number-sum'), ['58家']);
  });
});

describe('parts beyond two borders are nested (post34b)', () => {
  it('is silent on 省外 within 市外', () => {
    assert.deepEqual(findings('截至6月底，全县共有履约项目50个，其中：省外履约项目32个、市外履约项目50个。', 'number-sum'), []);
  });

  it('reports a part beyond the total', () => {
    assert.deepEqual(findings('截至6月底，全县共有履约项目50个，其中：省外履约项目32个、市外履约项目55个。', 'number-sum'), ['50个']);
  });

  it('still reports parts beyond one border and within it over the total', () => {
    assert.deepEqual(findings('截至6月底，全县共有履约项目50个，其中：省内履约项目32个、省外履约项目25个。', 'number-sum'), ['50个']);
  });
});

describe('a share of one of a pair joined by 、 (post34b)', () => {
  it('is silent when the share is of the pair together', () => {
    assert.deepEqual(findings('全镇共选举产生支部委员40人；男性40人、女性10人，女性占比20%；汉族45人、回族5人。', 'number-ratio'), []);
  });

  it('reports a share of neither the pair nor the figure before', () => {
    assert.deepEqual(findings('全镇共选举产生支部委员40人；男性40人、女性10人，女性占比22%；汉族45人、回族5人。', 'number-ratio'), ['22%']);
  });

  it('is silent when the figure before is the whole', () => {
    assert.deepEqual(findings('全区有企业120家、规上企业30家，规上企业占比25%。', 'number-ratio'), []);
  });
});

describe('differences each with a verb of its own, then their changes (post34b)', () => {
  const visits = (rates: string): string => `1-10月，群众到省群体访16宗450人（次），同比减少4宗、人数减少50人（次），下降${rates}；群众到市群体访5宗60人次，同比持平。`;

  it('is silent when the changes pair with the differences in order', () => {
    assert.deepEqual(findings(visits('20%和10%'), 'number-ratio'), []);
  });

  it('reports the changes swapped', () => {
    assert.deepEqual(findings(visits('10%和20%'), 'number-ratio'), ['10%', '20%']);
  });
});

describe('a difference of a part in brackets is no previous level (post34b)', () => {
  const visits = (d: string): string => `群众到区群体访40宗900人次（其中，群体重访15宗300人次，同比减少10宗100人次），同比减少${d}150人次，下降33%和14%。`;

  it('is silent on the whole’s difference after a part’s in brackets', () => {
    assert.deepEqual(findings(visits('20宗'), 'number-ratio'), []);
  });

  it('still reads the whole’s change', () => {
    assert.deepEqual(findings(visits('25宗'), 'number-ratio'), ['33%']);
  });
});

describe('the voters of two elections; the turnout (post34b)', () => {
  const elections = (town: string): string =>
    `据统计，这次全市区县人大代表换届选举，12个区县共登记选民800万人，参加投票选民770万人，全市参选率为96.25%。与此同时，10个郊区县的150个乡镇人大代表换届选举，共登记选民3000000人，参加投票选民2850000人，乡镇参选率为${town}。`;

  it('is silent on the voters of the two elections', () => {
    assert.deepEqual(findings(elections('95%'), 'number-conflict'), []);
  });

  it('reads the turnout as those who voted over those registered', () => {
    assert.deepEqual(findings(elections('95%'), 'number-ratio'), []);
    assert.deepEqual(findings(elections('96%'), 'number-ratio'), ['96%']);
  });
});

describe('the places a rank is stated among (post34b)', () => {
  it('is silent on the count of places before the values ranked', () => {
    assert.deepEqual(findings('广东省、江苏省、浙江省社会团体数量在31个省区市中位居前三，分别为3200个、3000个和2600个。', 'number-sum'), []);
  });

  it('still reads a total before 分别为', () => {
    assert.deepEqual(findings('全县共有学校12所，分别为小学8所、初中3所。', 'number-sum'), ['12所']);
  });
});
