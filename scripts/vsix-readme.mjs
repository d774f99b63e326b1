// The README of the .vsix (dist/README.md): the repository's README.md with its pictures inlined as data: URIs
// and its relative links made absolute at the release's tag. VS Code's extension page allows pictures from https:
// and data: only, and resolves no relative link, so pictures kept as files would not show, offline or online.
// Run by `npm run vscode:prepublish`; `vsce package --readme-path dist/README.md` packages it as the README.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp' };

/** A picture of the repository as a data: URI. */
function dataUri(root, target) {
  const type = TYPES[extname(target).toLowerCase()];
  if (!type) throw new Error(`README.md: ${target} is no picture the extension page can show (png, jpeg, gif, webp)`);
  return `data:${type};base64,${readFileSync(join(root, decodeURI(target))).toString('base64')}`;
}

/** The README as the extension page should show it (Markdown pictures, <img> tags and links), from the repository at `root`. */
export function vsixReadme(root) {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const repository = String(manifest.repository?.url ?? manifest.repository).replace(/\.git$/, '');
  const base = `${repository}/blob/v${manifest.version}/`;
  const relative = (target) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('#');
  return readFileSync(join(root, 'README.md'), 'utf8')
    .replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, (whole, alt, target) => (relative(target) ? `![${alt}](${dataUri(root, target)})` : whole))
    .replace(/(<img\b[^>]*\bsrc=")([^"]+)(")/g, (whole, open, target, close) => (relative(target) ? `${open}${dataUri(root, target)}${close}` : whole))
    .replace(/(?<!!)\[([^\]]*)\]\(([^)\s]+)\)/g, (whole, text, target) => (relative(target) ? `[${text}](${base}${target})` : whole));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(import.meta.dirname, '..');
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(join(root, 'dist', 'README.md'), vsixReadme(root));
}
