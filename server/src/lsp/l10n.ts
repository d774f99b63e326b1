// Runtime strings of the server (hover labels, code action titles) in the editor's language: English in the
// source, other languages in l10n/bundle.l10n.<locale>.json beside the extension's dist/ folder.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as l10n from '@vscode/l10n';

export const t = l10n.t;

/** Load the bundle for the client's locale (`zh-cn`, `zh-tw` …), falling back to the bare language. */
export function useLocale(locale: string | undefined): void {
  if (!locale) return;
  const lower = locale.toLowerCase();
  for (const candidate of [lower, lower.split('-')[0]!]) {
    for (const dir of bundleDirs()) {
      const path = join(dir, `bundle.l10n.${candidate}.json`);
      if (existsSync(path)) {
        l10n.config({ fsPath: path });
        return;
      }
    }
  }
}

/** dist/server.js sits one level below the extension root; the sources (under tests) three levels. */
function bundleDirs(): string[] {
  return [join(__dirname, '..', 'l10n'), join(__dirname, '..', '..', '..', 'l10n')];
}
