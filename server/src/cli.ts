// The `gongwen` command: `gongwen check [--format text|json] [--config FILE] FILE... | -`, over the same engine
// as the language server.

import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { check } from './engine/check';
import { defaultConfig, type ResolvedConfig } from './engine/config';
import { rules } from './engine/rules';
import { LineIndex } from './engine/text';
import type { Finding, Severity } from './engine/types';
import { findConfigFile, loadConfigFile } from './configFile';
import { decodeDraft } from './decode';

const USAGE = `用法 (usage): gongwen check [--format text|json] [--config FILE] FILE... | -

  检查公文草稿（Markdown 或纯文本），列出占位符、结构、序数、标点、网页残留等问题。
  Checks 公文 drafts (Markdown or plain text) and lists what is wrong.

  --format text|json   输出格式，默认 text (output format)
  --config FILE        使用指定的配置文件，而不是向上查找 .gongwenrc.json (config file)
  -                    从标准输入读取 (read standard input)
  --help               显示帮助 (this help)

退出码 (exit status): 0 无错误级问题 (no errors); 1 发现错误 (errors found); 2 文件无法读取或用法错误 (unreadable file or bad usage)`;

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

function parseArgs(argv: string[]): Args | string {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') return 'help';
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
    } else if (a.startsWith('--') ) {
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
}

export function run(argv: string[], io: CliIO): number {
  const args = parseArgs(argv);
  if (args === 'help') {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (typeof args === 'string') {
    io.stderr(`gongwen: ${args}\n\n${USAGE}\n`);
    return 2;
  }
  let exit = 0;
  let fixedConfig: ResolvedConfig | undefined;
  if (args.config) {
    const loaded = loadConfigFile(args.config);
    for (const e of loaded.errors) io.stderr(`gongwen: ${e}\n`);
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
      for (const e of loaded.errors) io.stderr(`gongwen: ${e}\n`);
      config = loaded.config;
      configs.set(path, config);
    }
    return config;
  };

  const results: FileResult[] = [];
  for (const file of args.files) {
    let bytes: Buffer;
    try {
      bytes = file === '-' ? io.readStdin() : readFileSync(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? '文件不存在（no such file）' : code === 'EISDIR' ? '这是一个目录（is a directory）' : `无法读取（cannot read）：${(e as Error).message}`;
      io.stderr(`gongwen: ${file}：${why}\n`);
      exit = 2;
      continue;
    }
    const decoded = decodeDraft(bytes);
    if (!decoded.ok) {
      io.stderr(`gongwen: ${file}：${decoded.reason}\n`);
      exit = 2;
      continue;
    }
    const config = configFor(file === '-' ? io.cwd : dirname(file));
    const result = check(decoded.text, { config });
    for (const f of result.failures) io.stderr(`gongwen: ${file}：规则 ${f.rule} 运行出错，已跳过（rule failed）：${String((f.error as Error)?.stack ?? f.error)}\n`);
    results.push({ file, text: decoded.text, findings: result.findings });
  }

  if (args.format === 'json') io.stdout(JSON.stringify(results.map(toJson), null, 2) + '\n');
  else io.stdout(toText(results, io.color));

  if (exit === 0 && results.some((r) => r.findings.some((f) => f.severity === 'error'))) exit = 1;
  return exit;
}

function toJson(result: FileResult): unknown {
  const lines = new LineIndex(result.text);
  return {
    file: result.file,
    diagnostics: result.findings.map((f) => {
      const start = lines.lineColumn(f.offset);
      const end = lines.lineColumn(f.endOffset);
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
      out += `${paint('1', `${r.file}:${line}:${column}`)}  ${paint(SEVERITY_COLOR[f.severity], SEVERITY_LABEL[f.severity])}  ${f.message}  ${paint('90', f.rule)}\n`;
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

export function main(): void {
  // `gongwen check … | head` closes the pipe early: that is not an error
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  const code = run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: () => readFileSync(0),
    color: !!process.stdout.isTTY && !process.env.NO_COLOR,
    cwd: process.cwd(),
  });
  process.exitCode = code;
}

