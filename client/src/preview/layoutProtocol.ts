// Messages between the layout preview (公文助手：版式预览) and the extension host, typed once for both sides. The
// host validates what the webview sends: a webview is a web page and its messages are untrusted input.

/** The page's parts as HTML: the 版头, the body, the footnotes, the 版记 (each empty when the draft has none). */
export interface PageHtml {
  head: string;
  body: string;
  notes: string;
  record: string;
}

export interface LayoutPage {
  /** The draft's file name, for the toolbar. */
  title: string;
  html: PageHtml;
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
