import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { remarkGfmTable } from '../server/src/engine/tables/gfm';
for (const row of [' | ', '|', '| |', ' |', '| ', 'a |', '| a', '||', 'a||b']) {
  const text = `x | y\n--|--\n${row}\n`;
  const tree: any = unified().use(remarkParse).use(remarkGfmTable).parse(text);
  const t = tree.children[0];
  const r = t.children[1];
  console.log(JSON.stringify(row), r ? r.children.map((c: any) => JSON.stringify(text.slice(c.position.start.offset, c.position.end.offset))) : 'no row', t.children.length);
}
