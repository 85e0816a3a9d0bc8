/**
 * @module founding-texts
 * An organisation named as the owner of its founding text ("the UN Charter", "the Charter of the United Nations",
 * "the ASEAN Charter") is cited for the text's principles: neither the organisation nor the charter is a reference
 * (the words are data: reference-heads.json `foundingTexts`).
 */
import type { Lexicons } from '../shared/load-lexicons.ts';
import { anyOfPhrases, compileOnce } from '../shared/compile-once.ts';
import { kbMatchers } from '../shared/kb-matchers.ts';

interface FoundingPatterns {
  /** Right after an organisation's name: " Charter". */
  after: RegExp;
  /** Right before it: "Charter of the ". */
  before: RegExp;
  /** A whole name that is a founding text: "Charter of the United Nations". */
  name: RegExp;
  /** A name ending in a founding text's word, and what comes before it: "UN Charter". */
  owned: RegExp;
}

const patterns = compileOnce((list: { words: readonly string[] }): FoundingPatterns => {
  const words = anyOfPhrases(list.words);
  return {
    // Lower case too: "the principles of the UN charter".
    after: new RegExp(String.raw`^\s+(?:${words})\b`, 'i'),
    before: new RegExp(String.raw`\b(?:${words})\s+of\s+(?:the\s+)?$`),
    name: new RegExp(String.raw`^(?:${words})\s+of\b`),
    owned: new RegExp(String.raw`^(?:the\s+)?(.*?)\s*\b(?:${words})$`),
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
 * @example isFoundingText('Olympic Charter', lexicons) === false
 */
export function isFoundingText(name: string, lexicons: Pick<Lexicons, 'referenceHeads' | 'kb'>): boolean {
  const list = lexicons.referenceHeads.foundingTexts;
  if (!list?.words.length) return false;
  const p = patterns(list);
  if (p.name.test(name)) return true;
  // "the ASEAN Charter", "the United Nations Charter" name their organisation (an acronym, a listed group, a name
  // ending in a body's head noun); "the Inter-American Democratic Charter" is a text of its own.
  const owner = p.owned.exec(name)?.[1];
  if (owner === undefined) return false;
  if (!owner || /^[A-Z]{2,8}$/.test(owner)) return true;
  const last = owner.split(/\s+/).at(-1) ?? '';
  if (lexicons.referenceHeads.heads.organization.includes(last)) return true;
  const org = kbMatchers(lexicons.kb).groups.find(owner)[0];
  return !!org && org.start === 0 && org.end === owner.length;
}
