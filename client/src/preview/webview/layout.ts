/// <reference lib="dom" />
// The layout preview's page script: lays the host's page HTML out as the printed pages. The body is set once as a
// galley of lines on the 28.95 pt grid; each page shows 22 of its lines through a window (a clone moved up by the
// pages before it), so a page breaks between lines exactly where the line grid does, with Word's rules for space
// at a page's top and blocks kept with the next. Page numbers “— n —” odd right, even left; the 版记 at the foot
// of an even last page, after a blank page when the body ends on an even one. Runs under a nonce CSP: styles are
// set through the DOM, never as markup.

import type { LayoutHostMessage, LayoutPage, LayoutWebviewMessage } from '../layoutProtocol';
import { el } from './dom';

interface VsCodeApi {
  postMessage(message: LayoutWebviewMessage): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();

/** Twips in one character of the page (1em): the 版心's 8845 twips over 28 characters. */
const TWIPS_PER_EM = 8845 / 28;
const LINES_PER_PAGE = 22;
/** 7 mm from the 版心's foot to the page number's 一字线, in characters (156/28 mm). */
const FOLIO_DROP_EM = 7 / (156 / 28);

// ---- frame ----
const app = document.getElementById('app')!;
const heading = el('h1', { class: 'gw-app-title' });
const findings = el('span', { class: 'gw-stats' });
const exportButton = el('button', { type: 'button', class: 'gw-primary', text: '导出 Word', title: '按此版式导出为 .docx（Export as Word）' });
const status = el('span', { class: 'gw-status', role: 'status' });
const problems = el('div', { class: 'gw-error', role: 'alert', hidden: '' });
const pages = el('div', { class: 'gw-pages' });
const galley = el('div', { class: 'gw-page gw-galley', 'aria-hidden': 'true' });
const sheet = el('div', { class: 'gw-sheet' }, pages, galley);
app.append(el('header', { class: 'gw-toolbar' }, el('div', { class: 'gw-app-heading' }, heading, findings), el('div', { class: 'gw-actions' }, status, exportButton)), problems, sheet);

let last: LayoutPage | undefined;
let cursor: number | undefined;

function post(message: LayoutWebviewMessage): void {
  vscode.postMessage(message);
}

/** Where an element stands in the galley's flow, in pixels from its top. */
function topIn(flow: HTMLElement, element: HTMLElement): number {
  return element.getBoundingClientRect().top - flow.getBoundingClientRect().top;
}

/** The 版头's parts where the export puts them (data-* in twips from the top of the 版心). */
function placeHead(flow: HTMLElement): void {
  const head = flow.querySelector<HTMLElement>('.gw-head[data-height]');
  if (!head) return;
  // pixels, not em: an element's em is its own font size, and the 标志's is large
  const px = (twips: number): string => `${(twips / TWIPS_PER_EM) * parseFloat(getComputedStyle(head).fontSize)}px`;
  head.classList.add('gw-positioned');
  head.style.height = px(Number(head.dataset.height));
  let line = 0;
  for (const child of Array.from(head.children) as HTMLElement[]) {
    if (child.classList.contains('gw-head-line')) {
      child.style.top = px(line++ * 579);
    } else if (child.classList.contains('gw-issuer')) {
      const size = Number(child.dataset.size) * 10; // twips
      child.style.top = px(Number(child.dataset.top));
      child.style.fontSize = px(size);
      child.style.lineHeight = px(Number(child.dataset.line));
    } else if (child.dataset.top !== undefined) {
      child.style.top = px(Number(child.dataset.top));
    }
  }
}

/**
 * Word's page-break rules, applied to the galley's own lines: a block whose first line does not fit at the foot of
 * a page starts the next one without its space above (标题下空一行 and the like are dropped at a page's top), and a
 * block kept with the next (a heading, the 署名, the title) moves to the next page with it when its last line and
 * the next block's first line would fall on different pages. A block is moved once at most.
 */
function breakPages(flow: HTMLElement, line: number, pageHeight: number): void {
  const blocks = (Array.from(flow.children) as HTMLElement[]).filter((b) => b.dataset.offset !== undefined);
  const moved = new Set<HTMLElement>();
  const pageOf = (y: number): number => Math.floor((y + 0.5) / pageHeight);
  /** Puts a block at the top of the page after the one its space above begins on. */
  const toNextPage = (block: HTMLElement): void => {
    const margin = parseFloat(block.style.marginTop || getComputedStyle(block).marginTop) || 0;
    const above = topIn(flow, block) - margin;
    block.style.marginTop = `${(pageOf(above) + 1) * pageHeight - above}px`;
    moved.add(block);
  };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const margin = parseFloat(getComputedStyle(block).marginTop) || 0;
    const top = topIn(flow, block);
    const above = top - margin;
    if (!moved.has(block) && margin > 0 && pageOf(above + margin + line - 1) > pageOf(above)) {
      toNextPage(block);
      continue;
    }
    const next = blocks[i + 1];
    if (!next || block.dataset.keep !== '1') continue;
    const lastLine = top + block.offsetHeight - line;
    const nextFirst = topIn(flow, next) + line - 1;
    if (pageOf(lastLine) === pageOf(nextFirst)) continue;
    // the chain of kept blocks ending here moves together, if it fits on a page and starts no page already
    let first = i;
    while (first > 0 && blocks[first - 1]!.dataset.keep === '1' && blocks[first - 1]!.offsetHeight <= line * 2) first--;
    const head = blocks[first]!;
    const chainTop = topIn(flow, head);
    if (moved.has(head) || block.offsetHeight > line * 2 || top + block.offsetHeight - chainTop + line > pageHeight) continue;
    if (Math.abs(chainTop - pageOf(chainTop) * pageHeight) < 1) continue; // already at a page's top
    toNextPage(head);
    i = first; // what follows moved with it: look again from there
  }
}

