/**
 * @module actor-hits
 * Subject phrases that name states through something else: an organisation's members ("ASEAN member states", "the EU
 * and its Member States"), a national body ("USAID will …"), or a person who represents a state ("Prime Minister A of
 * X and President B of Y welcomed …"). Offsets are relative to the stretch before the statement's main verb.
 */
import type { Annotation } from '../../model/annotation.ts';
import type { EntityMentionValue } from '../../model/layers.ts';
import type { Lexicons } from '../shared/load-lexicons.ts';
import type { KbTreaty } from '../shared/kb-view.ts';
import { annotationsIn } from '../shared/annotations-in.ts';
import { kbMatchers } from '../shared/kb-matchers.ts';
import { membersOn } from '../shared/group-members.ts';
import { anyOf, anyOfPhrases, compileOnce } from '../shared/compile-once.ts';

/** One actor phrase of the stretch before the verb. */
export interface Hit {
  start: number;
  end: number;
  codes: string[];
  rule: string;
}

/** An entity mention as the entities layer keeps it: a person's role and where it starts, where printed. */
type PersonOrBody = EntityMentionValue & { readonly role?: string; readonly roleStart?: number };

/** What the hit finders read. */
export interface HitContext {
  readonly parties: readonly string[];
  readonly lexicons: Lexicons;
  readonly entities: readonly Annotation[];
  readonly date?: string | null;
}

/**
 * "ASEAN member states", "the member states of the African Union", "the EU and its Member States" (`actors.json`
 * memberNouns): the organisation's members on the document's date, those among the parties where any are; the
 * organisation's name alone, its members among the parties.
 */
export function memberHits(before: string, ctx: HitContext): Hit[] {
  const out: Hit[] = [];
  const shapes = memberShapes(ctx.lexicons.actors);
  for (const h of kbMatchers(ctx.lexicons.kb).groups.find(before)) {
    const rest = before.slice(h.end);
    const after = shapes.after.exec(rest) ?? shapes.own.exec(rest);
    const lead = shapes.before.exec(before.slice(0, h.start));
    const all = membersOn(h.value, ctx.date);
    const inParties = all.filter((c) => ctx.parties.includes(c));
    // "The United States and the European Union are convening …": an organisation whose members are among the
    // parties speaks for them (not in the possessive: "the EU's lanes" is an object).
    if (!after && !lead && (!inParties.length || /^['’]s\b/.test(before.slice(h.end, h.end + 3)))) continue;
    const start = lead ? lead.index : h.start;
    const end = after ? h.end + after[0].length : h.end;
    out.push({ start, end, codes: inParties.length ? inParties : all, rule: `members:${h.value.id}` });
  }
  return out;
}
const memberShapes = compileOnce((actors: Lexicons['actors']) => {
  const m = actors.memberNouns;
  return {
    after: new RegExp(String.raw`^\s*(?:${anyOfPhrases(m.nouns)})\b`, 'i'),
    // "the European Union and its Member States": the organisation with its own members, one actor.
    own: new RegExp(String.raw`^\s*and\s+(?:${anyOf(m.possessives)})\s+(?:${anyOfPhrases(m.own)})\b`, 'i'),
    before: new RegExp(String.raw`\b(?:the\s+)?(?:${anyOfPhrases(m.own)})\s+of\s+(?:the\s+)?$`, 'i'),
  };
});

/**
 * "States Parties to the Treaty of Rarotonga" (`actors.json` treatyParties): the treaty's states parties (the knowledge
 * base's) among the document's parties; all of its parties when none is among them.
 */
export function treatyHits(before: string, ctx: HitContext): Hit[] {
  const shape = treatyShape(ctx.lexicons);
  if (!shape) return [];
  const out: Hit[] = [];
  for (const m of before.matchAll(shape.re)) {
    const treaty = shape.byName.get(m[1].toLowerCase().replace(/\s+/g, ' '));
    if (!treaty) continue;
    const inParties = treaty.parties.filter((c) => ctx.parties.includes(c));
    const codes = inParties.length ? inParties : [...treaty.parties];
    out.push({ start: m.index, end: m.index + m[0].length, codes, rule: `treaty:${treaty.id}` });
  }
  return out;
}
const treatyShape = compileOnce((lexicons: Lexicons) => {
  const leads = lexicons.actors.treatyParties?.leads ?? [];
  const treaties = lexicons.kb.treaties ?? [];
  if (!leads.length || !treaties.length) return null;
  const byName = new Map<string, KbTreaty>();
  for (const t of treaties) for (const n of t.names) byName.set(n.toLowerCase(), t);
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map((n) => escapeName(n));
  return { byName, re: new RegExp(String.raw`(?:${leads.join('|')})(${names.join('|')})\b`, 'gi') };
});
function escapeName(n: string): string {
  return n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, String.raw`\s+`);
}

/**
 * National bodies and people the entities layer ties to a state ("USAID", "JICA", "President A of X"): the state acts
 * through them, so a fact sheet's "USAID will …" is that state's statement, and "Prime Minister A of X and President B
 * of Y welcomed …" is X's and Y's. A person's hit runs from the role before the name to the state named after it ("of
 * X"), so two of them read as one list. Leaders named after "We," stand beside the speaker (see `resolveActors`), and
 * those of an "under the leadership of" phrase are masked before this reads them.
 */
export function bodyHits(text: string, start: number, before: string, ctx: HitContext): Hit[] {
  const out: Hit[] = [];
  const end = start + before.length;
  for (const a of annotationsIn(ctx.entities, start, end)) {
    const v = a.value as PersonOrBody;
    if (v?.type !== 'organization' && v?.type !== 'person') continue;
    if (before.slice(a.start - start, a.end - start).trim() === '') continue; // inside a masked stretch
    // "President A's visit", "USAID's programme": an object, not the subject.
    if (/^['’]s\b/.test(text.slice(a.end, a.end + 3))) continue;
    if (v.type === 'organization') {
      if (v.country) out.push({ start: a.start - start, end: a.end - start, codes: [v.country], rule: v.type });
      continue;
    }
    const from = v.roleStart !== undefined && v.roleStart < a.start && v.roleStart >= start ? v.roleStart : a.start;
    const after = stateAfter(text, a.end, end, ctx.entities);
    const country = v.country ?? after?.country ?? stateIn(from, a.start, ctx.entities);
    if (!country) continue;
    const to = after && after.country === country ? after.end : a.end;
    out.push({ start: from - start, end: to - start, codes: [country], rule: v.type });
  }
  return out;
}

/** The state named right after a person's name ("President A of Chile"), with its end. */
function stateAfter(
  text: string,
  from: number,
  limit: number,
  entities: readonly Annotation[],
): { country: string; end: number } | undefined {
  const of = /^,?\s+of\s+(?:the\s+)?/i.exec(text.slice(from, Math.min(limit, from + 12)));
  if (!of) return undefined;
  const at = from + of[0].length;
  const m = annotationsIn(entities, at, limit).find((e) => e.start === at);
  const country = (m?.value as EntityMentionValue | undefined)?.type === 'country' ? countryOf(m!) : undefined;
  return country && m!.end <= limit ? { country, end: m!.end } : undefined;
}

/** The state named inside a person's role ("Minister of Foreign Affairs of Chile A"). */
function stateIn(from: number, to: number, entities: readonly Annotation[]): string | undefined {
  for (const m of annotationsIn(entities, from, to))
    if ((m.value as EntityMentionValue).type === 'country' && m.end <= to) return countryOf(m);
  return undefined;
}

function countryOf(m: Annotation): string | undefined {
  return (m.value as EntityMentionValue).country;
}
