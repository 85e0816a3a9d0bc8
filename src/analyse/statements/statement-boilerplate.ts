/**
 * @module statement-boilerplate
 * The matchers of `data/lexicons/statement-boilerplate.json`, built once per lexicon: meeting boilerplate, closing
 * formulas, signature lines, the speakers' words and the adverbs before a second verb (see split-statements).
 */
import type { Lexicons } from '../shared/load-lexicons.ts';
import { anyOf, compileOnce } from '../shared/compile-once.ts';

export interface BoilerplateMatchers {
  /** Attendance, adoption of the text, notes about the text. */
  readonly boilerplate: readonly RegExp[];
  readonly closing: RegExp;
  readonly signatureLine: RegExp;
  readonly actorWord: RegExp;
  /** "and" (with an adverb) just before a second verb. */
  readonly splitBefore: RegExp;
  /** A page's metadata line ("Source: …"). */
  readonly metadataLine: RegExp;
}

/** The matchers of the lexicon. @example boilerplateOf(lexicons.statementBoilerplate).closing.test('Done at Astana') */
export const boilerplateOf = compileOnce((lex: Lexicons['statementBoilerplate']): BoilerplateMatchers => {
  const a = lex.adoption;
  const c = lex.closing;
  return {
    boilerplate: [
      new RegExp(String.raw`\b(?:${anyOf(lex.attendance.words)})\b`, 'i'),
      new RegExp(String.raw`\b(?:${anyOf(a.verbs)}) the following\b`, 'i'),
      new RegExp(
        String.raw`\b(?:${anyOf(a.verbs)})\s+(?:${anyOf(a.determiners)})\s+(?:joint\s+)?(?:${anyOf(a.documents)})`,
        'i',
      ),
      new RegExp(String.raw`\b(?:${anyOf(lex.aboutText.words)})\b`, 'i'),
      new RegExp(String.raw`\b(?:${anyOf(lex.aboutText.notes)})\b`, 'i'),
    ],
    closing: new RegExp(
      // "Fait à Dakar": a place word may end in an accented letter, which \b does not see.
      String.raw`^(?:${anyOf(c.verbs)})\s+(?:${anyOf(c.places)})(?![\w\u00C0-\u024F])` +
        String.raw`|\b(?:shall|will)\s+(?:${anyOf(c.finalClauses)})\b|\b(?:${anyOf(c.copies)})\b`,
      'i',
    ),
    signatureLine: new RegExp(
      String.raw`^\s*(?:(?:${anyOf(lex.signatoryLeads.words)})\s+(?:the\s+)?[A-Z\u00C0-\u00DD\u0400-\u04FF].{0,80}` +
        String.raw`|(?:(?:the\s+)?(?:${anyOf(lex.signatoryTitles.words)})\b.{0,90}))$`,
      'i',
    ),
    actorWord: new RegExp(
      String.raw`\b(?:${anyOf(lex.actorWords.determiners)}) (?:${anyOf(lex.actorWords.nouns)})\b`,
      'i',
    ),
    splitBefore: new RegExp(
      String.raw`(?:,\s*|\s)(?:${anyOf(lex.splitConjunctions.words)})\s+(?:(?:${anyOf(lex.splitAdverbs.words)})\s+)?$`,
      'i',
    ),
    metadataLine: new RegExp(String.raw`^(?:${anyOf(lex.metadataLabels.words)})\s*:`, 'i'),
  };
});
