// Where the lines of a rendered PDF fall: `pdftotext -bbox-layout` output read into pages of lines, in points
// from the top left of the page.

export interface PdfWord {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

export interface PdfLine extends PdfWord {
  words: PdfWord[];
}

export interface PdfPage {
  width: number;
  height: number;
  lines: PdfLine[];
}

const PAGE = /<page width="([\d.]+)" height="([\d.]+)">([^]*?)<\/page>/g;
const LINE = /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^]*?)<\/line>/g;
const WORD = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

export function readBboxLayout(html: string): PdfPage[] {
  const pages: PdfPage[] = [];
  for (const p of html.matchAll(PAGE)) {
    const lines: PdfLine[] = [];
    for (const l of p[3]!.matchAll(LINE)) {
      const words = [...l[5]!.matchAll(WORD)].map((w) => ({ xMin: +w[1]!, yMin: +w[2]!, xMax: +w[3]!, yMax: +w[4]!, text: w[5]!.replace(/&[a-z#0-9]+;/g, (e) => ENTITIES[e] ?? e) }));
      lines.push({ xMin: +l[1]!, yMin: +l[2]!, xMax: +l[3]!, yMax: +l[4]!, words, text: words.map((w) => w.text).join('') });
    }
    // top to bottom (pdftotext orders by flow; a footer may come first)
    lines.sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
    pages.push({ width: +p[1]!, height: +p[2]!, lines });
  }
  return pages;
}
