/**
 * @module detect-parties
 * Finds the states that adopted or signed a primary document, by the ways such texts name them,
 * in order of trust: "A, B and C (hereinafter referred to as the Parties)"; "We, the Heads of
 * State of A, B and C"; signatory blocks ("For the Republic of Kazakhstan"); "the member states
 * of <organisation>"; a title's "Joint Statement of the Leaders of A, B and C"; an opening subject
 * list; "the heads of state of the <format> format" and partner formats ("the heads of the GCC and
 * Central Asian states"); finally the states whose representatives the meeting sentence names, or
 * the format's members on the document's date. Parties are states: territories and member
 * economies ("Chinese Taipei") are left out.
 */
import type { Annotation } from '../../model/annotation.ts';
import type { Span } from '../../model/span.ts';
import type { Lexicons } from '../shared/load-lexicons.ts';
import { countriesIn, isoSet } from '../shared/find-countries.ts';
import { findFormat, partnerFormat, type FormatHit } from './meeting-format.ts';
import { membersOn } from '../shared/group-members.ts';
import { readPartyList } from './party-list.ts';
import { subjectList } from './subject-list.ts';
import { titleList } from './title-list.ts';
import { anyOf, compileOnce } from '../shared/compile-once.ts';
import { CENTRAL_ASIA, regionShape, type RegionLexicon } from '../shared/region-shapes.ts';

export interface PartiesFinding extends Span {
  readonly parties: string[];
  readonly rule: string;
  readonly confidence: number;
}

export interface PartiesInput {
  readonly text: string;
  readonly sentences: readonly Span[];
  readonly lexicons: Lexicons;
  readonly entities: readonly Annotation[];
  /** The meeting sentence's span, where the meeting step found one. */
  readonly meetingSpan?: Span | null;
  /** The `participants` layer: people in an opening list stand for their states. */
  readonly participants?: readonly Annotation[];
  /** The document's date (meeting, else publication): organisations' members on that day. */
  readonly date?: string | null;
  /** The document's title where its source states one apart from the text. */
  readonly title?: string | null;
}

const HEAD = 4000;
/**
 * "(hereinafter referred to as the Parties)", "ci-après dénommés « les Parties »", "en adelante «las Partes»": the
 * definition of the parties in every drafting language (`actors.json` partiesDefined).
 */
const hereinafterCue = compileOnce((actors: Lexicons['actors']): RegExp => {
  const d = actors.partiesDefined;
  return new RegExp(
    String.raw`\(?\s*(?:${anyOf(d.leads)})["“«]?\s*(?:${anyOf(d.articles)})?(?:${anyOf(d.nouns)})\b`,
    'gi',
  );
});
/**
 * "We, the Leaders of …", "WE, the Member States of …", "We, Prime Minister X, …", "Nous, chefs d’État …", "Nosotros,
 * los Jefes de Estado …" (`actors.json` openingWe): the list is read whole. "We—the governments of …" with a dash as
 * well as a comma.
 */
