// The `gongwen` command: `gongwen check [--format text|json] [--config FILE] FILE|DIR... | -`, over the same engine
// as the language server.

// first: V8's options are set before any other module's code runs
import './v8flags';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { check, CheckCache, defaultConfig, LineIndex, rules, VERSION, type Finding, type ResolvedConfig, type Severity } from './engine';
import { findConfigFile, loadConfigFile } from './configFile';
import { decodeDraft } from './decode';
import { describePlace, type ImportedDraft } from './word/import';
import { isWordDraftInDirectory, looksLikeWord, readWord, runImport, WORD_FILE } from './word/importCli';

/** Files larger than this are not read: a long 公文 is a few hundred KB, and the check takes seconds per MB. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** The drafts a directory on the command line stands for: these files in it and below. */
const DRAFT_FILE = /\.(?:md|markdown|txt)$/i;

const USAGE = `用法 (usage): gongwen check [--format text|json] [--config FILE] FILE|DIR... | -
       gongwen export FILE.md [-o OUT.docx] [--force]   导出为 Word（GB/T 9704-2012 版式；gongwen export --help）
       gongwen import FILE.docx [-o OUT.md] [--force]   从 Word 导入为 Markdown 草稿（gongwen import --help）

  检查公文草稿（Markdown、纯文本或 Word .docx），列出占位符、结构、序数、标点、网页残留等问题。
  Checks 公文 drafts (Markdown, plain text or Word .docx) and lists what is wrong.
  .docx：检查 gongwen import 导出的 Markdown，位置指该 Markdown 的行列，并注明是 Word 中的第几段。
  A .docx is checked as the Markdown \`gongwen import\` writes; positions are that Markdown's, with the Word paragraph named.
  目录：检查其中及子目录下的 .md、.markdown、.txt、.docx 文件（跳过以 . 开头的目录和 node_modules）；
  超过 5 MB 的文件不检查。
  A directory stands for the .md, .markdown, .txt and .docx files in it and below; files over 5 MB are not checked.

  --format text|json   输出格式，默认 text (output format)
  --config FILE        使用指定的配置文件，而不是向上查找 .gongwenrc.json (config file)
  -                    从标准输入读取 (read standard input)
  --help               显示帮助 (this help)
  --version            显示版本 (the version)

退出码 (exit status): 0 无错误级问题 (no errors); 1 发现错误 (errors found);
  2 文件无法读取、配置有误或用法错误 (unreadable file, configuration errors or bad usage)`;

interface Args {
  format: 'text' | 'json';
  config?: string;
  files: string[];
}

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Buffer;
  color: boolean;
  cwd: string;
}

function parseArgs(argv: string[]): Args | 'help' | 'version' | string {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') return 'help';
  if (command === '--version' || command === '-v') return 'version';
  if (command !== 'check') return `未知命令“${command}”（unknown command）`;
  const args: Args = { format: 'text', files: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--help' || a === '-h') return 'help';
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
      if (v !== 'text' && v !== 'json') return `--format 应为 text 或 json（got ${v ?? 'nothing'}）`;
      args.format = v;
    } else if (a === '--config' || a.startsWith('--config=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
      if (!v) return '--config 需要一个文件路径（--config needs a file）';
      args.config = v;
    } else if (a.startsWith('--')) {
      return `未知选项“${a}”（unknown option）`;
    } else {
      args.files.push(a);
    }
  }
  if (args.files.length === 0) return '请指定要检查的文件，或用 - 读取标准输入（no files given）';
  return args;
}

interface FileResult {
  file: string;
  text: string;
  findings: Finding[];
  /** For a Word file: the draft imported from it, to name a finding's paragraph. */
  word?: ImportedDraft;
}

