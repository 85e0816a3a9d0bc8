/**
 * @module city-in-name
 * Drops city mentions that do not name the place: a city word inside a longer name of a body,
 * event or initiative ("Abu Dhabi Fund for Development", "Bishkek+25 Global Mountain Summit"),
 * as the gold annotates them (a city after "in" still names where the body sits), a city used as an attribute of an
 * idea ("the Shanghai spirit"), and a city's name inside a larger place's ("Jeju Island").
 */
import type { Mention } from './entity-mention.ts';
import type { ScanState } from './scan.ts';

const NAME_TYPES = new Set(['organization', 'event', 'initiative']);

/**
 * The scan's mentions without the city mentions that lie inside a longer name or precede an
 * attributive noun (data/lexicons/entity-adjective-exclusions.json `afterCity`).
 * @example placeMentions(scan) // no "Abu Dhabi" inside "Abu Dhabi Fund for Development"
 */
export function placeMentions(scan: ScanState): Mention[] {
  const names = scan.mentions.filter((m) => NAME_TYPES.has(m.value.type)).sort((a, b) => a.start - b.start);
  const orgs = names.filter((m) => m.value.type === 'organization');
  return scan.mentions.filter((m) =>
    m.value.type === 'organization'
      ? !parentPrefix(m, orgs)
      : m.value.type !== 'city' || !((insideName(m, names) && !locative(scan, m)) || attributive(scan, m)),
  );
}

// "UN Regional Center for …": an organisation's name opening a longer one says whose body it is,
// as inside a listed name (alias rule), and is no mention of its own.
function parentPrefix(m: Mention, orgs: readonly Mention[]): boolean {
  return orgs.some((n) => n !== m && n.start === m.start && n.end > m.end && n.value.entityId !== m.value.entityId);
}

// "Consulate General of Kazakhstan in Guangzhou": a city after "in" says where the body sits, and counts.
function locative(scan: ScanState, m: Mention): boolean {
  return /\bin\s+$/.test(scan.text.slice(Math.max(0, m.start - 4), m.start));
}

// True when a name of a body, event or initiative strictly contains the mention (binary search by start).
function insideName(m: Mention, names: readonly Mention[]): boolean {
  let lo = 0,
    hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid].start <= m.start) lo = mid + 1;
    else hi = mid;
  }
  // Names are short, so the few that start before the mention are checked.
  for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) {
    const n = names[i];
    if (n.start <= m.start && n.end >= m.end && n.end - n.start > m.end - m.start) return true;
  }
  return false;
}

// "the Shanghai spirit", "“Shanghai spirit”": the next word (past a closing quote) is a listed lower-case noun.
function attributive(scan: ScanState, m: Mention): boolean {
  const next = /^["”’»]?\s?([a-z]+)/.exec(scan.text.slice(m.end, m.end + 24));
  if (next && scan.lex.cityAttributive.has(next[1])) return true;
  // "Jeju Island", "Hiroshima Prefecture": the city's name is part of a larger place's.
  const place = /^\s([A-Za-z]+)/.exec(scan.text.slice(m.end, m.end + 24));
  return !!place && scan.lex.cityInPlaceName.has(place[1].toLowerCase());
}
