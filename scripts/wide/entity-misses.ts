/**
 * @module wide/entity-misses
 * Lists, per entity type, the gold entities Concord missed and the entities it predicted that
 * no gold entity matches, over a rebuilt gold folder and a prediction folder (as written by
 * `npm run eval:wide -- --out DIR`). Matching follows ../shared/eval/score.mjs: same type and
 * one folded spelling in common. For finding general causes of entity misses on the wide
 * gold; never run it on the held-out set.
 *
 * Usage: node --import tsx scripts/wide/entity-misses.ts --out DIR [--type organization]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fold as foldText } from '../claims/scorer-match.ts';

interface Entity {
  type: string;
  name: string;
  mentions?: string[];
}

const { values: args } = parseArgs({ options: { out: { type: 'string' }, type: { type: 'string' } } });
if (!args.out) throw new Error('usage: entity-misses.ts --out DIR [--type TYPE]');
const goldDir = join(args.out, 'wide-gold');
const predDir = join(args.out, 'wide-pred');

// The scorer's folding (and its article dropped), so a miss here is a miss there.
const fold = (s: string) => foldText(s).replace(/^the /, '');
const keys = (e: Entity) => new Set([e.name, ...(e.mentions ?? [])].map(fold));
// A gold document without `entities` is not scored on them (score.mjs skips it), so undefined stays apart.
const readEntities = (file: string): Entity[] | undefined =>
  existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')).entities as Entity[] | undefined) : undefined;

const missed = new Map<string, string[]>();
const spurious = new Map<string, string[]>();
const add = (map: Map<string, string[]>, type: string, line: string) => {
  if (args.type && type !== args.type) return;
  map.set(type, [...(map.get(type) ?? []), line]);
};
for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json'))) {
  const gold = readEntities(join(goldDir, file));
  if (!gold) continue;
  const pred = readEntities(join(predDir, file)) ?? [];
  const used = new Set<Entity>();
  for (const g of gold) {
    const k = keys(g);
    const hit = pred.find((p) => !used.has(p) && p.type === g.type && [...keys(p)].some((x) => k.has(x)));
    if (hit) used.add(hit);
    else add(missed, g.type, `${g.name} [${(g.mentions ?? []).join(' | ')}]  (${file.slice(0, 40)})`);
  }
  for (const p of pred) {
    if (!used.has(p)) add(spurious, p.type, `${p.name} [${(p.mentions ?? []).join(' | ')}]  (${file.slice(0, 40)})`);
  }
}
for (const [title, map] of [
  ['MISSED (gold not predicted)', missed],
  ['SPURIOUS (predicted, not in gold)', spurious],
] as const) {
  console.log(`\n## ${title}`);
  for (const [type, lines] of [...map].sort()) {
    console.log(`\n### ${type} (${lines.length})`);
    for (const line of lines.sort()) console.log(`  ${line}`);
  }
}
