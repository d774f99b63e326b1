// Markdown → HTML for the template preview, laid out like the printed 公文 (GB/T 9704-2012): title, 主送机关,
// ordinal headings, 附件说明, 署名 and 成文日期. Every piece of text is escaped here, raw HTML included,
// so whatever a writer typed (`<script>`) shows as text. No vscode import: unit-tested on its own.

import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { readOrdinal } from '../../../server/src/engine/ordinals';

const parser = unified().use(remarkParse);

/** A span of the Markdown source (UTF-16 offsets) to mark on the page: an unfilled placeholder, a finding. */
export interface MarkSpan {
  offset: number;
  endOffset: number;
  /** `slot` (a placeholder to fill, the default) or a finding's severity. */
  kind?: 'slot' | 'error' | 'warning' | 'information' | 'hint';
  /** Shown when the mark is pointed at; the preview's list of findings finds a finding's mark by it. */
  message?: string;
}

export interface PreviewOptions {
  marks?: readonly MarkSpan[];
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** 成文日期 (2024年7月5日), also while still a placeholder (【成文日期】, xxxx年xx月xx日). */
const DATE_LINE = /^(?:\d{4}|[x×X]{2,4})年(?:\d{1,2}|[x×X]{1,2})月(?:\d{1,2}|[x×X]{1,2})日$|^【[^】]*日期】$/;
/** Lines that open with a GB/T 9704 element label: 附件说明, 纪要's 出席/列席/请假, 版记's 抄送. */
const LABEL_LINE = /^(附件|出席|列席|请假|缺席|记录|抄送|分送)\s*[：:]/;
const SENTENCE_MARK = /[。，；！？]/;

type Role = 'title' | 'subtitle' | 'addressee' | 'signature' | 'date' | 'label' | 'body';

export function markdownToHtml(markdown: string, options: PreviewOptions = {}): string {
  const tree = parser.parse(markdown) as Root;
  const renderer = new Renderer(markdown, [...(options.marks ?? [])].sort((a, b) => a.offset - b.offset));
  return renderer.root(tree);
}

class Renderer {
  constructor(
    private readonly source: string,
    private readonly marks: readonly MarkSpan[],
  ) {}

  root(tree: Root): string {
    const blocks = tree.children.filter((n) => n.type !== 'definition');
    const roles = this.roles(blocks);
    const out: string[] = [];
    for (let i = 0; i < blocks.length; i++) {
      const role = roles[i]!;
      // 署名 and 成文日期 stand together: the name centred over the date, the date four characters from the right
      if (role === 'signature' && roles[i + 1] === 'date') {
        out.push(`<div class="gw-closing">${this.block(blocks[i]!, role)}${this.block(blocks[i + 1]!, 'date')}</div>`);
        i++;
      } else if (role === 'date') {
        out.push(`<div class="gw-closing">${this.block(blocks[i]!, role)}</div>`);
      } else {
        out.push(this.block(blocks[i]!, role));
      }
    }
    return out.join('\n');
  }

  /** The source of a node; for a heading, its words without the # marks. */
  private plain(node: Nodes): string {
    if (node.type === 'heading') {
      const first = node.children[0]?.position;
      const last = node.children[node.children.length - 1]?.position;
      return first && last ? this.source.slice(first.start.offset!, last.end.offset!).trim() : '';
    }
    const p = node.position;
    return p ? this.source.slice(p.start.offset!, p.end.offset!).trim() : '';
  }

  /** The part each top-level block plays on the page. */
  private roles(blocks: RootContent[]): Role[] {
    const roles: Role[] = blocks.map(() => 'body');
    let i = 0;
    if (blocks[0]?.type === 'heading' && blocks[0].depth === 1) {
      roles[0] = 'title';
      i = 1;
      const next = blocks[1];
      if (next?.type === 'paragraph') {
        const text = this.plain(next);
        if (!text.endsWith('：') && [...text].length <= 30 && !SENTENCE_MARK.test(text) && !readOrdinal(text, 0)) {
          roles[1] = 'subtitle';
          i = 2;
        }
      }
      const addressee = blocks[i];
      if (addressee?.type === 'paragraph' && /[：:]$/.test(this.plain(addressee)) && [...this.plain(addressee)].length <= 60) roles[i] = 'addressee';
    }
    blocks.forEach((b, k) => {
      if (b.type === 'paragraph' && LABEL_LINE.test(this.plain(b))) roles[k] = 'label';
    });
    // the last date line, and the 署名 right above it
    for (let k = blocks.length - 1; k > 0; k--) {
      const b = blocks[k]!;
      if (b.type !== 'paragraph' || !DATE_LINE.test(this.plain(b))) continue;
      roles[k] = 'date';
      const above = blocks[k - 1]!;
      const text = this.plain(above);
      if (above.type === 'paragraph' && roles[k - 1] === 'body' && [...text].length <= 30 && !SENTENCE_MARK.test(text) && !/[：:]$/.test(text) && !readOrdinal(text, 0)) {
        roles[k - 1] = 'signature';
      }
      break;
    }
    return roles;
  }

