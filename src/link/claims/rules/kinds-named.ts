/**
 * @module kinds-named
 * The kinds of primary document a claim names ("the joint communiqué", "a treaty"), from the
 * claim cues' `documentKinds` (data/lexicons/claim-cues.json).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../../../analyse/shared/load-lexicons.ts';

let kinds: readonly [RegExp, string][] | undefined;

function kindWords(): readonly [RegExp, string][] {
  kinds ??= Object.entries(
    JSON.parse(readFileSync(join(DATA_DIR, 'lexicons', 'claim-cues.json'), 'utf8')).documentKinds as Record<
      string,
      string
    >,
  ).map(([kind, word]) => [new RegExp(`(?<![\\p{L}])${word}`, 'iu'), kind]);
  return kinds;
}

/** The GUIDE kinds of document the text names. @example kindsNamed('signed the treaty') // ['treaty'] */
export function kindsNamed(text: string): string[] {
  return kindWords()
    .filter(([re]) => re.test(text))
    .map(([, kind]) => kind);
}
