/**
 * @module person-resolver
 * Chooses among people of the knowledge base for a mention: by the role printed near it,
 * the country it is tied to, initials, and who held which post on the document's date
 * (Gurbanguly vs Serdar Berdimuhamedov).
 */
import { fold } from '../../knowledge/fold.ts';
import type { Membership, PersonRecord } from '../../knowledge/kb-types.ts';
import type { EntityLexicons } from '../shared/entity-lexicons.ts';
import type { Scan } from './scan.ts';
import { memoByText } from '../shared/memo-by-text.ts';

/** What the text says around a person mention. */
export interface PersonCue {
  readonly role?: string;
  /** ISO2 of the country the role is tied to. */
  readonly country?: string;
  /** Initials printed before the surname ("S.G." → "sg"). */
  readonly initials?: string;
}

/**
 * The canonical posts a role text names ("Deputy Prime Minister and Minister of Foreign
 * Affairs" → deputy-prime-minister, foreign-minister). A post preceded by "deputy"/"vice"
 * is another post and does not count.
 * @example roleKeys('Chinese Foreign Minister', lex) // ['foreign-minister']
 */
export function roleKeys(role: string, lex: EntityLexicons): readonly string[] {
  return rememberedKeys(role, lex);
}

// Asked for every post of every person the knowledge base lists, each time a role is resolved: the posts are few.
const rememberedKeys = memoByText((role: string, lex: EntityLexicons) => Object.freeze(keysOf(role, lex)), 4096);

function keysOf(role: string, lex: EntityLexicons): string[] {
  const text = ` ${fold(role)} `;
  const keys: string[] = [];
  for (const [key, spellings] of lex.canonicalRoles) {
    for (const s of spellings) {
      const at = text.indexOf(` ${s} `);
      if (at < 0) continue;
      const before = text.slice(Math.max(0, at - 7), at);
      if (!key.startsWith('deputy') && /(deputy|vice)$/.test(before.trim())) continue;
      keys.push(key);
      break;
    }
  }
  return keys;
}

/** True when the membership was held on `date` (no date: when it is still held). */
export function activeOn(m: Membership, date: string | undefined): boolean {
  if (!date) return m.end == null;
  return (!m.start || m.start <= date) && (m.end == null || m.end >= date);
}

/**
 * Picks the most likely person among candidate ids, or undefined when none fits.
 * @example choosePerson(scan, ['person:a', 'person:b'], { role: 'President' })
 */
export function choosePerson(scan: Scan, ids: readonly string[], cue: PersonCue): string | undefined {
  const people = ids.map((id) => scan.kb.byId.get(id)).filter((r): r is PersonRecord => r?.type === 'person');
  if (people.length <= 1) return people[0]?.id;
  const wanted = cue.role ? roleKeys(cue.role, scan.lex) : [];
  let best: PersonRecord | undefined;
  let bestScore = -Infinity;
  for (const p of people) {
    const s = score(p, wanted, cue, scan);
    if (s > bestScore) {
      best = p;
      bestScore = s;
    }
  }
  return best?.id;
}

/**
 * The person who held the post a role names, for the country, on the document's date —
 * how "Foreign Minister Kurubayev of the Kyrgyz Republic" finds Kulubaev.
 */
export function personByRole(
  scan: Scan,
  role: string,
  country: string | undefined,
  words?: string,
): string | undefined {
  const wanted = roleKeys(role, scan.lex);
  if (!wanted.length || !country) return undefined;
  const found = scan.kb
    .people()
    .filter((p) =>
      (p.memberships ?? []).some(
        (m) =>
          activeOn(m, scan.date) &&
          (m.country ?? p.country) === country &&
          roleKeys(m.role, scan.lex).some((k) => wanted.includes(k)),
      ),
    );
  // The post alone is not enough: in a list like "X, Minister of A, Y, Minister of B" a role
  // can sit next to the wrong name, so the printed name must still resemble the holder's.
  if (found.length !== 1 || (words !== undefined && !resemblesName(words, found[0]))) return undefined;
  return found[0].id;
}

/**
 * True when a (possibly garbled) printed name shares enough letter pairs with the person's
 * family or given name: "Kurubayev" ~ Kulubaev, "Treuberti" ~ Tileuberdi, not "Ibrahim".
 * A printed given name that is plainly another one names someone else with the same family
 * name (an ambassador "Begench Durdyyev" is not "Parahat Durdyev"; relatives share surnames).
 */
export function resemblesName(words: string, person: PersonRecord): boolean {
  const printed = nameWords(words);
  const family = nameWords(person.familyName);
  const given = nameWords(person.givenName ?? '');
  if (!printed.some((a) => resemblesAny(a, [...family, ...given]))) return false;
  const rest = printed.filter((a) => !resemblesAny(a, family));
  // Given names are short and common letter pairs abound, so they must resemble more closely.
  return !rest.length || !given.length || rest.some((a) => resemblesAny(a, given, 0.5));
}

function nameWords(s: string): string[] {
  return fold(s)
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 3);
}

function resemblesAny(a: string, own: readonly string[], minDice = 0.35): boolean {
  return own.some((b) => a.slice(0, 3) === b.slice(0, 3) || dice(a, b) >= minDice);
}

function dice(a: string, b: string): number {
  const pairs = (s: string) => {
    const out = new Map<string, number>();
    for (let i = 0; i + 1 < s.length; i++) out.set(s.slice(i, i + 2), (out.get(s.slice(i, i + 2)) ?? 0) + 1);
    return out;
  };
  const pa = pairs(a),
    pb = pairs(b);
  let common = 0;
  for (const [k, n] of pa) common += Math.min(n, pb.get(k) ?? 0);
  return (2 * common) / Math.max(1, a.length - 1 + b.length - 1);
}

function score(p: PersonRecord, wanted: readonly string[], cue: PersonCue, scan: Scan): number {
  let s = 0;
  const ms = p.memberships ?? [];
  if (ms.some((m) => activeOn(m, scan.date))) s += 2;
  if (wanted.length) {
    if (ms.some((m) => activeOn(m, scan.date) && roleKeys(m.role, scan.lex).some((k) => wanted.includes(k)))) s += 4;
    else if (ms.some((m) => roleKeys(m.role, scan.lex).some((k) => wanted.includes(k)))) s += 1;
  } else if (ms.some((m) => activeOn(m, scan.date) && roleKeys(m.role, scan.lex).includes('president'))) s += 1;
  if (cue.country && (p.country === cue.country || ms.some((m) => m.country === cue.country))) s += 1;
  if (cue.initials && p.givenName) s += fold(p.givenName).startsWith(cue.initials[0]) ? 3 : -3;
  return s;
}
