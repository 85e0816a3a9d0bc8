/**
 * @module wide/sector-reference-misses
 * Lists where statement sectors and references differ from a gold set, grouped by cause, so
 * that rules are fixed for a kind of miss rather than for one sentence. Statements and
 * references are paired as ../shared/eval/score.mjs pairs them (token overlap ≥ 0.5, greedy).
 *
 * Usage: npm run eval:wide -- --out DIR, then
 *   node --import tsx scripts/wide/sector-reference-misses.ts --gold DIR/wide-gold --pred DIR/wide-pred
 *   [--only sectors|references]
 * (Only on the development gold: the held-out set is measured, never read for misses.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DATA_DIR, type Lexicons } from '../../src/analyse/shared/load-lexicons.ts';
import { sectorTerms } from '../../src/analyse/statements/score-sectors.ts';
// The scorer's folding and overlap, so that a pair here is a pair there.
import { overlap } from '../claims/scorer-match.ts';

interface Reference {
  type: string;
  name: string;
}
interface Statement {
  clause: string;
  text: string;
  sectors?: string[];
  references?: Reference[];
}
interface Analysis {
  document: string;
  statements?: Statement[] | null;
}

const { values: args } = parseArgs({
  options: { gold: { type: 'string' }, pred: { type: 'string' }, only: { type: 'string' } },
});
if (!args.gold || !args.pred || /heldout/.test(args.gold)) {
  console.error('usage: sector-reference-misses --gold GOLD_DIR --pred PRED_DIR (development gold only)');
  process.exit(2);
}

function pairUp<T>(golds: T[], preds: T[], text: (x: T) => string): [T, T][] {
  const cand: [number, number, number][] = [];
  golds.forEach((g, i) => {
    preds.forEach((p, j) => {
      const s = overlap(text(g), text(p));
      if (s >= 0.5) cand.push([s, i, j]);
    });
  });
  cand.sort((x, y) => y[0] - x[0]);
  const gi = new Set<number>();
  const pj = new Set<number>();
  const pairs: [T, T][] = [];
  for (const [, i, j] of cand)
    if (!gi.has(i) && !pj.has(j)) {
      gi.add(i);
      pj.add(j);
      pairs.push([golds[i], preds[j]]);
    }
  return pairs;
}

// Only the sector lexicon is needed (no knowledge base).
const lexicons: Pick<Lexicons, 'sectors'> = {
  sectors: JSON.parse(readFileSync(join(DATA_DIR, 'lexicons', 'sectors.json'), 'utf8')),
};
/** The words of `text` that count for `sector`, or why none does (the sentence's or heading's sectors). */
const termsOf = (text: string, sector: string) =>
  sectorTerms(text, lexicons)
    .filter((m) => m.term.sector === sector)
    .map((m) => `"${m.words}" ${m.term.weight}${m.term.theatre ? ' (theatre)' : ''}`)
    .join(', ') || '(none in the statement: sentence, heading or default)';

const causes = new Map<string, string[]>();
const note = (cause: string, line: string) => causes.set(cause, [...(causes.get(cause) ?? []), line]);
const clip = (s: string, n = 150) => s.replace(/\s+/g, ' ').slice(0, n);

for (const file of readdirSync(args.gold).filter((f) => f.endsWith('.json'))) {
  const gold = JSON.parse(readFileSync(join(args.gold, file), 'utf8')) as Analysis;
  const predFile = join(args.pred, `${gold.document}.json`);
  if (!gold.statements || !existsSync(predFile)) continue;
  const pred = JSON.parse(readFileSync(predFile, 'utf8')) as Analysis;
  const doc = gold.document.replace(/\.txt$/, '').slice(0, 40);
  for (const [g, p] of pairUp(gold.statements, pred.statements ?? [], (s) => s.text)) {
    const gs = new Set(g.sectors ?? []);
    const ps = new Set(p.sectors ?? []);
    const where = `${doc} [${g.clause}] gold ${[...gs]} / pred ${[...ps]}: ${clip(g.text)}`;
    if (args.only !== 'references') {
      for (const s of gs)
        if (!ps.has(s)) note(`sector missed: ${s}${ps.has('political') ? ' (pred political)' : ''}`, where);
      for (const s of ps) if (!gs.has(s)) note(`sector extra: ${s}`, `${where}\n      by: ${termsOf(p.text, s)}`);
    }
    if (args.only === 'sectors') continue;
    const gr = g.references ?? [];
    const pr = p.references ?? [];
    const found = pairUp(gr, pr, (r) => r.name);
    for (const r of gr)
      if (!found.some(([x]) => x === r)) note(`reference missed: ${r.type}`, `${doc} [${g.clause}] "${r.name}"`);
    for (const r of pr)
      if (!found.some(([, y]) => y === r)) note(`reference extra: ${r.type}`, `${doc} [${g.clause}] "${r.name}"`);
  }
}
for (const [cause, lines] of [...causes].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`\n## ${cause} (${lines.length})`);
  for (const l of lines) console.log(`  ${l}`);
}
