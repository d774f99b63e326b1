// The Markdown tree the page is laid out from: CommonMark with GFM's tables, footnotes, strikethrough and
// autolinks; the front matter read as blank lines (its fields go to the 版头 and 版记, not the text).

import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { blankFrontMatter } from '../engine';

// a single ~ is not strikethrough: Chinese drafts write ranges as 5~10人
const parser = unified().use(remarkParse).use(remarkGfm, { singleTilde: false });

export function parsePageTree(markdown: string): Root {
  return parser.parse(blankFrontMatter(markdown));
}
