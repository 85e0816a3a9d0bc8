/**
 * @module acronym-list-rule
 * Acronyms listed as examples of organisations ("heads of such international organizations as
 * the CIS, ECO, CICA, CSTO, EEC, and PSOE"): each one the knowledge base does not know is a new
 * organisation named by its acronym (`entities:pattern/org-list`).
 */
import { newEntityId } from './entity-mention.ts';
import { addMention, entityRule, type EntityRule, type Scan } from './scan.ts';

/** The acronym token indexes of a list that starts at token k: "the CIS, ECO, and CSTO". */
export function acronymList(scan: Scan, k: number): number[] {
  const { tokens } = scan;
  const out: number[] = [];
  for (; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.norm === 'the' || (t.norm === 'and' && out.length > 0)) continue;
    if (!t.upper || t.norm.length > 8 || (out.length > 0 && !listGap(scan, k))) break;
    out.push(k);
  }
  return out;
}

// A comma, "and" or a space separates listed items; a full stop or bracket ends the list.
function listGap(scan: Scan, k: number): boolean {
  const gap = scan.text.slice(scan.tokens[k - 1].end, scan.tokens[k].start);
  return /^[\s,]*$/.test(gap);
}

/** Adds organisation mentions for unknown acronyms listed after an organisations cue. */
export const acronymListRule: EntityRule = entityRule(findAcronymList);

function findAcronymList(scan: Scan): void {
  const { tokens } = scan;
  const { nouns, openers } = scan.lex.orgListCues;
  for (let k = 0; k < tokens.length; k++) {
    if (!nouns.has(tokens[k].norm)) continue;
    const opener = openers.find((o) => o.every((w, i) => tokens[k + 1 + i]?.norm === w && tokens[k + 1 + i].joined));
    if (!opener) continue;
    const listed = acronymList(scan, k + 1 + opener.length);
    // One acronym may be anything; two or more after the cue are a list of organisations.
    if (listed.length < 2) continue;
    for (const i of listed) {
      if (scan.covered[i] >= 0) continue;
      const name = scan.text.slice(tokens[i].start, tokens[i].end);
      addMention(scan, i, i + 1, {
        start: tokens[i].start,
        end: tokens[i].end,
        value: { entityId: newEntityId('organization', name), type: 'organization', name, known: false },
        source: 'entities:pattern/org-list',
        confidence: 0.6,
      });
    }
  }
}
