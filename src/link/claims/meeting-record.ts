/**
 * @module meeting-record
 * What the primary documents of one meeting establish, gathered once per meeting: when and
 * where it was held, which states adopted its documents (parties), who attended and for which
 * state, and a retrieval index over its sentences. Claims of every report on the meeting are
 * checked against this record.
 */
import type { Annotation, Layers } from '../../model/annotation.ts';
import type { Document } from '../../model/document.ts';
import type { FigureValue } from '../../model/figure.ts';
import type { DocumentKindValue, MeetingValue, ParticipantValue, PartiesValue } from '../../model/layers.ts';
import type { TreeNode } from '../../model/node.ts';
import { createInvertedIndex } from '../retrieval/inverted-index.ts';
import { primaryUnits } from '../retrieval/primary-units.ts';
import type { RetrievalIndex } from '../retrieval/retrieval-index.ts';
import type { RetrievalUnit } from '../retrieval/retrieval-unit.ts';
import { kindsNamed } from './rules/verdict-cues.ts';

/** A stored primary document with its layers. */
export interface PrimarySource {
  readonly document: Document;
  readonly tree: TreeNode;
  readonly layers: Layers;
}

export interface MeetingRecord {
  readonly meetingId: string;
  readonly meeting: MeetingValue | null;
  /** Union of the primary documents' parties, sorted. */
  readonly parties: readonly string[];
  readonly participants: readonly ParticipantValue[];
  /** States present at the meeting (parties and the states participants represent). */
  readonly attendees: readonly string[];
  readonly documents: readonly { id: string; name: string; kind: string | null }[];
  readonly index: RetrievalIndex;
  /** The passages that name the meeting, its parties or its participants (the preamble, usually). */
  readonly boilerplate: readonly RetrievalUnit[];
  /** The figures of each passage, by unit id. */
  readonly figures: ReadonlyMap<string, readonly FigureValue[]>;
  /** Each document's title: a passage before the meeting is recorded that names the document's kind. */
  readonly titles: ReadonlyMap<string, RetrievalUnit>;
}

/** Builds the record of a meeting from its primary documents (in a stable order). */
export function buildMeetingRecord(meetingId: string, primaries: readonly PrimarySource[]): MeetingRecord {
  const sorted = [...primaries].sort((a, b) => a.document.id.localeCompare(b.document.id));
  const index = createInvertedIndex();
  const boilerplate: RetrievalUnit[] = [];
  const parties = new Set<string>();
  const participants: ParticipantValue[] = [];
  const figures = new Map<string, FigureValue[]>();
  const titles = new Map<string, RetrievalUnit>();
  let meeting: MeetingValue | null = null;
  for (const p of sorted) {
    const units = primaryUnits(p, p.layers, meetingId);
    index.add(units);
    const found = layer<FigureValue>(p.layers, 'figures');
    for (const u of units) {
      const inside = found.filter((f) => f.start >= u.start && f.end <= u.end).map((f) => f.value);
      if (inside.length) figures.set(u.id, inside);
    }
    const spans = [...layer(p.layers, 'meeting'), ...layer(p.layers, 'parties'), ...layer(p.layers, 'participants')];
    const recorded = units.filter((u) => spans.some((s) => s.start < u.end && s.end > u.start));
    boilerplate.push(...recorded);
    const title = titleOf(units, recorded[0], documentKind(p));
    if (title) titles.set(p.document.id, title);
    meeting ??= (layer<MeetingValue>(p.layers, 'meeting')[0]?.value as MeetingValue | undefined) ?? null;
    for (const a of layer<PartiesValue>(p.layers, 'parties')) for (const c of a.value.parties) parties.add(c);
    for (const a of layer<ParticipantValue>(p.layers, 'participants')) participants.push(a.value);
  }
  // Present: the parties, the states participants represent, the states the attendance passages name.
  const attendees = new Set([
    ...parties,
    ...participants.flatMap((p) => (p.country ? [p.country] : [])),
    ...boilerplate.flatMap((u) => u.facts.states),
  ]);
  return {
    meetingId,
    meeting,
    parties: [...parties].sort(),
    participants,
    attendees: [...attendees].sort(),
    documents: sorted.map((p) => ({
      id: p.document.id,
      name: p.document.meta.fileName ?? p.document.id,
      kind: documentKind(p),
    })),
    index,
    boilerplate,
    figures,
    titles,
  };
}

function documentKind(p: PrimarySource): string | null {
  return (layer<DocumentKindValue>(p.layers, 'documentKind')[0]?.value.kind ?? p.document.meta.kind) || null;
}

/** The first passage before `recorded` (the passage that records the meeting) that names the document's kind. */
function titleOf(units: readonly RetrievalUnit[], recorded: RetrievalUnit | undefined, kind: string | null) {
  if (!kind) return undefined;
  const before = recorded ? units.filter((u) => u.start < recorded.start) : units.slice(0, TITLE_LINES);
  return before.find((u) => kindsNamed(u.text).includes(kind));
}

/** Lines a title may take when no passage records the meeting. */
const TITLE_LINES = 3;

function layer<V>(layers: Layers, name: string): readonly Annotation<V>[] {
  return (layers[name] ?? []) as readonly Annotation<V>[];
}
