// One outline, not two. VS Code shows every document symbol provider's tree side by side, and its Markdown
// extension outlines Markdown headings (as “## 一、…” strings) in any Markdown file. So the server's tree (the
// title and its 一、（一）1.（1） parts, named as written) is shown where the Markdown extension has nothing to
// show: plain text, and Markdown drafts without a heading (pasted from a web page or a Word file). A Markdown
// draft that marks its headings with # is outlined by the Markdown extension alone, by those headings.

/** Whether Markdown text has a heading the Markdown extension would outline: ATX (# …) or setext (===, ---). */
export function hasMarkdownHeading(text: string): boolean {
  const lines = text.split(/\r\n?|\n/);
  let fence: string | undefined;
  let start = 0;
  // YAML front matter is not Markdown: its closing --- is not a setext underline
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1);
    if (end > 0) start = end + 1;
  }
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    const opens = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (opens && opens[1]![0] === fence[0] && opens[1]!.length >= fence.length && line.trim() === opens[1]) fence = undefined;
      continue;
    }
    if (opens) {
      fence = opens[1];
      continue;
    }
    if (/^ {0,3}#{1,6}(?:[ \t]|$)/.test(line)) return true;
    const previous = i > start ? lines[i - 1]! : '';
    if (/^ {0,3}(?:=+|-+)[ \t]*$/.test(line) && previous.trim() !== '' && !/^ {0,3}(?:[-*+]|\d+[.)])[ \t]/.test(previous) && !/^ {0,3}(?:#|>|`{3}|~{3})/.test(previous)) return true;
  }
  return false;
}
