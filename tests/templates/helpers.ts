// Shared by the template tests: the shipped templates, read once.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTemplateFile } from '../../client/src/templates/frontMatter';
import { TemplateEnvironment } from '../../client/src/templates/environment';
import type { TemplateFile } from '../../client/src/templates/types';

export const TEMPLATES_DIR = join(__dirname, '..', '..', 'templates');

export function shippedTemplates(): TemplateFile[] {
  return readdirSync(TEMPLATES_DIR)
    .filter((n) => n.endsWith('.njk'))
    .sort()
    .map((name) => parseTemplateFile(name, 'builtin', join(TEMPLATES_DIR, name), readFileSync(join(TEMPLATES_DIR, name), 'utf8')));
}

/** One template from source text, with an environment holding it and any siblings. */
export function templateOf(body: string, frontMatter = 'title: 测试\ndescription: 测试模板\nvariables: []', siblings: Record<string, string> = {}): { file: TemplateFile; env: TemplateEnvironment } {
  const file = parseTemplateFile('test.njk', 'workspace', '/tmp/test.njk', `---\n${frontMatter}\n---\n${body}`);
  const others = Object.entries(siblings).map(([name, text]) => parseTemplateFile(name, 'workspace', `/tmp/${name}`, text));
  return { file, env: new TemplateEnvironment([file, ...others]) };
}
