// One outline: the server's tree where the Markdown extension shows nothing, the Markdown extension's where the
// draft marks its headings with #.

import assert from 'node:assert/strict';
import { hasMarkdownHeading } from '../../client/src/outline';

describe('which tree outlines a Markdown draft', () => {
  it('sees ATX and setext headings, as the Markdown extension does', () => {
    assert.ok(hasMarkdownHeading('# 关于项目建设情况的汇报\n\n一、工作进展\n'));
    assert.ok(hasMarkdownHeading('正文。\n\n### 一、工作进展情况\n'));
    assert.ok(hasMarkdownHeading('关于项目建设情况的汇报\n======\n'));
    assert.ok(hasMarkdownHeading('一、工作进展情况\n---\n'));
    assert.ok(hasMarkdownHeading('#\n'));
  });

  it('leaves a draft without headings to the server: ordinals, rules, code, front matter, lists, hashtags', () => {
    assert.ok(!hasMarkdownHeading('关于项目建设情况的汇报\n\n一、工作进展情况\n\n（一）精心组织。\n'));
    assert.ok(!hasMarkdownHeading('上一段。\n\n---\n\n下一段。\n')); // a thematic break after a blank line
    assert.ok(!hasMarkdownHeading('```\n# 不是标题\n```\n\n正文。\n'));
    assert.ok(!hasMarkdownHeading('~~~~md\n# 不是标题\n~~~\n仍在代码里\n~~~~\n'));
    assert.ok(!hasMarkdownHeading('---\ntitle: 草稿\n---\n\n正文。\n'));
    assert.ok(!hasMarkdownHeading('- 一项\n---\n'));
    assert.ok(!hasMarkdownHeading('#话题 不是标题\n'));
    assert.ok(!hasMarkdownHeading('正文。\n\n    # 缩进四格是代码\n'));
  });
});
