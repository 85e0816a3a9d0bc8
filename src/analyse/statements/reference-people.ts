/**
 * @module reference-people
 * Names of people rather than of the body they belong to ("the Pacific Islands Forum Leaders", "the Leaders of the
 * Group of Seven", "States Parties to the Rarotonga Treaty"): the nouns for people are data (reference-heads.json
 * `peopleNouns`), and names of the ties between parties ("… Dialogue Relations", `relationNouns`).
 */
import type { Lexicons } from '../shared/load-lexicons.ts';
import { compileOnce } from '../shared/compile-once.ts';

/**
 * "Leaders of the ", "States Parties to the ": a noun for people opening a name, with its "of"/"to" and article.
 * @example peoplePrefix('Leaders of the Group of Seven', lexicons) === 'Leaders of the '
 */
export function peoplePrefix(name: string, lexicons: Lexicons): string | null {
  return peopleOpening(lexicons.referenceHeads).exec(name)?.[0] ?? null;
}

/** Built once per lexicon: asked for every candidate name of every statement. */
const peopleOpening = compileOnce((heads: Lexicons['referenceHeads']) => {
  const words = [...(heads.peopleNouns?.words ?? []), 'Parties'];
  return new RegExp(`^(?:States\\s+)?(?:${words.join('|')})\\s+(?:of|to)\\s+(?:the\\s+)?(?=[A-Z])`);
});

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
