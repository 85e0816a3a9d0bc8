/**
 * @module source-name
 * The name a later text calls a promise's source text by: its title up to the first
 * preposition ("Los Angeles Declaration on Migration and Protection" → "los angeles
 * declaration"), kept only when it holds a word of its own beside the nouns every title has
 * ("Declaration on U.S.-Pacific Partnership" → "declaration" names no one text). A later
 * text that names the source reports on its promises whatever states it names.
 */
import type { ImplementationLexicon } from './implementation-lexicon.ts';
import { fold, words } from './words.ts';

/**
 * @example sourceName('Los Angeles Declaration on Migration and Protection', lex) // 'los angeles declaration'
 */
export function sourceName(title: string | null | undefined, lex: ImplementationLexicon): string | null {
  if (!title) return null;
  const ws = words(title, lex);
  const cut = ws.findIndex((w) => lex.fillerWords.has(w.form));
  const head = cut < 0 ? ws : ws.slice(0, cut);
  const own = head.filter(
    (w) => !lex.genericWords.has(w.form) && !lex.headNouns.has(w.form) && !lex.documentNouns.has(w.form),
  );
  if (head.length < 2 || !own.length) return null;
  return head.map((w) => w.raw).join(' ');
}

const folded = new WeakMap<object, string>();

/** Whether the text names the source ("the Los Angeles Declaration"), compared folded word by word. */
export function namesSource(name: string, doc: { readonly text: string }): boolean {
  let text = folded.get(doc);
  if (text === undefined) {
    text = ` ${fold(doc.text)
      .split(/[^\p{L}\p{N}]+/u)
      .join(' ')} `;
    folded.set(doc, text);
  }
  return text.includes(` ${name} `);
}
