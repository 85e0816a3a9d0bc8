/**
 * @module claim-misses
 * A diagnostic for claim detection: every claim found that the gold does not hold (false
 * positive) and every gold claim not found (false negative), grouped by a likely cause read
 * with the same cue lexicon the claims step uses, then counts per cause. Matching follows
 * ../shared/eval/score.mjs (greedy one-to-one; tokens in common over the longer text ≥ 0.5).
 * Causes are a reader's guide, not a verdict: a sentence may miss for more than one reason.
 *
 * Usage: node --import tsx scripts/claim-misses.ts --gold DIR --pred DIR [--only SUBSTRING]
 * (DIR of predictions: `npm run eval -- --out DIR`, or `npm run eval:wide -- --out W` and W/wide-pred, W/wide-gold)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { subjectKind } from '../src/analyse/claims/claim-subject.ts';
import { type ClaimLexicon, sharedClaimLexicon } from '../src/analyse/shared/claim-lexicon.ts';
import { containment, matchByText } from './claims/scorer-match.ts';

interface ClaimRow {
  text: string;
  verdict: string;
}
interface Analysis {
  document: string;
  kind?: string;
  claims?: ClaimRow[] | null;
}

const { values: args } = parseArgs({
  options: { gold: { type: 'string' }, pred: { type: 'string' }, only: { type: 'string' } },
});
if (!args.gold || !args.pred) throw new Error('usage: claim-misses --gold DIR --pred DIR [--only SUBSTRING]');

/** Spans that hold the same words but were cut differently (merged, split or clipped). */
const SAME_WORDS = 0.7;

const QUOTE_MARK = /["“”«»„]/;

/** Why a claim was found that the gold does not hold: how the sentence reads to the claims step. */
function falsePositiveCause(text: string, gold: readonly ClaimRow[], lex: ClaimLexicon): string {
  if (gold.some((g) => containment(g.text, text) >= SAME_WORDS)) return 'span differs from a gold claim';
  const cue = lex.aspects.find((a) => a.re.test(text));
  const subject = subjectKind(text, [], lex);
  if (lex.quoted.test(text)) return `quotation (${cue?.id ?? 'no cue'})`;
  if (QUOTE_MARK.test(text)) return `quote marks inside (${cue?.id ?? 'no cue'})`;
  if (subject === 'single') return `one speaker's words (${cue?.id ?? 'no cue'})`;
  return `${subject} subject, cue ${cue?.id ?? 'none'}`;
}

const ENDS_LIKE_SENTENCE = /[.!?]["”»’)]?\s*$/;

/** Why a gold claim was not found: the first test of the claims step it fails, as far as text alone tells. */
function falseNegativeCause(text: string, pred: readonly ClaimRow[], lex: ClaimLexicon): string {
  if (pred.some((p) => containment(p.text, text) >= SAME_WORDS)) return 'span differs from a found claim';
  const words = text.trim().split(/\s+/).length;
  if (words < lex.minWords) return 'too short';
  const skip = lex.skip.exec(text);
  if (skip) return `skip word "${skip[0]}"`;
  if (!ENDS_LIKE_SENTENCE.test(text) && words < 12) return 'no sentence end (heading or list line)';
  if (!lex.aspects.some((a) => a.re.test(text)) && !lex.quoted.test(text)) return 'no cue verb';
  const background = lex.background.exec(text);
  if (background) return `background word "${background[0]}"`;
  return 'cue found: not tied to the meeting, or the sentence split differs';
}

const lex = sharedClaimLexicon();
const read = (file: string): Analysis => JSON.parse(readFileSync(file, 'utf8'));
const predByName = new Map<string, Analysis>();
for (const f of readdirSync(args.pred).filter((x) => x.endsWith('.json'))) {
  const a = read(join(args.pred, f));
  predByName.set(a.document, a);
}

const counts = { fp: new Map<string, number>(), fn: new Map<string, number>() };
const totals = { gold: 0, pred: 0, matched: 0 };
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
/** Causes grouped by their words before any parenthesis, so the counts stay few. */
const family = (cause: string) => cause.replace(/\s*\(.*\)$/, '').replace(/ "[^"]*"$/, '');

for (const f of readdirSync(args.gold)
  .filter((x) => x.endsWith('.json'))
  .sort()) {
  const g = read(join(args.gold, f));
  if (!g.claims || g.kind !== 'news' || (args.only && !g.document.includes(args.only))) continue;
  const pred = predByName.get(g.document)?.claims ?? [];
  const pairs = matchByText(g.claims, pred);
  const gi = new Set(pairs.map(([i]) => i));
  const pj = new Set(pairs.map(([, j]) => j));
  totals.gold += g.claims.length;
  totals.pred += pred.length;
  totals.matched += gi.size;
  const lines: string[] = [];
  for (const [j, p] of pred.entries()) {
    if (pj.has(j)) continue;
    const cause = falsePositiveCause(p.text, g.claims, lex);
    bump(counts.fp, family(cause));
    lines.push(`  FP [${cause}] ${p.verdict}: ${p.text.slice(0, 240)}`);
  }
  for (const [i, x] of g.claims.entries()) {
    if (gi.has(i)) continue;
    const cause = falseNegativeCause(x.text, pred, lex);
    bump(counts.fn, family(cause));
    lines.push(`  FN [${cause}] ${x.verdict}: ${x.text.slice(0, 240)}`);
  }
  if (lines.length) console.log(`\n${g.document}\n${lines.join('\n')}`);
}

const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : '-');
console.log(
  `\nclaims: gold ${totals.gold}, found ${totals.pred}, matched ${totals.matched}; ` +
    `P ${ratio(totals.matched, totals.pred)} R ${ratio(totals.matched, totals.gold)}`,
);
for (const [name, m] of Object.entries(counts)) {
  const total = [...m.values()].reduce((a, b) => a + b, 0);
  console.log(`\n${name.toUpperCase()} ${total}`);
  for (const [cause, n] of [...m].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(3)}  ${cause}`);
}
