// Which folders the template pick reads: a workspace's own templates only when the workspace is trusted.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandUserFolder, templateCatalog, WORKSPACE_TEMPLATES } from '../../client/src/templates/catalog';
import { TEMPLATES_DIR } from './helpers';

const TEMPLATE = '---\ntitle: 工作区通知\ndescription: 工作区自带的模板\nvariables: []\n---\n# 关于放假的通知\n';

describe('template catalog', () => {
  let workspace: string;
  let own: string;
  before(() => {
    workspace = mkdtempSync(join(tmpdir(), 'gongwen-ws-'));
    mkdirSync(join(workspace, WORKSPACE_TEMPLATES), { recursive: true });
    writeFileSync(join(workspace, WORKSPACE_TEMPLATES, 'notice.njk'), TEMPLATE);
    own = mkdtempSync(join(tmpdir(), 'gongwen-own-'));
    writeFileSync(join(own, 'mine.njk'), TEMPLATE);
  });
  after(() => {
    rmSync(workspace, { recursive: true, force: true });
    rmSync(own, { recursive: true, force: true });
  });

  const options = { builtinDir: TEMPLATES_DIR, userFolderSetting: '' };

  it('reads a trusted workspace’s .gongwen/templates', async () => {
    const { folders, notes } = await templateCatalog({ ...options, workspaceFolders: [workspace], trusted: true });
    assert.deepEqual(folders.map((f) => f.origin), ['builtin', 'workspace']);
    assert.deepEqual(folders[1]!.files.map((f) => f.name), ['notice.njk']);
    assert.deepEqual(notes, []);
  });

  it('does not load an untrusted workspace’s templates, and says so', async () => {
    const { folders, notes } = await templateCatalog({ ...options, workspaceFolders: [workspace], trusted: false });
    assert.deepEqual(folders.map((f) => f.origin), ['builtin']);
    assert.ok(folders.every((f) => f.files.every((file) => !file.path.startsWith(workspace))));
    assert.deepEqual(notes, [{ kind: 'untrusted', dirs: [join(workspace, WORKSPACE_TEMPLATES)] }]);
  });

  it('says nothing about an untrusted workspace that has no templates', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'gongwen-ws-'));
    try {
      const { folders, notes } = await templateCatalog({ ...options, workspaceFolders: [empty], trusted: false });
      assert.deepEqual(folders.map((f) => f.origin), ['builtin']);
      assert.deepEqual(notes, []);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('reads the writer’s own folder, trusted workspace or not', async () => {
    const { folders } = await templateCatalog({ ...options, workspaceFolders: [workspace], trusted: false, userFolderSetting: own });
    assert.deepEqual(folders.map((f) => f.origin), ['builtin', 'user']);
  });

  it('refuses a relative folder and reports one it cannot read', async () => {
    const relative = await templateCatalog({ ...options, workspaceFolders: [], trusted: true, userFolderSetting: 'templates' });
    assert.deepEqual(relative.notes, [{ kind: 'user-folder-not-absolute', setting: 'templates' }]);
    const missing = await templateCatalog({ ...options, workspaceFolders: [], trusted: true, userFolderSetting: join(own, 'nope') });
    assert.equal(missing.notes[0]!.kind, 'user-folder-unreadable');
    assert.deepEqual(missing.folders.map((f) => f.origin), ['builtin']);
  });

  it('expands ~ to the home folder', () => {
    assert.equal(expandUserFolder(' ~/模板 '), join(homedir(), '模板'));
    assert.equal(expandUserFolder('/srv/模板'), '/srv/模板');
  });
});
