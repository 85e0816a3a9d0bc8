/**
 * @module event-pattern-rule
 * Named conferences, forums, summits and sessions not tied to a known format
 * ("Samarkand International Climate Forum", "High-Level International Conference on
 * Glacier Conservation", "43rd session of the UNESCO General Conference"): new events unless
 * the knowledge base lists the name (`entities:pattern/event`).
 */
import { fold } from '../../knowledge/fold.ts';
import { valueOf } from './alias-rule.ts';
import { newEntityId } from './entity-mention.ts';
import { cleanName } from './org-pattern-rule.ts';
import { ordinalOf } from './ordinal.ts';
import { growLeft, growRight } from './pattern-span.ts';
import { addMention, mentionAt, spanText, type Scan } from './scan.ts';

/** Adds event mentions found by event head noun. */
export function eventPatternRule(scan: Scan): void {
  const { tokens, lex } = scan;
  for (let h = 0; h < tokens.length; h++) {
    const t = tokens[h];
    if (scan.covered[h] >= 0 || !lex.eventHeads.has(t.norm)) continue;
    const ordinalBefore = h > 0 && tokens[h].joined && ordinalOf(tokens[h - 1], lex) !== undefined;
    let from: number, to: number;
    if (t.cap) {
      from = growLeft(scan, h);
      to = growRight(scan, h);
    } else {
      // "43rd session of the UNESCO General Conference": a lower-case head needs an ordinal and a name after it.
      to = growRight(scan, h);
      if (!ordinalBefore || to === h + 1) continue;
      from = h - 1;
    }
    if (from === h && ordinalBefore) from = h - 1;
    // "the second China–Central Asia … Forum": the edition opens the name.
    if (from > 0 && tokens[from].joined && ordinalOf(tokens[from - 1], lex) !== undefined) from--;
    while (from < h && scan.tokens[from].norm === 'the') from++;
    if (to - from < 2) continue;
    if (lex.genericEventHeads.has(t.norm) && to === h + 1 && !ordinalBefore && h - from < 2) continue;
    const inner = mentionAt(scan, from);
    if (inner && inner.start === tokens[from].start && inner.end === tokens[to - 1].end) continue;
    const text = spanText(scan, from, to);
    const known = scan.kb.lookup(fold(text)).map((id) => scan.kb.byId.get(id)).find((r) => r?.type === 'event');
    const value = known ? valueOf(known) : { entityId: newEntityId('event', text), type: 'event' as const, name: cleanName(text), known: false };
    addMention(scan, from, to, { start: tokens[from].start, end: tokens[to - 1].end, value, source: 'entities:pattern/event', confidence: known ? 0.85 : 0.6 });
    h = to - 1;
  }
}
