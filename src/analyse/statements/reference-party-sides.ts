/**
 * @module reference-party-sides
 * What a statement names that is the document's own voice rather than something it refers to: in a format named by
 * its sides ("ASEAN–US", "EU–US"), a side that is an organisation speaks as a party where its name only marks what
 * belongs to it ("ASEAN's efforts", "ASEAN Centrality") or stands beside the other side ("in ASEAN and the United
 * States"); and a text named with a demonstrative ("this Declaration") is the document itself. The words are data
 * (reference-heads.json `partySides`, `ownText`; actors.json `memberNouns`).
 */
import type { KbView } from '../shared/kb-view.ts';
import type { Lexicons } from '../shared/load-lexicons.ts';
import { anyOfPhrases, compileOnce } from '../shared/compile-once.ts';
import { kbMatchers } from '../shared/kb-matchers.ts';
import { frameKey, type FrameMeeting } from './reference-frame.ts';

/**
 * Keys (`frameKey`) of the names of the organisations that are sides of the document's format.
 * @example partySides(view, { format: 'ASEAN–US' }).has(frameKey('Association of Southeast Asian Nations'))
 */
export function partySides(view: KbView, meeting: FrameMeeting | null): ReadonlySet<string> {
  const format = meeting?.format;
  if (!format) return EMPTY;
  // Asked once per statement, and each answer walks every knowledge-base group: kept per view and format.
  let byFormat = cache.get(view);
  if (!byFormat) cache.set(view, (byFormat = new Map()));
  let out = byFormat.get(format);
  if (!out) byFormat.set(format, (out = build(view, format)));
  return out;
}

const EMPTY: ReadonlySet<string> = new Set();
const cache = new WeakMap<KbView, Map<string, ReadonlySet<string>>>();

function build(view: KbView, format: string): ReadonlySet<string> {
  const out = new Set<string>();
  const sides = format.split(/\s*[–—]\s*|\s+\+\s+/);
  if (sides.length < 2) return out;
  for (const side of sides.map(frameKey)) {
    const group = view.groups.find((g) => !g.formatName?.match(/[–—]/) && g.names.some((n) => frameKey(n) === side));
    for (const n of group ? [group.name, ...group.names] : []) out.add(frameKey(n));
  }
  return out;
}

const patterns = compileOnce((lexicons: Lexicons) => ({
  keep: new RegExp(
    String.raw`^\s+(?:(?:${anyOfPhrases(lexicons.actors.memberNouns.nouns)})|` +
      String.raw`(?:${anyOfPhrases(lexicons.referenceHeads.partySides?.words ?? [])}))\b`,
    'i',
  ),
  own: new RegExp(String.raw`\b(?:${anyOfPhrases(lexicons.referenceHeads.ownText?.words ?? [])})\s+$`, 'i'),
}));

/**
 * The side's name at `text[start, end)` marks what belongs to the party, or stands beside another party.
 * @example speaksAsParty('We support ASEAN’s efforts.', 11, 16, lexicons) === true
 */
export function speaksAsParty(text: string, start: number, end: number, lexicons: Lexicons): boolean {
  const after = text.slice(end, end + 60);
  if (/^['’]/.test(after)) return true;
  const countries = kbMatchers(lexicons.kb).countries;
  const and = /^\s+(?:and|or)\s+(?:the\s+)?/.exec(after);
  if (and && countries.find(after.slice(and[0].length)).some((h) => h.start === 0)) return true;
  const before = text.slice(Math.max(0, start - 60), start);
  const joined = /\s+(?:and|or)\s+(?:the\s+)?$/.exec(before);
  const left = joined ? before.slice(0, joined.index) : '';
  if (joined && countries.find(left).some((h) => h.end === left.length)) return true;
  if (!/^[\s-]+\S/.test(after) || patterns(lexicons).keep.test(after)) return false;
  // A word after it that is no function word: the name qualifies it ("ASEAN Centrality", "ASEAN agreements").
  return true;
}

/**
 * The text named at `start` in `text` is the document itself ("this Golden Gate Declaration").
 * @example namesOwnText('as set out in this Joint Declaration', 'Joint Declaration', 21, lexicons) === true
 */
export function namesOwnText(text: string, name: string, start: number, lexicons: Lexicons): boolean {
  const own = patterns(lexicons).own;
  return own.test(text.slice(Math.max(0, start - 16), start)) || own.test(`${name.split(/\s+/)[0]} `);
}
