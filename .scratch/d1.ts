import { parseDraft } from '../server/src/engine/parse';
const text = '类别 |\n学校数 |\n班级数 |\n学生数 |\n小学 |\n334 |\n8697 |\n371009 |\n高中 |\n56 |\n89750 |\n初中 |\n147 |\n3672 |\n171369 |\n总计 |\n537 |\n12369 |\n632128 |\n';
const t = parseDraft(text).tables[0]!;
console.log(t.source, t.unclear, t.header.cells.map(c=>c.text), t.rows.map(r => [r.short, r.cells.map(c => c.text)]));
import { check } from '../server/src/engine/check';
import { tableModel } from '../server/src/engine/tables/tableModel';
for (const r of tableModel(check(text).draft).relations) console.log(r.rule, r.holds, r.arithmetic);
