/**
 * @module fixture-verdicts
 * Verdicts for the invented documents of test/fixtures/claims: the primary document and a report
 * are analysed and checked together; `verdictOf` finds a claim of the report by its first words.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAnalyser } from '../../../src/analyse/analyser.ts';
import { prepareDocument } from '../../../src/ingest/prepare-document.ts';
import { checkDocuments } from '../../../src/link/claims/check-documents.ts';
import type { ClaimVerdict } from '../../../src/model/claim.ts';

const fixtures = fileURLToPath(new URL('../../fixtures/claims/', import.meta.url));

/** @example const verdictOf = await fixtureVerdicts('c5plus1-joint-statement.txt', 'c5plus1-news.txt') */
export async function fixtureVerdicts(
  primary: string,
  report: string,
): Promise<{ verdicts: ClaimVerdict[]; verdictOf: (prefix: string) => ClaimVerdict }> {
  const analyser = createAnalyser();
  const docs = [];
  for (const fileName of [primary, report]) {
    const p = await prepareDocument({ bytes: readFileSync(`${fixtures}${fileName}`), fileName }, analyser);
    docs.push({ ...p, layers: p.analysis.layers });
  }
  const text = docs[1].document.text;
  const verdicts = checkDocuments(docs).get(docs[1].document.id) ?? [];
  const verdictOf = (prefix: string) => {
    const v = verdicts.find((x) => text.slice(x.claim.start, x.claim.end).startsWith(prefix));
    assert.ok(v, `a claim starting "${prefix}"`);
    return v;
  };
  return { verdicts, verdictOf };
}
