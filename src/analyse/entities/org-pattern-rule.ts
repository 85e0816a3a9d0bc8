/**
 * @module org-pattern-rule
 * Bodies named by a capitalised sequence around an institution head noun ("… Council",
 * "Ministry of Foreign Affairs of Kazakhstan", "Regional AI Center"), linked to the knowledge
 * base when the whole name is listed, else new (`entities:pattern/org-suffix`, known: false).
 */
import { valueOf } from './alias-rule.ts';
import { newEntityId } from './entity-mention.ts';
import { growLeft, growRight, pastArticles } from './pattern-span.ts';
import { namesLeaderTerm } from './leader-term.ts';
import { accreditedTo } from './accredited-to.ts';
import { addMention, foundWhole, listedRecord, spanText, entityRule, type EntityRule, type Scan } from './scan.ts';

/** Adds organisation mentions found by head noun. */
export const orgPatternRule: EntityRule = entityRule(findOrgPattern);

function findOrgPattern(scan: Scan): void {
  const { tokens, lex } = scan;
  for (let h = 0; h < tokens.length; h++) {
    const t = tokens[h];
    const accredited = t.cap ? accreditedTo(scan, h) : -1;
    if (!t.cap || scan.covered[h] >= 0 || lex.eventHeads.has(t.norm)) continue;
    if (!lex.orgHeads.has(t.norm) && accredited < 0) continue;
    const phrase = headPhraseStart(scan, h);
    if (phrase < 0) continue;
    const opener = lex.orgOpeners.has(tokens[phrase].norm);
    let from = Math.min(growLeft(scan, h), phrase);
    from = withoutLeadingRole(scan, from, phrase);
    const placed = opener && lex.orgPlacedHeads.has(tokens[h].norm);
    const to = accredited >= 0 ? accredited : opener || from < h ? growRight(scan, h, placed) : h + 1;
    from = pastArticles(scan, from, h);
    if (to - from < 2) continue;
    if (lex.orgWeakHeads.has(t.norm) && h - from < 2 && to === h + 1) continue;
    if (to === h + 1 && namesLeaderTerm(scan, from, h)) continue;
    if (foundWhole(scan, from, to)) continue;
    const text = spanText(scan, from, to);
    const known = listedRecord(scan, text, 'organization');
    const value = known
      ? valueOf(known)
      : {
          entityId: newEntityId('organization', text),
          type: 'organization' as const,
          name: cleanName(text),
          known: false,
        };
    addMention(
      scan,
      from,
      to,
      {
        start: tokens[from].start,
        end: tokens[to - 1].end,
        value,
        source: 'entities:pattern/org-suffix',
        confidence: known ? 0.9 : 0.6,
      },
      true,
    );
    h = to - 1;
  }
}

/**
 * Where the head phrase ending at `h` starts: `h` for a one-word head, the first word of a
 * multi-word head ("Consulate General"), or -1 when `h` is only the tail of a multi-word head
 * that is not printed ("Secretary-General" is no "Consulate-General").
 */
function headPhraseStart(scan: Scan, h: number): number {
  const tails = scan.lex.orgHeadTails.get(scan.tokens[h].norm);
  if (!tails) return h;
  for (const before of tails) {
    const s = h - before.length;
    if (s >= 0 && before.every((w, i) => scan.tokens[s + i].norm === w && scan.tokens[s + i + 1].joined)) return s;
  }
  return -1;
}

/**
 * Drops a role printed before the name ("Chairman Ministry …" → "Ministry …"), but only when it
 * holds a title word: "State Committee", "Executive Committee" keep their modifier.
 */
function withoutLeadingRole(scan: Scan, from: number, head: number): number {
  const { tokens, lex } = scan;
  let k = from;
  let lastTitle = -1;
  while (
    k < head &&
    (lex.roleHeads.has(tokens[k].norm) || lex.roleModifiers.has(tokens[k].norm)) &&
    !lex.orgHeads.has(tokens[k].norm)
  ) {
    if (lex.roleHeads.has(tokens[k].norm) && !lex.roleModifiers.has(tokens[k].norm)) lastTitle = k;
    k++;
  }
  return lastTitle >= 0 ? k : from;
}

/** A printed name without quotes and with single spaces, for new entities. */
export function cleanName(text: string): string {
  return text
    .replace(/[“”„«»"]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
