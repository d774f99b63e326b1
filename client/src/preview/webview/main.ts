/// <reference lib="dom" />
// The template preview's page script: builds the form from the template's fields, posts values as the
// writer types, shows the HTML the host renders. Runs under a nonce CSP; builds DOM nodes, never markup
// from values (the page HTML comes escaped from the host).

import type { FieldView, HostMessage, ProblemView, TargetView, TemplateView, WebviewMessage } from '../protocol';
import { NUMBER_PATTERN, type FormValues } from '../../templates/types';
import { tableValueProblem } from '../../templates/tableValue';
import { el } from './dom';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): { view?: 'page' | 'source' } | undefined;
  setState(state: { view: 'page' | 'source' }): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();

// ---- layout ----
const app = document.getElementById('app')!;
const title = el('h1', { class: 'gw-app-title' });
const description = el('p', { class: 'gw-app-desc' });
const insertButton = el('button', { type: 'button', class: 'gw-primary', title: '插入到编辑器的光标处，Ctrl+Enter（Insert at the cursor）', text: '插入' });
const newButton = el('button', { type: 'button', title: '在新的未命名文档中打开（Open as a new document）', text: '新建文档' });
const exportButton = el('button', { type: 'button', title: '按 GB/T 9704-2012 版式导出为 .docx（Export as Word）', text: '导出 Word' });
const replaceBox = el('input', { type: 'checkbox', id: 'gw-replace' });
const replaceLabel = el('label', { for: 'gw-replace', class: 'gw-replace', title: '勾选后，插入的内容替换编辑器中选中的文字（Replace the selection）' }, replaceBox, '替换选中的文字');
const targetText = el('span', { class: 'gw-target' });
const status = el('span', { class: 'gw-status', role: 'status' });
const toolbar = el(
  'header',
  { class: 'gw-toolbar' },
  el('div', { class: 'gw-app-heading' }, title, description),
  el('div', { class: 'gw-actions' }, insertButton, newButton, exportButton, replaceLabel, targetText, status),
);

const form = el('form', { class: 'gw-form', autocomplete: 'off' });
const exampleButton = el('button', { type: 'button', text: '填入示例', title: '用示例内容填满所有字段，看看完整的公文（Fill in the example）' });
const clearButton = el('button', { type: 'button', text: '清空', title: '清空所有字段（Clear all fields）' });
const formPane = el('section', { class: 'gw-form-pane', 'aria-label': '填写' }, form, el('div', { class: 'gw-form-actions' }, exampleButton, clearButton));

const pageButton = el('button', { type: 'button', class: 'gw-tab', 'aria-pressed': 'true', text: '版式预览', title: '按 GB/T 9704-2012 排版（Page view）' });
const sourceButton = el('button', { type: 'button', class: 'gw-tab', 'aria-pressed': 'false', text: 'Markdown', title: '将插入的 Markdown 原文（Markdown source）' });
const stats = el('span', { class: 'gw-stats' });
// “检查发现 n 个问题”: a button that lists them; each item shows its mark on the page
const problemsButton = el('button', { type: 'button', class: 'gw-problems-toggle', 'aria-expanded': 'false', 'aria-controls': 'gw-problems', hidden: '' });
const problemList = el('ol', { class: 'gw-problems', id: 'gw-problems', hidden: '' });
const errorBox = el('div', { class: 'gw-error', role: 'alert', hidden: '' });
const page = el('article', { class: 'gw-page', lang: 'zh-CN' });
const sheet = el('div', { class: 'gw-sheet' }, page);
const source = el('pre', { class: 'gw-source', hidden: '' });
const previewPane = el(
  'section',
  { class: 'gw-preview-pane', 'aria-label': '预览' },
  el('div', { class: 'gw-viewbar' }, el('div', { class: 'gw-tabs', role: 'group' }, pageButton, sourceButton), el('div', { class: 'gw-counts' }, stats, problemsButton)),
  problemList,
  errorBox,
  sheet,
  source,
);
app.append(toolbar, el('main', { class: 'gw-main' }, formPane, previewPane));

// ---- state ----
let template: TemplateView | undefined;
let values: FormValues = {};
let sent = 0; // seq of the last values posted
let received = 0; // seq of the last render shown
let dirty = false; // values changed while a render was in flight
let failed = false;
const inputs = new Map<string, HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>();

function post(message: WebviewMessage): void {
  vscode.postMessage(message);
}

/** At most one render in flight: a burst of keystrokes costs one render after the current one. */
function valuesChanged(): void {
  if (sent > received) {
    dirty = true;
    return;
  }
  if (template) post({ type: 'values', template: template.id, seq: ++sent, values: { ...values } });
}

