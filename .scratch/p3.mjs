import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { tableDocument } from '../scripts/bench-documents.mjs';
function plugin() { const d = this.data(); (d.micromarkExtensions ??= []).push(gfmTable()); (d.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown()); }
const p = unified().use(remarkParse).use(plugin);
const text = tableDocument();
for (let i = 0; i < 8; i++) { const t = performance.now(); p.parse(text); console.log((performance.now() - t).toFixed(1)); }
const rows = text.split('\n'); 
for (const n of [50, 100, 200, 330]) { const sub = rows.slice(0, 10 + n).join('\n'); let best = 1e9; for (let i = 0; i < 3; i++) { const t = performance.now(); p.parse(sub); best = Math.min(best, performance.now() - t); } console.log(n, 'rows', best.toFixed(1)); }
