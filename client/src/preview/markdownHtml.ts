// The page as HTML, for the template preview and the layout preview: the page model the Word export lays out
// (server/src/word/page.ts) drawn with the classes of client/media/preview.css, so what the writer sees is what
// Word prints. Every piece of text is escaped here, raw HTML included, so whatever a writer typed (`<script>`)
// shows as text. No vscode import: unit-tested on its own.

import { headGeometry, isFigure } from '../../../server/src/word/layout';
import { readPage, type Inline, type Page, type PageBlock, type ParagraphBlock } from '../../../server/src/word/page';
import type { PageHtml } from './layoutProtocol';

/** A span of the Markdown source (UTF-16 offsets) to mark on the page: an unfilled placeholder, a finding. */
export interface MarkSpan {
  offset: number;
  endOffset: number;
  /** `slot` (a placeholder to fill, the default) or a finding's severity. */
  kind?: 'slot' | 'error' | 'warning' | 'information' | 'hint';
  /** Shown when the mark is pointed at (layout preview). */
  message?: string;
}

export interface PreviewOptions {
  marks?: readonly MarkSpan[];
  /**
   * For the layout preview: blocks carry their place in the draft (data-offset, data-end) so the preview can
   * follow the cursor, the 版头 its geometry (data-* in twips), marks their messages (title).
   */
  positions?: boolean;
  /** With positions: the blocks kept on the page of the block after them (data-keep), by block index. */
  keeps?: readonly boolean[];
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** The whole page in one string: what the template preview shows. */
export function markdownToHtml(markdown: string, options: PreviewOptions = {}): string {
  const html = pageHtml(readPage(markdown), markdown, options);
  return [html.head, html.body, html.notes, html.record].filter((part) => part !== '').join('\n');
}

export function pageHtml(page: Page, source: string, options: PreviewOptions = {}): PageHtml {
  const renderer = new Renderer(
    source,
    [...(options.marks ?? [])].sort((a, b) => a.offset - b.offset),
    !!options.positions,
    options.keeps ?? [],
  );
  return {
    head: renderer.head(page),
    body: renderer.body(page.blocks),
    notes: renderer.notes(page),
    record: renderer.record(page),
  };
}

const FACE_CLASS: Record<string, string> = { heiti: 'gw-l1', kaiti: 'gw-l2' };

class Renderer {
  constructor(
    private readonly source: string,
    private readonly marks: readonly MarkSpan[],
    private readonly positions: boolean,
    private readonly keeps: readonly boolean[],
  ) {}

  private data(attrs: Record<string, number>): string {
    if (!this.positions) return '';
    return Object.entries(attrs)
      .map(([k, v]) => ` data-${k}="${Math.round(v)}"`)
      .join('');
  }

  head(page: Page): string {
    const g = headGeometry(page.head);
    if (g.height === 0) return '';
    const parts: string[] = g.marks.map((m) => `<p class="gw-head-line${m.face === 'heiti' ? ' gw-l1' : ''}">${escapeHtml(m.text)}</p>`);
    if (g.issuer) parts.push(`<p class="gw-issuer"${this.data({ top: g.issuer.top, size: g.issuer.size, line: g.issuer.line })}>${escapeHtml(g.issuer.text)}</p>`);
    if (g.number) {
      const number = escapeHtml(page.head.documentNumber ?? '');
      const signers = page.head.signers?.length ? `<span class="gw-signers">签发人：<span class="gw-l2">${escapeHtml(page.head.signers.join('　'))}</span></span>` : '';
      parts.push(`<p class="gw-number${signers ? ' gw-upward' : ''}"${this.data({ top: g.number.top })}><span>${number}</span>${signers}</p>`);
    }
    if (g.redLine !== undefined) parts.push(`<hr class="gw-red-line"${this.data({ top: g.redLine })}>`);
    return `<div class="gw-head"${this.data({ height: g.height + g.titleBefore })}>${parts.join('')}</div>`;
  }

  body(blocks: readonly PageBlock[]): string {
    const out: string[] = [];
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      const next = blocks[i + 1];
      this.index = i;
      // 署名 and 成文日期 stand together: the name centred over the date, the date four characters from the right
      if (block.kind === 'paragraph' && block.role === 'signature' && next?.kind === 'paragraph' && next.role === 'date') {
        out.push(`<div class="gw-closing${gap(block)}"${this.at(block, next.endOffset)}>${this.paragraph(block, false)}${this.paragraph(next, false)}</div>`);
        i++;
      } else if (block.kind === 'paragraph' && block.role === 'date') {
        out.push(`<div class="gw-closing${gap(block)}"${this.at(block)}>${this.paragraph(block, false)}</div>`);
      } else {
        out.push(this.block(block));
      }
    }
    return out.join('\n');
  }

  /** The block being drawn (for its keep flag). */
  private index = 0;

  private at(block: PageBlock, end = block.endOffset): string {
    return this.data({ offset: block.offset, end }) + (this.positions && this.keeps[this.index] ? ' data-keep="1"' : '');
  }

