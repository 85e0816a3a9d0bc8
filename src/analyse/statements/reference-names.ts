/**
 * @module reference-names
 * How references are named and the lower-case ones a capitalised-run reader misses: the name
 * as printed when the knowledge base knows the thing under another name ("Trans-Caspian
 * Transport Corridor", not its alias "Middle Corridor"), infrastructure named by the places it
 * links ("China–Kyrgyzstan–Uzbekistan railway"), and "the next summit in this format".
 */
import type { MeetingLevel, ReferenceValue } from '../../model/layers.ts';
import { tokenOverlap } from '../shared/token-overlap.ts';
import type { Lexicons } from '../shared/load-lexicons.ts';
import { anyOfPhrases, compileOnce } from '../shared/compile-once.ts';

/** A reference as found, before it is given its place in the document. */
export type ReferenceFact = Omit<ReferenceValue, 'start' | 'end'>;

/** A reference read from the text, with its offsets in the statement. */
export interface TextReference {
  start: number;
  end: number;
  ref: ReferenceFact;
}

/**
 * The knowledge base's name where it is recognisably the printed one, else the name as printed:
 * a reader (and the annotator) knows a thing by the words in front of them.
 * @example printedOrCanonical('Middle Corridor', 'Trans-Caspian Transport Corridor') === 'Trans-Caspian Transport
 * Corridor'
 */
export function printedOrCanonical(canonical: string, printed: string): string {
  const own = printed
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:the|The)\s+/, '');
  // An acronym ("SCO", "KOICA") is better said in full.
  if (/^[A-Z0-9+&.-]{2,10}$/.test(own) || own.length < 3) return canonical;
  // The canonical name is a fuller or shorter form of the printed one when most of its words are printed.
  return tokenOverlap(canonical, own) >= 0.5 || tokenOverlap(canonical, own, true) >= 0.6 ? canonical : own;
}

const LINKED_PLACES = new RegExp(
  String.raw`\b((?:[A-Z][\p{L}]+)(?:\s?[-–—]\s?[A-Z][\p{L}]+)+)\s+(railway|railroad|gas pipeline|oil pipeline` +
    String.raw`|pipeline|highway|motorway|road|corridor|canal|power line|transmission line)\b`,
  'gu',
);

/**
 * Infrastructure named by the places it links, with a lower-case head ("the
 * China–Kyrgyzstan–Uzbekistan railway", "the Trans-Caspian route"): projects.
 * @example lowerCaseProjects('including the China–Kyrgyzstan–Uzbekistan railway.')[0].ref.name ===
 * 'China–Kyrgyzstan–Uzbekistan railway'
 */
export function lowerCaseProjects(s: string): TextReference[] {
  const out: TextReference[] = [];
  for (const m of s.matchAll(LINKED_PLACES))
    out.push({ start: m.index, end: m.index + m[0].length, ref: { type: 'project', name: `${m[1]} ${m[2]}` } });
  return out;
}

/** The meeting the statements step knows the document comes from. */
export interface NextMeetingFrame {
  readonly format: string | null;
  readonly level: MeetingLevel | null;
}

const LEVEL_NOUN: Record<MeetingLevel, string> = {
  'heads-of-state': 'Summit',
  'foreign-ministers': "Foreign Ministers' Meeting",
  ministers: 'Ministerial Meeting',
  'senior-officials': "Senior Officials' Meeting",
  other: 'Meeting',
};

const NEXT = new RegExp(
  String.raw`\b(?:the\s+)?(?:next|following|upcoming)\s+(summit|meeting|session)\b(?!\s+of\b)(?:\s+(?:in|of` +
    String.raw`|within)\s+(?:this|the)\s+format\b)?`,
  'i',
);

/**
 * "the next summit (in this format)", "the next meeting" with no name after it: the document's
 * format's next meeting, named after the format and level ("Russia–Central Asia Summit").
 * @example nextFormatMeeting('the next summit in this format will be held in 2028', { format: 'Russia–Central Asia',
 * level: 'heads-of-state' })?.name === 'Russia–Central Asia Summit'
 */
export function nextFormatMeeting(
  s: string,
  meeting: NextMeetingFrame,
): { name: string; start: number; end: number } | null {
  if (!meeting.format) return null;
  const m = NEXT.exec(s);
  if (!m) return null;
  const noun = m[1].toLowerCase() === 'summit' ? 'Summit' : LEVEL_NOUN[meeting.level ?? 'other'];
  return { name: `${meeting.format} ${noun}`, start: m.index, end: m.index + m[0].length };
}

/**
 * A listed event's name: the knowledge base's, unless the text prints the event's own short code ("MC13", "COP27")
 * or a full name of its own that shares few words with the listed one ("the 27th UN Climate Change Conference" for
 * COP27): a reader knows the event by the words in front of them.
 * @example printedEventName('13th WTO Ministerial Conference', 'MC13') === 'MC13'
 */
export function printedEventName(canonical: string, printed: string): string {
  const own = printed
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:the|The)\s+/, '');
  if (/^[A-Z]{2,5}-?\d{1,3}$/.test(own)) return own;
  const capitals = own.split(' ').filter((w) => /^[A-Z]/.test(w)).length;
  const far = tokenOverlap(canonical, own) < 0.5 && tokenOverlap(canonical, own, true) < 0.5;
  return capitals >= 3 && far ? own : canonical;
}

/**
 * The name read from the text begins with a listed name and goes on with a complement or a head noun of its own
 * ("Bangkok Goals" + " on the Bio-Circular-Green Economy", "Blue Pacific" + " Principles for Dialogue"): it names a
 * thing of its own, more precisely than the listed name inside it (`heads`: reference-heads.json `heads`).
 * @example extendsListedName('Harbour Goals on the Green Economy', 'Harbour Goals', heads) === true
 */
export function extendsListedName(name: string, listed: string, lex: Lexicons['referenceHeads']): boolean {
  if (!name.startsWith(listed) || name.length <= listed.length) return false;
  const rest = name.slice(listed.length);
  const c = goesOn(lex);
  return c.complement.test(rest) || c.head.test(rest);
}

/** The two tests of `extendsListedName`, built once per lexicon. */
const goesOn = compileOnce((lex: Lexicons['referenceHeads']) => ({
  complement: new RegExp(String.raw`^\s+(?:${anyOfPhrases(lex.complementStarts?.words ?? [])})\s+\S`),
  head: new RegExp(String.raw`^\s+(?:${anyOfPhrases(Object.values(lex.heads).flat())})\b`),
}));
