/**
 * @module page-chrome
 * Finds the site chrome of a web page that semantic tags do not mark: `<div class="cookie-banner">`,
 * `<div id="menu">`, `<ul class="related-articles">`. The words are data
 * (`data/lexicons/document-structure.json`, `pageChromeWords`).
 */
import { structureLexicon } from '../structure/structure-lexicon.ts';

/** An element holding at least this share of the page's text is the page, whatever its class. */
const MAX_SHARE_OF_PAGE = 0.5;

/**
 * Removes the chrome-named elements under `root`, except those that hold the document (its
 * `h1`, `article` or `main`, or half the text): "page-with-sidebar" may wrap everything.
 * @example removePageChrome(document.body)
 */
export function removePageChrome(root: Element): void {
  const total = textLength(root);
  for (const element of Array.from(root.querySelectorAll('[class], [id]'))) {
    if (!root.contains(element) || !isChromeNamed(element)) continue;
    if (element.querySelector('h1, article, main') || textLength(element) >= MAX_SHARE_OF_PAGE * total) continue;
    element.remove();
  }
}

/** True when a word of the element's class or id names chrome. @example isChromeNamed(div) // class="cookie-banner" */
export function isChromeNamed(element: Element): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
  const known = structureLexicon().pageChromeWords;
  return names.split(/[-_\s]+/).some((word) => known.has(word));
}

function textLength(element: Element): number {
  return (element.textContent ?? '').replace(/\s+/g, '').length;
}
