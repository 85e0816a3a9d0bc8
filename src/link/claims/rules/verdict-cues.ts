/**
 * @module verdict-cues
 * The verdict rules' words, read once from the claim cues (data/lexicons/claim-cues.json): the
 * kinds of primary document a claim names ("the joint communiqué", "a treaty") and the words of
 * denial.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../../../analyse/shared/load-lexicons.ts';

interface VerdictCues {
  readonly kinds: readonly [RegExp, string][];
  readonly denial: RegExp;
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
  };
  return cues;
}

/** The GUIDE kinds of document the text names. @example kindsNamed('signed the treaty') // ['treaty'] */
export function kindsNamed(text: string): string[] {
  return verdictCues()
    .kinds.filter(([re]) => re.test(text))
    .map(([, kind]) => kind);
}
