/**
 * @module wide/kind-misses
 * Lists the statements whose kind (or, with --actors, actors) a prediction got wrong, grouped by gold → predicted,
 * with the cue that decided, re-read from the statement's text: for finding the general causes of kind errors on
 * the development gold (the held-out set is measured, never read for rules).
 *
 * Usage: node --import tsx scripts/wide/kind-misses.ts GOLD_DIR PRED_DIR [--actors]
 * (the folders `npm run eval:wide -- --out DIR` leaves in DIR/wide-gold and DIR/wide-pred).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContext } from '../../src/analyse/load-context.ts';
import { findCues, mainCue } from '../../src/analyse/statements/find-cues.ts';
import { matchByText } from '../claims/scorer-match.ts';

interface Statement {
  text: string;
  kind: string;
  actors: string[];
}

const [goldDir, predDir] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const actorsToo = process.argv.includes('--actors');
if (!goldDir || !predDir) {
  console.log('usage: kind-misses.ts GOLD_DIR PRED_DIR [--actors]');
  process.exit(1);
}
const lexicons = loadContext().lexicons;
const statementsOf = (file: string): Statement[] => {
  try {
    return JSON.parse(readFileSync(file, 'utf8')).statements ?? [];
  } catch {
    return [];
  }
};

const groups = new Map<string, string[]>();
const add = (key: string, line: string) => groups.set(key, [...(groups.get(key) ?? []), line]);
let paired = 0;
for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json'))) {
  const gold = statementsOf(join(goldDir, file));
  const pred = statementsOf(join(predDir, file));
  const pairs = matchByText(gold, pred).map(([i, j]) => [gold[i], pred[j]] as const);
  paired += pairs.length;
  for (const [g, p] of pairs) {
    const text = p.text.replace(/\s+/g, ' ');
    const where = file.slice(0, 50);
    if (g.kind !== p.kind) {
      const cue = mainCue(text, lexicons);
      const all = findCues(text, lexicons).map((h) => `${h.id}:${text.slice(h.start, h.end)}`);
      add(`kind ${g.kind} → ${p.kind}`, `${where} [${cue?.id ?? 'no cue'}] {${all.join(', ')}}\n    ${text}`);
    }
    if (actorsToo && [...g.actors].sort().join() !== [...p.actors].sort().join())
      add('actors', `${where} gold ${g.actors.join(',')} pred ${p.actors.join(',')}\n    ${text}`);
  }
}

console.log(`${paired} matched statements`);
for (const [key, lines] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`\n== ${key} (${lines.length})`);
  for (const line of lines) console.log(`  ${line}`);
}
