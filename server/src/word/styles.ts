// Word styles (styles.xml): what a paragraph or run inherits when it does not say so itself. A property is looked
// up in the direct formatting, then up the style's `basedOn` chain, then in the document defaults.

import { child, childValue, elements, type XmlElement } from './xml';

interface Style {
  id: string;
  type: string;
  name: string;
  basedOn?: string;
  pPr?: XmlElement;
  rPr?: XmlElement;
}

/** A style chain longer than this is a loop. */
const MAX_CHAIN = 32;

export class Styles {
  private readonly byId = new Map<string, Style>();
  private readonly defaultParagraph?: string;
  private readonly defaultPPr?: XmlElement;
  private readonly defaultRPr?: XmlElement;

  constructor(root: XmlElement | undefined) {
    let defaultParagraph: string | undefined;
    for (const s of elements(root, 'w:style')) {
      const id = s.attributes['w:styleId'];
      if (id === undefined) continue;
      const type = s.attributes['w:type'] ?? 'paragraph';
      const style: Style = { id, type, name: childValue(s, 'w:name') ?? id, basedOn: childValue(s, 'w:basedOn'), pPr: child(s, 'w:pPr'), rPr: child(s, 'w:rPr') };
      // paragraph and character styles may share an id in principle; keep them apart
      this.byId.set(`${type}:${id}`, style);
      if (type === 'paragraph' && (s.attributes['w:default'] === '1' || s.attributes['w:default'] === 'true')) defaultParagraph = id;
    }
    this.defaultParagraph = defaultParagraph;
    const defaults = child(root, 'w:docDefaults');
    this.defaultPPr = child(child(defaults, 'w:pPrDefault'), 'w:pPr');
    this.defaultRPr = child(child(defaults, 'w:rPrDefault'), 'w:rPr');
  }

  /** The paragraph style in force: the one named, else the default paragraph style. */
  paragraphStyleId(pPr: XmlElement | undefined): string | undefined {
    const id = childValue(pPr, 'w:pStyle');
    return id !== undefined && this.byId.has(`paragraph:${id}`) ? id : this.defaultParagraph;
  }

  /** The style's name (`heading 1`, `Title`, or a writer's own `正文标题`). */
  name(type: 'paragraph' | 'character', id: string | undefined): string | undefined {
    return id === undefined ? undefined : this.byId.get(`${type}:${id}`)?.name;
  }

  /** The styles of a chain, nearest first. */
  chain(type: 'paragraph' | 'character' | 'numbering', id: string | undefined): Style[] {
    const out: Style[] = [];
    for (let at = id; at !== undefined && out.length < MAX_CHAIN;) {
      const style = this.byId.get(`${type}:${at}`);
      if (!style || out.includes(style)) break;
      out.push(style);
      at = style.basedOn;
    }
    return out;
  }

  /** A paragraph property: direct formatting, the paragraph style's chain, the document default. */
  paragraphProperty<T>(pPr: XmlElement | undefined, get: (pPr: XmlElement) => T | undefined): T | undefined {
    if (pPr) {
      const own = get(pPr);
      if (own !== undefined) return own;
    }
    for (const style of this.chain('paragraph', this.paragraphStyleId(pPr))) {
      if (!style.pPr) continue;
      const v = get(style.pPr);
      if (v !== undefined) return v;
    }
    return this.defaultPPr ? get(this.defaultPPr) : undefined;
  }

  /** A run property: the run's own, its character style's chain, the paragraph style's chain, the default. */
  runProperty<T>(rPr: XmlElement | undefined, pPr: XmlElement | undefined, get: (rPr: XmlElement) => T | undefined): T | undefined {
    if (rPr) {
      const own = get(rPr);
      if (own !== undefined) return own;
    }
    for (const style of this.chain('character', childValue(rPr, 'w:rStyle'))) {
      if (!style.rPr) continue;
      const v = get(style.rPr);
      if (v !== undefined) return v;
    }
    for (const style of this.chain('paragraph', this.paragraphStyleId(pPr))) {
      if (!style.rPr) continue;
      const v = get(style.rPr);
      if (v !== undefined) return v;
    }
    return this.defaultRPr ? get(this.defaultRPr) : undefined;
  }

  /** The numbering a numbering style stands for (`w:numStyleLink` in an abstract numbering points to one). */
  numberingStyleNumId(id: string): string | undefined {
    for (const style of this.chain('numbering', id)) {
      const numId = childValue(child(style.pPr, 'w:numPr'), 'w:numId');
      if (numId !== undefined) return numId;
    }
    return undefined;
  }
}
