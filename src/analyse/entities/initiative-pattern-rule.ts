/**
 * @module initiative-pattern-rule
 * Initiatives, strategies and programmes named by a capitalised sequence around a head noun
 * ("Turkic World Vision – 2040", "OTS Simplified Customs Corridor", "Border Management Programme
 * in Central Asia"): linked to the knowledge base when the whole name is listed, else new
 * (`entities:pattern/initiative`, known: false).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fold } from '../../knowledge/fold.ts';
import { valueOf } from './alias-rule.ts';
import { newEntityId } from './entity-mention.ts';
import { cleanName } from './org-pattern-rule.ts';
import { growLeft, growRight } from './pattern-span.ts';
import { addMention, mentionAt, spanText, type Scan } from './scan.ts';

interface InitiativeHeads { heads: ReadonlySet<string>; weak: ReadonlySet<string> }
let cached: InitiativeHeads | undefined;

/** The initiative head nouns of data/lexicons/entity-initiative-heads.json (read once). */
export function initiativeHeads(): InitiativeHeads {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(fileURLToPath(new URL('../../../data/lexicons/entity-initiative-heads.json', import.meta.url)), 'utf8')) as { heads: string[]; weak: string[] };
  cached = { heads: new Set(raw.heads.map(fold)), weak: new Set(raw.weak.map(fold)) };
  return cached;
}

/** Adds initiative mentions found by head noun. */
export function initiativePatternRule(scan: Scan): void {
  const { tokens } = scan;
  const { heads, weak } = initiativeHeads();
  for (let h = 0; h < tokens.length; h++) {
    const t = tokens[h];
    if (!t.cap || !heads.has(t.norm) || scan.covered[h] >= 0) continue;
    let from = growLeft(scan, h);
    while (from < h && (tokens[from].norm === 'the' || scan.lex.openers.has(tokens[from].norm))) from++;
    let to = growRight(scan, h, false, true);
    to = withYear(scan, to);
    if (to - from < 2) continue;
    // "Action Plan", "Development Strategy": a weak head needs more than one word before it or a name after it.
    if (weak.has(t.norm) && h - from < 2 && !namesSomethingAfter(scan, h, to)) continue;
    // Already found whole by an earlier rule.
    const inner = mentionAt(scan, from);
    if (inner && inner.start === tokens[from].start && inner.end === tokens[to - 1].end) continue;
    const text = spanText(scan, from, to);
    const known = scan.kb.lookup(fold(text)).map((id) => scan.kb.byId.get(id)).find((r) => r?.type === 'initiative');
    const value = known ? valueOf(known) : { entityId: newEntityId('initiative', text), type: 'initiative' as const, name: cleanName(text), known: false };
    addMention(scan, from, to, { start: tokens[from].start, end: tokens[to - 1].end, value, source: 'entities:pattern/initiative', confidence: known ? 0.85 : 0.55 }, true);
    h = to - 1;
  }
}

// True when the words after the head hold more than places ("Plan of Kazakhstan and Russia" does not); a year counts.
function namesSomethingAfter(scan: Scan, head: number, to: number): boolean {
  for (let k = head + 1; k < to; k++) {
    const m = mentionAt(scan, k);
    if (m ? m.value.type !== 'country' && m.value.type !== 'city' : scan.tokens[k].cap || /^\d+$/.test(scan.tokens[k].norm)) return true;
  }
  return false;
}

// "Turkic World Vision – 2040", "Strategy-2050": a year joined by a dash closes the name.
function withYear(scan: Scan, to: number): number {
  const t = scan.tokens[to];
  if (!t || !/^(19|20)\d\d$/.test(t.norm)) return to;
  const gap = scan.text.slice(scan.tokens[to - 1].end, t.start);
  return /^\s*[-–—]\s*$/.test(gap) ? to + 1 : to;
}
