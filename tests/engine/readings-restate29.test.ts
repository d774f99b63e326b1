// Readings of restatements (issue 12, branch restate29): pages served in 繁體 with a pinyin reading after some characters
// (交通項（xiàng）目, 第一產（chǎn）業（yè）) name their measures in full — the reading ends no clause, counts as no character of a
// name, and a reading after a verb (達（dá）) or a unit (個（gè）) is no part of the name — so a measure stated twice on
// such a page is compared as on any other. Guards that the longer names needed: two marked blocks (■) of a summary are two
// subjects', 二、三產業 before one share is the two industries together, and 戶籍 names a table's register as 户籍 does.
// Each case is a made-up text.

import { reports, silent } from './figure-findings';

describe('number-conflict: measures named across pinyin readings (restate29)', () => {
  const projects = (later: string): string =>
    '綠水縣一季度新開工項目情況\n\n一季度，全縣新開（kāi）工項（xiàng）目63個（gè），總投資318.25億元。\n\n' + `據統計，一季度全縣新開（kāi）工項（xiàng）目${later}個（gè），其中產業項目41個（gè）。`;

  it('reads a count named across two readings (新開（kāi）工項（xiàng）目) as one measure', () => {
    silent(projects('63'));
    reports(projects('68'), 'number-conflict', '68個');
  });

  const industry = (which: string, later: string): string =>
    '青山縣2023年國民經濟運行情況\n\n' +
    '2023年，全縣第一產（chǎn）業（yè）實（shí）現（xiàn）增加值47.51億元，比上年增長3.1%。\n\n' +
    `生產穩定。2023年，全縣第${which}產（chǎn）業（yè）實（shí）現（xiàn）增加值${later}億元，糧食產量23.6萬噸。`;

  it('keeps an industry in the name when readings make it long, and tells two industries apart', () => {
    silent(industry('一', '47.51'));
    silent(industry('二', '96.26'));
    reports(industry('一', '45.71'), 'number-conflict', '45.71億元');
  });

  const loss = (later: string): string =>
    '青山市消費維權情況\n\n2023年，全市消費（fèi）者協（xié）會共為消費（fèi）者挽回經（jīng）濟（jì）損失138.46萬元。\n\n' +
    `2023年，全市消費（fèi）者協（xié）會共為消費（fèi）者挽回經（jīng）濟（jì）損失${later}萬元。`;

  it('reads a long name of several readings as one measure', () => {
    silent(loss('138.46'));
    reports(loss('183.46'), 'number-conflict', '183.46萬元');
  });
});

describe('guards for the longer names (restate29)', () => {
  const signed = (later: string): string =>
    '綠水省投資促進工作會議召開\n\n記者從全省投資促進（jìn）工作會上獲悉，2024年，全省招商引資簽約項目2718個，簽約金額達（dá）1.21萬億元。\n\n' +
    `2024年，全省招商引資簽約項目達（dá）${later}個，其中製造業項目1456個。`;

  it('leaves a verb read in pinyin before the figure (達（dá）) out of the name', () => {
    silent(signed('2718'));
    reports(signed('2719'), 'number-conflict', '2719個');
  });

  const product = (later: string): string =>
    '青山區經濟運行情況\n\n——地區（qū）生產（chǎn）總值（GDP）1906.42億元，同比增長（zhǎng）5.2%。\n\n' +
    `2023年前三季度青山區（qū）地區（qū）生產（chǎn）總值為1906.42億元，同比增長（zhǎng）${later}。`;

  it('leaves the dash of a summary line out of the name, so a change after one level still compares', () => {
    silent(product('5.2%'));
    reports(product('6.2%'), 'number-conflict', '6.2%');
  });

  const blocks = (page: (s: string) => string): string =>
    page(
      '青山市2023年消費維權成績單出爐\n\n■我市各級消費（fèi）者協（xié）會\n\n共受理消費（fèi）者投訴356件\n\n為消費（fèi）者挽回經（jīng）濟（jì）損失1384562元\n\n' +
        '■市市場監（jiān）管部門\n\n受理消費（fèi）者各類訴求98213件\n\n為消費（fèi）者挽回經（jīng）濟（jì）損失412.37萬元\n\n' +
        '2023年，我市各級消費（fèi）者協（xié）會共受理消費（fèi）者投訴356件，為消費（fèi）者挽回經（jīng）濟（jì）損失1384562元。',
    );

  it('keeps one measure under two marked blocks (■) apart, with readings or without', () => {
    silent(blocks((s) => s));
    silent(blocks((s) => s.replace(/（[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+）/g, '')));
  });

  it('reads 二、三產業 before one share as the two industries together, not the third alone', () => {
    const page =
      '青山縣2023年國民經濟和社會發展統計公報\n\n據初步核算，2023年，全縣實現生產總值320.39億元。其中，第一產業（yè）實現增加值47.51億元；第二產業（yè）實現增加值96.26億元；第三產業（yè）實現增加值176.62億元。' +
      '二、三產業（yè）增加值占生產總值的比重為85.2%。';
    silent(page);
    silent(page.replace(/（yè）/g, ''));
  });

  it('reads 戶籍 in a table caption as the register 户籍: a resident count in the text is another population', () => {
    silent(
      '青山區2022年統計公報\n\n年末戶籍總人口數（shù）76.86萬人，比上年末增加1.07萬人，其中城鎮（zhèn）常住人口53.66萬人。全年出生人口7585人。\n\n' +
        '| 2022年青山區（qū）戶籍人口數（shù）及其構成 |\n||\n| 指標 |\n年末數（shù）（萬人） |\n比重（%） |\n| 青山區（qū）人口 |\n76.86 |\n100 |\n' +
        '| 其中：城鎮（zhèn） |\n39.75 |\n51.7 |\n| 鄉（xiāng）村 |\n37.11 |\n48.3 |\n',
    );
  });
});
