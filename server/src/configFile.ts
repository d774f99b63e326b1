// Finding and reading `.gongwenrc.json` on disk, for the command line and the language server.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { resolveConfig, rules, type ConfigResult } from './engine';

export const CONFIG_FILE_NAME = '.gongwenrc.json';

/** The nearest `.gongwenrc.json` at or above a directory. */
export function findConfigFile(startDir: string): string | undefined {
  let dir = resolve(startDir);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Read and validate a config file; errors name the file and leave the defaults in force. */
export function loadConfigFile(path: string): ConfigResult {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    return { ...resolveConfig(undefined, rules, path), errors: [`${path}：无法读取配置文件（cannot read config file）：${(e as Error).message}`] };
  }
  return parseConfigText(raw.replace(/^\uFEFF/, ''), path);
}

export function parseConfigText(raw: string, path: string): ConfigResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (e) {
    const message = (e as Error).message;
    const at = /position (\d+)/.exec(message);
    let where = '';
    if (at) {
      const offset = Number(at[1]);
      const before = raw.slice(0, offset).split('\n');
      where = `第 ${before.length} 行第 ${before[before.length - 1]!.length + 1} 列`;
    }
    return {
      ...resolveConfig(undefined, rules, path),
      errors: [`${path}：不是有效的 JSON${where ? '（' + where + '）' : ''}，已按默认配置检查（invalid JSON, defaults in force）：${message}`],
    };
  }
  return resolveConfig(parsed, rules, path);
}
