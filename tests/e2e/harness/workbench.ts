/// <reference lib="dom" />
// A VS Code window in the browser, driven the way a user drives it: keyboard, command palette, Quick Open.
// Every wait is on something the workbench shows; Playwright's locators retry until their timeout.

import { cpSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BrowserContext, FrameLocator, Locator, Page } from 'playwright-core';
import { testHostReady } from '../../integration/results';
import type { CodeServer } from './codeServer';
import { session } from './session';

/** Generous: an extension host and a language server start on a shared two-core machine. */
export const uiTimeoutMs = 60_000;

let active: Workbench | undefined;
let opened = 0;

/** The window the running test opened, if any (for screenshots of failures). */
export function activeWorkbench(): Workbench | undefined {
  return active;
}

export class Workbench {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    /** This window's own copy of the fixture workspace. */
    readonly workspace: string,
  ) {}

  /**
   * A new window on a fresh copy of the fixture workspace, in a fresh browser context. code-server keeps
   * editor state and unsaved changes per workspace folder on the server, so no two windows share a folder.
   * `prepare` changes that copy before the window opens; `server` is another code-server of this run (one
   * without the test host: the window is ready when the explorer is); `viewport` is the window's size.
   */
  static async open(options: { server?: CodeServer; prepare?: (workspace: string) => void; viewport?: { width: number; height: number } } = {}): Promise<Workbench> {
    const s = session();
    const workspace = join(s.runDir, 'windows', String(++opened), 'workspace');
    cpSync(s.workspace, workspace, { recursive: true });
    options.prepare?.(workspace);
    const context = await s.browser.newContext({ viewport: options.viewport ?? { width: 1400, height: 900 } });
    context.setDefaultTimeout(uiTimeoutMs);
    const page = await context.newPage();
    const workbench = new Workbench(context, page, workspace);
    active = workbench;
    await page.goto(`${(options.server ?? s.server).url}/?folder=${encodeURIComponent(workspace)}`);
    // The explorer lists the folder once the remote connection and file service are up; the test host's
    // status item shows once the extension host has started and registered every extension's commands.
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor();
    if (!options.server) await workbench.statusBarItem(testHostReady).waitFor();
    return workbench;
  }

  async close(): Promise<void> {
    if (active === this) active = undefined;
    await this.context.close();
  }

  get quickInput(): Locator {
    return this.page.locator('.quick-input-widget');
  }

  /** A row of the open quick pick or palette. */
  quickInputRow(text: string | RegExp): Locator {
    return this.quickInput.locator('.quick-input-list .monaco-list-row').filter({ hasText: text }).first();
  }

  /** Opens a workspace file with Quick Open (Ctrl+P) and waits for its editor tab to be the active one. */
  async openFile(relative: string): Promise<void> {
    const name = basename(relative);
    await this.page.keyboard.press('Control+P');
    const input = this.quickInput.locator('input');
    await input.waitFor();
    await input.fill(relative);
    await this.quickInputRow(name).click();
    await this.quickInput.waitFor({ state: 'hidden' });
    await this.activeTab(name).waitFor();
    await this.editor.locator('.view-lines').waitFor();
  }

  activeTab(name: string): Locator {
    return this.page.locator('.tabs-container .tab.active', { hasText: name });
  }

  /** The editor of the active editor group. */
  get editor(): Locator {
    return this.page.locator('.editor-group-container.active .monaco-editor').first();
  }

  /** Runs a command from the palette by its full label, e.g. `View: Toggle Word Wrap`. */
  async runCommand(label: string): Promise<void> {
    await this.page.keyboard.press('Control+Shift+P');
    const input = this.quickInput.locator('input');
    await input.waitFor();
    await input.fill(`>${label}`);
    const exact = new RegExp(`^${escapeRegExp(label)}$`);
    await this.quickInput
      .locator('.quick-input-list .monaco-list-row')
      .filter({ has: this.page.locator('.label-name', { hasText: exact }) })
      .first()
      .click();
    await this.quickInput.waitFor({ state: 'hidden' });
  }

  /** Gives the active editor keyboard focus without moving its cursor. */
  async focusEditor(): Promise<void> {
    await this.editor.locator('textarea').first().focus();
    await this.page.locator('.editor-group-container.active .monaco-editor.focused').waitFor();
  }

  /** Moves the cursor with Go to Line (Ctrl+G), waits for the status bar to show it there; the editor has focus. */
  async goTo(line: number, column: number): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+G');
    const input = this.quickInput.locator('input');
    await input.waitFor();
    await input.fill(`:${line}:${column}`);
    await input.press('Enter');
    await this.quickInput.waitFor({ state: 'hidden' });
    await this.statusBarItem(`Ln ${line}, Col ${column}`).waitFor();
  }

  /** The hover for the text at the cursor, opened with Ctrl+K Ctrl+I (no mouse aiming). */
  async hoverAtCursor(): Promise<Locator> {
    await this.page.keyboard.press('Control+K');
    await this.page.keyboard.press('Control+I');
    const hover = this.page.locator('.monaco-hover-content').first();
    await hover.waitFor();
    return hover;
  }

  /** The content of the (single) webview panel: VS Code nests it in two iframes. */
  webview(): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  }

  /** Runs “Insert from Template”, picks the 工作汇报 template and waits for the preview's first render. */
  async openWorkReportPreview(): Promise<{ view: FrameLocator; page: Locator }> {
    await this.runCommand('Gongwen Assistant: Insert from Template (从模板插入)');
    await this.quickInput.locator('input').fill('工作汇报');
    await this.quickInputRow('工作汇报（情况汇报）').click();
    const view = this.webview();
    await view.locator('.gw-app-title', { hasText: '工作汇报' }).waitFor();
    const page = view.locator('.gw-page');
    await page.locator('h1, p').first().waitFor(); // the first render
    return { view, page };
  }

  /** Makes the editor of a tab the active one, with keyboard focus. */
  async activateTab(name: string): Promise<void> {
    await this.page.locator('.tabs-container .tab', { hasText: name }).first().click();
    await this.activeTab(name).waitFor();
    await this.focusEditor();
  }

  statusBarItem(text: string | RegExp): Locator {
    return this.page.locator('.statusbar-item', { hasText: text }).first();
  }

  /**
   * VS Code's own Problems item in the status bar once it counts these markers: it is updated by the marker service's
   * change event, the same event on which the editor asks for code actions again. A command that asks for code actions
   * (Ctrl+., Fix All) before that event has come is overtaken by the editor's own request, and its answer is dropped.
   */
  problemsStatus(counts: { errors: number; warnings: number; infos: number }): Locator {
    const parts: string[] = [];
    if (counts.errors > 0) parts.push(`Errors: ${counts.errors}`);
    if (counts.warnings > 0) parts.push(`Warnings: ${counts.warnings}`);
    if (counts.infos > 0) parts.push(`Infos: ${counts.infos}`);
    const label = parts.length > 0 ? parts.join(', ') : 'No Problems';
    return this.page.locator(`[id="status.problems"] [aria-label="${label}"], [id="status.problems"][aria-label="${label}"]`).first();
  }

  /** Opens the Problems panel (Ctrl+Shift+M) and returns its rows (file rows and finding rows). */
  async showProblems(): Promise<Locator> {
    await this.page.keyboard.press('Control+Shift+M');
    const panel = this.page.locator('.markers-panel');
    await panel.waitFor();
    return panel.locator('.monaco-list-row');
  }

  /** Types into the Problems panel's filter box (matches message, source, rule id and file). */
  async filterProblems(text: string): Promise<void> {
    await this.page.locator('.panel .viewpane-filter input').fill(text);
  }

  /** Waits until the Problems panel (as filtered) counts `count` findings for a file; 0: no row for it. */
  async waitForProblemCount(fileName: string, count: number): Promise<void> {
    const fileRow = this.page.locator('.markers-panel .monaco-list-row', { hasText: fileName });
    if (count === 0) await fileRow.first().waitFor({ state: 'detached' });
    else await fileRow.locator('.monaco-count-badge', { hasText: new RegExp(`^${count}$`) }).waitFor();
  }

  squiggles(kind: 'error' | 'warning' | 'any' = 'any'): Locator {
    const selector = kind === 'any' ? '.squiggly-error, .squiggly-warning, .squiggly-info' : `.squiggly-${kind}`;
    return this.editor.locator(selector);
  }

  /**
   * The active editor's lines in view, by line number: Monaco renders only what is scrolled into view, a
   * wrapped line as several rows, each row and line number positioned by its `top`.
   */
  async visibleLines(): Promise<Map<number, string>> {
    const numbers = await this.editor
      .locator('.margin-view-overlays .line-numbers')
      .evaluateAll((els) => els.map((e) => ({ top: parseFloat(e.parentElement?.style.top ?? ''), line: Number(e.textContent) })));
    const rows = await this.editor.locator('.view-lines .view-line').evaluateAll((els) => els.map((e) => ({ top: parseFloat(e.style.top), text: (e.textContent ?? '').replace(/\u00a0/g, ' ') })));
    numbers.sort((a, b) => a.top - b.top);
    rows.sort((a, b) => a.top - b.top);
    const lines = new Map<number, string>();
    numbers.forEach(({ top, line }, i) => {
      const next = numbers[i + 1]?.top ?? Infinity;
      lines.set(
        line,
        rows
          .filter((r) => r.top >= top && r.top < next)
          .map((r) => r.text)
          .join(''),
      );
    });
    return lines;
  }

  /** Waits until the active editor renders `text` as line `line` (a change shows on the next frame). */
  async waitForLine(line: number, text: string): Promise<void> {
    await this.page.waitForFunction(
      ([line, text]) => {
        const editor = document.querySelector('.editor-group-container.active .monaco-editor');
        const number = Array.from(editor?.querySelectorAll<HTMLElement>('.margin-view-overlays .line-numbers') ?? []).find((e) => e.textContent === String(line));
        const top = number?.parentElement?.style.top;
        const row = Array.from(editor?.querySelectorAll<HTMLElement>('.view-lines .view-line') ?? []).find((e) => e.style.top === top);
        return row !== undefined && (row.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd() === text;
      },
      [line, text] as const,
      { timeout: uiTimeoutMs },
    );
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }

  /** Hides the test host's status item (for pictures of what a user sees). */
  async hideTestHost(): Promise<void> {
    await this.statusBarItem(/Test host|In-editor API tests/).evaluate((el) => ((el as HTMLElement).style.display = 'none'));
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
