/**
 * @module reference-people
 * Names of people rather than of the body they belong to ("the Pacific Islands Forum Leaders", "the Leaders of the
 * Group of Seven", "States Parties to the Rarotonga Treaty"): the nouns for people are data (reference-heads.json
 * `peopleNouns`), and names of the ties between parties ("… Dialogue Relations", `relationNouns`).
 */
import type { Lexicons } from '../shared/load-lexicons.ts';
import { anyOf, compileOnce } from '../shared/compile-once.ts';

/** The people nouns' test before a body's name ("Leaders of the "), built once per lexicon. */
const prefix = compileOnce((lex: Lexicons['referenceHeads']) => {
  const people = anyOf([...(lex.peopleNouns?.words ?? []), 'Parties']);
  return new RegExp(String.raw`^(?:States\s+)?(?:${people})\s+(?:of|to)\s+(?:the\s+)?(?=[A-Z])`);
});

/**
 * "Leaders of the ", "States Parties to the ": a noun for people opening a name, with its "of"/"to" and article.
 * @example peoplePrefix('Leaders of the Group of Seven', lexicons) === 'Leaders of the '
 */
export function peoplePrefix(name: string, lexicons: Lexicons): string | null {
  return prefix(lexicons.referenceHeads).exec(name)?.[0] ?? null;
}

/**
 * The name ends in a noun for people (`peopleNouns`) that is not the object of "of"/"to" inside the name.
 * @example namesPeople('Pacific Islands Forum Leaders', lexicons) === true
 */
export function namesPeople(name: string, lexicons: Lexicons): boolean {
  const words = lexicons.referenceHeads.peopleNouns?.words ?? [];
  const m = /(?:^|\s)(\S+)\s+(\S+)$/.exec(name);
  return !!m && words.includes(m[2]) && !/^(?:of|to|the|and)$/i.test(m[1]);
}

/**
 * The name ends in a noun for a relationship (`relationNouns`): the ties between parties, not a thing.
 * @example namesRelation('Island-Union Dialogue Relations', lexicons) === true
 */
export function namesRelation(name: string, lexicons: Lexicons): boolean {
  const last = /(\S+)$/.exec(name.trim())?.[1] ?? '';
  return (lexicons.referenceHeads.relationNouns?.words ?? []).includes(last);
}
