// Readings of post49a (issue 12, round 49): cases that occurred and cases solved, each kind's pair after 其中 going
// with the total of its own verb (a bracket's kinds too); a 其中 list that ends with its catch-all (其他案件) before an
// outcome of the total's own act (免于起诉); 其他技师, the rest of one kind beside the others, which leaves the list open;
// the six kinds of disability, all of the disabled; the “三公” vehicles' item as their running alone when no purchase is
// named. Each case made up, each silent case failing without its guard and each reported case without its reading.

import assert from 'node:assert/strict';
import { arithmeticFindingTexts as figureFindings } from './figure-findings';

describe('cases that occurred and cases solved, each kind’s pair after 其中 (post49a)', () => {
  const robberies = (occurred: string, solved: string): string => `1986年，全县共发生抢劫案件${occurred}起，破${solved}起，其中重大案件发生40起，破获38起。`;

  it('reads the kind’s cases within the cases and its solved within the solved, never the two added', () => {
    assert.deepEqual(figureFindings(robberies('70', '66')), []);
  });

  it('reports a kind’s cases over the cases', () => {
    assert.deepEqual(figureFindings(robberies('36', '50')), ['number-sum 36起']);
  });

  it('reports a kind’s solved over the solved', () => {
    assert.deepEqual(figureFindings(robberies('70', '35')), ['number-sum 35起']);
  });

  const thefts = (occurred: string): string =>
    `1988年，全县发生盗窃案${occurred}起，破600起（其中特别重大案件发12起，破9起），其中入室盗窃案发700起，破410起；` + `扒窃案发20起，破18起；其他案件发180起，破150起。`;

  it('reads the bracket’s kinds and the kinds after it, each against its own total', () => {
    assert.deepEqual(figureFindings(thefts('900')), []);
  });

  it('reports the kinds after the bracket over the cases', () => {
    assert.deepEqual(figureFindings(thefts('850')), ['number-sum 850起']);
  });

  it('takes a first kind named alone, its verb left out, and leaves a backlog after a 分号 out', () => {
    const text = (occurred: string): string => `1979年，市区共发生盗窃案${occurred}起，破150起，其中重大案件12起，破8起；历年积案60起，破20起。`;
    assert.deepEqual(figureFindings(text('200')), []);
    assert.deepEqual(figureFindings(text('10')), ['number-sum 10起']);
  });
});

describe('a 其中 list ending with its catch-all, an outcome after it (post49a)', () => {
  const prosecuted = (rest: string): string => `当年共审查起诉60件，其中贪污案件30件、贿赂案件10件、其他案件${rest}件、免于起诉15件。`;

  it('ends the list at 其他案件: the outcome named after it is no kind of case', () => {
    assert.deepEqual(figureFindings(prosecuted('20')), []);
  });

  it('reports the kinds over the total', () => {
    assert.deepEqual(figureFindings(prosecuted('25')), ['number-sum 60件']);
  });

  it('keeps a list open past a rest among names ending unlike', () => {
    assert.deepEqual(figureFindings('全县共调剂劳动力9000人次，其中木工2000人次，其他工种3000人次，壮工4500人次。'), ['number-sum 9000人次']);
  });

  it('keeps a list open past a rest among names ending unlike, whatever the next item takes of the total’s name', () => {
    assert.deepEqual(figureFindings('全县共调剂劳动力9000人次，其中木工2000人次，其他工种3000人次，调剂壮工4500人次。'), ['number-sum 9000人次']);
  });

  it('keeps a list open past a rest when the next item takes nothing of the total’s name', () => {
    assert.deepEqual(figureFindings('项目总投资1500万元，其中项目资金500万元，其他扶贫资金400万元，部门整合450万元，群众自筹160万元。'), ['number-sum 1500万元']);
  });
});

describe('the rest of one kind beside the others (post49a)', () => {
  it('reads 其他技师 after titles ending alike as the rest of the technicians: the list need not be all of the staff', () => {
    assert.deepEqual(figureFindings('全县有卫生技术人员500人，其中中医师90人，西医师120人，护师60人，药师20人，其他技师15人。'), []);
  });

  it('still reads a list closed by the rest of the total’s own things exactly', () => {
    assert.deepEqual(figureFindings('全县有卫生技术人员500人，其中医师190人，护师160人，药师50人，其他人员80人。'), ['number-sum 500人']);
  });
});

describe('a bracket’s kinds that close the sentence (post49a)', () => {
  const text = (occurred: string): string => `1991年，全县发生盗窃案${occurred}起，破700起（其中特别重大案件发20起，破12起）。`;

  it('reads the bracket’s cases within the cases', () => {
    assert.deepEqual(figureFindings(text('900')), []);
  });

  it('reports the cases below the bracket’s', () => {
    assert.deepEqual(figureFindings(text('15')), ['number-sum 15起']);
  });
});

describe('the kinds of disability, all of them (post49a)', () => {
  const disabled = (total: string): string => `按全县总人口推算，全县有残疾人${total}人，其中视力残疾3125人，听力语言残疾20340人，智力残疾5012人，肢体残疾4011人，精神残疾512人，综合残疾4500人。`;

  it('reads the six kinds as all of the disabled', () => {
    assert.deepEqual(figureFindings(disabled('37500')), []);
  });

  it('reports kinds short of the total', () => {
    assert.deepEqual(figureFindings(disabled('37800')), ['number-sum 37800人']);
  });

  it('leaves a list of some kinds alone', () => {
    assert.deepEqual(figureFindings('全县有残疾人37800人，其中视力残疾3125人，肢体残疾4011人。'), []);
  });
});

describe('the “三公” vehicles’ item as their running alone (post49a)', () => {
  const costs = (total: string): string => `2016年“三公”经费合计20.5万元，其中：公务接待费2.5万元，车辆运行费${total}万元，因公出国（境）费0万元。`;

  it('reads the three items as all of the “三公” expenses when no purchase is named', () => {
    assert.deepEqual(figureFindings(costs('18')), []);
  });

  it('reports the three items short of the total', () => {
    assert.deepEqual(figureFindings(costs('16.5')), ['number-sum 20.5万元']);
  });

  it('leaves the running alone when a purchase is named in the paragraph', () => {
    assert.deepEqual(figureFindings(`${costs('16.5')}公务用车购置费另行列支。`), []);
  });
});
