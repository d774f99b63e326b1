// A small XML reader for the parts of a .docx: elements, attributes and text, with namespace prefixes rewritten to
// the ones this code names (a document may bind `w` to any prefix, or use Strict OOXML's namespaces). No DTDs, no
// entity definitions (only the five predefined entities and character references), one pass, no recursion.

export interface XmlElement {
  /** `prefix:local`, the prefix canonical for known namespaces (`w:p`), else as written. */
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

/** Malformed XML: the caller names the part and calls the file damaged. */
export class XmlError extends Error {}

/** Canonical prefixes of the namespaces the reader looks at (transitional and Strict OOXML alike). */
const NAMESPACES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'ct',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'http://schemas.openxmlformats.org/officeDocument/2006/math': 'm',
  'http://purl.oclc.org/ooxml/officeDocument/math': 'm',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'urn:schemas-microsoft-com:vml': 'v',
  'http://www.w3.org/XML/1998/namespace': 'xml',
};

/** Deeper than this is not a Word document but an attack on the reader's callers (they recurse). */
const MAX_DEPTH = 512;

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  let out = '';
  let from = 0;
  for (let at = text.indexOf('&'); at >= 0; at = text.indexOf('&', from)) {
    const end = text.indexOf(';', at);
    out += text.slice(from, at);
    // an entity name is short: a long run without `;` is a stray ampersand
    if (end < 0 || end - at > 12) {
      out += '&';
      from = at + 1;
      continue;
    }
    const name = text.slice(at + 1, end);
    let value: string | undefined = PREDEFINED[name];
    if (value === undefined && name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (Number.isInteger(code) && code >= 0 && code <= 0x10ffff) value = String.fromCodePoint(code);
    }
    if (value === undefined) {
      out += '&';
      from = at + 1;
    } else {
      out += value;
      from = end + 1;
    }
  }
  return out + text.slice(from);
}

const isNameEnd = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2f /* / */ || c === 0x3e /* > */ || c === 0x3d; /* = */

interface Open {
  element: XmlElement;
  /** The tag as written, for matching its end tag. */
  rawName: string;
  /** Prefix bindings in scope. */
  scope: Map<string, string>;
}

/** Reads an XML document into its root element. Throws XmlError on malformed input. */
export function parseXml(text: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: {}, children: [] };
  const stack: Open[] = [{ element: root, rawName: '', scope: new Map() }];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  while (i < n) {
    const lt = text.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      const top = stack[stack.length - 1]!;
      if (stack.length > 1) top.element.children.push(decodeEntities(text.slice(i, textEnd)));
      else if (text.slice(i, textEnd).trim() !== '') throw new XmlError('text outside the root element');
    }
    if (lt < 0) break;
    const next = text[lt + 1];
    if (next === '?') {
      const end = text.indexOf('?>', lt + 2);
      if (end < 0) throw new XmlError('unclosed processing instruction');
      i = end + 2;
    } else if (next === '!') {
      if (text.startsWith('<!--', lt)) {
        const end = text.indexOf('-->', lt + 4);
        if (end < 0) throw new XmlError('unclosed comment');
        i = end + 3;
      } else if (text.startsWith('<![CDATA[', lt)) {
        const end = text.indexOf(']]>', lt + 9);
        if (end < 0) throw new XmlError('unclosed CDATA section');
        if (stack.length > 1) stack[stack.length - 1]!.element.children.push(text.slice(lt + 9, end));
        i = end + 3;
      } else {
        // <!DOCTYPE …>: skipped, its internal subset too; its entities are never expanded
        i = skipDeclaration(text, lt);
      }
    } else if (next === '/') {
      const end = text.indexOf('>', lt + 2);
      if (end < 0) throw new XmlError('unclosed end tag');
      const rawName = text.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (!open || stack.length === 0 || open.rawName !== rawName) throw new XmlError(`end tag </${rawName}> does not match`);
      i = end + 1;
    } else {
      i = readStartTag(text, lt, stack);
    }
  }
  if (stack.length !== 1) throw new XmlError(`unclosed element <${stack[stack.length - 1]!.rawName}>`);
  const element = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!element) throw new XmlError('no root element');
  return element;
}

function skipDeclaration(text: string, lt: number): number {
  let depth = 0;
  for (let j = lt + 2; j < text.length; j++) {
    const c = text[j];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) return j + 1;
  }
  throw new XmlError('unclosed declaration');
}

