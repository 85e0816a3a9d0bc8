/**
 * @module title-list
 * Parties named in a joint text's title, the way texts without a "We, the …" formula are headed
 * in every tradition: "Joint Statement of the Leaders of Australia, Japan and the United States",
 * "Joint Declaration by the Foreign Ministers of …", "Communiqué of the Heads of State of …". The
 * nouns are `actors.json` titleNouns; the list after them is read like an opening list.
 */
import { anyOf, compileOnce } from '../shared/compile-once.ts';
import type { Lexicons } from '../shared/load-lexicons.ts';
import type { Annotation } from '../../model/annotation.ts';
import type { Span } from '../../model/span.ts';
import { readPartyList } from './party-list.ts';

export interface TitleListInput {
  readonly text: string;
  readonly lexicons: Lexicons;
  readonly entities: readonly Annotation[];
  readonly participants?: readonly Annotation[];
  readonly date?: string | null;
  /** The document's title where its source states one apart from the text. */
  readonly title?: string | null;
}

/** "Joint Statement of the Leaders of …" (`actors.json` titleNouns): who issues a text, as its title names them. */
const titleOf = compileOnce(
  (actors: Lexicons['actors']): RegExp =>
    new RegExp(String.raw`\b(?:${anyOf(actors.titleNouns.words)})\s+(?:of|by|from)\s+`, 'gi'),
);

/**
 * The list after a title's "Statement of …", in the text's first line (whose people stand for their states) or the
 * source's title apart from the text (whose span is then the text's start).
 * @example titleList({ text, lexicons, entities: [], title })?.parties
 */
export function titleList(input: TitleListInput): (Span & { parties: string[] }) | null {
  const { text, lexicons, entities, date } = input;
  const lead = /^\s*/.exec(text)?.[0].length ?? 0;
  const line = text.slice(lead, lead + 300).split('\n')[0];
  const places = [
    { text, from: lead, to: lead + line.length, inText: true },
    ...(input.title ? [{ text: input.title, from: 0, to: input.title.length, inText: false }] : []),
  ];
  for (const place of places) {
    for (const m of place.text.slice(place.from, place.to).matchAll(titleOf(lexicons.actors))) {
      const at = place.from + m.index + m[0].length;
      const list = readPartyList(place.text, at, {
        lexicons,
        entities: place.inText ? entities : [],
        participants: place.inText ? input.participants : [],
        date,
      });
      // Two states or more, or an organisation's members: one state after "Statement by" is its own statement.
      if (!list?.parties.length || (!list.viaGroup && (list.parties.length < 2 || list.items < 2))) continue;
      const span = place.inText ? { start: place.from + m.index, end: list.end } : { start: 0, end: 0 };
      return { ...span, parties: list.parties };
    }
  }
  return null;
}
