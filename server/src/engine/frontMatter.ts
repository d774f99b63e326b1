// YAML front matter: a draft may open with `---` … `---` giving what is not prose (the 版头 and 版记 fields Word
// export lays out). The checker reads it as blank lines; the exporter reads its YAML.

export interface FrontMatter {
  /** The whole block, fences included, up to the end of the closing fence's line (its line break not included). */
  offset: number;
  endOffset: number;
  /** The YAML between the fences. */
  yaml: string;
  yamlOffset: number;
}

/** A fence line: three dashes (or three dots closing), nothing after them but spaces. */
const OPEN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/** The front matter the text opens with (after a byte order mark), or undefined. */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let lineEnd = lineEndAt(text, start);
  if (!OPEN.test(text.slice(start, lineEnd))) return undefined;
  const yamlOffset = nextLine(text, lineEnd);
  for (let line = yamlOffset; line < text.length;) {
    lineEnd = lineEndAt(text, line);
    if (CLOSE.test(text.slice(line, lineEnd))) return { offset: start, endOffset: lineEnd, yaml: text.slice(yamlOffset, line), yamlOffset };
    line = nextLine(text, lineEnd);
  }
  return undefined;
}

/**
 * The text with its front matter blanked: every character of it but line breaks becomes a space, so offsets,
 * lines and columns stay as they were and the parser sees blank lines.
 */
export function blankFrontMatter(text: string): string {
  const fm = readFrontMatter(text);
  if (!fm) return text;
  return text.slice(0, fm.offset) + text.slice(fm.offset, fm.endOffset).replace(/[^\r\n]/g, ' ') + text.slice(fm.endOffset);
}

function lineEndAt(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

function nextLine(text: string, lineEnd: number): number {
  if (text[lineEnd] === '\r' && text[lineEnd + 1] === '\n') return lineEnd + 2;
  return lineEnd + 1;
}