export function run(argv: string[], io: CliIO): number {
  const args = parseArgs(argv);
  if (args === 'help') {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (args === 'version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (typeof args === 'string') {
    io.stderr(`gongwen: ${args}\n\n${USAGE}\n`);
    return 2;
  }
  let exit = 0;
  // a configuration problem (in a .gongwenrc.json or a disable comment) is reported, the drafts are checked with
  // what was valid, and the exit status is 2 so that CI notices
  let misconfigured = false;
  const configErrors = (errors: readonly string[]): void => {
    for (const e of errors) io.stderr(`gongwen: ${e}\n`);
    if (errors.length > 0) misconfigured = true;
  };
  let fixedConfig: ResolvedConfig | undefined;
  if (args.config) {
    const loaded = loadConfigFile(args.config);
    configErrors(loaded.errors);
    if (loaded.errors.some((e) => e.includes('无法读取'))) return 2;
    fixedConfig = loaded.config;
  }
  const configs = new Map<string, ResolvedConfig>();
  const configFor = (dir: string): ResolvedConfig => {
    if (fixedConfig) return fixedConfig;
    const path = findConfigFile(dir);
    if (!path) return defaultConfig(rules);
    let config = configs.get(path);
    if (!config) {
      const loaded = loadConfigFile(path);
      configErrors(loaded.errors);
      config = loaded.config;
      configs.set(path, config);
    }
    return config;
  };

  const results: FileResult[] = [];
  // one run keeps what its checks read (a folder of drafts shares boilerplate paragraphs)
  const cache = new CheckCache();
  // a file that cannot be checked is reported and the others are checked all the same
  const refuse = (file: string, why: string): void => {
    io.stderr(`gongwen: ${file}：${why}\n`);
    exit = 2;
  };
  for (const input of args.files.flatMap(expand)) {
    const file = input.file;
    if ('error' in input) {
      refuse(file, input.error);
      continue;
    }
    const read = readDraft(file, io);
    if (!read.ok) {
      refuse(file, read.reason);
      continue;
    }
    const { text, word } = read;
    const config = configFor(file === '-' ? io.cwd : dirname(file));
    const result = check(text, { config, cache });
    for (const f of result.failures) io.stderr(`gongwen: ${file}：规则 ${f.rule} 运行出错，已跳过（rule failed）：${String((f.error as Error)?.stack ?? f.error)}\n`);
    if (result.directiveProblems.length > 0) {
      const lines = new LineIndex(text);
      configErrors(
        result.directiveProblems.map((p) => {
          const { line, column } = lines.lineColumn(p.offset);
          return `${file}:${line}:${column}：${p.message}`;
        }),
      );
    }
    results.push({ file, text, findings: result.findings, ...(word ? { word } : {}) });
  }

  if (args.format === 'json') io.stdout(JSON.stringify(results.map(toJson), null, 2) + '\n');
  else io.stdout(toText(results, io.color));

  if (misconfigured) exit = 2;
  if (exit === 0 && results.some((r) => r.findings.some((f) => f.severity === 'error'))) exit = 1;
  return exit;
}

type Input = { file: string } | { file: string; error: string };

/** What one argument stands for: itself, the drafts of a directory, or why it cannot be checked. */
function expand(arg: string): Input[] {
  if (arg === '-') return [{ file: arg }];
  let stat;
  try {
    stat = statSync(arg);
  } catch (e) {
    return [{ file: arg, error: readError(e) }];
  }
  if (stat.isDirectory()) {
    const found = draftsIn(arg);
    return found.length > 0 ? found : [{ file: arg, error: '目录中没有 .md、.markdown、.txt 或 .docx 文稿（no drafts in this directory）' }];
  }
  return [regularFile(arg, stat)];
}

/** A file to read, or why not: not a regular file (a FIFO, /dev/zero would never end), or too large. */
function regularFile(file: string, stat: { isFile(): boolean; size: number }): Input {
  if (!stat.isFile()) return { file, error: '不是普通文件，无法检查（not a regular file）' };
  if (stat.size > MAX_FILE_BYTES && !WORD_FILE.test(file)) return { file, error: tooLarge(stat.size) };
  return { file };
}

/** The drafts in a directory and below, sorted; hidden directories, node_modules and symbolic links to directories are skipped. */
function draftsIn(dir: string): Input[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (e) {
    return [{ file: dir, error: readError(e) }];
  }
  const found: Input[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') found.push(...draftsIn(path));
    } else if ((DRAFT_FILE.test(entry.name) || isWordDraftInDirectory(entry.name)) && (entry.isFile() || entry.isSymbolicLink())) {
      let stat;
      try {
        stat = statSync(path);
      } catch (e) {
        found.push({ file: path, error: readError(e) });
        continue;
      }
      if (!stat.isDirectory()) found.push(regularFile(path, stat));
    }
  }
  return found;
}

type DraftRead = { ok: true; text: string; word?: ImportedDraft } | { ok: false; reason: string };

/** A file's text: decoded, or imported from Word (by name or by content), or why it cannot be read. */
function readDraft(file: string, io: CliIO): DraftRead {
  try {
    // read by position, never whole: a .docx's pictures may be far over the 5 MB of its text
    if (WORD_FILE.test(file)) return fromWord(readWord(file));
    const bytes = file === '-' ? io.readStdin() : readFileSync(file);
    if (bytes.length > MAX_FILE_BYTES) return { ok: false, reason: tooLarge(bytes.length) };
    if (looksLikeWord(bytes)) return fromWord(readWord(file, bytes));
    return decodeDraft(bytes);
  } catch (e) {
    return { ok: false, reason: readError(e) };
  }
}

