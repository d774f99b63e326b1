// Reading a folder of templates from disk: its regular `*.njk` files (no symlinks, nothing from subfolders),
// each parsed into a TemplateFile. Files whose name starts with `_` are partials: includable, not listed.

import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseTemplateFile } from './frontMatter';
import type { TemplateFile, TemplateOrigin } from './types';

/** Larger files are not templates a writer would fill in; skipping them keeps a stray file from stalling the pick. */
export const MAX_TEMPLATE_BYTES = 256 * 1024;

export interface TemplateFolder {
  origin: TemplateOrigin;
  /** Absolute path. */
  dir: string;
  /** Every template of the folder, partials included (the loader serves them). */
  files: TemplateFile[];
  /** Set when the folder could not be read at all. */
  error?: string;
}

export function isPartial(file: TemplateFile): boolean {
  return file.name.startsWith('_');
}

export async function loadTemplateFolder(dir: string, origin: TemplateOrigin): Promise<TemplateFolder> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.njk')).sort((a, b) => a.localeCompare(b));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { origin, dir, files: [], error: code === 'ENOENT' ? `文件夹不存在（folder not found）：${dir}` : `无法读取文件夹（cannot read folder）：${dir}（${code ?? String(error)}）` };
  }
  const files: TemplateFile[] = [];
  for (const name of names) {
    const path = join(dir, name);
    try {
      const stat = await lstat(path);
      if (!stat.isFile()) continue; // a symlink could lead out of the folder
      if (stat.size > MAX_TEMPLATE_BYTES) {
        files.push({ id: `${origin}:${name}`, name, origin, path, body: '', problems: [{ message: `模板文件过大（${Math.round(stat.size / 1024)} KB，上限 256 KB）（template file too large）` }] });
        continue;
      }
      files.push(parseTemplateFile(name, origin, path, await readFile(path, 'utf8')));
    } catch (error) {
      files.push({ id: `${origin}:${name}`, name, origin, path, body: '', problems: [{ message: `无法读取模板文件（cannot read template）：${String(error)}` }] });
    }
  }
  return { origin, dir, files };
}
