/**
 * @module participant-remarks
 * Rule `participant-remarks`: what one participant said, proposed or stressed in their own
 * remarks (quoted or reported) is not what the parties adopted; primary documents record the
 * joint text, so such a claim is not in the source unless a clause says the same thing closely.
 */
import type { VerdictRule } from './verdict-rule.ts';

/** A clause this close to a participant's remark is taken as the same content. */
export const REMARK_MATCH = 0.7;
/** Acts of the meeting a participant may report ("Biden said the three countries agreed to …"): checked as such. */
const OWN_ACTS = new Set(['attendance', 'adoption', 'agreement']);

export const participantRemarks: VerdictRule = {
  name: 'participant-remarks',
  decide: ({ claim, record, candidates }) => {
    const v = claim.claim.value;
    if (v.attributedTo !== 'participant' || OWN_ACTS.has(v.aspect)) return null;
    if ((candidates[0]?.coverage ?? 0) >= REMARK_MATCH) return null;
    return {
      verdict: 'not-in-source',
      evidence: [],
      differences: [],
      note:
        `a participant's own remarks; searched ${record.index.size} passages of ${record.documents.length} ` +
        "primary document(s), which record the parties' joint text",
      confidence: 0.6,
    };
  },
};
