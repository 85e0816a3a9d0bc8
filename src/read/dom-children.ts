/**
 * @module dom-children
 * A node's children by walking siblings. jsdom's `children` and `childNodes` are proxies
 * whose indexed access is slow enough that `Array.from(element.children)` over 10,000
 * children took ten seconds; sibling links cost nothing.
 */

/** The child nodes of `node`, in order. @example for (const child of childNodes(body)) … */
export function* childNodes(node: Node): Generator<ChildNode> {
  for (let child = node.firstChild; child; child = child.nextSibling) yield child;
}

/** The child elements of `node`, in order. @example [...childElements(list)] */
export function* childElements(node: Element): Generator<Element> {
  for (let child = node.firstElementChild; child; child = child.nextElementSibling) yield child;
}
