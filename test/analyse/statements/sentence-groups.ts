/**
 * @module sentence-groups
 * Reads a fixture of invented sentences grouped under '## what the group shows' headings, one
 * case a line as 'expected | sentence' ('# ' lines are notes), for table-driven tests that keep
 * their sentences as data.
 */
import { readFileSync } from 'node:fs';

export interface SentenceCase {
  /** What the sentence should give, as the line writes it (each test splits it). */
  readonly expected: string;
  readonly sentence: string;
}

/** The groups of the file, in order. @example sentenceGroups(new URL('x.txt', import.meta.url)).get('read …') */
export function sentenceGroups(file: URL): Map<string, SentenceCase[]> {
  const out = new Map<string, SentenceCase[]>();
  let current: SentenceCase[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('## ')) out.set(line.slice(3), (current = []));
    else if (!line.startsWith('#')) {
      // "expected | sentence"; an empty expectation ("| sentence") expects nothing.
      const m = /^([^|]*)\| (.+)$/.exec(line);
      if (m) current.push({ expected: m[1].trim(), sentence: m[2] });
    }
  }
  return out;
}
