import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldName } from '../../../src/knowledge/fold.ts';
import { loadKnowledgeBase } from '../../../src/knowledge/load-knowledge-base.ts';
import { bodyStart } from '../../../src/analyse/entities/body-start.ts';
import { recognizeEntities } from '../../../src/analyse/entities/recognize-entities.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const shared = path.resolve(repoRoot, '../shared');

/** Floors measured on the 27 gold documents (the bench reports the exact figures). */
const FLOORS: Record<string, number> = { person: 0.9, country: 0.9, city: 0.9, organization: 0.8, event: 0.7 };

interface Entity {
  type: string;
  name: string;
  mentions: string[];
}

test('should reach the F1 floors per type on the gold documents', (t) => {
  if (!existsSync(path.join(shared, 'eval/gold')) || !existsSync(path.join(shared, 'corpus'))) {
    t.skip('../shared/eval/gold or ../shared/corpus absent');
    return;
  }
  const kb = loadKnowledgeBase();
  const counts: Record<string, { tp: number; gold: number; pred: number }> = {};
  for (const f of readdirSync(path.join(shared, 'eval/gold')).filter((x) => x.endsWith('.json'))) {
    const gold = JSON.parse(readFileSync(path.join(shared, 'eval/gold', f), 'utf8')) as {
      document: string;
      entities?: Entity[];
    };
    const file = path.join(shared, 'corpus', gold.document);
    if (!gold.entities || !existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    const date = /^published:\s*(\d{4}-\d{2}-\d{2})/m.exec(text)?.[1];
    const byId = new Map<string, Entity>();
    for (const m of recognizeEntities(text, kb, { date, from: bodyStart(text) })) {
      const e = byId.get(m.value.entityId) ?? { type: m.value.type, name: m.value.name, mentions: [] };
      e.mentions.push(text.slice(m.start, m.end));
      byId.set(m.value.entityId, e);
    }
    const pred = [...byId.values()];
    const keys = (e: Entity) => new Set([e.name, ...e.mentions].map(foldName));
    const usedP = new Set<number>();
    for (const g of gold.entities) {
      const c = (counts[g.type] ??= { tp: 0, gold: 0, pred: 0 });
      c.gold++;
      const gk = keys(g);
      const j = pred.findIndex((p, j) => !usedP.has(j) && p.type === g.type && [...keys(p)].some((k) => gk.has(k)));
      if (j >= 0) {
        usedP.add(j);
        c.tp++;
      }
    }
    for (const p of pred) (counts[p.type] ??= { tp: 0, gold: 0, pred: 0 }).pred++;
  }
  for (const [type, floor] of Object.entries(FLOORS)) {
    const c = counts[type];
    const p = c.tp / c.pred,
      r = c.tp / c.gold,
      f1 = (2 * p * r) / (p + r);
    assert.ok(f1 >= floor, `${type}: F1 ${f1.toFixed(3)} below ${floor}`);
  }
});
