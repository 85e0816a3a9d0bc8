/**
 * @module org-pattern-rule
 * Bodies named by a capitalised sequence around an institution head noun ("… Council",
 * "Ministry of Foreign Affairs of Kazakhstan", "Regional AI Center"), linked to the knowledge
 * base when the whole name is listed, else new (`entities:pattern/org-suffix`, known: false).
 */
import { fold } from '../../knowledge/fold.ts';
import { valueOf } from './alias-rule.ts';
import { newEntityId } from './entity-mention.ts';
import { growLeft, growRight } from './pattern-span.ts';
import { addMention, mentionAt, spanText, type Scan } from './scan.ts';

/** Adds organisation mentions found by head noun. */
export function orgPatternRule(scan: Scan): void {
  const { tokens, lex } = scan;
  for (let h = 0; h < tokens.length; h++) {
    const t = tokens[h];
    if (!t.cap || !lex.orgHeads.has(t.norm) || scan.covered[h] >= 0 || lex.eventHeads.has(t.norm)) continue;
    let from = growLeft(scan, h);
    while (from < h && (lex.roleHeads.has(tokens[from].norm) || lex.roleModifiers.has(tokens[from].norm)) && !lex.orgHeads.has(tokens[from].norm)) from++;
    const to = lex.orgOpeners.has(t.norm) || from < h ? growRight(scan, h, lex.orgOpeners.has(t.norm)) : h + 1;
    while (from < h && scan.tokens[from].norm === 'the') from++;
    if (to - from < 2) continue;
    if (lex.orgWeakHeads.has(t.norm) && h - from < 2 && to === h + 1) continue;
    const inner = mentionAt(scan, from);
    if (inner && inner.start === tokens[from].start && inner.end === tokens[to - 1].end) continue;
    const text = spanText(scan, from, to);
    const known = scan.kb.lookup(fold(text)).map((id) => scan.kb.byId.get(id)).find((r) => r?.type === 'organization');
    const value = known ? valueOf(known) : { entityId: newEntityId('organization', text), type: 'organization' as const, name: cleanName(text), known: false };
    addMention(scan, from, to, { start: tokens[from].start, end: tokens[to - 1].end, value, source: 'entities:pattern/org-suffix', confidence: known ? 0.9 : 0.6 }, true);
    h = to - 1;
  }
}

/** A printed name without quotes and with single spaces, for new entities. */
export function cleanName(text: string): string {
  return text.replace(/[“”„«»"]/g, '').replace(/\s+/g, ' ').trim();
}
