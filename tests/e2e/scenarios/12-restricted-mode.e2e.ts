// Scenario 12: in Restricted Mode (an untrusted folder), “Insert from Template” offers the built-in templates
// and says why the workspace's own .gongwen/templates are not there; it does not load them.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CodeServer } from '../harness/codeServer';
import { session } from '../harness/session';
import { vsixPath } from '../harness/paths';
import { Workbench } from '../harness/workbench';

const workspaceTemplate = `---
title: 工作区自带的通知模板
description: 一个不受信任的工作区带来的模板
variables: []
---
# 关于放假的通知
`;

describe('12. Restricted Mode', () => {
  let server: CodeServer | undefined;
  after(async () => {
    await server?.stop();
  });

  it('does not load the templates of an untrusted workspace, and says so in the pick', async function () {
    const dir = join(session().runDir, 'restricted');
    const options = { userDataDir: join(dir, 'user-data'), extensionsDir: join(dir, 'extensions'), logFile: join(dir, 'code-server.log'), workspaceTrust: true };
    CodeServer.installExtension(vsixPath, options);
    server = await CodeServer.start(options);
    const wb = await Workbench.open({
      server,
      prepare: (workspace) => {
        mkdirSync(join(workspace, '.gongwen', 'templates'), { recursive: true });
        writeFileSync(join(workspace, '.gongwen', 'templates', 'notice.njk'), workspaceTemplate);
      },
    });
    await wb.statusBarItem('Restricted Mode').waitFor();
    // the extension runs in Restricted Mode: a draft opened is checked (and the palette knows its commands)
    await wb.openFile('drafts/插入模板.md');
    await wb.statusBarItem(/Placeholders \d+ · Problems \d+|Gongwen Assistant: not checked/).waitFor();

    await wb.runCommand('Gongwen Assistant: Insert from Template (从模板插入)');
    await wb.quickInputRow('工作汇报（情况汇报）').waitFor();
    // the list shows only the rows in view: narrow it to what the workspace would add, and the note about it
    await wb.quickInput.locator('input').fill('工作区');
    await wb.quickInputRow('工作区模板未加载').waitFor();
    await wb.quickInputRow('工作区自带的通知模板').waitFor({ state: 'detached' });
    await wb.quickInput.locator('.quick-input-list', { hasText: '工作区模板（.gongwen/templates）' }).waitFor({ state: 'detached' });
  });
});
