// Readings of sums learnt from the missed mutants of the real corpus (issue 12, branch sums6): each case is a made-up
// text showing the reading, silent where it holds and reported where it does not.

import { reports, silent } from './figure-findings';

describe('readings of sums (sums6)', () => {
  describe('number-sum: totals stated in pairs, their parts in pairs after 其中', () => {
    it('adds the persons of each kind up to the persons of the total, as the households', () => {
      silent('4月，全镇共有低保对象1200户1650人，其中农村低保1000户1400人，城镇低保200户250人，当月发放低保金180万元。');
      reports('4月，全镇共有低保对象1200户1550人，其中农村低保1000户1400人，城镇低保200户250人，当月发放低保金180万元。', 'number-sum', '1550人');
      reports('4月，全镇共有低保对象1100户1650人，其中农村低保1000户1400人，城镇低保200户250人，当月发放低保金180万元。', 'number-sum', '1100户');
    });

    it('skips the rate each piece states, and lets the pieces leave a remainder', () => {
      silent('全年审结审查逮捕案件120件160人，其中批准逮捕100件130人，逮捕率为81.25%；不捕20件30人，不捕率为18.75%。');
      reports('全年审结审查逮捕案件120件150人，其中批准逮捕100件130人，逮捕率为81.25%；不捕20件30人，不捕率为18.75%。', 'number-sum', '150人');
      silent('全年审结审查起诉案件300件380人，其中提起公诉250件320人；不起诉40件50人。');
    });

    it('reads no pairs when a piece lacks one of its figures, or the list has one piece', () => {
      silent('全年接待来访700批1300人次，其中领导接访60批230人次，现场化解1100人次。');
      silent('全年接待来访700批1300人次，其中领导接访60批1230人次。');
    });
  });

  describe('number-sum: a sentence that only compares between the totals and the 其中 list', () => {
    it('reads the totals of the sentence before it, each measure its own list', () => {
      silent(
        '今年以来，我院共受理各类案件900件，结案500件，结案率55.6%。与上年同比，受案增加60件，上升7.1%。其中：受理刑事案件100件，结案60件，结案率60%；受理民事案件700件，结案400件，结案率57.1%；受理执行案件90件，结案40件，结案率44.4%。',
      );
      reports(
        '今年以来，我院共受理各类案件800件，结案500件，结案率62.5%。与上年同比，受案增加60件，上升7.1%。其中：受理刑事案件100件，结案60件，结案率60%；受理民事案件700件，结案400件，结案率57.1%；受理执行案件90件，结案40件，结案率44.4%。',
        'number-sum',
        '800件',
      );
      reports(
        '今年以来，我院共受理各类案件900件，结案450件，结案率50%。与上年同比，受案增加60件，上升7.1%。其中：受理刑事案件100件，结案60件，结案率60%；受理民事案件700件，结案400件，结案率57.1%；受理执行案件90件，结案40件，结案率44.4%。',
        'number-sum',
        '450件',
      );
    });

    it('does not look past a sentence with a level of its own', () => {
      silent('今年以来，我院共受理各类案件800件。本月新收案件60件，上升7.1%。其中：刑事案件10件，民事案件40件。');
    });
  });
});
