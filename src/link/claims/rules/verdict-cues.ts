/**
 * @module verdict-cues
 * The verdict rules' words, read once from the claim cues (data/lexicons/claim-cues.json): the
 * kinds of primary document a claim names ("the joint communiqué", "a treaty"), the words of
 * denial, and the fragments a count of signatories is read with (signatory-count).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../../../analyse/shared/load-lexicons.ts';

interface VerdictCues {
  readonly kinds: readonly [RegExp, string][];
  readonly denial: RegExp;
  /** Alternations (regular-expression fragments) around a count: its nouns, the words between, what joins a name. */
  readonly count: { readonly stateNouns: string; readonly companions: string; readonly joiners: string };
}

let cues: VerdictCues | undefined;

/** The compiled cues. @example verdictCues().denial.test('opposed') === true */
export function verdictCues(): VerdictCues {
  if (cues) return cues;
  const raw = JSON.parse(readFileSync(join(DATA_DIR, 'lexicons', 'claim-cues.json'), 'utf8'));
  cues = {
    kinds: Object.entries(raw.documentKinds as Record<string, string>).map(([kind, word]) => [
      new RegExp(`(?<![\\p{L}])${word}`, 'iu'),
      kind,
    ]),
    denial: new RegExp(`(?<![\\p{L}])(?:${raw.denial})(?![\\p{L}])`, 'iu'),
    count: { stateNouns: raw.stateNouns, companions: raw.countCompanions, joiners: raw.countJoiners },
  };
  return cues;
}

/** The GUIDE kinds of document the text names. @example kindsNamed('signed the treaty') // ['treaty'] */
export function kindsNamed(text: string): string[] {
  return verdictCues()
    .kinds.filter(([re]) => re.test(text))
    .map(([, kind]) => kind);
}
