/**
 * @module entities-bench
 * Concord's entity step against compromise on the corpus: F1 per type on the gold documents
 * (the scorer's rule: same type and a shared folded name or mention), resolution P/R, words/s
 * over ≥ 5 MB, peak RSS. Usage: npm run bench:entities [-- --mb 5] [--verbose]
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { foldName } from '../src/knowledge/fold.ts';
import { loadKnowledgeBase } from '../src/knowledge/load-knowledge-base.ts';
import type { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { bodyStart } from '../src/analyse/entities/body-start.ts';
import { recognizeEntities } from '../src/analyse/entities/recognize-entities.ts';
import { toAnnotation } from '../src/analyse/entities/entity-mention.ts';
import { findParticipants } from '../src/analyse/entities/find-participants.ts';
import { loadEntityLexicons } from '../src/analyse/shared/entity-lexicons.ts';

interface Entity {
  type: string;
  name: string;
  mentions: string[];
}

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(repo, '../shared');
const args = process.argv.slice(2);
const mb = Number(args[args.indexOf('--mb') + 1]) || 5;
const verbose = args.includes('--verbose');
const TYPES = ['person', 'country', 'city', 'organization', 'initiative', 'event'];

if (!existsSync(path.join(shared, 'corpus'))) {
  console.log('skipped: ../shared/corpus absent');
  process.exit(0);
}
const kb = loadKnowledgeBase();
const corpus = readdirSync(path.join(shared, 'corpus'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ file: f, text: readFileSync(path.join(shared, 'corpus', f), 'utf8') }));

scoreGold();
speed();
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

function publishedOf(text: string): string | undefined {
  return /^published:\s*(\d{4}-\d{2}-\d{2})/m.exec(text)?.[1] ?? /^\s*date\s+(\d{4}-\d{2}-\d{2})/.exec(text)?.[1];
}

function concordEntities(text: string): Entity[] {
  const byId = new Map<string, Entity>();
  for (const m of recognizeEntities(text, kb, { date: publishedOf(text), from: bodyStart(text) })) {
    const e = byId.get(m.value.entityId) ?? { type: m.value.type, name: m.value.name, mentions: [] };
    const surface = text.slice(m.start, m.end);
    if (!e.mentions.includes(surface)) e.mentions.push(surface);
    byId.set(m.value.entityId, e);
  }
  return [...byId.values()];
}

function compromiseEntities(body: string, kb: KnowledgeBase): Entity[] {
  const doc = nlp(body);
  const out = new Map<string, Entity>();
  const put = (type: string, s: string) => {
    const name = s
      .replace(/[.,;:'’"“”()]+$/g, '')
      .replace(/^[("“']+/, '')
      .trim();
    if (!name) return;
    const key = `${type}:${foldName(name)}`;
    if (!out.has(key)) out.set(key, { type, name, mentions: [name] });
  };
  for (const s of doc.people().out('array') as string[]) put('person', s);
  for (const s of doc.organizations().out('array') as string[]) put('organization', s);
  for (const s of doc.places().out('array') as string[]) {
    const rec = kb
      .lookup(foldName(s.replace(/[.,;:]+$/, '')))
      .map((id) => kb.byId.get(id))
      .find((r) => r?.type === 'country' || r?.type === 'city');
    put(rec?.type ?? 'city', s);
  }
  return [...out.values()];
}

function scoreGold(): void {
  const goldDir = path.join(shared, 'eval/gold');
  const files = readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const systems = { concord: newCounts(), compromise: newCounts() };
  const part = { tp: 0, gold: 0, pred: 0 };
  let countryOk = 0;
  for (const f of files) {
    const gold = JSON.parse(readFileSync(path.join(goldDir, f), 'utf8')) as { document: string; entities?: Entity[] };
    const doc = corpus.find((d) => d.file === gold.document);
    if (!doc || !gold.entities) continue;
    const concord = concordEntities(doc.text);
    count(systems.concord, gold.entities, concord, gold.document);
    count(systems.compromise, gold.entities, compromiseEntities(doc.text.slice(bodyStart(doc.text)), kb), undefined);
    const g = gold as unknown as { participants?: { name: string; country: string }[] };
    if (g.participants) {
      const mentions = recognizeEntities(doc.text, kb, { date: publishedOf(doc.text), from: bodyStart(doc.text) }).map(
        toAnnotation,
      );
      const found = findParticipants(doc.text, mentions, loadEntityLexicons(), kb).map((p) => p.value);
      const variants = new Map<string, Set<string>>();
      for (const e of gold.entities) {
        const ks = [e.name, ...e.mentions].map(foldName);
        for (const k of ks) variants.set(k, new Set(ks));
      }
      const same = (a: string, b: string) =>
        foldName(a) === foldName(b) || (variants.get(foldName(a))?.has(foldName(b)) ?? false);
      const used = new Set<number>();
      for (const gp of g.participants) {
        const j = found.findIndex((p, j) => !used.has(j) && same(gp.name, p.name));
        if (j >= 0) {
          used.add(j);
          part.tp++;
          if ((found[j].country ?? '') === (gp.country ?? '')) countryOk++;
        } else if (verbose) console.log(`  PMISS ${gold.document.slice(0, 40)} ${gp.name}`);
      }
      if (verbose)
        found.forEach((p, j) => {
          if (!used.has(j)) console.log(`  PFP   ${gold.document.slice(0, 40)} ${p.name} (${p.role})`);
        });
      part.gold += g.participants.length;
      part.pred += found.length;
    }
  }
  console.log(`participants ${prf(part)}; country accuracy ${(countryOk / Math.max(1, part.tp)).toFixed(2)}`);
  console.log(`entity F1 on ${files.length} gold documents (scorer's matching rule)`);
  console.log(`${'type'.padEnd(14) + 'concord P/R/F1'.padEnd(28)}compromise P/R/F1`);
  for (const t of TYPES)
    console.log(t.padEnd(14) + prf(systems.concord.types[t]).padEnd(28) + prf(systems.compromise.types[t]));
  for (const [name, c] of Object.entries(systems)) {
    const all = Object.values(c.types).reduce(
      (a, r) => ({ tp: a.tp + r.tp, gold: a.gold + r.gold, pred: a.pred + r.pred }),
      { tp: 0, gold: 0, pred: 0 },
    );
    console.log(`${name}: all types ${prf(all)}; resolution ${resolution(c.rows)}`);
  }
}

function newCounts() {
  return {
    types: Object.fromEntries(TYPES.map((t) => [t, { tp: 0, gold: 0, pred: 0 }])) as Record<
      string,
      { tp: number; gold: number; pred: number }
    >,
    rows: [] as [string, string][],
  };
}

function count(c: ReturnType<typeof newCounts>, gold: Entity[], pred: Entity[], doc: string | undefined): void {
  const keys = (e: Entity) => new Set([e.name, ...e.mentions].map(foldName));
  const cand: [number, number][] = [];
  gold.forEach((g, i) => {
    pred.forEach((p, j) => {
      if (g.type !== p.type) return;
      const a = keys(g),
        b = keys(p);
      if ([...a].some((k) => b.has(k))) cand.push([i, j]);
    });
  });
  const gi = new Set<number>(),
    pj = new Set<number>();
  for (const [i, j] of cand)
    if (!gi.has(i) && !pj.has(j)) {
      gi.add(i);
      pj.add(j);
      c.rows.push([`${gold[i].type}:${foldName(gold[i].name)}`, `${gold[i].type}:${foldName(pred[j].name)}`]);
    }
  for (const t of TYPES) {
    const r = (c.types[t] ??= { tp: 0, gold: 0, pred: 0 });
    r.gold += gold.filter((e) => e.type === t).length;
    r.pred += pred.filter((e) => e.type === t).length;
    r.tp += [...gi].filter((i) => gold[i].type === t).length;
  }
  if (verbose && doc) {
    gold.forEach((g, i) => {
      if (!gi.has(i)) console.log(`  MISS ${doc.slice(0, 40)} ${g.type}: ${g.name} ${JSON.stringify(g.mentions)}`);
    });
    pred.forEach((p, j) => {
      if (!pj.has(j)) console.log(`  FP   ${doc.slice(0, 40)} ${p.type}: ${p.name} ${JSON.stringify(p.mentions)}`);
    });
  }
}

function prf(r: { tp: number; gold: number; pred: number } | undefined): string {
  if (!r) return '-';
  const p = r.pred ? r.tp / r.pred : 0,
    rc = r.gold ? r.tp / r.gold : 0,
    f = p + rc ? (2 * p * rc) / (p + rc) : 0;
  return `${p.toFixed(2)}/${rc.toFixed(2)}/${f.toFixed(2)} (g${r.gold} p${r.pred})`;
}

function resolution(rows: [string, string][]): string {
  let sg = 0,
    sp = 0,
    both = 0;
  for (let i = 0; i < rows.length; i++)
    for (let j = i + 1; j < rows.length; j++) {
      const g = rows[i][0] === rows[j][0],
        p = rows[i][1] === rows[j][1];
      if (g) sg++;
      if (p) sp++;
      if (g && p) both++;
    }
  return `P ${(sp ? both / sp : 0).toFixed(3)} R ${(sg ? both / sg : 0).toFixed(3)}`;
}

function speed(): void {
  const bodies = corpus.map((d) => d.text.slice(bodyStart(d.text)));
  const texts: string[] = [];
  let bytes = 0;
  // Repeat the corpus, varied by a round marker, until it reaches the target size.
  for (let round = 0; bytes < mb * 1024 * 1024; round++)
    for (const b of bodies) {
      const t = `Round ${round}.\n${b}`;
      texts.push(t);
      bytes += Buffer.byteLength(t);
    }
  const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
  recognizeEntities(bodies[0], kb);
  let t0 = performance.now();
  let found = 0;
  for (const t of texts) found += recognizeEntities(t, kb).length;
  const concordS = (performance.now() - t0) / 1000;
  t0 = performance.now();
  for (const t of texts) {
    const d = nlp(t);
    d.people().out('array');
    d.places().out('array');
    d.organizations().out('array');
  }
  const compromiseS = (performance.now() - t0) / 1000;
  console.log(`speed over ${(bytes / 1048576).toFixed(1)} MB, ${words} words, ${texts.length} documents:`);
  console.log(`  concord    ${(words / concordS).toFixed(0)} words/s (${concordS.toFixed(2)} s, ${found} mentions)`);
  console.log(`  compromise ${(words / compromiseS).toFixed(0)} words/s (${compromiseS.toFixed(2)} s)`);
  console.log(`  ratio ${(compromiseS / concordS).toFixed(1)}×`);
}