  private block(block: PageBlock): string {
    if (block.kind === 'table') {
      // a ruled 公文 table: 表题 centred above, the unit line at the right, the heading row centred, a column as
      // its separator line aligns it, figures to the right when it does not
      const t = block.table;
      const width = Math.max(1, t.header.length, ...t.rows.map((r) => r.length));
      const cell = (tag: 'th' | 'td', text: string, c: number): string => {
        const align = tag === 'th' ? null : (t.align?.[c] ?? (isFigure(text) ? 'right' : null));
        return `<${tag}${align ? ` class="gw-al-${align}"` : ''}>${escapeHtml(text).replace(/\n/g, '<br>')}</${tag}>`;
      };
      const row = (cells: readonly string[], tag: 'th' | 'td'): string => `<tr>${Array.from({ length: width }, (_, c) => cell(tag, cells[c] ?? '', c)).join('')}</tr>`;
      const above = (t.caption ? `<p class="gw-table-title">${escapeHtml(t.caption)}</p>` : '') + (t.unit ? `<p class="gw-table-unit">${escapeHtml(t.unit)}</p>` : '');
      return `<figure class="gw-table${gap(block)}"${this.at(block)}>${above}<table class="gw-table-grid"><thead>${row(t.header, 'th')}</thead><tbody>${t.rows.map((r) => row(r, 'td')).join('')}</tbody></table></figure>`;
    }
    return this.paragraph(block, true);
  }

  private paragraph(block: ParagraphBlock, own: boolean): string {
    const inner = this.inlines(block.inlines);
    const attrs = own ? this.at(block) : '';
    const spacing = own ? gap(block) : '';
    switch (block.role) {
      case 'title':
        return `<h1 class="gw-title${spacing}"${attrs}>${inner}</h1>`;
      case 'heading': {
        const tag = `h${Math.min(6, Math.max(2, block.depth ?? 2))}`;
        return `<${tag} class="gw-heading${block.level ? ` gw-l${block.level}` : ''}${spacing}"${attrs}>${inner}</${tag}>`;
      }
      case 'attachment':
      case 'namelist':
        return `<p class="gw-${block.role}${block.continuation ? ' gw-continued' : ''}${spacing}"${attrs}>${inner}</p>`;
      default:
        return `<p class="gw-${block.role}${spacing}"${attrs}>${inner}</p>`;
    }
  }

  private inlines(inlines: readonly Inline[]): string {
    return inlines.map((i) => this.inline(i)).join('');
  }

  private inline(inline: Inline): string {
    if (inline.kind === 'break') return '<br>';
    if (inline.kind === 'note') return `<span class="gw-noteref">${inline.number}</span>`;
    let html = this.text(inline.text, inline.offset);
    if (inline.code) html = `<code>${html}</code>`;
    if (inline.link) html = `<span class="gw-link">${html}</span>`;
    if (inline.strike) html = `<del>${html}</del>`;
    if (inline.strong) html = `<strong>${html}</strong>`;
    if (inline.label) return `<span class="gw-label">${html}</span>`;
    const face = inline.face ? FACE_CLASS[inline.face] : undefined;
    return face ? `<span class="${face}">${html}</span>` : html;
  }

  notes(page: Page): string {
    if (page.footnotes.length === 0) return '';
    return `<div class="gw-notes">${page.footnotes.map((n) => `<p class="gw-note"><span class="gw-noteref">${n.number}</span>${this.inlines(n.inlines)}</p>`).join('')}</div>`;
  }

  record(page: Page): string {
    const r = page.record;
    if (!r.copyTo && !r.printer && !r.printDate) return '';
    const rows: string[] = [];
    if (r.copyTo) rows.push(`<p class="gw-copy-to"><span class="gw-label">抄送：</span>${escapeHtml(/[。.]$/.test(r.copyTo) ? r.copyTo : r.copyTo + '。')}</p>`);
    if (r.printer || r.printDate) {
      const date = r.printDate ? (r.printDate.endsWith('印发') ? r.printDate : `${r.printDate}印发`) : '';
      rows.push(`<p class="gw-printed"><span>${escapeHtml(r.printer ?? '')}</span><span>${escapeHtml(date)}</span></p>`);
    }
    return `<div class="gw-record">${rows.join('')}</div>`;
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
      const title = this.positions && m.message ? ` title="${escapeHtml(m.message)}"` : '';
      out += escapeHtml(this.source.slice(cursor, a)) + `<mark class="${kind === 'slot' ? 'gw-slot' : `gw-finding gw-mark-${kind}`}"${title}>${escapeHtml(this.source.slice(a, b))}</mark>`;
      cursor = b;
    }
    return out + escapeHtml(this.source.slice(cursor, end));
  }
}

/** Blank lines above a block, as a class (a webview's CSP allows no inline style). */
function gap(block: PageBlock): string {
  return block.blankBefore > 0 ? ` gw-gap${Math.min(block.blankBefore, 3)}` : '';
}