function folio(n: number): HTMLElement {
  return el('div', { class: `gw-folio ${n % 2 === 1 ? 'gw-odd' : 'gw-even'}`, text: `— ${n} —` });
}

/** A page: its 版心 a window of 22 lines onto `content`, its number under it. */
function sheetPage(n: number, content: Node | undefined, withFolio: boolean): HTMLElement {
  const window = el('div', { class: 'gw-window' });
  if (content) window.append(content);
  const viewport = el('div', { class: 'gw-viewport' }, window);
  if (withFolio) viewport.append(folio(n));
  return el('article', { class: 'gw-page gw-sheet-page', 'data-page': String(n), lang: 'zh-CN' }, viewport);
}

function layout(page: LayoutPage): void {
  const scroll = sheet.scrollTop;
  heading.textContent = `版式预览：${page.title}`;
  const { errors, warnings, others } = page.findings;
  const total = errors + warnings + others;
  findings.textContent = total === 0 ? '检查未发现问题' : `检查发现 ${total} 个问题（错误 ${errors}，警告 ${warnings}${others ? `，其他 ${others}` : ''}），已在页面上标出`;
  findings.classList.toggle('gw-stats-done', total === 0);
  problems.hidden = page.problems.length === 0;
  problems.replaceChildren(...page.problems.map((p) => el('p', { text: p })));

  // the galley: every line of the body on the grid, measured once
  const flow = el('div', { class: 'gw-flow' });
  flow.innerHTML = page.html.head + page.html.body + page.html.notes; // escaped by the host's renderer
  galley.replaceChildren(flow);
  placeHead(flow);
  const line = parseFloat(getComputedStyle(galley).lineHeight);
  const pageHeight = LINES_PER_PAGE * line;
  breakPages(flow, line, pageHeight);
  const bodyPages = Math.max(1, Math.ceil((flow.scrollHeight - 0.5) / pageHeight));

  const out: HTMLElement[] = [];
  for (let k = 0; k < bodyPages; k++) {
    const clone = flow.cloneNode(true) as HTMLElement;
    clone.style.transform = `translateY(${-k * pageHeight}px)`;
    out.push(sheetPage(k + 1, clone, true));
  }
  if (page.html.record) {
    // 版记: on the last page, an even one (封四), its last line on the page's last line (7.4.1)
    // after a body that ends on an even page, a blank page, and then neither is numbered (7.5)
    const blank = bodyPages % 2 === 0;
    if (blank) out.push(sheetPage(bodyPages + 1, undefined, false));
    const record = el('div', { class: 'gw-record-place' });
    record.innerHTML = page.html.record; // escaped by the host's renderer
    out.push(sheetPage(blank ? bodyPages + 2 : bodyPages + 1, record, !blank));
  }
  pages.replaceChildren(...out);
  for (const window of Array.from(pages.querySelectorAll<HTMLElement>('.gw-window'))) window.style.height = `${pageHeight}px`;
  // the 一字线 (the dash's middle, half the number's height down its box) 7 mm under the 版心
  for (const number of Array.from(pages.querySelectorAll<HTMLElement>('.gw-folio'))) number.style.top = `calc(${pageHeight}px + ${FOLIO_DROP_EM}em - 0.443em)`;
  sheet.scrollTop = scroll;
  if (cursor !== undefined) showCursor(cursor, false);
}

