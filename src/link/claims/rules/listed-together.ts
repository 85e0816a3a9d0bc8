/**
 * @module listed-together
 * Which states a claim lists together: runs of country mentions joined only by commas or a
 * list conjunction (data/lexicons/list-conjunctions.json). "The ministers of Kazakhstan, …,
 * Uzbekistan and Mongolia agreed" is one run; "With North Korea and China in mind, the leaders
 * agreed" names a run apart from the actors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../../../analyse/shared/load-lexicons.ts';
import type { CheckedClaim } from '../claim-facts.ts';

let joiners: readonly string[] | undefined;

/** The list conjunctions of the corpora's languages ("and", "as well as", "и"). */
export function conjunctions(): readonly string[] {
  joiners ??= JSON.parse(readFileSync(join(DATA_DIR, 'lexicons', 'list-conjunctions.json'), 'utf8')).words;
  return joiners!;
}

/** The runs of states (ISO codes) the claim lists, in text order. */
export function listedTogether(claim: CheckedClaim): string[][] {
  const countries = claim.mentions
    .filter((m) => m.value.type === 'country' && m.value.country)
    .sort((a, b) => a.start - b.start);
  const runs: string[][] = [];
  let last: (typeof countries)[number] | undefined;
  for (const m of countries) {
    const gap = last ? claim.text.slice(last.end - claim.claim.start, m.start - claim.claim.start) : null;
    if (gap !== null && joins(gap)) runs[runs.length - 1]!.push(m.value.country!);
    else runs.push([m.value.country!]);
    last = m;
  }
  return runs;
}

function joins(gap: string): boolean {
  const rest = gap.replace(/,/g, ' ').trim().toLowerCase();
  return rest === '' || conjunctions().includes(rest);
}
