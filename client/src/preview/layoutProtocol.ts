// Messages between the layout preview (公文助手：版式预览) and the extension host, typed once for both sides. The
// host validates what the webview sends: a webview is a web page and its messages are untrusted input.

import type { PageHtml } from './markdownHtml';

export interface LayoutPage {
  /** The draft's file name, for the toolbar. */
  title: string;
  html: PageHtml;
  /** Offsets (data-offset) of the blocks Word starts a page with, after the first page (keep-with-next moves). */
  pageStarts: number[];
  /** The body ends on an even page: a blank page comes before the 版记, and neither is numbered (7.5). */
  blankBeforeRecord: boolean;
  /** Front matter that could not be read, Chinese first. */
  problems: string[];
  /** The checker's findings on the draft, by severity. */
  findings: { errors: number; warnings: number; others: number };
}

export type LayoutHostMessage = { type: 'page'; page: LayoutPage } | { type: 'cursor'; offset: number } | { type: 'status'; level: 'info' | 'error'; text: string };

export type LayoutWebviewMessage = { type: 'ready' } | { type: 'export' } | { type: 'reveal'; offset: number };

/** A message from the webview, or undefined when it is not one this protocol knows. */
export function parseLayoutMessage(raw: unknown): LayoutWebviewMessage | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const message = raw as Record<string, unknown>;
  switch (message.type) {
    case 'ready':
      return { type: 'ready' };
    case 'export':
      return { type: 'export' };
    case 'reveal':
      return typeof message.offset === 'number' && Number.isSafeInteger(message.offset) && message.offset >= 0 ? { type: 'reveal', offset: message.offset } : undefined;
    default:
      return undefined;
  }
}
