/// <reference lib="dom" />
// DOM building shared by the previews' page scripts. They run under a nonce CSP and never build markup from
// values: `text` becomes the node's text, every other prop an attribute (undefined props are left out).

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<Record<string, string>> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined) continue;
    if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value);
  }
  node.append(...children);
  return node;
}
