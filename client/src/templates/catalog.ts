// Which template folders are read: the built-in one, each workspace's .gongwen/templates only when the
// workspace is trusted, and the writer's own folder from settings. No vscode import: unit-tested on its own.

import * as os from 'node:os';
import * as path from 'node:path';
import { stat } from 'node:fs/promises';
import { loadTemplateFolder, type TemplateFolder } from './load';

/** Workspace-relative folder of a project's own templates. */
export const WORKSPACE_TEMPLATES = path.join('.gongwen', 'templates');

export interface CatalogOptions {
  builtinDir: string;
  /** The workspace folders on disk (absolute); their .gongwen/templates are looked for. */
  workspaceFolders: readonly string[];
  /** Workspace trust: an untrusted workspace's templates are never read. */
  trusted: boolean;
  /** The setting gongwen.templates.folder as written ('' when unset). */
  userFolderSetting: string;
}

/** What the pick should tell the writer about a folder it did not read. */
export type CatalogNote =
  | { kind: 'untrusted'; dirs: string[] }
  | { kind: 'user-folder-not-absolute'; setting: string }
  | { kind: 'user-folder-unreadable'; error: string };

export interface Catalog {
  folders: TemplateFolder[];
  notes: CatalogNote[];
}

async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

/** The user's folder from settings: absolute, or starting with ~. */
export function expandUserFolder(setting: string): string {
  const trimmed = setting.trim();
  return trimmed === '~' || trimmed.startsWith('~/') || trimmed.startsWith('~\\') ? path.join(os.homedir(), trimmed.slice(1)) : trimmed;
}

export async function templateCatalog(options: CatalogOptions): Promise<Catalog> {
  const folders: TemplateFolder[] = [await loadTemplateFolder(options.builtinDir, 'builtin')];
  const notes: CatalogNote[] = [];
  const present: string[] = [];
  for (const folder of options.workspaceFolders) {
    const dir = path.join(folder, WORKSPACE_TEMPLATES);
    if (await isDirectory(dir)) present.push(dir);
  }
  if (options.trusted) {
    for (const dir of present) folders.push(await loadTemplateFolder(dir, 'workspace'));
  } else if (present.length > 0) {
    notes.push({ kind: 'untrusted', dirs: present });
  }
  const own = expandUserFolder(options.userFolderSetting);
  if (own) {
    if (!path.isAbsolute(own)) {
      notes.push({ kind: 'user-folder-not-absolute', setting: own });
    } else {
      const folder = await loadTemplateFolder(own, 'user');
      if (folder.error) notes.push({ kind: 'user-folder-unreadable', error: folder.error });
      else folders.push(folder);
    }
  }
  return { folders, notes };
}
