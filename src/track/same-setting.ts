/**
 * @module same-setting
 * Whether a later document can report on a promise at all, before any of its sentences is
 * read: a document of another multilateral format is about that format's meetings (a G7
 * communiqué does not report a China–Central Asia promise, nor does news of that summit report
 * a G7 one, whatever words they share), nor a promise whose format is unknown; a document
 * without a known format (a follow-up news story, a leaders' statement issued between
 * meetings) must name the promise's source text or most of the states that promised.
 */
import { implementationLexicon } from './implementation-lexicon.ts';
import { namesSource } from './source-name.ts';
import type { TrackedCommitment } from './tracked-commitment.ts';
import type { TrackedDocument } from './tracked-document.ts';

/** Share of the promising states a document without a format must name. */
const ACTORS_NAMED = 0.5;

/**
 * @example sameSetting({ format: 'G7', actors: [...] }, { meeting: { format: 'China–Central Asia' }, … }) === false
 */
export function sameSetting(c: TrackedCommitment, later: TrackedDocument): boolean {
  const theirs = later.meeting?.format ?? null;
  if (c.format && theirs) return sameFormat(c.format, theirs);
  // A format's documents speak of its own meetings, not of a promise whose format is unknown.
  if (theirs) return false;
  // A text naming the promise's source ("the Los Angeles Declaration") reports on it.
  if (c.sourceName && namesSource(c.sourceName, later)) return true;
  if (!c.actors.length || !later.states.size) return true;
  const named = c.actors.filter((a) => later.states.has(a)).length;
  return named >= Math.max(1, Math.ceil(c.actors.length * ACTORS_NAMED));
}

/**
 * Equal after folding, or one is a partner of the other ("ASEAN" of "ASEAN–US"), also when named
 * as a regional body ("Pacific Islands Forum" of "US–Pacific Islands": `organisationNouns`).
 */
export function sameFormat(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  if (x.join(' ') === y.join(' ')) return true;
  const shared = x.filter((w) => y.includes(w)).length;
  if (shared > 0 && shared / Math.min(x.length, y.length) >= 0.5 && (x.length === 1 || y.length === 1)) return true;
  return isPartnerBody(a, b) || isPartnerBody(b, a);
}

/** Whether `body`, without its nouns of association, is one of the partners `format` joins by a dash. */
function isPartnerBody(body: string, format: string): boolean {
  const partners = format.split(/\s*[–—-]\s*/);
  if (partners.length < 2 || /[–—-]/.test(body)) return false;
  const { organisationNouns } = implementationLexicon();
  const region = words(body).filter((w) => !organisationNouns.has(w));
  return region.length > 0 && partners.some((p) => words(p).join(' ') === region.join(' '));
}

function words(format: string): string[] {
  return format
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}+]+/u)
    .filter(Boolean);
}
