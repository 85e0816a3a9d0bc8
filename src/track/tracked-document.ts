/**
 * @module tracked-document
 * What the tracker needs of one stored document: its text, date, meeting, sentences and
 * statements. Its date is when it reports (publication), else its meeting's date.
 */
import type { EntityMentionValue, MeetingValue, PartiesValue, StatementValue } from '../model/layers.ts';
import { nodesOfKind } from '../model/node.ts';
import type { Span } from '../model/span.ts';
import type { Store } from '../store/store.ts';
import type { CommitmentSource } from './tracked-commitment.ts';

export interface TrackedDocument extends CommitmentSource {
  /** ISO date the document reports on (publication, else its meeting). */
  readonly date: string | null;
  readonly sentences: readonly Span[];
  /** Where the text gives its own meeting, if it does. */
  readonly meetingSpan?: Span;
  /** ISO codes of the states it names or that adopted it. */
  readonly states: ReadonlySet<string>;
}

type Meeting = MeetingValue & { meetingId?: string };

/** Loads a document for the tracker; undefined when it is not stored. */
export async function loadTrackedDocument(store: Store, id: string): Promise<TrackedDocument | undefined> {
  const [stored, meetings, statements, entities, parties] = await Promise.all([
    store.getDocument(id),
    store.getAnnotations({ layer: 'meeting', documentId: id }),
    store.getAnnotations({ layer: 'statements', documentId: id }),
    store.getAnnotations({ layer: 'entities', documentId: id }),
    store.getAnnotations({ layer: 'parties', documentId: id }),
  ]);
  if (!stored) return undefined;
  const meeting = (meetings[0]?.value as Meeting | undefined) ?? null;
  const published = stored.meta.published ?? stored.meta.extra?.date ?? null;
  const sentences = nodesOfKind(stored.tree, 'sentence');
  return {
    documentId: id,
    text: stored.document.text,
    meeting,
    ...(meetings[0] ? { meetingSpan: { start: meetings[0].start, end: meetings[0].end } } : {}),
    published,
    title: stored.meta.title ?? null,
    date: published ?? meeting?.date ?? null,
    sentences: sentences.length ? sentences : [{ start: 0, end: stored.document.text.length }],
    states: new Set([
      ...entities.flatMap((e) => {
        const v = e.value as EntityMentionValue;
        return v.type === 'country' && v.country ? [v.country] : [];
      }),
      ...parties.flatMap((p) => (p.value as PartiesValue).parties),
    ]),
    statements: statements.map((s) => ({ start: s.start, end: s.end, value: s.value as StatementValue })),
  };
}

/** A cache over `loadTrackedDocument` for one run. */
export function trackedDocuments(store: Store): (id: string) => Promise<TrackedDocument | undefined> {
  const cache = new Map<string, Promise<TrackedDocument | undefined>>();
  return (id) => {
    let hit = cache.get(id);
    if (!hit) cache.set(id, (hit = loadTrackedDocument(store, id)));
    return hit;
  };
}
