// What the extension under test contributes, read from its installed manifest. Scenarios for features
// still being built on another branch are reported pending, naming the branch, until the feature lands.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from 'mocha';
import { session } from './session';

interface Manifest {
  contributes?: {
    commands?: Array<{ command: string }>;
    snippets?: Array<{ language: string; path: string }>;
  };
}

let cached: Manifest | undefined;

function manifest(): Manifest {
  if (!cached) {
    const { extensionsDir } = session();
    const dir = readdirSync(extensionsDir).find((d) => d.startsWith('gongwen-tools.gongwen-assistant-'));
    if (!dir) throw new Error(`the extension is not installed in ${extensionsDir}`);
    cached = JSON.parse(readFileSync(join(extensionsDir, dir, 'package.json'), 'utf8')) as Manifest;
  }
  return cached;
}

export function hasCommand(id: string): boolean {
  return manifest().contributes?.commands?.some((c) => c.command === id) ?? false;
}

export function hasSnippets(): boolean {
  return (manifest().contributes?.snippets?.length ?? 0) > 0;
}

/** The language server and client of the `lsp` branch (hovers, code actions, outline, placeholders, status bar). */
export const editorFeatures = { branch: 'lsp', present: () => hasCommand('gongwen.nextPlaceholder') };

/** The template preview of the `templates` branch. */
export const templateFeatures = { branch: 'templates', present: () => hasCommand('gongwen.insertFromTemplate') };

/**
 * Marks the running test pending, naming the branch it waits for, unless the feature is installed.
 * Call first thing in the test (`function () {…}`, not an arrow: Mocha's context is `this`).
 */
export function waitFor(context: Context, feature: { branch: string; present: () => boolean }, what: string): void {
  if (feature.present()) return;
  if (context.test) context.test.title += ` [waiting for branch ${feature.branch}: ${what}]`;
  context.skip();
}

/** Word export and the layout preview of the `word-export` branch. */
export const wordFeatures = { branch: 'word-export', present: () => hasCommand('gongwen.exportWord') };
