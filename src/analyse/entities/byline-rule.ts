/**
 * @module byline-rule
 * A reporter's byline on a line of its own ("By Jane Doe", "By Lee Hyo-jin, Staff Reporter")
 * names a person (`entities:pattern/byline`).
 */
import { newEntityId } from './entity-mention.ts';
import { addMention, firstTokenAtOrAfter, entityRule, type EntityRule, type Scan } from './scan.ts';

// "By" opening a line, two to four capitalised words (hyphenated given names included), then the line's end or a comma.
const BYLINE =
  /^[ \t]*By[ \t]+(\p{Lu}[\p{L}'’]*(?:-\p{L}+)?(?:[ \t]+\p{Lu}[\p{L}'’]*(?:-\p{L}+)?){1,3})[ \t]*(?:,[^\n]*)?$/gmu;

/** Adds a person mention for each byline name not already found. */
export const bylineRule: EntityRule = entityRule(findByline);

function findByline(scan: Scan): void {
  const { tokens } = scan;
  for (const m of scan.text.matchAll(BYLINE)) {
    const name = m[1];
    const start = m.index + m[0].indexOf(name, m[0].indexOf('By') + 2),
      end = start + name.length;
    const from = firstTokenAtOrAfter(scan, start);
    if (from < 0) continue;
    let to = from;
    while (to < tokens.length && tokens[to].end <= end) to++;
    if (to === from) continue;
    let free = true;
    for (let k = from; k < to; k++) if (scan.covered[k] >= 0) free = false;
    if (!free) continue;
    addMention(scan, from, to, {
      start,
      end,
      value: { entityId: newEntityId('person', name), type: 'person', name, known: false },
      source: 'entities:pattern/byline',
      confidence: 0.7,
    });
  }
}
