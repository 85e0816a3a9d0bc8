/**
 * @module accredited-to
 * "U.S. Mission to ASEAN", "Permanent Delegation to the OSCE": a diplomatic post named by whom it is accredited to
 * is a body, however its head noun otherwise reads ("100 Days Mission" is a programme).
 */
import type { Scan } from './scan.ts';

/**
 * One past the end of "to (the) <state or body>" after the head at `h` when the head names a diplomatic post
 * (`entity-org-heads.json` `accredited`), else -1.
 * @example "U.S. Mission to ASEAN" at "Mission" → the token after "ASEAN"
 */
export function accreditedTo(scan: Scan, h: number): number {
  const { tokens } = scan;
  if (!scan.lex.orgAccreditedHeads.has(tokens[h].norm) || tokens[h + 1]?.norm !== 'to' || !tokens[h + 1].joined)
    return -1;
  let k = h + 2;
  if (tokens[k]?.norm === 'the' && tokens[k].joined) k++;
  const i = tokens[k]?.joined ? scan.covered[k] : -1;
  const type = i >= 0 ? scan.mentions[i].value.type : undefined;
  if (type !== 'country' && type !== 'organization') return -1;
  while (k < tokens.length && scan.covered[k] === i) k++;
  return k;
}
