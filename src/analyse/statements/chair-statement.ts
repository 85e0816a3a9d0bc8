/**
 * @module chair-statement
 * A chair's statement or summary (APEC, ASEAN, G20, UN conferences) is a press release that
 * speaks for the meeting: nobody adopts it, but its "we" is the chair, the meeting's host, and
 * its sentences are statements. Its "leaders", "most members", "some leaders" are not the chair.
 * Recognised by the document-kind lexicon's own chair-statement title cue.
 */
import type { DocumentKindValue } from '../../model/layers.ts';
import type { KindCue, Lexicons } from '../shared/load-lexicons.ts';
import { compileOnce } from '../shared/compile-once.ts';

/** The id of the title cue in data/lexicons/document-kinds.json. */
const CUE_ID = 'title-chair-statement';

/**
 * Whether a press release is a chair's statement, from its title or first lines.
 * @example isChairStatement('press-release', 'Chair’s Statement on the Leaders’ Meeting', text, lexicons) === true
 */
export function isChairStatement(
  kind: DocumentKindValue['kind'] | undefined,
  title: string | undefined,
  text: string,
  lexicons: Pick<Lexicons, 'documentKinds'>,
): boolean {
  if (kind !== 'press-release') return false;
  const cue = lexicons.documentKinds.cues.find((c) => c.id === CUE_ID);
  if (!cue) return false;
  const re = cueRegex(cue);
  const lines = text
    .slice(0, 600)
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, 3);
  return [title ?? '', ...lines].some((l) => re.test(l));
}

/** The cue's regex, compiled once per cue (asked for every press release). */
const cueRegex = compileOnce((cue: KindCue) => new RegExp(cue.pattern, cue.case ? '' : 'i'));
