/**
 * @module document-name-rule
 * Standing texts named around a document head noun ("Pacific Islands Forum Declaration on Preserving Maritime Zones …",
 * "WTO Agreement on Fisheries Subsidies", "Pacific Leaders Gender Equality Declaration"): initiatives in GUIDE.md's
 * reading, linked to the knowledge base when listed, else new (`entities:pattern/document`). A meeting's own outcome
 * is none: a name the text adopts, signs or issues, or that is the document's title or a heading, is left alone.
 */
import { fold } from '../../knowledge/fold.ts';
import { valueOf } from './alias-rule.ts';
import { newEntityId } from './entity-mention.ts';
import { namesSomethingAfter, placeNamed } from './initiative-pattern-rule.ts';
import { cleanName } from './org-pattern-rule.ts';
import { growLeft, growRight } from './pattern-span.ts';
import {
  addMention,
  foundWhole,
  listedRecord,
  mentionAt,
  spanText,
  entityRule,
  type EntityRule,
  type Scan,
} from './scan.ts';

/** Adds initiative mentions of standing texts found by their head noun. */
export const documentNameRule: EntityRule = entityRule(findDocumentNames);

interface Found {
  readonly from: number;
  readonly to: number;
  readonly key: string;
}

function findDocumentNames(scan: Scan): void {
  const found: Found[] = [];
  for (let h = 0; h < scan.tokens.length; h++) {
    const span = documentSpan(scan, h);
    if (!span) continue;
    found.push({ ...span, key: fold(spanText(scan, span.from, span.to)) });
    h = span.to - 1;
  }
  // The meeting's own text: adopted or signed somewhere in the document, or its title.
  const own = new Set(found.filter((f) => adopted(scan, f) || inTitle(scan, f)).map((f) => f.key));
  for (const f of found) {
    if (own.has(f.key)) continue;
    const text = spanText(scan, f.from, f.to);
    const known = listedRecord(scan, text, 'initiative');
    const value = known
      ? valueOf(known)
      : { entityId: newEntityId('initiative', text), type: 'initiative' as const, name: cleanName(text), known: false };
    addMention(scan, f.from, f.to, {
      start: scan.tokens[f.from].start,
      end: scan.tokens[f.to - 1].end,
      value,
      source: 'entities:pattern/document',
      confidence: known ? 0.85 : 0.5,
    });
  }
}

// The name around a document head at token h, when it names one text: an object after the head ("… on Regional
// Security") or two name words before it besides generic ones ("Joint", "Final"); never after "a"/"an".
function documentSpan(scan: Scan, h: number): { from: number; to: number } | undefined {
  const { tokens, lex } = scan;
  const t = tokens[h];
  if (!t.cap || !lex.documentHeads.has(t.norm) || scan.covered[h] >= 0) return undefined;
  let from = growLeft(scan, h, true);
  while (from < h && (tokens[from].norm === 'the' || lex.openers.has(tokens[from].norm))) from++;
  if (from > 0 && /^an?$/.test(tokens[from - 1].norm) && tokens[from].joined) return undefined;
  if (afterMembersPossessive(scan, from)) return undefined;
  const to = outcomeOfMeeting(scan, h) ? h + 1 : growRight(scan, h, false, true);
  if (to - from < 2 || foundWhole(scan, from, to)) return undefined;
  // "Cotonou Agreement": a city alone names a treaty signed there (a meeting's own text is left out below).
  if (nameWordsBefore(scan, from, h) < 2 && !namesSomethingAfter(scan, h, to) && !placeNamed(scan, from, h))
    return undefined;
  return { from, to };
}

// "Declaration of the 2nd Summit", "Charter of the United Nations": a body's or meeting's text is named by the body.
function outcomeOfMeeting(scan: Scan, h: number): boolean {
  let k = h + 1;
  if (scan.tokens[k]?.norm !== 'of') return false;
  if (scan.tokens[k + 1]?.norm === 'the') k++;
  const m = mentionAt(scan, k + 1);
  return !!m && (m.value.type === 'organization' || m.value.type === 'event');
}

// "APEC Leaders’ Golden Gate Declaration": the text of the meeting whose members are named possessive before it.
function afterMembersPossessive(scan: Scan, from: number): boolean {
  const before = scan.tokens[from - 1];
  return (
    !!before &&
    scan.lex.documentOfMeeting.has(before.norm) &&
    /^['’]\s+$/.test(scan.text.slice(before.end, scan.tokens[from].start))
  );
}

// Name words before the head: each found name counts once, generic words ("Joint", "Leaders'") none.
function nameWordsBefore(scan: Scan, from: number, h: number): number {
  let n = 0;
  for (let k = from; k < h; k++) {
    const i = scan.covered[k];
    if (i >= 0 && k > from && scan.covered[k - 1] === i) continue;
    if (i < 0 && scan.lex.documentGeneric.has(scan.tokens[k].norm)) continue;
    n++;
  }
  return n;
}

// True when the name stands on a line of its own, the document's title or a heading ("XV BRICS Summit
// Johannesburg II Declaration"): a line that holds at most two words besides the name ("Annex I").
function inTitle(scan: Scan, f: Found): boolean {
  const { text } = scan;
  const start = scan.tokens[f.from].start;
  const end = scan.tokens[f.to - 1].end;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const rest = `${text.slice(lineStart, start)} ${text.slice(end, lineEnd < 0 ? text.length : lineEnd)}`;
  return (rest.match(/\p{L}+/gu) ?? []).length <= 2;
}

// True when the text adopts, signs or issues the name right before it ("signed the Treaty …", "adoption of the …").
function adopted(scan: Scan, f: Found): boolean {
  const start = scan.tokens[f.from].start;
  return scan.lex.adoptionCue.test(scan.text.slice(Math.max(0, start - 40), start));
}