function fieldInput(field: FieldView): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
  const id = `gw-field-${field.name}`;
  const example = field.example ? `例：${field.example.split('\n')[0]}` : '';
  switch (field.type) {
    case 'paragraph':
      return el('textarea', { id, rows: '4', placeholder: example });
    case 'list':
      return el('textarea', { id, rows: '4', placeholder: `每行一项。${example}` });
    case 'table':
      // one row per line, cells parted by tabs (as Excel copies them) or by |; the columns are named above it
      return el('textarea', { id, rows: '5', class: 'gw-table-input', placeholder: `每行一行，各列用 Tab 或 | 分开，可直接从 Excel 粘贴。${example}` });
    case 'date':
      return el('input', { id, type: 'date' });
    case 'number':
      return el('input', { id, type: 'text', inputmode: 'decimal', placeholder: example });
    case 'choice': {
      const select = el('select', { id });
      // a required choice starts unchosen, shown as its placeholder in the draft until picked
      select.append(field.required ? el('option', { value: '', disabled: '', text: '（请选择）' }) : el('option', { value: '', text: '（不选）' }));
      for (const choice of field.choices) select.append(el('option', { value: choice, text: choice }));
      return select;
    }
    default:
      return el('input', { id, type: 'text', placeholder: example });
  }
}

function validity(field: FieldView, value: string): string {
  if (field.type === 'number' && value.trim() !== '' && !NUMBER_PATTERN.test(value.trim())) return '请填写数字（a number）';
  if (field.type === 'table' && value.trim() !== '') return tableValueProblem(value, field.columns) ?? '';
  return '';
}

function buildForm(view: TemplateView): void {
  form.replaceChildren();
  inputs.clear();
  if (view.fields.length === 0) {
    form.append(el('p', { class: 'gw-empty', text: '此模板没有可填写的字段。' }));
  }
  for (const field of view.fields) {
    const input = fieldInput(field);
    input.value = values[field.name] ?? '';
    const note = el('span', { class: 'gw-invalid', 'aria-live': 'polite' });
    const label = el('label', { for: input.id, class: 'gw-label' }, field.label, field.required ? el('span', { class: 'gw-required', title: '必填：不填时显示为占位符', text: '*' }) : '');
    const help = field.help ? el('p', { class: 'gw-help', text: field.help }) : '';
    const columns = field.type === 'table' ? el('p', { class: 'gw-table-columns', text: `列：${field.columns.join(' | ')}` }) : '';
    const row = el('div', { class: `gw-field gw-field-${field.type}` }, label, columns, input, note, help);
    const update = (): void => {
      values[field.name] = input.value;
      note.textContent = validity(field, input.value);
      row.classList.toggle('gw-field-invalid', note.textContent !== '');
      valuesChanged();
    };
    input.addEventListener('input', update);
    input.addEventListener('change', update);
    // the page follows the form: the field's words (or its 【label】 slot) come into view as the writer types
    input.addEventListener('focus', () => followField(field));
    input.addEventListener('input', () => (following = field));
    inputs.set(field.name, input);
    form.append(row);
  }
}

/** The field being typed into: after the next render, the page scrolls to its words. */
let following: FieldView | undefined;

/** Scrolls the page (not the form) so that the first place showing the field's value, or its slot, is in view. */
function followField(field: FieldView): void {
  if (sheet.hidden) return;
  const value = (values[field.name] ?? '').trim().split('\n')[0]!.trim();
  const wanted = value !== '' ? value : `【${field.label}】`;
  const walker = document.createTreeWalker(page, NodeFilter.SHOW_TEXT);
  let hit: Element | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent?.includes(wanted) || (value === '' && node.parentElement?.closest('mark.gw-slot')?.textContent === wanted)) {
      hit = node.parentElement ?? undefined;
      break;
    }
  }
  if (!hit) return;
  const box = hit.getBoundingClientRect();
  const view = sheet.getBoundingClientRect();
  if (box.top < view.top || box.bottom > view.bottom) sheet.scrollTop += box.top - view.top - view.height / 3;
}

function showProblems(problems: ProblemView[]): void {
  problemsButton.hidden = problems.length === 0;
  problemsButton.textContent = `检查发现 ${problems.length} 个问题`;
  problemsButton.title = problems.length > 0 ? '列出这些问题，点一条在页面上找到它（List the problems）' : '';
  problemList.replaceChildren(
    ...problems.map((problem, i) => {
      const item = el(
        'button',
        { type: 'button', class: `gw-problem gw-problem-${problem.severity}`, title: problem.rule },
        el('span', { class: 'gw-problem-mark', 'aria-hidden': 'true', text: '●' }),
        problem.message,
      );
      item.addEventListener('click', () => showMark(i));
      return el('li', {}, item);
    }),
  );
  if (problems.length === 0) setProblemsOpen(false);
}

function setProblemsOpen(open: boolean): void {
  problemList.hidden = !open;
  problemsButton.setAttribute('aria-expanded', String(open));
}

/** The mark of the i-th problem: the host lists the problems in the order of their marks on the page. */
function showMark(i: number): void {
  if (view !== 'page') setView('page');
  const mark = Array.from(page.querySelectorAll<HTMLElement>('mark.gw-finding'))[i];
  if (!mark) return;
  for (const m of Array.from(page.querySelectorAll('.gw-flash'))) m.classList.remove('gw-flash');
  mark.scrollIntoView({ block: 'center' });
  mark.classList.add('gw-flash');
}

