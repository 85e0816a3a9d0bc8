/**
 * @module parties-named
 * Rule `parties-named`: a claim about who adopted or signed ("the signatories included Mexico,
 * El Salvador and Honduras") is checked state by state against the parties the primary text
 * names: all of them parties is supported by the passages that name them; a state listed with
 * them that is not a party is contradicted ("party: Mongolia is not a party"). Counts are
 * decided before (`party-count`).
 */
import { kindsNamed } from './verdict-cues.ts';
import { listedTogether } from './listed-together.ts';
import { unitsNaming } from './units-naming.ts';
import type { VerdictRule } from './verdict-rule.ts';
import { stateName } from './verdict-rule.ts';

export const partiesNamed: VerdictRule = {
  name: 'parties-named',
  decide: ({ claim, record }) => {
    const v = claim.claim.value;
    if (v.aspect !== 'adoption' || v.negated || v.attributedTo === 'participant' || !record.parties.length) return null;
    // The states listed together with at least one party: the claim's list of who adopted.
    const listed = [
      ...new Set(
        listedTogether(claim)
          .filter((run) => run.some((c) => record.parties.includes(c)))
          .flat(),
      ),
    ];
    // One state is what the claim is about ("China signed a memorandum with …"), not a list of signatories.
    if (listed.length < 2) return null;
    const outsiders = listed.filter((c) => !record.parties.includes(c));
    const parties = listed.filter((c) => record.parties.includes(c));
    // A claim that names the document ("signed the treaty") is checked against that document alone.
    const kinds = kindsNamed(claim.text);
    const ofKind = new Set(record.documents.filter((d) => d.kind && kinds.includes(d.kind)).map((d) => d.id));
    const inDocument = (u: { documentId: string }) => !kinds.length || ofKind.has(u.documentId);
    const units = parties.map((c) => unitsNaming(claim, record, c).filter(inDocument));
    if (units.some((u) => !u.length)) return null;
    const evidence = [...new Map(units.flat().map((u) => [u.id, u])).values()].slice(0, 3);
    if (outsiders.length) {
      const names = outsiders.map((c) => stateName(claim, c));
      return {
        verdict: 'contradicted',
        evidence,
        differences: names.map((n) => ({ field: 'party', claimed: n, recorded: 'not a party' })),
        note: `party: ${names.join(', ')} is not among the parties (${record.parties.join(', ')})`,
        confidence: 0.7,
      };
    }
    return {
      verdict: 'supported',
      evidence,
      differences: [],
      note: `parties: ${parties.map((c) => stateName(claim, c)).join(', ')} among the parties the documents name`,
      confidence: 0.65,
    };
  },
};
