/**
 * @module founding-texts
 * An organisation named as the owner of its founding text ("the UN Charter", "the Charter of the United Nations",
 * "the ASEAN Charter") is cited for the text's principles: neither the organisation nor the charter is a reference
 * (the words are data: reference-heads.json `foundingTexts`).
 */
import type { Lexicons } from '../shared/load-lexicons.ts';
import { anyOfPhrases, compileOnce } from '../shared/compile-once.ts';

interface FoundingPatterns {
  /** Right after an organisation's name: " Charter". */
  after: RegExp;
  /** Right before it: "Charter of the ". */
  before: RegExp;
  /** A whole name that is a founding text: "UN Charter", "Charter of the United Nations". */
  name: RegExp;
}

const patterns = compileOnce((list: { words: readonly string[] }): FoundingPatterns => {
  const words = anyOfPhrases(list.words);
  return {
    after: new RegExp(String.raw`^\s+(?:${words})\b`),
    before: new RegExp(String.raw`\b(?:${words})\s+of\s+(?:the\s+)?$`),
    name: new RegExp(String.raw`^(?:${words})\s+of\b|\b(?:${words})$`),
  };
});

/**
 * True when the organisation named at `text[start, end)` is the owner of a founding text.
 * @example ownsFoundingText('the UN Charter', 4, 6, lexicons) === true
 */
export function ownsFoundingText(
  text: string,
  start: number,
  end: number,
  lexicons: Pick<Lexicons, 'referenceHeads'>,
): boolean {
  const list = lexicons.referenceHeads.foundingTexts;
  if (!list?.words.length) return false;
  const p = patterns(list);
  return p.after.test(text.slice(end, end + 24)) || p.before.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * True when a name read from the text is a founding text ("Charter of the United Nations").
 * @example isFoundingText('UN Charter', lexicons) === true
 */
export function isFoundingText(name: string, lexicons: Pick<Lexicons, 'referenceHeads'>): boolean {
  const list = lexicons.referenceHeads.foundingTexts;
  return !!list?.words.length && patterns(list).name.test(name);
}