/** Reads `<name attr="v" …>` or `<name …/>` at `lt`; returns where reading goes on. */
function readStartTag(text: string, lt: number, stack: Open[]): number {
  const n = text.length;
  let j = lt + 1;
  while (j < n && !isNameEnd(text.charCodeAt(j))) j++;
  const rawName = text.slice(lt + 1, j);
  if (rawName === '') throw new XmlError('empty tag name');
  const raw: Array<[string, string]> = [];
  let selfClosing = false;
  for (;;) {
    while (j < n && /\s/.test(text[j]!)) j++;
    if (j >= n) throw new XmlError(`unclosed tag <${rawName}>`);
    const c = text[j];
    if (c === '>') {
      j++;
      break;
    }
    if (c === '/' && text[j + 1] === '>') {
      selfClosing = true;
      j += 2;
      break;
    }
    const nameStart = j;
    while (j < n && !isNameEnd(text.charCodeAt(j))) j++;
    const attrName = text.slice(nameStart, j);
    while (j < n && /\s/.test(text[j]!)) j++;
    if (text[j] !== '=' || attrName === '') throw new XmlError(`attribute without a value in <${rawName}>`);
    j++;
    while (j < n && /\s/.test(text[j]!)) j++;
    const quote = text[j];
    if (quote !== '"' && quote !== "'") throw new XmlError(`unquoted attribute in <${rawName}>`);
    const valueEnd = text.indexOf(quote, j + 1);
    if (valueEnd < 0) throw new XmlError(`unclosed attribute in <${rawName}>`);
    raw.push([attrName, decodeEntities(text.slice(j + 1, valueEnd))]);
    j = valueEnd + 1;
  }

  const parent = stack[stack.length - 1]!;
  let scope = parent.scope;
  for (const [name, value] of raw) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) {
      if (scope === parent.scope) scope = new Map(scope);
      scope.set(name === 'xmlns' ? '' : name.slice(6), value);
    }
  }
  const attributes: Record<string, string> = {};
  for (const [name, value] of raw) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    // an attribute without a prefix is in no namespace
    attributes[name.includes(':') ? canonical(name, scope, false) : name] = value;
  }
  const element: XmlElement = { name: canonical(rawName, scope, true), attributes, children: [] };
  parent.element.children.push(element);
  if (!selfClosing) {
    if (stack.length > MAX_DEPTH) throw new XmlError(`elements nested more than ${MAX_DEPTH} deep`);
    stack.push({ element, rawName, scope });
  }
  return j;
}

function canonical(qualified: string, scope: Map<string, string>, useDefault: boolean): string {
  const colon = qualified.indexOf(':');
  const prefix = colon < 0 ? '' : qualified.slice(0, colon);
  const local = colon < 0 ? qualified : qualified.slice(colon + 1);
  if (prefix === 'xml') return `xml:${local}`;
  const uri = prefix === '' && !useDefault ? undefined : scope.get(prefix);
  const known = uri === undefined ? undefined : NAMESPACES[uri];
  if (known) return `${known}:${local}`;
  return qualified;
}

/** The element's child elements. */
export function elements(element: XmlElement | undefined, name?: string): XmlElement[] {
  if (!element) return [];
  const out: XmlElement[] = [];
  for (const c of element.children) if (typeof c !== 'string' && (name === undefined || c.name === name)) out.push(c);
  return out;
}

/** The first child element of that name. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined;
  for (const c of element.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** `w:val` (or another attribute) of the first child element of that name. */
export function childValue(element: XmlElement | undefined, name: string, attribute = 'w:val'): string | undefined {
  return child(element, name)?.attributes[attribute];
}

/** All text below an element, in order. */
export function textOf(element: XmlElement): string {
  let out = '';
  const stack: XmlNode[] = [element];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'string') out += node;
    else for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k]!);
  }
  return out;
}

/** An on/off property (`<w:b/>`, `<w:b w:val="false"/>`): present and not switched off. */
export function isOn(element: XmlElement | undefined): boolean | undefined {
  if (!element) return undefined;
  const v = element.attributes['w:val'];
  return v === undefined || !(v === 'false' || v === '0' || v === 'off' || v === 'none');
}
