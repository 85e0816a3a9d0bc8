/**
 * @module meeting-level
 * The meeting level a phrase names ("meeting of foreign ministers" → `foreign-ministers`), from
 * the level cues in `data/lexicons/meeting-levels.json` as the analysis context holds them; shared by the entity,
 * meeting and statements steps.
 */
import type { MeetingLevel } from '../../model/layers.ts';
import { compileOnce } from './compile-once.ts';
import type { MeetingLevelLexicon } from './load-lexicons.ts';

const cues = compileOnce((lexicon: MeetingLevelLexicon) =>
  lexicon.levels.map((l) => ({ level: l.level, re: new RegExp(`\\b(?:${l.patterns.join('|')})`, 'i') })),
);

/**
 * The meeting level a phrase names, or null.
 * @example levelOf('meeting of foreign ministers', context.lexicons.meetingLevels) === 'foreign-ministers'
 */
export function levelOf(phrase: string, lexicon: MeetingLevelLexicon): MeetingLevel | null {
  const text = phrase.replace(/[’`]/g, "'").replace(/\s+/g, ' ');
  for (const l of cues(lexicon)) if (l.re.test(text)) return l.level;
  return null;
}
