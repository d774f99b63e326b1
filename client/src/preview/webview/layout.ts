/// <reference lib="dom" />
// The layout preview's page script: lays the host's page HTML out as the printed pages. The body is set once as a
// galley of lines on the 28.95 pt grid; each page shows 22 of its lines through a window (a clone moved up by the
// pages before it), so a page breaks between lines exactly where the line grid does, and where the host says Word
// moves a block to a new page. Page numbers “— n —” odd right, even left; the 版记 at the foot of an even last
// page, after a blank page when the body ends on an even one. Runs under a nonce CSP: styles are set through the
// DOM, never as markup.

import type { LayoutHostMessage, LayoutPage, LayoutWebviewMessage } from '../layoutProtocol';

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

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<Record<string, string>> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined) continue;
    if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value);
  }
  node.append(...children);
  return node;
}

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
app.append(
  el('header', { class: 'gw-toolbar' }, el('div', { class: 'gw-app-heading' }, heading, findings), el('div', { class: 'gw-actions' }, status, exportButton)),
  problems,
  sheet,
);

let last: LayoutPage | undefined;
let cursor: number | undefined;

function post(message: LayoutWebviewMessage): void {
  vscode.postMessage(message);
}

const em = (twips: number): string => `${twips / TWIPS_PER_EM}em`;

/** The 版头's parts where the export puts them (data-* in twips from the top of the 版心). */
function placeHead(flow: HTMLElement): void {
  const head = flow.querySelector<HTMLElement>('.gw-head[data-height]');
  if (!head) return;
  head.classList.add('gw-positioned');
  head.style.height = em(Number(head.dataset.height));
  let line = 0;
  for (const child of Array.from(head.children) as HTMLElement[]) {
    if (child.classList.contains('gw-head-line')) {
      child.style.top = `calc(${line++} * 1.8329em)`;
    } else if (child.classList.contains('gw-issuer')) {
      const size = Number(child.dataset.size) * 10; // twips
      child.style.top = em(Number(child.dataset.top));
      child.style.fontSize = em(size);
      child.style.lineHeight = `${Number(child.dataset.line) / size}`;
    } else if (child.dataset.top !== undefined) {
      child.style.top = em(Number(child.dataset.top));
    }
  }
}

/** Moves each block Word starts a page with to the top of the next page of the galley. */
function breakPages(flow: HTMLElement, pageHeight: number, starts: readonly number[]): void {
  for (const offset of starts) {
    const block = flow.querySelector<HTMLElement>(`[data-offset="${offset}"]`);
    if (!block) continue;
    const margin = parseFloat(getComputedStyle(block).marginTop) || 0;
    const above = block.offsetTop - margin; // where the block would start without its space above
    const top = Math.ceil(above / pageHeight - 0.001) * pageHeight;
    block.style.marginTop = `${Math.max(0, top - above)}px`;
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
  breakPages(flow, pageHeight, page.pageStarts);
  const bodyPages = Math.max(1, Math.ceil((flow.scrollHeight - 0.5) / pageHeight));

  const out: HTMLElement[] = [];
  for (let k = 0; k < bodyPages; k++) {
    const clone = flow.cloneNode(true) as HTMLElement;
    clone.style.transform = `translateY(${-k * pageHeight}px)`;
    out.push(sheetPage(k + 1, clone, true));
  }
  if (page.html.record) {
    // 版记: on the last page, an even one (封四), its last line on the page's last line (7.4.1)
    let n = bodyPages + 1;
    if (page.blankBeforeRecord || bodyPages % 2 === 0) out.push(sheetPage(n++, undefined, false));
    if (n % 2 === 1) n++;
    const record = el('div', { class: 'gw-record-place' });
    record.innerHTML = page.html.record; // escaped by the host's renderer
    out.push(sheetPage(n, record, !page.blankBeforeRecord && bodyPages % 2 === 1));
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
  if (!block) return;
  const start = Number(block.dataset.offset);
  const end = Math.max(start + 1, Number(block.dataset.end));
  const flow = galley.firstElementChild as HTMLElement | null;
  if (!flow) return;
  const line = parseFloat(getComputedStyle(galley).lineHeight);
  const pageHeight = LINES_PER_PAGE * line;
  // the line of the block the cursor is on, as far into the block as the cursor is into its text
  const fraction = Math.min(1, Math.max(0, (offset - start) / (end - start)));
  const y = block.offsetTop + Math.min(block.offsetHeight - 1, fraction * block.offsetHeight);
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
