/**
 * @module document-adopted
 * Rule `document-adopted`: "the ministers adopted a joint communiqué", "the summit adopted
 * the declaration": a claim that the meeting adopted or signed a document of a kind that is
 * among the meeting's primary documents is supported by the passage that records the adoption
 * (signed or adopted alike: the GUIDE counts both as adoption). Who signed is checked before,
 * by `party-vs-attendee` and `party-count`.
 */
import type { RetrievalUnit } from '../../retrieval/retrieval-unit.ts';
import type { MeetingRecord } from '../meeting-record.ts';
import { frameContentPassage } from './claim-content.ts';
import { kindsNamed } from './verdict-cues.ts';
import { SUPPORTS } from './retrieval-match.ts';
import type { VerdictRule } from './verdict-rule.ts';

export const documentAdopted: VerdictRule = {
  name: 'document-adopted',
  decide: ({ claim, record, candidates }) => {
    const v = claim.claim.value;
    if (v.aspect !== 'adoption' || v.attributedTo === 'participant' || v.negated) return null;
    const { adopted, evidence } = adoptionPassages(claim.text, record);
    if (!adopted.length) return null;
    const best = candidates[0];
    if (best && best.coverage >= SUPPORTS && !evidence.includes(best.unit)) evidence.push(best.unit);
    // What the report says the document holds ("… adopted a statement committing them to …").
    const said = frameContentPassage(claim, record, evidence);
    if (said) evidence.push(said);
    if (!evidence.length) return null;
    return {
      verdict: 'supported',
      evidence,
      differences: [],
      note: `the meeting's ${adopted[0].kind?.replace('-', ' ')} (${adopted.map((d) => d.name).join(', ')})`,
      confidence: 0.7,
    };
  },
};

/**
 * The meeting's primary documents of the kinds the text names, and the first passage of each that
 * records the meeting and its parties (where the adoption is recorded), with its title.
 * @example adoptionPassages('signed the joint statement', record).evidence[0].clause === 'preamble'
 */
export function adoptionPassages(
  text: string,
  record: MeetingRecord,
): { adopted: MeetingRecord['documents'][number][]; evidence: RetrievalUnit[] } {
  const kinds = kindsNamed(text);
  const adopted = record.documents.filter((d) => d.kind && kinds.includes(d.kind));
  const ids = new Set(adopted.map((d) => d.id));
  const seen = new Set<string>();
  const evidence = record.boilerplate.filter(
    (u) => ids.has(u.documentId) && !seen.has(u.documentId) && seen.add(u.documentId),
  );
  // The document's title names what was adopted ("Johannesburg II Declaration").
  for (const d of adopted) {
    const title = record.titles.get(d.id);
    if (title && !evidence.includes(title)) evidence.push(title);
  }
  return { adopted, evidence };
}
