import { tableDocument } from '/work/wt/tables/scripts/bench-documents.mjs';
import { parseDraft, clearParseCache } from '/work/wt/tables/server/src/engine/parse';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { remarkGfmTable } from '/work/wt/tables/server/src/engine/tables/gfm';
const text = tableDocument();
const p1 = unified().use(remarkParse); const p2 = unified().use(remarkParse).use(remarkGfmTable);
for (let k = 0; k < 5; k++) {
  let t = performance.now(); p1.parse(text); const a = performance.now() - t;
  t = performance.now(); p2.parse(text); const b = performance.now() - t;
  clearParseCache(); t = performance.now(); parseDraft(text); const c = performance.now() - t;
  console.log({ plain: a.toFixed(1), gfm: b.toFixed(1), draft: c.toFixed(1) });
}
