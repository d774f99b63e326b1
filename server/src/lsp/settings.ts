// The configuration a document is checked with: the nearest `.gongwenrc.json` (the command line's file) with
// the VS Code settings `gongwen.*` over it. A broken file or setting is reported once, in Chinese, and ignored.

import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveConfig, rules, type ResolvedConfig } from '../engine';
import { findConfigFile, parseConfigText } from '../configFile';
import type { CheckMode } from './protocol';

/** The `gongwen` section of the VS Code settings, as the client sends it: settings.json may hold anything. */
export interface EditorSettings {
  enable?: unknown;
  rules?: unknown;
  placeholders?: unknown;
  documentType?: unknown;
}

const SETTINGS = 'settings';
const SETTINGS_SOURCE = 'VS Code 设置 gongwen.*';
const CHECK_MODES: readonly CheckMode[] = ['auto', 'always', 'never'];

export interface DocumentSettings {
  config: ResolvedConfig;
  enable: CheckMode;
}

interface ConfigFile {
  /** The parsed object, or {} when the file is broken. */
  raw: Record<string, unknown>;
  errors: string[];
}

export interface SettingsHost {
  /** The client's `gongwen` settings for a document (workspace/configuration), or the last pushed ones. */
  editorSettings(uri: string): Promise<EditorSettings>;
  /** Tell the writer about a broken configuration; called once per distinct problem. */
  showError(message: string): void;
  /** Where untitled documents look for a `.gongwenrc.json`. */
  workspaceRoots(): string[];
}

export class SettingsStore {
  private readonly byUri = new Map<string, Promise<DocumentSettings>>();
  private readonly files = new Map<string, ConfigFile>();
  /** The message last shown per source (a file path, or 'settings'): a problem is told once, until it is fixed. */
  private readonly reported = new Map<string, string>();

  constructor(private readonly host: SettingsHost) {}

  /** Settings for a document; cached until the settings or a config file change. */
  forDocument(uri: string): Promise<DocumentSettings> {
    let settings = this.byUri.get(uri);
    if (!settings) {
      settings = this.resolve(uri);
      this.byUri.set(uri, settings);
    }
    return settings;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  /** After the VS Code settings changed. */
  settingsChanged(): void {
    this.byUri.clear();
  }

  /** After a `.gongwenrc.json` was created, changed or deleted: read the files again. */
  filesChanged(): void {
    this.byUri.clear();
    this.files.clear();
  }

  private async resolve(uri: string): Promise<DocumentSettings> {
    const editor = await this.host.editorSettings(uri).catch((): EditorSettings => ({}));
    const path = this.configFileFor(uri);
    const file = path ? this.readFile(path) : { raw: {}, errors: [] };
    const fromSettings = this.settingsObject(editor);
    const merged: Record<string, unknown> = { ...file.raw };
    const fileRules = isObject(file.raw.rules) ? file.raw.rules : {};
    const settingRules = isObject(fromSettings.rules) ? fromSettings.rules : {};
    if (Object.keys(fileRules).length + Object.keys(settingRules).length > 0) merged.rules = { ...fileRules, ...settingRules };
    const placeholders = [...asArray(file.raw.placeholders), ...asArray(fromSettings.placeholders)];
    if (placeholders.length > 0) merged.placeholders = placeholders;
    if (fromSettings.documentType !== undefined && fromSettings.documentType !== 'auto') merged.documentType = fromSettings.documentType;
    // each source was validated on its own, so the merge resolves cleanly
    const { config } = resolveConfig(merged, rules, path ?? 'settings');
    const enable = editor.enable === 'always' || editor.enable === 'never' ? editor.enable : 'auto';
    return { config, enable };
  }

  /**
   * The VS Code settings as a config object, or {} (and one message) when they are invalid. A value of the wrong
   * type (settings.json takes anything) is a problem like any other, not a setting quietly left out.
   */
  private settingsObject(editor: EditorSettings): Record<string, unknown> {
    const raw: Record<string, unknown> = {};
    if (editor.rules !== undefined && !(isObject(editor.rules) && Object.keys(editor.rules).length === 0)) raw.rules = editor.rules;
    if (editor.placeholders !== undefined && !(Array.isArray(editor.placeholders) && editor.placeholders.length === 0)) raw.placeholders = editor.placeholders;
    if (editor.documentType !== undefined && editor.documentType !== 'auto') raw.documentType = editor.documentType;
    const { errors } = resolveConfig(raw, rules, SETTINGS_SOURCE);
    if (editor.enable !== undefined && !(CHECK_MODES as readonly unknown[]).includes(editor.enable)) {
      errors.push(`${SETTINGS_SOURCE}：“enable”（gongwen.enable）应为 auto、always、never 之一（invalid value）`);
    }
    this.report(SETTINGS, errors);
    return errors.length > 0 ? {} : raw;
  }

  private configFileFor(uri: string): string | undefined {
    let dir: string | undefined;
    if (uri.startsWith('file:')) {
      try {
        dir = dirname(fileURLToPath(uri));
      } catch {
        dir = undefined;
      }
    } else {
      dir = this.host.workspaceRoots()[0];
    }
    // looked up once per document and settings change, so not cached: a cache by folder would keep the path of
    // every folder ever opened (and, sliced from it, the first document's) for the server's lifetime
    return dir === undefined ? undefined : findConfigFile(dir);
  }

  private readFile(path: string): ConfigFile {
    let file = this.files.get(path);
    if (file) return file;
    let text: string | undefined;
    try {
      text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    } catch (e) {
      file = { raw: {}, errors: [`${path}：无法读取配置文件（cannot read config file）：${(e as Error).message}`] };
    }
    if (text !== undefined) {
      const { errors } = parseConfigText(text, path);
      file = errors.length > 0 ? { raw: {}, errors } : { raw: JSON.parse(text) as Record<string, unknown>, errors: [] };
    }
    this.files.set(path, file!);
    this.report(path, file!.errors);
    return file!;
  }

  /** One message for all the problems of one source; none when it has none (and the next problem is told again). */
  private report(source: string, errors: string[]): void {
    if (errors.length === 0) {
      this.reported.delete(source);
      return;
    }
    const list = errors.length === 1 ? errors[0]! : errors.map((e, i) => `${i + 1}）${e}`).join('；');
    const message = `公文助手：配置有误，这部分配置已忽略，按默认规则检查（configuration ignored, defaults in force）。${list}`;
    if (this.reported.get(source) === message) return;
    this.reported.set(source, message);
    this.host.showError(message);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
