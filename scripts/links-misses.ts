/**
 * @module links-misses
 * Why gold links are missed and what the extra links are: for each gold link of a folder (as
 * `links-eval --out DIR` writes it to DIR.gold/gold-wide) with no predicted link of its
 * statement in its document, the first cause found: the statement not followed, no candidate
 * retrieved by either side, the document rejected before its sentences are read, no sentence
 * naming the promise, a sentence naming it but no verdict, or a link stored as a repeat or
 * left out of the JSON; and, for matched links, a wrong relation.
 *
 * Usage: node --import tsx scripts/links-misses.ts --store PATH --gold DIR --pred DIR [--extra]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../src/store/open-store.ts';
import { storeCandidateFinder } from '../src/track/candidate-finder.ts';
import { classifyEvidence } from '../src/track/classify-evidence.ts';
import {
  bestEvidence,
  documentTerms,
  preparedSentences,
  reportsLater,
  sentencesNaming,
} from '../src/track/examine-pair.ts';
import { implementationLexicon } from '../src/track/implementation-lexicon.ts';
import { sameSetting } from '../src/track/same-setting.ts';
import { loadTrackedDocument } from '../src/track/tracked-document.ts';
import { TrackingRepository, trackingDb } from '../src/track/tracking-repository.ts';

interface GoldLink {
  statement: { document: string; clause: string };
  relation: string;
  text?: string;
}
const option = (name: string) => process.argv[process.argv.indexOf(name) + 1];
const store = await openStore({ sqlitePath: option('--store') });
const repo = new TrackingRepository(trackingDb(store));
const finder = storeCandidateFinder(repo);
const lex = implementationLexicon();
const byName = new Map<string, string>();
for (const id of await store.listDocumentIds()) {
  const d = await store.getDocument(id);
  if (d?.meta.fileName) byName.set(d.meta.fileName, id);
}
const causes = new Map<string, number>();
const tally = (cause: string) => causes.set(cause, (causes.get(cause) ?? 0) + 1);
const goldDir = option('--gold');
const predDir = option('--pred');
for (const f of readdirSync(goldDir).filter((x) => x.endsWith('.json'))) {
  const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8'));
  let pred: GoldLink[] = [];
  try {
    pred = JSON.parse(readFileSync(join(predDir, `${gold.document}.json`), 'utf8')).links ?? [];
  } catch {}
  const key = (l: GoldLink) => `${l.statement.document}#${l.statement.clause}`;
  const left = [...pred];
  for (const g of gold.links as GoldLink[]) {
    const i = left.findIndex((p) => key(p) === key(g));
    const head = `${gold.document.slice(0, 55)} <- ${key(g).slice(0, 70)} (${g.relation})`;
    if (i >= 0) {
      const [p] = left.splice(i, 1);
      if (p.relation !== g.relation) {
        tally(`wrong relation (${p.relation} for ${g.relation})`);
        console.log(`RELATION ${head}: predicted ${p.relation}\n    pred: ${clip(p.text)}\n    gold: ${clip(g.text)}`);
      }
      continue;
    }
    const cause = await diagnose(gold.document, g);
    tally(cause.split(':')[0]);
    console.log(`MISS ${head}\n    ${cause}\n    gold: ${clip(g.text)}`);
  }
  if (process.argv.includes('--extra'))
    for (const p of left)
      console.log(`EXTRA ${gold.document.slice(0, 55)} <- ${key(p)} (${p.relation})\n    ${clip(p.text)}`);
}
console.log('\ncauses:');
for (const [c, n] of [...causes].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(3)}  ${c}`);
await store.close();

async function diagnose(evidenceName: string, g: GoldLink): Promise<string> {
  const docId = byName.get(evidenceName);
  const fromId = byName.get(g.statement.document);
  if (!docId || !fromId) return 'document not stored';
  const own = (await repo.commitments({ documentId: fromId })).filter((c) => c.clause === g.statement.clause);
  if (!own.length) {
    const st = await store.getAnnotations({ layer: 'statements', documentId: fromId });
    const kinds = st
      .map((s) => s.value as { clause: string; kind: string })
      .filter((v) => v.clause === g.statement.clause);
    const found = kinds.length ? kinds.map((k) => k.kind).join(',') : 'no statement of that clause';
    return `statement not followed: ${found}`;
  }
  const stored = (await repo.links({ documentId: docId })).filter((l) => own.some((c) => c.key === l.commitmentKey));
  if (stored.length) return `stored but not listed: ${stored.map((l) => `${l.kind} ${l.rule}`).join('; ')}`;
  const doc = await loadTrackedDocument(store, docId);
  if (!doc) return 'document not loaded';
  const terms = doc.date ? await finder.commitmentsFor(documentTerms(doc, lex), doc.date) : [];
  const notes: string[] = [];
  const fromText = (await store.getDocument(fromId))?.document.text ?? '';
  for (const c of own) {
    if (process.argv.includes('--show')) notes.push(`promise: ${clip(fromText.slice(c.start, c.end))}`);
    const bySearch = (await finder.documentsFor(c)).includes(docId);
    const byTerms = terms.some((t) => t.key === c.key);
    const anchors = c.anchors.map((a) => a.tokens.join('+')).join(', ');
    const what = `[anchors ${anchors}; topics ${c.topics.length}; objects ${(c.objects ?? []).join(',')}]`;
    if (!reportsLater(c, doc)) {
      const why =
        !doc.date || !c.madeOn || doc.date <= c.madeOn
          ? `dates ${c.madeOn} -> ${doc.date}`
          : c.meetingId && doc.meeting?.meetingId === c.meetingId
            ? 'same meeting'
            : !sameSetting(c, doc)
              ? `setting (${c.format} vs ${doc.meeting?.format ?? 'no format'}; actors ${c.actors.join(',')})`
              : '?';
      notes.push(`rejected before reading: ${why} ${what}`);
      continue;
    }
    const best = bestEvidence(c, doc, lex);
    if (best) {
      notes.push(
        `${bySearch || byTerms ? 'would link' : 'no candidate'} (${best.kind} ${best.rule}) ` +
          `search=${bySearch} terms=${byTerms}`,
      );
      continue;
    }
    const naming = sentencesNaming(c, doc, lex);
    const sentences = preparedSentences(doc, lex);
    const at = g.text ? doc.text.indexOf(g.text.slice(0, 40)) : -1;
    const goldSentence = sentences.findIndex((s) => at >= s.start && at < s.end);
    const verdict = goldSentence >= 0 ? classifyEvidence(c, sentences[goldSentence], doc.date, lex) : null;
    notes.push(
      `no verdict: ${naming.length} sentences name it; gold sentence ${placeOf(goldSentence, naming)}` +
        ` -> ${verdict ? `${verdict.kind} ${verdict.rule}` : 'null'} search=${bySearch} terms=${byTerms} ${what}`,
    );
  }
  return notes.join('\n    ');
}

function placeOf(sentence: number, naming: readonly number[]): string {
  if (sentence < 0) return 'not found';
  return naming.includes(sentence) ? 'names it' : 'names nothing';
}

function clip(t?: string): string {
  return (t ?? '').replace(/\s+/g, ' ').slice(0, process.argv.includes('--show') ? 400 : 160);
}
