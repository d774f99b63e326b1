// Scenario 10: the checking service dies (killed from outside), twice: the client restarts it each time, the
// writer is told once, and the draft is checked again, edits included.

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findings, workspaceText } from '../harness/engine';
import { seedExample } from '../harness/fixture';
import { session } from '../harness/session';
import { uiTimeoutMs, Workbench } from '../harness/workbench';

interface Process {
  pid: number;
  ppid: number;
  /** Clock ticks after boot. */
  started: number;
  args: string[];
}

/** Every process we may read, from /proc. */
function processes(): Process[] {
  const found: Process[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // the name in parentheses may hold spaces
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      found.push({ pid: Number(entry), ppid: Number(fields[1]), started: Number(fields[19]), args });
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

/**
 * The language server of the window under test: the child running our dist/server.js of the newest extension
 * host this run's code-server started (windows open one at a time; earlier windows' hosts may linger).
 */
function windowServer(): { host?: Process; server?: Process; all: Process[] } {
  const all = processes();
  const byPid = new Map(all.map((p) => [p.pid, p]));
  const codeServer = session().server.pid;
  const ours = (p: Process): boolean => {
    for (let q: Process | undefined = p; q; q = byPid.get(q.ppid)) if (q.pid === codeServer) return true;
    return false;
  };
  const host = all.filter((p) => p.args.includes('--type=extensionHost') && ours(p)).sort((a, b) => b.started - a.started)[0];
  const installed = join(session().extensionsDir, 'gongwen-tools.gongwen-assistant-');
  const server = all.find((p) => p.ppid === host?.pid && p.args.some((a) => a.startsWith(installed) && a.endsWith(join('dist', 'server.js'))));
  return { host, server, all };
}

/** Waits until the window's language server runs, other than `not`, and returns its pid. */
async function serverOfWindow(not?: number): Promise<number> {
  const deadline = Date.now() + uiTimeoutMs;
  for (;;) {
    const { server, all } = windowServer();
    if (server && server.pid !== not) return server.pid;
    const listing = all.filter((p) => /server\.js|extensionHost/.test(p.args.join(' '))).map((p) => `${p.pid} (parent ${p.ppid}) ${p.args.join(' ')}`);
    assert.ok(Date.now() < deadline, `no language server in this window; processes:\n${listing.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 100)); // polling /proc: there is no event to wait on
  }
}

/** The notifications in the notification center that come from the extension or its language client. */
async function ourNotifications(wb: Workbench): Promise<string[]> {
  await wb.runCommand('Notifications: Show Notifications');
  const center = wb.page.locator('.notifications-center');
  await center.waitFor();
  const messages = await center.locator('.notification-list-item .notification-list-item-message').allInnerTexts();
  await wb.page.keyboard.press('Escape');
  await center.waitFor({ state: 'hidden' });
  return messages.filter((m) => /公文助手|gongwen|language server|connection to server/i.test(m));
}

function summary(text: string): string {
  const found = findings(text);
  const placeholders = found.filter((f) => f.rule === 'placeholder').length;
  return `Placeholders ${placeholders} · Problems ${found.length - placeholders}`;
}

describe('10. A dead checking service', () => {
  it('is restarted, twice, the writer told once, and the draft checked again', async function () {
    const original = workspaceText(seedExample);
    const added = '完成投资xx亿元,同比增长。';
    const wb = await Workbench.open();
    await wb.openFile(seedExample);
    await wb.statusBarItem(summary(original)).waitFor();
    const first = await serverOfWindow();

    process.kill(first, 'SIGKILL');
    await wb.page.locator('.notifications-toasts .notification-toast', { hasText: 'checking service stopped unexpectedly' }).waitFor();
    await serverOfWindow(first);

    // the new server checks what the writer types now
    await wb.focusEditor();
    await wb.page.keyboard.press('Control+End');
    await wb.page.keyboard.press('Enter');
    await wb.page.keyboard.press('Enter');
    await wb.page.keyboard.insertText(added);
    const edited = `${original}\n\n${added}`;
    assert.notEqual(summary(edited), summary(original), 'the edit should change the counts');
    await wb.statusBarItem(summary(edited)).waitFor();

    // one message, and no other from the extension or its language client
    assert.deepEqual(await ourNotifications(wb), ['The Gongwen Assistant checking service stopped unexpectedly and has been restarted.']);

    // The writer closes it; the service dies again soon after: restarted again, and not told again
    // (VS Code would fold a second identical message into one still showing, but not into one dismissed).
    await wb.runCommand('Notifications: Clear All Notifications');
    const second = await serverOfWindow();
    process.kill(second, 'SIGKILL');
    await serverOfWindow(second);
    await wb.focusEditor();
    await wb.page.keyboard.insertText(added);
    const again = `${edited}${added}`;
    assert.notEqual(summary(again), summary(edited), 'the edit should change the counts');
    await wb.statusBarItem(summary(again)).waitFor();
    assert.deepEqual(await ourNotifications(wb), []);
  });
});
