// Where and how a rendered draft goes into a document: one replacement, set apart from the text around it
// by blank lines so it stays its own Markdown blocks. Pure: the panel turns the offsets into a vscode range.

export interface InsertionRequest {
  /** The document's text. */
  text: string;
  /** The selection as offsets; equal when nothing is selected. */
  selectionStart: number;
  selectionEnd: number;
  /** Where the cursor is (the selection's active end). */
  cursor: number;
  /** Replace the selected text; otherwise the selection is kept and the draft goes in at the cursor. */
  replaceSelection: boolean;
  /** The rendered Markdown. */
  markdown: string;
  /** The document's line ending. */
  eol: '\n' | '\r\n';
}

/** One edit: replace [offset, endOffset) with text. */
export interface Insertion {
  offset: number;
  endOffset: number;
  text: string;
}

export function computeInsertion(request: InsertionRequest): Insertion {
  const { text, eol } = request;
  const clamp = (n: number): number => Math.max(0, Math.min(text.length, n));
  let offset: number;
  let endOffset: number;
  if (request.replaceSelection && request.selectionStart !== request.selectionEnd) {
    offset = clamp(Math.min(request.selectionStart, request.selectionEnd));
    endOffset = clamp(Math.max(request.selectionStart, request.selectionEnd));
  } else {
    offset = endOffset = clamp(request.cursor);
  }
  // never split a CRLF pair
  if (offset > 0 && text[offset - 1] === '\r' && text[offset] === '\n') {
    offset++;
    endOffset = Math.max(endOffset, offset);
  }
  const body = request.markdown.replace(/\r\n?/g, '\n').replace(/\s+$/, '').replace(/^\n+/, '');
  const before = text.slice(0, offset).replace(/\r\n?/g, '\n');
  const after = text.slice(endOffset).replace(/\r\n?/g, '\n');
  // a blank line before, unless the draft starts the document or one is there already
  let lead: string;
  if (before === '' || /\n[ \t]*\n$/.test(before)) lead = '';
  else if (before.endsWith('\n')) lead = '\n';
  else lead = '\n\n';
  // a blank line after, unless the document ends here or one follows already; a final newline at the end
  let trail: string;
  if (after.trim() === '') trail = after.includes('\n') ? '' : '\n';
  else if (/^[ \t]*\n[ \t]*\n/.test(after)) trail = '';
  else if (/^[ \t]*\n/.test(after)) trail = '\n';
  else trail = '\n\n';
  const inserted = (lead + body + trail).replace(/\n/g, eol);
  return { offset, endOffset, text: inserted };
}
