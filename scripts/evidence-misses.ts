/**
 * @module evidence-misses
 * A diagnostic for the claims' evidence: every matched claim whose gold verdict names evidence
 * but whose predicted evidence holds none of the gold's clauses, with the claim, the predicted
 * verdict, clauses and note, and the gold clauses (with the text of the statements predicted
 * there, so a reader sees what the claim should have found). Matching follows
 * ../shared/eval/score.mjs (scripts/claims/scorer-match.ts).
 *
 * Usage: node --import tsx scripts/evidence-misses.ts --gold DIR --pred DIR
 * (DIR of predictions: `npm run eval -- --out DIR`, or `npm run eval:wide -- --out W` and W/wide-pred, W/wide-gold)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { matchByText } from './claims/scorer-match.ts';

interface Evidence {
  document: string;
  clause: string;
}
interface ClaimRow {
  text: string;
  verdict: string;
  evidence?: Evidence[];
  note?: string;
}
interface Analysis {
  document: string;
  kind?: string;
  claims?: ClaimRow[];
  statements?: { clause: string; text: string }[];
}

const { values: args } = parseArgs({ options: { gold: { type: 'string' }, pred: { type: 'string' } } });
if (!args.gold || !args.pred) throw new Error('usage: evidence-misses --gold DIR --pred DIR');

const read = (file: string): Analysis => JSON.parse(readFileSync(file, 'utf8'));
const predByName = new Map<string, Analysis>();
for (const f of readdirSync(args.pred).filter((x) => x.endsWith('.json'))) {
  const a = read(join(args.pred, f));
  predByName.set(a.document, a);
}

/** The text predicted for a clause of a primary document (its statements there), shortened. */
function clauseText(e: Evidence): string {
  const rows = predByName.get(e.document)?.statements?.filter((s) => s.clause === e.clause) ?? [];
  return rows.length
    ? rows
        .map((s) => s.text)
        .join(' | ')
        .slice(0, 220)
    : '(no statement predicted there)';
}

let n = 0;
let misses = 0;
for (const f of readdirSync(args.gold)
  .filter((x) => x.endsWith('.json'))
  .sort()) {
  const g = read(join(args.gold, f));
  if (!g.claims?.length || g.kind !== 'news') continue;
  const p = predByName.get(g.document);
  const found = p?.claims ?? [];
  const pairs = matchByText(g.claims, found).map(([i, j]): [ClaimRow, ClaimRow] => [g.claims![i], found[j]]);
  for (const [x, y] of pairs) {
    if (x.verdict === 'not-in-source') continue;
    n++;
    const gold = new Set((x.evidence ?? []).map((e) => `${e.document}#${e.clause}`));
    if ((y.evidence ?? []).some((e) => gold.has(`${e.document}#${e.clause}`))) continue;
    misses++;
    console.log(`\n${g.document}\n  claim  ${x.text}`);
    console.log(`  gold   ${x.verdict}: ${[...gold].join(', ')}${x.note ? ` (${x.note})` : ''}`);
    for (const e of x.evidence ?? []) console.log(`         ${e.clause}: ${clauseText(e)}`);
    const predicted = (y.evidence ?? []).map((e) => `${e.document}#${e.clause}`).join(', ') || '(none)';
    console.log(`  pred   ${y.verdict}: ${predicted}\n         ${y.note ?? ''}`);
  }
}
console.log(`\n${misses} evidence misses of ${n} matched claims with gold evidence`);
