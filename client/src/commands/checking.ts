// Switching checking on or off: per file (remembered in the workspace state and told to the server) and per
// workspace (the `gongwen.enable` setting of the workspace).

import { ConfigurationTarget, l10n, window, workspace, type Memento } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FileModeNotification, type CheckMode, type FileModeParams } from '../../../server/src/lsp/protocol';

const FILE_MODES_KEY = 'gongwen.fileModes';

export class FileModes {
  constructor(private readonly state: Memento) {}

  all(): Record<string, CheckMode> {
    return this.state.get<Record<string, CheckMode>>(FILE_MODES_KEY, {});
  }

  async set(client: LanguageClient, uri: string, mode: CheckMode): Promise<void> {
    const modes = { ...this.all() };
    if (mode === 'auto') delete modes[uri];
    else modes[uri] = mode;
    await this.state.update(FILE_MODES_KEY, modes);
    const params: FileModeParams = { uri, mode };
    await client.sendNotification(FileModeNotification.type, params);
  }
}

/** Turn checking of the active file on when it is off, and off when it is on. */
export async function toggleFile(client: LanguageClient, modes: FileModes, checked: boolean | undefined): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor) return;
  const uri = client.code2ProtocolConverter.asUri(editor.document.uri);
  const mode: CheckMode = checked ? 'never' : 'always';
  await modes.set(client, uri, mode);
  window.setStatusBarMessage(mode === 'always' ? l10n.t('Gongwen Assistant: checking this file') : l10n.t('Gongwen Assistant: no longer checking this file'), 3000);
}

/** Turn checking off for the workspace, or back on (as `auto`: drafts that read as 公文). */
export async function toggleWorkspace(): Promise<void> {
  const config = workspace.getConfiguration('gongwen');
  const target = workspace.workspaceFolders?.length ? ConfigurationTarget.Workspace : ConfigurationTarget.Global;
  const off = config.get<CheckMode>('enable') === 'never';
  if (off) {
    // back to automatic detection, unless that would still leave a user-level `never` in force
    await config.update('enable', undefined, target);
    if (workspace.getConfiguration('gongwen').get<CheckMode>('enable') === 'never') await config.update('enable', 'auto', target);
    void window.showInformationMessage(l10n.t('Gongwen Assistant now checks drafts in this workspace that read as official documents.'));
  } else {
    await config.update('enable', 'never', target);
    void window.showInformationMessage(l10n.t('Gongwen Assistant no longer checks files in this workspace. Run the command again to switch it back on.'));
  }
}
