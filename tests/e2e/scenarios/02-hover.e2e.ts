// Scenario 2: hovering the total of a broken sum shows the arithmetic.

import { docImage } from '../harness/docImages';
import { Workbench } from '../harness/workbench';

describe('2. Hover', () => {
  it('over the total of a broken sum shows 5 + 6 = 11', async function () {
    const wb = await Workbench.open();
    // Line 3: 今年以来，我县共安排重点建设项目12个（新建5个、续建6个），总投资48亿元。
    await wb.openFile('drafts/数字.md');
    await wb.squiggles('error').first().waitFor();
    await wb.goTo(3, 18); // inside “12”
    const hover = await wb.hoverAtCursor();
    await hover.filter({ hasText: /5个? \+ (续建)?6个? = 11/ }).waitFor();
    await docImage(wb, 'hover-arithmetic.png');
  });
});