const weThe = compileOnce(
  (actors: Lexicons['actors']): RegExp =>
    new RegExp(String.raw`\b(?:${anyOf(actors.openingWe.words)})\b[*_]{0,2}(?:,|\s*[—–]|\s+-{1,2})[*_]{0,2}\s*`, 'gi'),
);
/** The signer's name after a colon on the state's own line ("For Japan: Yoko Example"). */
const SIGNER_AFTER = /^\s*:\s*(?:[A-Z][\p{L}.'’-]*\s*){1,5}$/u;
/** "For the Republic of Kazakhstan", "Pour la République …", "Por el Reino …" (signatoryLeads). */
const signatoryLine = compileOnce(
  (lex: Lexicons['statementBoilerplate']): RegExp =>
    new RegExp(
      String.raw`^[ \t]*(?:${anyOf(lex.signatoryLeads.words)})(?:\s+|(?<=['’]))` +
        String.raw`(?:the\s+)?([A-Z\u00C0-\u00DD].{2,80})$`,
      'gim',
    ),
);
/** "The Heads of State and Government of the member states of …": the list heads of `actors.json`. */
const memberStatesOf = compileOnce(
  (actors: Lexicons['actors']): RegExp =>
    new RegExp(
      String.raw`\b(?:${anyOf(actors.listHeads?.words ?? ['leaders'])})\s+of\s+the\s+member\s+(?:states|countries)` +
        String.raw`\s+of\s+`,
      'gi',
    ),
);
const VENUE_BEFORE = /\b(?:in|at|to)\s+(?:the\s+(?:city\s+of\s+)?)?$/i;
const HEADS_OF = new RegExp(
  String.raw`\b(?:the\s+)?(?:heads\s+of\s+state|leaders|heads|ministers\s+of\s+foreign\s+affairs` +
    String.raw`|foreign\s+ministers|member\s+states)\s+of\s+(?:the\s+)?`,
  'gi',
);

/** Detects the parties. @example detectParties({ text, sentences, lexicons, entities: [] })?.parties */
export function detectParties(input: PartiesInput): PartiesFinding | null {
  const found =
    hereinafter(input) ??
    weTheList(input) ??
    signatories(input) ??
    between(input) ??
    memberStates(input) ??
    title(input) ??
    opening(input) ??
    headsOfFormat(input) ??
    attendance(input);
  return found && statesOnly(found, input.lexicons);
}

/** Parties are states: a territory or a member economy ("Chinese Taipei") that took part adopts nothing as one. */
function statesOnly(found: PartiesFinding, lexicons: Lexicons): PartiesFinding | null {
  const nonStates = lexicons.kb.nonStates;
  if (!nonStates?.size || !found.parties.some((p) => nonStates.has(p))) return found;
  const parties = found.parties.filter((p) => !nonStates.has(p));
  return parties.length ? { ...found, parties } : null;
}

function hereinafter({ text, sentences, lexicons, entities, date }: PartiesInput): PartiesFinding | null {
  for (const m of text.slice(0, HEAD).matchAll(hereinafterCue(lexicons.actors))) {
    const s = sentences.find((x) => x.start <= m.index && x.end >= m.index) ?? {
      start: Math.max(0, m.index - 600),
      end: m.index,
    };
    const hits = countriesIn(text, s.start, m.index, lexicons, entities);
    let parties = isoSet(hits);
    if (parties.length < 2) continue;
    // An attendance list written as people ("Minister X of A, …") may drop a garbled name;
    // when the states found are most of one format's members, the format is the party.
    const between = text.slice(hits[0].start, hits[hits.length - 1].end);
    const isPlainList =
      /^[^()]*$/.test(between) &&
      between.split(/,|\band\b/).length - 1 >= parties.length - 1 &&
      !/\bminister|president|chairman\b/i.test(between);
    if (!isPlainList) {
      const format = findFormat([{ text: text.slice(0, HEAD) }], lexicons);
      const members = format ? formatMembers(format, date) : [];
      if (
        members.length > parties.length &&
        parties.every((p) => members.includes(p)) &&
        parties.length >= members.length - 2
      )
        parties = [...members].sort();
    }
    return { start: s.start, end: m.index + m[0].length, parties, rule: 'hereinafter', confidence: 0.9 };
  }
  return null;
}

function weTheList(input: PartiesInput): PartiesFinding | null {
  const { text, lexicons, entities } = input;
  for (const m of text.slice(0, HEAD).matchAll(weThe(lexicons.actors))) {
    const after = m.index + m[0].length;
    const list = readPartyList(text, after, { lexicons, entities, participants: input.participants, date: input.date });
    if (!list || list.parties.length < 2 || (list.items < 2 && !list.viaGroup)) continue;
    return {
      start: m.index,
      end: list.end,
      parties: list.parties,
      rule: list.viaGroup ? 'we-the-members' : 'we-the',
      confidence: 0.9,
    };
  }
  return null;
}

function signatories({ text, lexicons, entities }: PartiesInput): PartiesFinding | null {
  const found: { start: number; end: number; iso: string }[] = [];
  for (const m of text.matchAll(signatoryLine(lexicons.statementBoilerplate))) {
    const hits = countriesIn(text, m.index, m.index + m[0].length, lexicons, entities);
    // The state closes the line ("For the Kyrgyz Republic:"); a wrapped sentence line ("for civilians. We call on
    // the Government of Israel") is no signature.
    const rest = hits.length === 1 ? text.slice(hits[0].end, m.index + m[0].length) : '';
    if (hits.length === 1 && (/^[\s:,;]*$/.test(rest) || SIGNER_AFTER.test(rest)))
      found.push({ start: m.index, end: m.index + m[0].length, iso: hits[0].iso });
  }
  if (found.length < 2) return null;
  return {
    start: found[0].start,
    end: found[found.length - 1].end,
    parties: isoSet(found),
    rule: 'signatory-block',
    confidence: 0.9,
  };
}

/**
 * "Treaty … between the Republic of Kazakhstan, the Kyrgyz Republic, … and the People's Republic of China": a plain
 * list of states.
 */
const instrumentBetween = compileOnce(
  (a: Lexicons['actors']): RegExp =>
    new RegExp(String.raw`\b(?:${anyOf(a.instrumentNouns.words)})\b[^.]{0,200}?\bbetween\s+(?:the\s+)?`, 'gi'),
);

function between({ text, lexicons, entities }: PartiesInput): PartiesFinding | null {
  // Only the document's own title or opening names its signatories this way.
  for (const m of text.slice(0, 400).matchAll(instrumentBetween(lexicons.actors))) {
    const end = m.index + m[0].length + 400;
    const hits = countriesIn(text, m.index + m[0].length, Math.min(end, text.length), lexicons, entities);
    // The list is the run of states joined only by commas, "and", "the".
    const run: { end: number; iso: string }[] = [];
    for (const h of hits) {
      const gap = text.slice(run.length ? run[run.length - 1].end : m.index + m[0].length, h.start);
      if (run.length && !/^[\s,]*(?:and\s+)?(?:the\s+)?$/i.test(gap)) break;
      if (!run.length && gap.trim()) break;
      run.push(h);
    }
    // "… between China and five Central Asian countries": a region closes the list.
    const tail = run.length ? regionTail(lexicons.regions).exec(text.slice(run[run.length - 1].end)) : null;
    if (tail)
      for (const iso of lexicons.actors.regions[CENTRAL_ASIA] ?? []) run.push({ end: run[run.length - 1].end, iso });
    if (run.length >= 2)
      return {
        start: m.index,
        end: run[run.length - 1].end + (tail?.[0].length ?? 0),
        parties: isoSet(run),
        rule: 'between',
        confidence: 0.85,
      };
  }
  return null;
}

/**
 * "The heads of state of the member states of the EU and of CELAC": the list after it read whole, so that each
 * organisation stands for its members on the document's date and a state named beside them is one more.
 */
function memberStates(input: PartiesInput): PartiesFinding | null {
  const { text, lexicons, entities, date } = input;
  for (const m of text.slice(0, HEAD).matchAll(memberStatesOf(lexicons.actors))) {
    const after = m.index + m[0].length;
    const list = readPartyList(text, after, { lexicons, entities, participants: input.participants, date });
    if (list?.viaGroup && list.parties.length)
      return { start: m.index, end: list.end, parties: list.parties, rule: 'member-states', confidence: 0.85 };
  }
  return null;
}

/** "Joint Statement of the Leaders of A, B and C": the title's list (see `titleList`). */
function title(input: PartiesInput): PartiesFinding | null {
  const found = titleList(input);
  return found && { ...found, rule: 'title-list', confidence: 0.85 };
}

/** "The United States and the African Union … affirm": the opening sentence's subject list (see `subjectList`). */
function opening(input: PartiesInput): PartiesFinding | null {
  const found = subjectList(input);
  return found && { ...found, rule: 'subject-list', confidence: 0.8 };
}

/** ", and the five Central Asian countries" after a list of states (`regions.json`). */
const regionTail = compileOnce((lexicon: RegionLexicon) => {
  const r = regionShape(lexicon);
  return new RegExp(String.raw`^\s*(?:,\s*)?and\s+(?:the\s+)?(?:${r.count}\s+)?${r.adjective}\s+${r.nouns}\b`, 'i');
});

/** "The heads of state of the Central Asia–China format", "the heads of the GCC and Central Asian states". */
function headsOfFormat({ text, lexicons, date }: PartiesInput): PartiesFinding | null {
  for (const m of text.slice(0, HEAD).matchAll(HEADS_OF)) {
    const after = m.index + m[0].length;
    const window = text.slice(after, after + 120);
    const format = findFormat([{ text: window.split(/[.;\n]/)[0] }], lexicons) ?? partnerFormat(window, lexicons);
    if (format?.members.length)
      return {
        start: m.index,
        end: after + 60,
        parties: formatMembers(format, date),
        rule: 'heads-of-format',
        confidence: 0.8,
      };
  }
  return null;
}

/** The states whose representatives the meeting sentence names; else the format's members. */
function attendance({ text, lexicons, entities, meetingSpan, date }: PartiesInput): PartiesFinding | null {
  if (meetingSpan) {
    // The venue ("met in Luxembourg", "held in China") hosts the meeting; it is not thereby a party.
    const hits = countriesIn(text, meetingSpan.start, meetingSpan.end, lexicons, entities).filter(
      (h) => !VENUE_BEFORE.test(text.slice(Math.max(0, h.start - 20), h.start)),
    );
    const parties = isoSet(hits);
    if (parties.length >= 2) return { ...meetingSpan, parties, rule: 'attendance', confidence: 0.6 };
  }
  const format = findFormat([{ text: text.slice(0, HEAD) }], lexicons);
  if (format?.members.length)
    return { start: 0, end: 0, parties: formatMembers(format, date), rule: 'format-members', confidence: 0.5 };
  return null;
}

/**
 * A format's member states on the document's date where its record dates them ("the BRICS countries" of 2023 are
 * five, of 2024 nine); else the members the format records. Sorted.
 */
function formatMembers(format: FormatHit, date?: string | null): string[] {
  if (format.group?.memberships?.length && date) return membersOn(format.group, date);
  return [...format.members].sort();
}
