/**
 * @module html-to-text
 * Renders a DOM subtree to plain text the structure builder can split: blocks separated by
 * blank lines, list items with their printed markers, `<br>` as a line break, whitespace
 * collapsed inside blocks as a browser would, page chrome and scripts never included.
 * Shared by the HTML and DOCX readers.
 */
import { listMarker, listNumbering } from './list-marker.ts';
import { trimChars, trimEndChars } from '../model/trim-chars.ts';
import { childElements, childNodes } from './dom-children.ts';

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'menu',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

/** Never text of the document: code, media, controls, and navigation or footer chrome. */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'meta',
  'link',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'video',
  'audio',
  'button',
  'select',
  'input',
  'textarea',
  'nav',
  'footer',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Plain text of a DOM node.
 * @example htmlToText(dom.window.document.body)
 */
export function htmlToText(root: Node): string {
  const renderer = new Renderer();
  renderer.render(root);
  return renderer.finish();
}

/** Accumulates inline text into the current block and pushes finished blocks. */
class Renderer {
  readonly #blocks: string[] = [];
  #inline = '';
  /** A list marker waiting for the first text of its item. */
  #marker = '';

  render(node: Node): void {
    if (node.nodeType === TEXT_NODE) return this.#text(node.nodeValue ?? '');
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
    const element = node as Element;
    const tag = node.nodeType === ELEMENT_NODE ? element.localName : '#root';
    if (SKIPPED_TAGS.has(tag) || (node.nodeType === ELEMENT_NODE && isHidden(element))) return;
    if (tag === 'br') return void (this.#inline = `${trimEndChars(this.#inline, ' ')}\n`);
    if (tag === 'pre') return this.#pre(element);
    if (tag === 'ol' || tag === 'ul') return this.#list(element);
    if (tag === 'td' || tag === 'th') return this.#cell(element);
    const block = BLOCK_TAGS.has(tag);
    if (block) this.#flush();
    if (tag === 'li') this.#setMarker('-');
    for (const child of childNodes(node)) this.render(child);
    if (block) this.#flush();
  }

  finish(): string {
    this.#flush();
    if (this.#marker) this.#blocks.push(this.#marker);
    return this.#blocks.join('\n\n');
  }

  #text(value: string): void {
    // HTML collapses ASCII whitespace only; U+00A0 and other spaces are content.
    let text = value.replace(/[ \t\n\r\f]+/g, ' ');
    if (text.startsWith(' ') && (this.#inline === '' || /[ \n]$/.test(this.#inline))) text = text.slice(1);
    this.#inline += text;
  }

  /** Items numbered as the browser would: `start`, `value`, `reversed`, `type`. */
  #list(list: Element): void {
    this.#flush();
    const ordered = list.localName === 'ol';
    const items = [...childElements(list)].filter((child) => child.localName === 'li');
    const reversed = ordered && list.hasAttribute('reversed');
    const start = integerAttribute(list, 'start');
    let n = start ?? (reversed ? items.length : 1);
    const numbering = listNumbering(list.getAttribute('type'), list.getAttribute('style'));
    for (const child of childNodes(list)) {
      if (child.nodeType !== ELEMENT_NODE || (child as Element).localName !== 'li') {
        this.render(child);
        continue;
      }
      const item = child as Element;
      n = integerAttribute(item, 'value') ?? n;
      this.#flush();
      this.#setMarker(ordered ? listMarker(n, numbering) : '-');
      for (const grandchild of childNodes(item)) this.render(grandchild);
      this.#flush();
      n += reversed ? -1 : 1;
    }
    this.#flush();
  }

  #setMarker(marker: string): void {
    // An item whose first content is a nested list keeps its own marker as a block.
    if (this.#marker) this.#blocks.push(this.#marker);
    this.#marker = marker;
  }

  #pre(element: Element): void {
    this.#flush();
    const text = (element.textContent ?? '').replace(/^\n/, '').trimEnd();
    if (text) this.#push(text);
  }

  /** Table cells: inline, separated by a tab within their row. */
  #cell(element: Element): void {
    if (this.#inline !== '' && !this.#inline.endsWith('\n')) this.#inline = `${trimEndChars(this.#inline, ' ')}\t`;
    for (const child of childNodes(element)) this.render(child);
  }

  #flush(): void {
    const lines = this.#inline.split('\n').map((line) => trimChars(line, ' \t'));
    this.#inline = '';
    const text = trimChars(lines.join('\n').replace(/\n{3,}/g, '\n\n'), '\n');
    if (text) this.#push(text);
  }

  #push(text: string): void {
    this.#blocks.push(this.#marker ? `${this.#marker} ${text}` : text);
    this.#marker = '';
  }
}

function isHidden(element: Element): boolean {
  return (
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true' ||
    /display\s*:\s*none/i.test(element.getAttribute('style') ?? '')
  );
}

function integerAttribute(element: Element, name: string): number | undefined {
  const value = element.getAttribute(name);
  return value !== null && /^\s*-?\d+\s*$/.test(value) ? Number.parseInt(value, 10) : undefined;
}
