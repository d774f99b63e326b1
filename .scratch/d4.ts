import { readFileSync } from 'node:fs';
import { parseDraft } from '../server/src/engine/parse';
const text = readFileSync(process.argv[2]!, 'utf8');
const d = parseDraft(text);
for (const t of d.tables) {
  console.log(t.source, t.unclear ? 'UNCLEAR' : '', 'caption=', t.caption?.text, 'unit=', t.unit?.text, 'rows=', t.rows.length, JSON.stringify(text.slice(t.offset, t.offset + 40)));
  console.log('   H:', t.header.cells.map(c => c.text).join(' ¦ '));
  for (const r of t.rows.slice(0, Number(process.argv[3] ?? 8))) console.log('   ', r.short ? 'S' : ' ', r.cells.map(c => c.text).join(' ¦ '));
}
console.log('paras:', d.paras.length, d.paras.slice(0, 40).map(p => p.raw.slice(0, 20)).join(' ⏎ '));
