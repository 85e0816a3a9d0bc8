/**
 * @module track-fixtures
 * Invented promises for the tracker's tests (no corpus text): a communiqué of an invented
 * ministerial meeting of another format, with its statements annotated by hand.
 */
import type { ReferenceValue, StatementKind, StatementValue } from '../../src/model/layers.ts';
import { implementationLexicon } from '../../src/track/implementation-lexicon.ts';
import { trackedCommitments, type TrackedCommitment } from '../../src/track/tracked-commitment.ts';

export const lex = implementationLexicon();

/** A reference as a test writes it; its span is found in the statement's text. */
export type RefSpec = Omit<ReferenceValue, 'start' | 'end'>;

interface Spec {
  clause: string;
  text: string;
  kind?: StatementKind;
  deadline?: string | null;
  references?: RefSpec[];
}

/** A document text made of the statements' texts, and the statements as annotations of it. */
export function promises(
  specs: readonly Spec[],
  meeting = { format: 'EU–Central Asia', date: '2030-03-10', meetingId: 'event:euca-fm-2030' },
): TrackedCommitment[] {
  let text = '';
  const statements = specs.map((s) => {
    const start = text.length;
    text += `${s.text} `;
    const value: StatementValue = {
      clause: s.clause,
      kind: s.kind ?? 'commitment',
      actors: ['EU', 'KZ', 'UZ'],
      sectors: ['environment'],
      deadline: s.deadline ?? null,
      references: (s.references ?? []).map((r) => {
        const at = s.text.toLowerCase().indexOf(r.name.toLowerCase());
        return at < 0
          ? { ...r, start, end: start + s.text.length }
          : { ...r, start: start + at, end: start + at + r.name.length };
      }),
    };
    return { start, end: start + s.text.length, value };
  });
  return trackedCommitments(
    {
      documentId: 'd_promise',
      text,
      published: meeting.date,
      statements,
      meeting: {
        format: meeting.format,
        level: 'foreign-ministers',
        edition: 3,
        date: meeting.date,
        end: null,
        city: 'Tashkent',
        country: 'UZ',
        meetingId: meeting.meetingId,
      },
    },
    lex,
  );
}

export const forumRef: RefSpec = {
  type: 'event',
  name: 'Second Regional Forum on Water Diplomacy',
  date: '2030-09',
  place: 'Bishkek',
};
