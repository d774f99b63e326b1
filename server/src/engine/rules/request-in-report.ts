// request-in-report: a 报告 must not carry requests for instructions (《党政机关公文处理工作条例》第十五条).

import { defineRule } from '../rule';
import { quote } from '../text';

const REQUEST = new RegExp(
  [
    '妥否',
    '请(?:予)?批示',
    '请(?:予)?批复',
    '请(?:予)?审批',
    '请(?:予以?)?批准',
    '望(?:予)?批准',
    '特此请示',
    '请示如下',
    '恳请[^。；;！\\n]{0,30}?(?:拨付|解决|支持|给予|批准|安排|协调|帮助|倾斜|审定)',
    '(?:特此|现|现予|特)请求[^。；;！\\n]{0,30}?(?:拨付|批准|解决|给予|支持|安排)',
    '请求(?:上级|市委|市政府|县委|县政府|省委|省政府|省|市|县)[^。；;！\\n]{0,30}?(?:拨付|批准|解决|给予|支持|安排)',
  ].join('|'),
  'g',
);

export default defineRule(
  {
    id: 'request-in-report',
    title: '报告夹带请示',
    titleEn: 'Request inside a report',
    basis: '《党政机关公文处理工作条例》第十五条',
    severity: 'error',
    fixable: false,
    safeFix: false,
    options: {},
    documentTypes: ['work-report', 'debriefing', 'research-report'],
  },
  (context) => {
    for (const line of context.draft.lines) {
      REQUEST.lastIndex = 0;
      for (let m = REQUEST.exec(line.prose); m; m = REQUEST.exec(line.prose)) {
        context.report({
          offset: line.offset + m.index,
          endOffset: line.offset + m.index + m[0].length,
          message: `报告中夹带请示事项${quote(m[0])}：《党政机关公文处理工作条例》第十五条规定，不得在报告等非请示性公文中夹带请示事项；需要上级批准或解决的事项应另行以“请示”行文，报告结尾可用“特此报告”`,
        });
      }
    }
  },
);
