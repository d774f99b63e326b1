// Reading a .docx in tests: its parts unzipped, its XML as a small element tree, and the lookups the layout
// tests use (styles by id, paragraphs with their resolved properties, twips and half-points as numbers).

import { strFromU8, unzipSync } from 'fflate';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const TOKEN = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>|<\?[^>]*\?>|<!--[^]*?-->|([^<]+)/g;
const ATTR = /([\w:.-]+)="([^"]*)"/g;
const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#root', attrs: {}, children: [], text: '' };
  const stack = [root];
  for (const m of xml.matchAll(TOKEN)) {
    const top = stack[stack.length - 1]!;
    if (m[5] !== undefined) {
      top.text += unescape(m[5]);
      continue;
    }
    if (!m[2]) continue;
    if (m[1]) {
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (m[3] ?? '').matchAll(ATTR)) attrs[a[1]!] = unescape(a[2]!);
    const element: XmlElement = { name: m[2], attrs, children: [], text: '' };
    top.children.push(element);
    if (!m[4]) stack.push(element);
  }
  return root;
}

/** Every descendant named `name`, in document order. */
export function all(element: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (e: XmlElement): void => {
    for (const c of e.children) {
      if (c.name === name) out.push(c);
      visit(c);
    }
  };
  visit(element);
  return out;
}

export function first(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element ? all(element, name)[0] : undefined;
}

/** The child (not any descendant) named `name`. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

export function num(element: XmlElement | undefined, attr: string): number | undefined {
  const v = element?.attrs[attr];
  return v === undefined ? undefined : Number(v);
}

/** The words of an element: its w:t texts joined. */
export function textOf(element: XmlElement): string {
  return all(element, 'w:t')
    .map((t) => t.text)
    .join('');
}

export class Docx {
  readonly files: Record<string, Uint8Array>;
  private readonly parsed = new Map<string, XmlElement>();

  constructor(bytes: Uint8Array) {
    this.files = unzipSync(bytes);
  }

  text(path: string): string {
    const file = this.files[path];
    if (!file) throw new Error(`no ${path} in the package`);
    return strFromU8(file);
  }

  xml(path: string): XmlElement {
    let x = this.parsed.get(path);
    if (!x) this.parsed.set(path, (x = parseXml(this.text(path))));
    return x;
  }

  get body(): XmlElement {
    return first(this.xml('word/document.xml'), 'w:body')!;
  }

  /** The body's paragraphs, tables' included, in order. */
  paragraphs(): XmlElement[] {
    return all(this.body, 'w:p');
  }

  /** The paragraph whose words are `text` (or start with it). */
  paragraph(text: string): XmlElement {
    const p = this.paragraphs().find((e) => textOf(e) === text) ?? this.paragraphs().find((e) => textOf(e).startsWith(text));
    if (!p) throw new Error(`no paragraph “${text}”`);
    return p;
  }

  style(id: string): XmlElement {
    const s = all(this.xml('word/styles.xml'), 'w:style').find((e) => e.attrs['w:styleId'] === id);
    if (!s) throw new Error(`no style ${id}`);
    return s;
  }

  /**
   * A paragraph property as Word resolves it: the paragraph's own, else its style's and the styles it is based on,
   * else the document defaults.
   */
  pPr(p: XmlElement, name: string): XmlElement | undefined {
    const own = child(child(p, 'w:pPr'), name);
    if (own) return own;
    let styleId = child(child(p, 'w:pPr'), 'w:pStyle')?.attrs['w:val'] ?? 'Normal';
    for (let depth = 0; styleId && depth < 10; depth++) {
      const style = this.style(styleId);
      const found = child(child(style, 'w:pPr'), name);
      if (found) return found;
      styleId = child(style, 'w:basedOn')?.attrs['w:val'] ?? '';
    }
    return child(first(first(this.xml('word/styles.xml'), 'w:pPrDefault'), 'w:pPr'), name);
  }

  /** A run property of a paragraph's style chain (not a run's own), else the defaults. */
  styleRPr(styleId: string, name: string): XmlElement | undefined {
    let id = styleId;
    for (let depth = 0; id && depth < 10; depth++) {
      const style = this.style(id);
      const found = child(child(style, 'w:rPr'), name);
      if (found) return found;
      id = child(style, 'w:basedOn')?.attrs['w:val'] ?? '';
    }
    return child(first(first(this.xml('word/styles.xml'), 'w:rPrDefault'), 'w:rPr'), name);
  }
}
