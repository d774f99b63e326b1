// “公文：从模板插入”: gather the templates (built-in, the workspace's .gongwen/templates when the workspace
// is trusted, the folder of `gongwen.templates.folder`), let the writer pick one, open the preview.

import * as vscode from 'vscode';
import { TemplatePreviewPanel } from '../preview/panel';
import { builtinRank } from '../templates/builtin';
import { templateCatalog, WORKSPACE_TEMPLATES, type Catalog, type CatalogNote } from '../templates/catalog';
import { syntaxProblem } from '../templates/environment';
import { isPartial, loadTemplateFolder, type TemplateFolder } from '../templates/load';
import { TemplateSession } from '../preview/session';
import type { TemplateFile, TemplateOrigin } from '../templates/types';

/** A note of the pick: a folder that was not read, and what choosing it does. */
interface NotePick {
  label: string;
  detail: string;
  action?: () => void;
}

function notePick(note: CatalogNote): NotePick {
  const openSetting = () => void vscode.commands.executeCommand('workbench.action.openSettings', 'gongwen.templates.folder');
  switch (note.kind) {
    case 'untrusted':
      return {
        label: '$(shield) 工作区模板未加载（workspace templates not loaded）',
        detail: `当前工作区未受信任，不加载 ${WORKSPACE_TEMPLATES} 中的模板；信任此工作区后即可使用。选择此项管理工作区信任（Restricted Mode: trust the workspace to use its templates）`,
        action: () => void vscode.commands.executeCommand('workbench.trust.manage'),
      };
    case 'user-folder-not-absolute':
      return {
        label: '$(warning) 我的模板文件夹无效（invalid template folder）',
        detail: `设置 gongwen.templates.folder 应为绝对路径或以 ~ 开头，现为“${note.setting}”（the setting must be an absolute path）`,
        action: openSetting,
      };
    case 'user-folder-unreadable':
      return {
        label: '$(warning) 我的模板文件夹无法读取（template folder unreadable）',
        detail: `${note.error}；请检查设置 gongwen.templates.folder`,
        action: openSetting,
      };
  }
}

/** The folders to offer templates from; workspace values of gongwen.templates.folder are ignored in restricted mode (see package.json). */
function catalog(context: vscode.ExtensionContext): Promise<Catalog> {
  return templateCatalog({
    builtinDir: context.asAbsolutePath('templates'),
    workspaceFolders: (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath),
    trusted: vscode.workspace.isTrusted,
    userFolderSetting: vscode.workspace.getConfiguration('gongwen').get<string>('templates.folder', ''),
  });
}

const GROUP_LABEL: Record<TemplateOrigin, string> = {
  builtin: '内置模板（built-in）',
  workspace: '工作区模板（.gongwen/templates）',
  user: '我的模板（gongwen.templates.folder）',
};

interface TemplatePick extends vscode.QuickPickItem {
  file?: TemplateFile;
  folder?: TemplateFolder;
  action?: () => void;
}

/** The command 公文：从模板插入 (gongwen.insertFromTemplate). */
export async function insertFromTemplate(context: vscode.ExtensionContext): Promise<void> {
  const { folders, notes } = await catalog(context);
  const items: TemplatePick[] = [];
  for (const origin of ['builtin', 'workspace', 'user'] as const) {
    const entries = folders
      .filter((f) => f.origin === origin)
      .flatMap((folder) => folder.files.filter((f) => !isPartial(f)).map((file) => ({ file, folder })))
      .sort((a, b) => builtinRank(a.file.name) - builtinRank(b.file.name) || a.file.name.localeCompare(b.file.name));
    if (entries.length === 0) continue;
    items.push({ label: GROUP_LABEL[origin], kind: vscode.QuickPickItemKind.Separator });
    for (const { file, folder } of entries) {
      const problem = file.problems[0] ?? (file.meta ? syntaxProblem(file.body) : undefined);
      items.push(
        file.meta && !problem
          ? { label: file.meta.title, description: origin === 'builtin' ? '' : file.name, detail: file.meta.description, file, folder }
          : {
              label: `$(warning) ${file.meta?.title ?? file.name}`,
              description: `${file.name} 模板有误（invalid template）`,
              detail: `${problem?.line ? `第 ${problem.line} 行：` : ''}${problem?.message ?? ''}`,
              file,
              folder,
            },
      );
    }
  }
  if (notes.length > 0) {
    items.push({ label: '说明（notes）', kind: vscode.QuickPickItemKind.Separator });
    items.push(...notes.map(notePick));
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: '公文：从模板插入（Insert from Template）',
    placeHolder: '选择模板，在预览中填写后插入（pick a template, fill it in the preview, then insert）',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!picked) return;
  if (picked.action) {
    picked.action();
    return;
  }
  if (!picked.file || !picked.folder) return;
  const { file, folder } = picked;
  const reload = async (): Promise<TemplateSession | undefined> => {
    const fresh = await loadTemplateFolder(folder.dir, folder.origin);
    const next = fresh.files.find((f) => f.name === file.name);
    return next && TemplateSession.of(next, fresh.files);
  };
  TemplatePreviewPanel.show(context.extensionUri, TemplateSession.of(file, folder.files), reload);
}
