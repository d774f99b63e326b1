// The one normalisation applied to every excerpt of the real corpus (tests/corpus/real/), as SOURCES.md records.
//
// The search tool's pages corpus stores the full-width ，；：（） of Chinese prose as half-width ,;:(). This puts them
// back where they stand in Chinese prose, and changes nothing else (no typo, figure, spacing or error is touched):
// - `,` `;` `:` become full-width when a CJK character or full-width punctuation mark stands on either side, and
//   never between two digits (1,200 keeps its separator, 6.2:40.1 its ratio colon, 10:30 its time);
// - a `(`…`)` pair becomes （…） when a CJK character stands next to the `(` outside or anywhere inside the pair.
//
//   npx tsx scripts/real-corpus-normalise.ts FILE.md…     (rewrites in place; running it twice changes nothing)

import { readFileSync, writeFileSync } from 'node:fs';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u2e80-\u2fdf\u{20000}-\u{2ffff}“”‘’…—]/u;
const isCjk = (c: string | undefined): boolean => c !== undefined && CJK.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && /[0-9０-９]/.test(c);

const WIDE: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）' };

export function normalise(text: string): string {
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c !== ',' && c !== ';' && c !== ':') continue;
    const before = chars[i - 1];
    const after = chars[i + 1];
    if (isDigit(before) && isDigit(after)) continue;
    if (isCjk(before) || isCjk(after)) chars[i] = WIDE[c]!;
  }
  // parentheses, pair by pair on one line
  const stack: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === '\n') stack.length = 0;
    else if (c === '(') stack.push(i);
    else if (c === ')' && stack.length > 0) {
      const open = stack.pop()!;
      const inside = chars.slice(open + 1, i);
      if (isCjk(chars[open - 1]) || inside.some((x) => isCjk(x))) {
        chars[open] = WIDE['(']!;
        chars[i] = WIDE[')']!;
      }
    }
  }
  return chars.join('');
}

if (require.main === module) {
  for (const file of process.argv.slice(2)) {
    const before = readFileSync(file, 'utf8');
    const after = normalise(before);
    if (after !== before) writeFileSync(file, after);
    console.log(`${file}: ${after === before ? 'unchanged' : 'normalised'}`);
  }
}
