// The parts of nunjucks 3.2 this extension uses (the package ships no types).

declare module 'nunjucks' {
  export interface LoaderSource {
    src: string;
    path: string;
    noCache: boolean;
  }

  export class Loader {
    getSource(name: string): LoaderSource | null;
    resolve(from: string, to: string): string;
  }

  export interface EnvironmentOptions {
    autoescape?: boolean;
    throwOnUndefined?: boolean;
    trimBlocks?: boolean;
    lstripBlocks?: boolean;
  }

  export interface CompiledTemplate {
    render(context: object): string;
  }

  export class Environment {
    constructor(loader: Loader, options?: EnvironmentOptions);
    addFilter(name: string, filter: (...args: never[]) => unknown): this;
    getTemplate(name: string, eagerCompile?: boolean): CompiledTemplate;
    render(name: string, context: object): string;
    readonly filters: Record<string, unknown>;
  }

  /** A node of nunjucks' syntax tree; `fields` names the child properties. */
  export interface SyntaxNode {
    typename: string;
    lineno: number;
    colno: number;
    fields: readonly string[];
    children?: SyntaxNode[];
    value?: unknown;
    [field: string]: unknown;
  }

  export const parser: { parse(src: string, extensions?: unknown[], options?: EnvironmentOptions): SyntaxNode };

  export const runtime: {
    memberLookup(obj: unknown, key: unknown): unknown;
    contextOrFrameLookup(context: unknown, frame: unknown, name: string): unknown;
  };
}