/** Marks the block the cursor is in, on the page it falls on, and brings that line into view. */
function showCursor(offset: number, scroll: boolean): void {
  for (const old of Array.from(pages.querySelectorAll('.gw-current'))) old.classList.remove('gw-current');
  const blocks = Array.from(galley.querySelectorAll<HTMLElement>('[data-offset]'));
  let block: HTMLElement | undefined;
  for (const b of blocks) {
    if (Number(b.dataset.offset) <= offset) block = b;
    else break;
  }
  if (!block) {
    // before the first block: the front matter, the page's top
    if (scroll) sheet.scrollTo({ top: 0 });
    return;
  }
  const start = Number(block.dataset.offset);
  const end = Math.max(start + 1, Number(block.dataset.end));
  const flow = galley.firstElementChild as HTMLElement | null;
  if (!flow) return;
  const line = parseFloat(getComputedStyle(galley).lineHeight);
  const pageHeight = LINES_PER_PAGE * line;
  // the line of the block the cursor is on, as far into the block as the cursor is into its text
  const fraction = Math.min(1, Math.max(0, (offset - start) / (end - start)));
  const y = topIn(flow, block) + Math.min(block.offsetHeight - 1, fraction * block.offsetHeight);
  const k = Math.floor(y / pageHeight);
  const page = pages.querySelector<HTMLElement>(`.gw-sheet-page[data-page="${k + 1}"]`);
  const shown = page?.querySelector<HTMLElement>(`[data-offset="${start}"]`);
  shown?.classList.add('gw-current');
  if (!scroll || !page) return;
  const window = page.querySelector<HTMLElement>('.gw-window')!;
  const target = page.offsetTop + window.offsetTop + (y - k * pageHeight);
  if (target < sheet.scrollTop + line || target > sheet.scrollTop + sheet.clientHeight - 2 * line) {
    sheet.scrollTo({ top: Math.max(0, target - sheet.clientHeight / 3) });
  }
}

let statusTimer: ReturnType<typeof setTimeout> | undefined;

window.addEventListener('message', (event: MessageEvent<LayoutHostMessage>) => {
  const message = event.data;
  switch (message.type) {
    case 'page':
      last = message.page;
      layout(message.page);
      break;
    case 'cursor':
      cursor = message.offset;
      showCursor(message.offset, true);
      break;
    case 'status':
      status.textContent = message.text;
      status.className = `gw-status gw-status-${message.level}`;
      if (statusTimer) clearTimeout(statusTimer);
      statusTimer = setTimeout(() => (status.textContent = ''), 6000);
      break;
  }
});

exportButton.addEventListener('click', () => post({ type: 'export' }));
pages.addEventListener('click', (e) => {
  const block = (e.target as HTMLElement).closest<HTMLElement>('[data-offset]');
  if (block) post({ type: 'reveal', offset: Number(block.dataset.offset) });
});
// the page scales with the pane: lay it out again at the new size
new ResizeObserver(() => {
  if (last) layout(last);
}).observe(sheet);

post({ type: 'ready' });
