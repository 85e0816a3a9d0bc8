/**
 * @module track-documents
 * Invented stored documents for the tracker's store and API tests: a ministerial meeting that
 * promises a forum, a later report that it was held, and an unrelated later note. Trees and
 * analyses are built by hand; offsets are computed from the text.
 */
import type { Annotation } from '../../src/model/annotation.ts';
import type { DocumentRecord } from '../../src/store/store.ts';

/** A document of one-sentence paragraphs; statements are given by paragraph index. */
export function doc(
  id: string,
  date: string,
  meetingId: string,
  paragraphs: string[],
  statements: { at: number; deadline?: string; ref?: { name: string; date: string } }[] = [],
): DocumentRecord {
  let text = '';
  const spans = paragraphs.map((p, i) => {
    if (i) text += '\n\n';
    const start = text.length;
    text += p;
    return { start, end: text.length };
  });
  const children = spans.map((s, i) => ({
    kind: 'paragraph' as const,
    label: `p${i + 1}`,
    ...s,
    children: [{ kind: 'sentence' as const, ...s, children: [] }],
  }));
  const meeting: Annotation = {
    layer: 'meeting',
    ...spans[0],
    value: {
      format: 'EU–Central Asia',
      level: 'ministers',
      edition: null,
      date,
      end: null,
      city: null,
      country: null,
      meetingId,
    },
    source: 'test',
    confidence: 1,
  };
  const layers: Record<string, Annotation[]> = {
    meeting: [meeting],
    statements: statements.map((s) => ({
      layer: 'statements',
      ...spans[s.at],
      value: {
        clause: `p${s.at + 1}`,
        kind: 'commitment',
        actors: ['KZ', 'UZ'],
        sectors: ['environment'],
        deadline: s.deadline ?? null,
        references: s.ref ? [{ type: 'event', name: s.ref.name, date: s.ref.date, place: 'Bishkek' }] : [],
      },
      source: 'test',
      confidence: 1,
    })),
  };
  return {
    document: { id, text, meta: { published: date, fileName: `${id}.txt` } },
    tree: { kind: 'root', start: 0, end: text.length, children },
    analysis: { layers, diagnostics: [], versions: {} },
  };
}

export const promise = doc(
  'd_promise',
  '2030-03-10',
  'event:m1',
  [
    'Ministers met in Tashkent.',
    'They agreed to hold the Third Water Diplomacy Forum in Bishkek in September 2030 and will open seed banks.',
  ],
  [{ at: 1, ref: { name: 'Third Water Diplomacy Forum', date: '2030-09' } }],
);
export const report = doc('d_report', '2030-09-25', 'event:m2', [
  'Ministers met again in Bishkek.',
  'The third water diplomacy forum was held in Bishkek on 20 September.',
]);
export const unrelated = doc('d_unrelated', '2030-10-01', 'event:m3', ['A railway bridge was opened on the border.']);
