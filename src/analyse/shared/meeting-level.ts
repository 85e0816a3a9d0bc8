/**
 * @module meeting-level
 * The meeting level a phrase names ("meeting of foreign ministers" → `foreign-ministers`), from
 * the level cues in `data/lexicons/meeting-levels.json`; shared by the entity, meeting and
 * statements steps.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MeetingLevel } from '../../model/layers.ts';

let levels: { level: MeetingLevel; re: RegExp }[] | undefined;

/** Level cues shared with the meeting step (`data/lexicons/meeting-levels.json`). */
function levelCues(): { level: MeetingLevel; re: RegExp }[] {
  if (!levels) {
    const json = JSON.parse(
      readFileSync(fileURLToPath(new URL('../../../data/lexicons/meeting-levels.json', import.meta.url)), 'utf8'),
    ) as { levels: { level: MeetingLevel; patterns: string[] }[] };
    levels = json.levels.map((l) => ({ level: l.level, re: new RegExp(`\\b(?:${l.patterns.join('|')})`, 'i') }));
  }
  return levels;
}

/**
 * The meeting level a phrase names, or null. @example levelOf('meeting of foreign ministers') === 'foreign-ministers'
 */
export function levelOf(phrase: string): MeetingLevel | null {
  const text = phrase.replace(/[’`]/g, "'").replace(/\s+/g, ' ');
  for (const l of levelCues()) if (l.re.test(text)) return l.level;
  return null;
}