function setValues(next: FormValues): void {
  values = { ...next };
  for (const [name, input] of inputs) input.value = values[name] ?? '';
  valuesChanged();
}

function showTarget(target: TargetView | null): void {
  targetText.textContent = target ? `插入到：${target.label}` : '插入到：新的未命名文档';
  replaceBox.disabled = !target?.hasSelection;
  if (!target?.hasSelection) replaceBox.checked = false;
  replaceLabel.classList.toggle('gw-disabled', !target?.hasSelection);
}

function setView(next: 'page' | 'source'): void {
  view = next;
  sheet.hidden = failed || view !== 'page';
  source.hidden = failed || view !== 'source';
  pageButton.setAttribute('aria-pressed', String(view === 'page'));
  sourceButton.setAttribute('aria-pressed', String(view === 'source'));
  vscode.setState({ view });
}

let view: 'page' | 'source' = 'page';

/** A failed template shows its error in place of the draft: nothing stale stays on the page. */
function setFailed(on: boolean): void {
  failed = on;
  insertButton.disabled = on;
  newButton.disabled = on;
  exportButton.disabled = on;
  errorBox.hidden = !on;
  sheet.hidden = on || view !== 'page';
  source.hidden = on || view !== 'source';
  if (on) {
    page.replaceChildren();
    source.textContent = '';
    stats.textContent = '';
    stats.classList.remove('gw-stats-done');
    showProblems([]);
  }
}

let statusTimer: ReturnType<typeof setTimeout> | undefined;
function showStatus(level: 'info' | 'error', text: string): void {
  status.textContent = text;
  status.className = `gw-status gw-status-${level}`;
  if (statusTimer) clearTimeout(statusTimer);
  statusTimer = setTimeout(() => (status.textContent = ''), 6000);
}

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const message = event.data;
  switch (message.type) {
    case 'template':
      template = message.template;
      values = { ...message.values };
      sent = received = 0;
      dirty = false;
      page.replaceChildren();
      source.textContent = '';
      stats.textContent = '';
      showProblems([]);
      title.textContent = template.title;
      description.textContent = template.origin === 'builtin' ? template.description : `${template.description}（${template.fileName}）`;
      buildForm(template);
      showTarget(message.target);
      exampleButton.disabled = template.fields.every((f) => f.example === '');
      break;
    case 'rendered':
      if (message.seq < received) break;
      received = message.seq;
      setFailed(false);
      page.innerHTML = message.html; // escaped by the host's Markdown → HTML step
      source.textContent = message.markdown;
      stats.textContent = message.stats.placeholders > 0 ? `待填 ${message.stats.placeholders} 处` : '已填完';
      showProblems(message.problems);
      stats.classList.toggle('gw-stats-done', message.stats.placeholders === 0 && message.stats.findings === 0);
      stats.title = `预览生成用时 ${message.stats.elapsedMs.toFixed(1)} 毫秒（render, check and HTML in the extension host）`;
      if (following) followField(following);
      following = undefined;
      break;
    case 'failed': {
      if (message.seq < received) break;
      received = Math.max(received, message.seq);
      const where = message.problem.line ? `第 ${message.problem.line} 行${message.problem.column ? `第 ${message.problem.column} 列` : ''}：` : '';
      const open = el('button', { type: 'button', text: '打开模板文件' });
      open.addEventListener('click', () => post({ type: 'openTemplate' }));
      errorBox.replaceChildren(el('strong', { text: '模板有误，无法生成公文（template error）' }), el('p', { text: where + message.problem.message }), message.canOpen ? open : '');
      setFailed(true);
      break;
    }
    case 'target':
      showTarget(message.target);
      break;
    case 'status':
      showStatus(message.level, message.text);
      break;
  }
  // a change made while the last render was in flight
  if ((message.type === 'rendered' || message.type === 'failed') && dirty && received >= sent) {
    dirty = false;
    valuesChanged();
  }
});

insertButton.addEventListener('click', () => {
  if (template && !failed) post({ type: 'insert', template: template.id, values: { ...values }, replaceSelection: replaceBox.checked && !replaceBox.disabled });
});
newButton.addEventListener('click', () => {
  if (template && !failed) post({ type: 'newDocument', template: template.id, values: { ...values } });
});
exportButton.addEventListener('click', () => {
  if (template && !failed) post({ type: 'exportWord', template: template.id, values: { ...values } });
});
exampleButton.addEventListener('click', () => {
  if (template) setValues(Object.fromEntries(template.fields.map((f) => [f.name, f.example])));
});
clearButton.addEventListener('click', () => {
  if (template) setValues(Object.fromEntries(template.fields.map((f) => [f.name, ''])));
});
problemsButton.addEventListener('click', () => setProblemsOpen(problemList.hidden));
pageButton.addEventListener('click', () => setView('page'));
sourceButton.addEventListener('click', () => setView('source'));
form.addEventListener('submit', (e) => e.preventDefault());
document.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    insertButton.click();
  }
});

setView(vscode.getState()?.view ?? 'page');
showTarget(null);
post({ type: 'ready' });
