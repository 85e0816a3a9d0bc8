/**
 * @module analysis-export
 * Turns a stored document and its annotation layers into the GUIDE's analysis JSON. Pure:
 * texts are sliced from the document, never taken from annotation values.
 */
import type { Annotation, Layers } from '../model/annotation.ts';
import { DOCUMENT_KINDS, type Document, type DocumentKind } from '../model/document.ts';
import type {
  DocumentKindValue,
  EntityMentionValue,
  MeetingValue,
  ParticipantValue,
  PartiesValue,
  StatementValue,
} from '../model/layers.ts';
import type { TreeNode } from '../model/node.ts';
import { sliceSpan } from '../model/span.ts';
import type { ClaimVerdict } from '../model/claim.ts';
import { exportClaims } from './claims-export.ts';
import type {
  AnalysisEntity,
  AnalysisJson,
  AnalysisMeeting,
  AnalysisParticipant,
  AnalysisStatement,
} from './analysis-json.ts';

/**
 * Builds the analysis JSON of one document from its layers and, for a report, its checked claims.
 * @example toAnalysisJson({ document, tree }, analysis.layers).statements.length
 */
export function toAnalysisJson(
  stored: { document: Document; tree: TreeNode },
  layers: Layers,
  verdicts: readonly ClaimVerdict[] = [],
  /** The document's evidence links, from the tracking stage (`guideLinksOf`). */
  links: AnalysisJson['links'] = [],
): AnalysisJson {
  const { document } = stored;
  return {
    document: document.meta.fileName ?? document.id,
    kind: exportKind(document, layerOf<DocumentKindValue>(layers, 'documentKind')),
    meeting: exportMeeting(layerOf<MeetingValue>(layers, 'meeting')),
    participants: layerOf<ParticipantValue>(layers, 'participants').map(exportParticipant),
    parties: exportParties(layerOf<PartiesValue>(layers, 'parties')),
    statements: byPosition(layerOf<StatementValue>(layers, 'statements')).map((a) => exportStatement(document.text, a)),
    entities: exportEntities(document.text, byPosition(layerOf<EntityMentionValue>(layers, 'entities'))),
    claims: exportClaims(document.text, verdicts),
    links: [...links],
  };
}

/** The analysed kind wins; the source's declared kind is a fallback only when the GUIDE knows it. */
export function exportKind(document: Document, kinds: readonly Annotation<DocumentKindValue>[]): DocumentKind | null {
  const analysed = kinds[0]?.value.kind;
  if (analysed) return analysed;
  const declared = document.meta.kind;
  return declared && (DOCUMENT_KINDS as readonly string[]).includes(declared) ? (declared as DocumentKind) : null;
}

function exportMeeting(meetings: readonly Annotation<MeetingValue>[]): AnalysisMeeting | null {
  const m = meetings[0]?.value;
  if (!m) return null;
  return {
    format: m.format,
    level: m.level,
    edition: m.edition,
    date: m.date,
    end: m.end,
    city: m.city,
    country: m.country,
  };
}

function exportParticipant(a: Annotation<ParticipantValue>): AnalysisParticipant {
  return { name: a.value.name, country: a.value.country, role: a.value.role };
}

function exportParties(parties: readonly Annotation<PartiesValue>[]): string[] | null {
  const p = parties[0]?.value.parties;
  return p ? [...p].sort() : null;
}

function exportStatement(text: string, a: Annotation<StatementValue>): AnalysisStatement {
  const v = a.value;
  return {
    clause: v.clause,
    text: sliceSpan(text, a),
    kind: v.kind,
    actors: [...v.actors].sort(),
    sectors: [...v.sectors],
    deadline: v.deadline,
    references: v.references.map((r) => ({ ...r })),
  };
}

/** Groups mentions by entity id, keeping the first-seen order and distinct surface strings. */
export function exportEntities(text: string, mentions: readonly Annotation<EntityMentionValue>[]): AnalysisEntity[] {
  const byId = new Map<string, AnalysisEntity>();
  for (const m of mentions) {
    const surface = sliceSpan(text, m);
    const entity = byId.get(m.value.entityId);
    if (!entity) byId.set(m.value.entityId, { type: m.value.type, name: m.value.name, mentions: [surface] });
    else if (!entity.mentions.includes(surface)) entity.mentions.push(surface);
  }
  return [...byId.values()];
}

/** A layer's annotations with their value type; an absent layer is empty. */
function layerOf<V>(layers: Layers, name: string): readonly Annotation<V>[] {
  return (layers[name] ?? []) as readonly Annotation<V>[];
}

function byPosition<V>(annotations: readonly Annotation<V>[]): Annotation<V>[] {
  return [...annotations].sort((a, b) => a.start - b.start || a.end - b.end);
}