function fromWord(read: ReturnType<typeof readWord>): DraftRead {
  return read.ok ? { ok: true, text: read.draft.markdown, word: read.draft } : read;
}

function readError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return '文件不存在（no such file）';
    case 'EACCES':
    case 'EPERM':
      return '没有读取权限（permission denied）';
    case 'ELOOP':
      return '符号链接循环，无法读取（too many levels of symbolic links）';
    case 'ENOTDIR':
      return '路径中有一段不是目录（not a directory）';
    case 'EISDIR':
      return '这是一个目录（is a directory）';
    default:
      return `无法读取（cannot read）：${(e as Error).message}`;
  }
}

function tooLarge(bytes: number): string {
  return `文件过大（${(bytes / 1024 / 1024).toFixed(1)} MB），超过 ${MAX_FILE_BYTES / 1024 / 1024} MB 的文件不检查（file too large）`;
}

function toJson(result: FileResult): unknown {
  const lines = new LineIndex(result.text);
  return {
    file: result.file,
    diagnostics: result.findings.map((f) => {
      const start = lines.lineColumn(f.offset);
      const end = lines.lineColumn(f.endOffset);
      const place = result.word && describePlace(result.word, f.offset);
      return {
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        offset: f.offset,
        endOffset: f.endOffset,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        ...(place ? { place } : {}),
        ...(f.fix ? { fix: f.fix.map((e) => ({ offset: e.offset, endOffset: e.endOffset, text: e.text })) } : {}),
        ...(f.related ? { related: f.related.map((r) => ({ offset: r.offset, endOffset: r.endOffset, message: r.message, ...lines.lineColumn(r.offset) })) } : {}),
      };
    }),
  };
}

const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', information: '信息', hint: '提示' };
const SEVERITY_COLOR: Record<Severity, string> = { error: '31', warning: '33', information: '36', hint: '90' };

function toText(results: FileResult[], color: boolean): string {
  const paint = (code: string, s: string): string => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  let out = '';
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of results) {
    const lines = new LineIndex(r.text);
    for (const f of r.findings) {
      const { line, column } = lines.lineColumn(f.offset);
      counts[f.severity]++;
      const place = r.word && describePlace(r.word, f.offset);
      out += `${paint('1', `${r.file}:${line}:${column}`)}  ${paint(SEVERITY_COLOR[f.severity], SEVERITY_LABEL[f.severity])}  ${place ? `${place}：` : ''}${f.message}  ${paint('90', f.rule)}\n`;
    }
  }
  const total = counts.error + counts.warning + counts.information + counts.hint;
  const files = results.length;
  if (total === 0) {
    out += paint('32', `✔ 检查了 ${files} 个文件，未发现问题（${files} file(s) checked, no problems）`) + '\n';
  } else {
    const parts = (['error', 'warning', 'information', 'hint'] as Severity[]).filter((s) => counts[s] > 0);
    out +=
      '\n' +
      paint(counts.error > 0 ? '31' : '33', `✖ ${files} 个文件共 ${total} 个问题：${parts.map((s) => `${SEVERITY_LABEL[s]} ${counts[s]}`).join('，')}`) +
      `（${total} problem(s) in ${files} file(s): ${parts.map((s) => `${counts[s]} ${s}`).join(', ')}）\n`;
  }
  return out;
}

/** Subcommands other than check, each in its own module: argv after the subcommand's name, resolves to the exit status. */
const COMMANDS: Record<string, (argv: string[], io: CliIO) => Promise<number>> = {
  // loaded when used: `gongwen check` does not pay for the .docx writer
  export: async (argv, io) => (await import('./word/cli')).exportCommand(argv, io),
  import: async (argv, io) => runImport(argv, { stdout: io.stdout, stderr: io.stderr, readError }),
};

export function main(): void {
  // `gongwen check … | head` closes the pipe early: that is not an error
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  const io: CliIO = {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: () => readFileSync(0),
    color: !!process.stdout.isTTY && !process.env.NO_COLOR,
    cwd: process.cwd(),
  };
  const [name, ...rest] = process.argv.slice(2);
  const command = name === undefined ? undefined : COMMANDS[name];
  if (command) {
    void command(rest, io).then((code) => (process.exitCode = code));
    return;
  }
  process.exitCode = run(process.argv.slice(2), io);
}