  private block(node: RootContent, role: Role = 'body'): string {
    switch (node.type) {
      case 'heading': {
        if (role === 'title') return `<h1 class="gw-title">${this.inline(node.children)}</h1>`;
        const level = readOrdinal(this.plain(node), 0)?.level;
        const tag = `h${Math.min(6, Math.max(2, node.depth))}`;
        return `<${tag} class="gw-heading${level ? ` gw-l${level}` : ''}">${this.inline(node.children)}</${tag}>`;
      }
      case 'paragraph':
        return this.paragraph(node, role);
      case 'thematicBreak':
        return '<hr>';
      case 'blockquote':
        return `<blockquote>${node.children.map((c) => this.block(c)).join('\n')}</blockquote>`;
      case 'list': {
        const tag = node.ordered ? 'ol' : 'ul';
        const start = node.ordered && node.start !== null && node.start !== undefined && node.start !== 1 ? ` start="${node.start}"` : '';
        const items = node.children.map((item) => `<li>${item.children.map((c) => (c.type === 'paragraph' ? this.inline(c.children) : this.block(c))).join('\n')}</li>`);
        return `<${tag}${start}>${items.join('\n')}</${tag}>`;
      }
      case 'code':
        return `<pre class="gw-code"><code>${escapeHtml(node.value)}</code></pre>`;
      case 'html':
        return `<p class="gw-raw">${this.text(node.value, node.position?.start.offset)}</p>`;
      default:
        return `<p>${escapeHtml(this.plain(node))}</p>`;
    }
  }

  private paragraph(node: Paragraph, role: Role): string {
    const text = this.plain(node);
    if (role !== 'body') {
      let inner = this.inline(node.children);
      if (role === 'label') {
        // the label (附件, 出席…) set apart, as GB/T 9704-2012 10.3 prints 出席 in 黑体
        const first = node.children[0];
        const m = LABEL_LINE.exec(text);
        if (m && first?.type === 'text' && first.value.startsWith(m[0])) {
          const start = first.position?.start.offset;
          inner =
            `<span class="gw-label">${this.text(m[0], start)}</span>` +
            this.text(first.value.slice(m[0].length), start === undefined ? undefined : start + m[0].length) +
            this.inline(node.children.slice(1));
          return `<p class="gw-${m[1] === '附件' ? 'attachment' : 'namelist'}">${inner}</p>`;
        }
      }
      return `<p class="gw-${role}">${inner}</p>`;
    }
    const ordinal = readOrdinal(text, 0);
    const first = node.children[0];
    if (ordinal && (ordinal.level === 1 || ordinal.level === 2) && first?.type === 'text') {
      // a run-in heading: （一）精心组织凝聚合力。组织召开… → the words up to the first 。 in 黑体 (一、) or 楷体 （一）
      const stop = first.value.indexOf('。');
      const end = stop >= 0 && stop < 60 ? stop + 1 : node.children.length === 1 && [...first.value].length <= 40 ? first.value.length : ordinal.endOffset;
      const start = first.position?.start.offset;
      const head = this.text(first.value.slice(0, end), start);
      const rest = this.text(first.value.slice(end), start === undefined ? undefined : start + end);
      return `<p class="gw-body"><span class="gw-l${ordinal.level}">${head}</span>${rest}${this.inline(node.children.slice(1))}</p>`;
    }
    return `<p class="gw-body">${this.inline(node.children)}</p>`;
  }

  private inline(nodes: PhrasingContent[]): string {
    return nodes.map((n) => this.phrasing(n)).join('');
  }

  private phrasing(node: PhrasingContent): string {
    switch (node.type) {
      case 'text':
        return this.text(node.value, node.position?.start.offset);
      case 'emphasis':
        return `<em>${this.inline(node.children)}</em>`;
      case 'strong':
        return `<strong>${this.inline(node.children)}</strong>`;
      case 'delete':
        return `<del>${this.inline(node.children)}</del>`;
      case 'inlineCode':
        return `<code>${escapeHtml(node.value)}</code>`;
      case 'break':
        return '<br>';
      // links are not followed from the preview: their words only
      case 'link':
      case 'linkReference':
        return `<span class="gw-link">${this.inline(node.children)}</span>`;
      case 'image':
      case 'imageReference':
        return `<span class="gw-image">［${escapeHtml(node.alt ?? '')}］</span>`;
      case 'html':
        return this.text(node.value, node.position?.start.offset);
      default:
        return escapeHtml(this.plain(node as Nodes));
    }
  }

  /** Escaped text; where it stands verbatim in the source at `start`, the marked spans become <mark>. */
  private text(value: string, start: number | undefined): string {
    if (start === undefined || this.marks.length === 0 || this.source.slice(start, start + value.length) !== value) return escapeHtml(value);
    const end = start + value.length;
    let out = '';
    let cursor = start;
    for (const m of this.marks) {
      if (m.endOffset <= cursor || m.offset >= end) continue;
      const a = Math.max(m.offset, cursor);
      const b = Math.min(m.endOffset, end);
      const kind = m.kind ?? 'slot';
      const title = kind !== 'slot' && m.message ? ` title="${escapeHtml(m.message)}"` : '';
      out += escapeHtml(this.source.slice(cursor, a)) + `<mark class="${kind === 'slot' ? 'gw-slot' : `gw-finding gw-${kind}`}"${title}>${escapeHtml(this.source.slice(a, b))}</mark>`;
      cursor = b;
    }
    return out + escapeHtml(this.source.slice(cursor, end));
  }
}
