// Writes the size and file count of the .vsix just built into README.md and docs/development.md, between
// <!-- vsix:zh --> … <!-- /vsix:zh --> and <!-- vsix:en --> … <!-- /vsix:en -->: figures from the build, not
// from memory. Run by `npm run package` after vsce.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const vsix = join(root, process.argv[2] ?? 'gongwen-assistant.vsix');

/** Entries of a zip file, from its end-of-central-directory record (a .vsix is a zip). */
function zipEntries(bytes) {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) return bytes.readUInt16LE(i + 10);
  }
  throw new Error(`${vsix}: not a zip file`);
}

const bytes = readFileSync(vsix);
// the two entries of the package format ([Content_Types].xml, extension.vsixmanifest) are not the extension's files
const files = zipEntries(bytes) - 2;
const size = statSync(vsix).size;
const kb = (size / 1024).toFixed(1);
const figures = {
  zh: `${kb} KB，${files} 个文件`,
  en: `${kb} KB, ${files} files`,
};
for (const doc of ['README.md', join('docs', 'development.md')]) {
  const path = join(root, doc);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(/(<!-- vsix:(zh|en) -->)[^<]*(<!-- \/vsix:\2 -->)/g, (_, open, lang, close) => `${open}${figures[lang]}${close}`);
  if (after !== before) writeFileSync(path, after);
}
console.log(`${vsix}: ${figures.en}`);
