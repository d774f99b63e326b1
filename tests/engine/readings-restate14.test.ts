// Readings of round 14 for restatements (restate14). Each case is a made-up text: the reading reports the one that
// breaks the relation, and stays silent where the figures agree or the text is unclear.

import { reports, silent } from './figure-findings';

describe('number-conflict: a title’s figure stated again in the body (restate14)', () => {
  const body = '\n\n截至1月20日12时，大会共收到提案562件，其中委员提案330件，集体提案232件。提案委员会对收到的提案进行了审查。\n';
  it('compares a title’s count with the one body figure of its unit named alike and close to it', () => {
    reports(`某市政协十届三次会议共收提案512件${body}`, 'number-conflict', '标题写作512件');
    silent(`某市政协十届三次会议共收提案562件${body}`);
  });
  it('reads the title when the paragraph reader joins the next line to it', () => {
    reports('全县民生工程上半年完成投资19.62亿元\n\n本报讯 1至6月份，全县民生工程共完成投资额21.62亿元，完成年度计划的74.9%。\n', 'number-conflict', '19.62亿元');
  });
  it('compares a title’s percentage, not of a change, within a few points', () => {
    const text = (v: string): string => `全县民生工程完成投资8.5亿元，超序时进度${v}\n\n本报讯 上半年，全县民生工程共完成投资额8.5亿元，占年度计划的71.2%，超序时进度21.2%。\n`;
    silent(text('21.2%'));
    reports(text('26.2%'), 'number-conflict', '标题写作26.2%');
  });
  it('stays silent when two body figures are named as alike as each other', () => {
    silent('某区去年接待游客1291万人次\n\n据统计，去年全区累计接待国内外游客1162万人次，同比增长12%；接待国内游客1168.7万人次，同比增长10%。\n');
  });
  it('stays silent when the body has no figure named alike', () => {
    silent('某市政协十届三次会议共收提案512件\n\n截至1月20日12时，共有委员562人参加会议。\n');
  });
});
