/**
 * @module meeting-edition
 * The meeting's edition: the first ordinal of a meeting noun in the regions (naming sentence, title, head) that counts
 * this meeting's series, not another's. An ordinal counts another series when it numbers another body's meeting
 * ("on the margins of the 79th session of the UN General Assembly", "the 3rd meeting of the X Dialogue" at foreign
 * ministers' level in a summit's report) or, outside the naming sentence, a summit in a report of another level.
 */
import type { MeetingLevel } from '../../model/layers.ts';
import type { Span } from '../../model/span.ts';
import { kbMatchers } from '../shared/kb-matchers.ts';
import type { Lexicons } from '../shared/load-lexicons.ts';
import { foldKey } from '../shared/name-matcher.ts';
import { type EditionHit, readEditions } from './read-edition.ts';
import { findLevel } from './meeting-format.ts';

/** What the edition is read against. */
export interface EditionFrame {
  readonly lexicons: Lexicons;
  readonly level: MeetingLevel | null;
  /** The format's KB id and names, when known. */
  readonly formatId: string | null;
  readonly formatNames: readonly string[];
  /** Organisations and events the entity step found, in document offsets: a body named after "of the". */
  readonly bodies: readonly (Span & { readonly name: string })[];
}

/** The edition of the first ordinal that counts this meeting's series, or null. */
export function findEdition(regions: readonly { text: string; offset: number }[], frame: EditionFrame): number | null {
  for (const [i, r] of regions.entries()) {
    for (const hit of readEditions(r.text, frame.lexicons.ordinals)) {
      if (i > 0 && hit.noun === 'summit' && frame.level !== 'heads-of-state') continue;
      if (i > 0 && ofAnotherLevel(r.text, hit, frame)) continue;
      if (ofAnotherBody(r, hit, frame)) continue;
      return hit.edition;
    }
  }
  return null;
}

/** Outside the naming sentence, "the first meeting at the Ministerial level" (in a summit report) is another series. */
function ofAnotherLevel(text: string, hit: EditionHit, frame: EditionFrame): boolean {
  if (!frame.level) return false;
  const phrase = text.slice(hit.start, hit.end + 80).split(/[.;:!?]/)[0];
  const level = findLevel([{ text: phrase }], frame.lexicons);
  return level !== null && level !== 'other' && level !== frame.level;
}

const nounOfCache = new Map<string, RegExp>();

/** "<noun> of (the)", compiled once per noun (the nouns are the lexicon's few). */
function nounOf(noun: string): RegExp {
  let re = nounOfCache.get(noun);
  if (!re) nounOfCache.set(noun, (re = new RegExp(String.raw`^[^.;:]*?\b${noun}s?\s+of\s+(?:the\s+)?`, 'i')));
  return re;
}

/** "… session of the UN General Assembly": the noun the ordinal qualifies belongs to another body than the format. */
function ofAnotherBody(r: { text: string; offset: number }, hit: EditionHit, frame: EditionFrame): boolean {
  const after = r.text.slice(hit.end, hit.end + 160);
  const of = nounOf(hit.noun).exec(after);
  if (!of) return false;
  const at = hit.end + of[0].length;
  const tail = r.text.slice(at, at + 100);
  const m = kbMatchers(frame.lexicons.kb);
  const body = m.bodies.find(tail).find((h) => h.start === 0);
  if (body && frame.level !== null && body.value !== frame.level) return true;
  const group = m.groups.find(tail).find((h) => h.start === 0);
  if (group) return group.value.id !== frame.formatId;
  if (r.offset < 0) return false;
  const named = frame.bodies.find((b) => b.start === r.offset + at);
  if (!named) return false;
  const own = new Set(frame.formatNames.map(foldKey));
  return !own.has(foldKey(named.name)) && !frame.formatNames.some((n) => foldKey(named.name).includes(foldKey(n)));
}
