/**
 * @module ministry-rule
 * Ministries that news names without their full title: a country adjective before a lower-case
 * ministry phrase ("the Chinese foreign ministry" → "Chinese Foreign Ministry") and an
 * abbreviation before "of <country>" ("MFA of Kazakhstan" → "Ministry of Foreign Affairs of
 * Kazakhstan"). Phrases and abbreviations come from data/lexicons/entity-ministry-cues.json.
 */
import { newEntityId } from './entity-mention.ts';
import { addMention, mentionAt, entityRule, type EntityRule, type Scan } from './scan.ts';

/** Adds ministry mentions named by adjective + phrase or abbreviation + "of <country>". */
export const ministryRule: EntityRule = entityRule(findMinistry);

function findMinistry(scan: Scan): void {
  const { tokens } = scan;
  const { phrases, abbreviations } = scan.lex.ministryCues;
  for (let k = 0; k < tokens.length; k++) {
    if (scan.covered[k] >= 0) {
      const m = mentionAt(scan, k)!;
      if (m.value.type !== 'country' || !(m.source ?? '').includes('adjective') || scan.tokens[k].end !== m.end)
        continue;
      const phrase = phrases.find((p) =>
        p.words.every(
          (w, i) => tokens[k + 1 + i]?.norm === w && tokens[k + 1 + i].joined && scan.covered[k + 1 + i] < 0,
        ),
      );
      if (!phrase) continue;
      const to = k + 1 + phrase.words.length;
      const name = `${scan.text.slice(m.start, m.end)} ${phrase.name}`;
      add(scan, k, to, name);
      k = to - 1;
      continue;
    }
    const full = abbreviations.get(scan.text.slice(tokens[k].start, tokens[k].end));
    const of = tokens[k + 1],
      country = mentionAt(scan, k + 2);
    if (!full || of?.norm !== 'of' || !of.joined || !tokens[k + 2]?.joined || country?.value.type !== 'country')
      continue;
    add(scan, k, k + 3, `${full} of ${country.value.name}`);
    k += 2;
  }
}

function add(scan: Scan, from: number, to: number, name: string): void {
  const { tokens } = scan;
  const value = { entityId: newEntityId('organization', name), type: 'organization' as const, name, known: false };
  addMention(
    scan,
    from,
    to,
    { start: tokens[from].start, end: tokens[to - 1].end, value, source: 'entities:pattern/ministry', confidence: 0.7 },
    false,
  );
}
