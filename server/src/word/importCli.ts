// The command line's Word door: `gongwen import FILE.docx [-o OUT.md]`, and the .docx files `gongwen check` reads
// (it checks the Markdown that `gongwen import` writes, and names each finding's paragraph in Word).

import { existsSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { isOle } from './cfb';
import { importDocxBytes, importDocxFile, WordImportError, type ImportedDraft } from './import';

/** File names read as Word documents, whatever their content turns out to be (an old .doc is named as such). */
export const WORD_FILE = /\.(?:docx|docm|dotx|dotm|doc|dot)$/i;
/** The Word files a directory on the command line stands for; `~$…` are the lock files Word leaves beside an open document. */
export function isWordDraftInDirectory(name: string): boolean {
  return /\.docx$/i.test(name) && !name.startsWith('~$');
}

/** Bytes that are a zip archive or an OLE compound file: a Word document whatever its name. */
export function looksLikeWord(bytes: Uint8Array): boolean {
  return (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) || isOle(bytes);
}

export type WordRead = { ok: true; draft: ImportedDraft } | { ok: false; reason: string };

/** Imports a Word file from disk (or from bytes already read), turning a refusal into its reason. */
export function readWord(file: string, bytes?: Uint8Array): WordRead {
  try {
    return { ok: true, draft: bytes ? importDocxBytes(bytes) : importDocxFile(file) };
  } catch (e) {
    if (e instanceof WordImportError) return { ok: false, reason: e.reason };
    throw e;
  }
}

export const IMPORT_USAGE = `用法 (usage): gongwen import FILE.docx [-o OUT.md | -o -] [--force]

  把 Word 文档（.docx）转成 Markdown 草稿：自动编号写成文字（一、（一）1.（1）），表格写成表格，保留脚注；
  页眉页脚、文本框、批注不导入，修订按“全部接受”读取。
  Converts a .docx to a Markdown draft: numbering as text, tables as GFM tables, footnotes kept; headers,
  footers, text boxes and comments left out; tracked changes read as accepted.

  -o OUT.md   写到此文件，默认写在 .docx 旁边、同名 .md；-o - 写到标准输出 (output file; - for stdout)
  --force     覆盖已有的文件 (overwrite an existing file)

退出码 (exit status): 0 已导入 (imported); 2 无法读取、文件已存在或用法错误 (unreadable, exists, or bad usage)`;

export interface ImportIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readError: (e: unknown) => string;
}

/** `gongwen import`: exit 0 when the draft is written, 2 (and nothing written) otherwise. */
export function runImport(argv: string[], io: ImportIO): number {
  let input: string | undefined;
  let output: string | undefined;
  let force = false;
  const usage = (problem: string): number => {
    io.stderr(`gongwen: ${problem}\n\n${IMPORT_USAGE}\n`);
    return 2;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') {
      io.stdout(IMPORT_USAGE + '\n');
      return 0;
    } else if (a === '-o' || a === '--output') {
      output = argv[++i];
      if (output === undefined || output === '') return usage(`${a} 需要一个文件路径（${a} needs a file）`);
    } else if (a.startsWith('--output=')) {
      output = a.slice('--output='.length);
    } else if (a === '--force') {
      force = true;
    } else if (a.startsWith('-') && a !== '-') {
      return usage(`未知选项“${a}”（unknown option）`);
    } else if (input === undefined) {
      input = a;
    } else {
      return usage('一次导入一个文件（one file at a time）');
    }
  }
  if (input === undefined) return usage('请指定要导入的 .docx 文件（no file given）');

  const refuse = (file: string, why: string): number => {
    io.stderr(`gongwen: ${file}：${why}\n`);
    return 2;
  };
  try {
    if (!statSync(input).isFile()) return refuse(input, '不是普通文件，无法导入（not a regular file）');
  } catch (e) {
    return refuse(input, io.readError(e));
  }
  let read: WordRead;
  try {
    read = readWord(input);
  } catch (e) {
    return refuse(input, io.readError(e));
  }
  if (!read.ok) return refuse(input, read.reason);

  const target = output ?? join(dirname(input), `${basename(input, extname(input))}.md`);
  if (target === '-') {
    io.stdout(read.draft.markdown);
    return 0;
  }
  if (resolve(target) === resolve(input)) return refuse(target, '输出文件就是要导入的 .docx，不能覆盖（the output is the input）');
  if (existsSync(target) && statSync(target).isDirectory()) return refuse(target, '这是一个目录，请写出文件名（is a directory）');
  if (existsSync(target) && !force) return refuse(target, '文件已存在，未覆盖；要覆盖请加 --force（file exists: use --force to overwrite）');
  try {
    writeFileSync(target, read.draft.markdown);
  } catch (e) {
    return refuse(target, `无法写入（cannot write）：${io.readError(e)}`);
  }
  io.stdout(`已导入（imported）：${input} → ${target}\n`);
  return 0;
}
