/**
 * @module analysis-json
 * The shape of one document's analysis as the evaluation GUIDE defines it (../shared/eval/GUIDE.md).
 */
import type { Verdict } from '../model/claim.ts';
import type { DocumentKind } from '../model/document.ts';
import type { EntityType, MeetingValue, ReferenceValue, Sector, StatementKind } from '../model/layers.ts';

/** The meeting a document comes from or reports on: the layer's value without the knowledge-base link. */
export type AnalysisMeeting = Omit<MeetingValue, 'formatId'>;

/** A person named as taking part. */
export interface AnalysisParticipant {
  name: string;
  country: string | null;
  role: string | null;
}

/** One statement of a primary document, its text sliced verbatim from the document. */
export interface AnalysisStatement {
  clause: string;
  text: string;
  kind: StatementKind;
  actors: string[];
  sectors: Sector[];
  deadline: string | null;
  references: ReferenceValue[];
}

/** One distinct entity with the spellings this document uses. */
export interface AnalysisEntity {
  type: EntityType;
  name: string;
  mentions: string[];
}

/** One checked claim of a report: its verbatim text, verdict, the primary clauses that decide it. */
export interface AnalysisClaim {
  text: string;
  verdict: Verdict;
  evidence: { document: string; clause: string }[];
  note: string;
}

/** Evidence of implementation in this document for a statement of an earlier one. */
export interface AnalysisLink {
  statement: { document: string; clause: string };
  relation: string;
  text: string;
}

/** The GUIDE's per-document analysis. `claims` and `links` are produced by later stages. */
export interface AnalysisJson {
  document: string;
  kind: DocumentKind | null;
  meeting: AnalysisMeeting | null;
  participants: AnalysisParticipant[];
  parties: string[] | null;
  statements: AnalysisStatement[];
  entities: AnalysisEntity[];
  claims: AnalysisClaim[];
  links: AnalysisLink[];
}
