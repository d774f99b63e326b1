// `gongwen export FILE.md [-o OUT.docx] [--force]`: the draft as a .docx laid out per GB/T 9704-2012, beside the
// draft unless told where; an existing file is never overwritten without --force.

import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { decodeDraft } from '../decode';
import { exportDocx } from './export';

/** The drafts `gongwen check` reads are at most this large; a .docx of one is written in well under a second. */
const MAX_DRAFT_BYTES = 5 * 1024 * 1024;

export const EXPORT_USAGE = `用法 (usage): gongwen export FILE.md [-o OUT.docx] [--force]

  把公文草稿导出为 Word 文档，按 GB/T 9704-2012 排版：A4，版心 156 × 225 mm，每页 22 行、每行 28 字，
  3号仿宋正文、2号小标宋标题，页码“— 1 —”；文首 YAML 前言中的发文机关标志、发文字号、抄送等排入版头和版记。
  Exports a draft as a .docx laid out per GB/T 9704-2012 (see docs/word.md).
  不写 -o 时写在草稿旁边，同名，扩展名为 .docx。已有同名文件时不覆盖，除非加 --force。
  Without -o, writes beside the draft with the same name; never overwrites a file without --force.

  -o, --output FILE   输出的 .docx 文件 (output file)
  --force             覆盖已有的文件 (overwrite an existing file)
  -                   从标准输入读取草稿，须同时写 -o (read standard input; needs -o)
  --help              显示帮助 (this help)

退出码 (exit status): 0 已导出 (exported); 2 草稿无法读取、输出文件已存在或用法错误 (unreadable draft, existing output, bad usage)`;

export interface ExportIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Buffer;
  cwd: string;
}

interface ExportArgs {
  input: string;
  output?: string;
  force: boolean;
}

function parseArgs(argv: string[]): ExportArgs | 'help' | string {
  let input: string | undefined;
  let output: string | undefined;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') return 'help';
    if (a === '--force' || a === '-f') force = true;
    else if (a === '-o' || a === '--output' || a.startsWith('--output=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!v) return '-o 需要一个文件路径（-o needs a file）';
      output = v;
    } else if (a.startsWith('-') && a !== '-') return `未知选项“${a}”（unknown option）`;
    else if (input !== undefined) return `一次只能导出一个文件，多出了“${a}”（one draft at a time）`;
    else input = a;
  }
  if (input === undefined) return '请指定要导出的草稿（no draft given）';
  if (input === '-' && output === undefined) return '从标准输入读取时须用 -o 指定输出文件（reading standard input needs -o）';
  return output === undefined ? { input, force } : { input, output, force };
}

/** Runs `gongwen export …` (argv without the word export); resolves to the exit status. */
export async function exportCommand(argv: string[], io: ExportIO): Promise<number> {
  const args = parseArgs(argv);
  if (args === 'help') {
    io.stdout(EXPORT_USAGE + '\n');
    return 0;
  }
  if (typeof args === 'string') {
    io.stderr(`gongwen: ${args}\n\n${EXPORT_USAGE}\n`);
    return 2;
  }
  const fail = (file: string, why: string): number => {
    io.stderr(`gongwen: ${file}：${why}\n`);
    return 2;
  };

  const output = args.output ?? besideDraft(args.input);
  const inputPath = args.input === '-' ? undefined : resolve(io.cwd, args.input);
  const outputPath = resolve(io.cwd, output);
  if (extname(outputPath).toLowerCase() !== '.docx') return fail(output, '输出文件的扩展名应为 .docx（the output must be a .docx file）');
  if (inputPath !== undefined && inputPath === outputPath) return fail(output, '输出文件不能是草稿本身（the output is the draft itself）');

  let bytes: Buffer;
  try {
    if (inputPath !== undefined) {
      const stat = statSync(inputPath);
      if (stat.isDirectory()) return fail(args.input, '这是一个目录，请指定一份草稿（is a directory）');
      if (!stat.isFile()) return fail(args.input, '不是普通文件，无法导出（not a regular file）');
      if (stat.size > MAX_DRAFT_BYTES) return fail(args.input, `文件过大（${(stat.size / 1024 / 1024).toFixed(1)} MB），超过 5 MB 的文件不导出（file too large）`);
    }
    bytes = inputPath === undefined ? io.readStdin() : readFileSync(inputPath);
  } catch (e) {
    return fail(args.input, readError(e));
  }
  if (bytes.length > MAX_DRAFT_BYTES) return fail(args.input, '草稿超过 5 MB，不导出（draft too large）');
  const decoded = decodeDraft(bytes);
  if (!decoded.ok) return fail(args.input, decoded.reason);

  const docx = await exportDocx(decoded.text, { warn: (message) => io.stderr(`gongwen: ${args.input}：${message}\n`) });
  try {
    if (args.force) {
      // written beside the target, then moved over it: a failed write leaves the old file as it was
      const temporary = join(dirname(outputPath), `.${basename(outputPath)}.${randomBytes(4).toString('hex')}.tmp`);
      try {
        writeFileSync(temporary, docx);
        renameSync(temporary, outputPath);
      } finally {
        rmSync(temporary, { force: true });
      }
    } else {
      writeFileSync(outputPath, docx, { flag: 'wx' });
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return fail(output, '文件已存在，未覆盖；要覆盖请加 --force（file exists; use --force to overwrite）');
    if (code === 'EISDIR') return fail(output, '这是一个目录，无法写入（is a directory）');
    return fail(output, `无法写入（cannot write）：${writeError(e)}`);
  }
  io.stdout(`已导出 ${output}（exported）\n`);
  return 0;
}

/** The draft's name with .docx for its extension, in its folder. */
export function besideDraft(draft: string): string {
  const ext = extname(draft);
  return (ext ? draft.slice(0, -ext.length) : draft) + '.docx';
}

function readError(e: unknown): string {
  switch ((e as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return '文件不存在（no such file）';
    case 'EACCES':
    case 'EPERM':
      return '没有读取权限（permission denied）';
    case 'EISDIR':
      return '这是一个目录（is a directory）';
    default:
      return `无法读取（cannot read）：${(e as Error).message}`;
  }
}

function writeError(e: unknown): string {
  switch ((e as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return '目录不存在（no such directory）';
    case 'EACCES':
    case 'EPERM':
      return '没有写入权限（permission denied）';
    case 'ENOSPC':
      return '磁盘空间不足（no space left）';
    default:
      return (e as Error).message;
  }
}
