/**
 * @module plural-role-list
 * A plural role distributed over a list of names: "Presidents Sadyr Japarov of Kyrgyzstan, Emomali
 * Rahmon of Tajikistan and Shavkat Mirziyoyev of Uzbekistan", "Foreign Ministers Wang Yi and Murat
 * Nurtleu". Each listed person holds the role in the singular, for the country named after them.
 */
import type { Annotation } from '../../model/annotation.ts';
import type { EntityMentionDetail } from './entity-mention.ts';

/** The role (singular) and country a plural role gives a person listed under it. */
export interface ListedRole {
  readonly role: string;
  readonly roleStart: number;
  /** ISO code from "of <Country>" right after the name, when given. */
  readonly country?: string;
}

const WINDOW = 400;
/** One list item: a person, optionally "of (the) <country>". */
const ITEM = 'P(?:\\s+of\\s+(?:the\\s+)?C)?';
const LIST_TAIL = new RegExp(
  `(?:^|[^\\p{L}])((?:\\p{Lu}\\p{Ll}+[ -])?(\\p{Lu}\\p{Ll}+)s)\\s+(?:${ITEM}\\s*,\\s*(?:and\\s+)?` +
    `|${ITEM}\\s+and\\s+)*$`,
  'u',
);

/**
 * The plural role a person is listed under, or null. `heads` are singular role heads ("president", "minister").
 * @example listedRole('Presidents Sadyr Japarov of Kyrgyzstan and Emomali Rahmon', rahmon, mentions, heads)?.role ===
 * 'President'
 */
export function listedRole(
  text: string,
  person: Annotation,
  mentions: readonly Annotation[],
  heads: ReadonlySet<string>,
): ListedRole | null {
  const from = Math.max(0, person.start - WINDOW);
  const before = placeholders(text, from, person.start, mentions);
  const m = LIST_TAIL.exec(before.text);
  if (!m || !heads.has(m[2].toLowerCase())) return null;
  const at = before.offsets[m.index + m[0].indexOf(m[1])];
  if (at === undefined || /[.;!?]\s/.test(text.slice(at, person.start))) return null;
  return { role: m[1].slice(0, -1), roleStart: at, country: countryAfter(text, person, mentions) };
}

/**
 * The text before the person with person mentions as "P" and country mentions as "C", and where each character came
 * from.
 */
function placeholders(
  text: string,
  from: number,
  to: number,
  mentions: readonly Annotation[],
): { text: string; offsets: number[] } {
  const inside = mentions
    .filter((m) => m.start >= from && m.end <= to && isType(m, ['person', 'country']))
    .sort((a, b) => a.start - b.start);
  let out = '';
  const offsets: number[] = [];
  let at = from;
  for (const m of inside) {
    if (m.start < at) continue;
    for (let i = at; i < m.start; i++) {
      out += text[i];
      offsets.push(i);
    }
    out += isType(m, ['person']) ? 'P' : 'C';
    offsets.push(m.start);
    at = m.end;
  }
  for (let i = at; i < to; i++) {
    out += text[i];
    offsets.push(i);
  }
  return { text: out, offsets };
}

/** "… Rahmon of Tajikistan": the country mention right after the name. */
function countryAfter(text: string, person: Annotation, mentions: readonly Annotation[]): string | undefined {
  const gap = /^\s+of\s+(?:the\s+)?/.exec(text.slice(person.end, person.end + 12));
  if (!gap) return undefined;
  const c = mentions.find((m) => m.start === person.end + gap[0].length && isType(m, ['country']));
  return c ? ((c.value as EntityMentionDetail).country ?? undefined) : undefined;
}

function isType(m: Annotation, types: string[]): boolean {
  return types.includes((m.value as EntityMentionDetail).type);
}
