/**
 * @module lazy-jsdom
 * jsdom, loaded on first use. Loading it takes seconds, and most commands (list, search, serve
 * before the first HTML import) never parse HTML, so the readers ask for it only when they do.
 * jsdom is CommonJS, so `require` loads it synchronously inside the (synchronous) HTML reader.
 */
import { createRequire } from 'node:module';
import type * as Jsdom from 'jsdom';

const require = createRequire(import.meta.url);
let loaded: typeof Jsdom | undefined;

/** The JSDOM constructor. @example const dom = new (jsdomConstructor())('<p>x</p>') */
export function jsdomConstructor(): typeof Jsdom.JSDOM {
  loaded ??= require('jsdom') as typeof Jsdom;
  return loaded.JSDOM;
}
