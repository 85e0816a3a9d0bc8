/**
 * @module kb-world2.test
 * Checks the second widening of the world knowledge base (data/kb/*-world2.json, issue-8 item 4): every record
 * cites a checkable source, the formats of the issue each have texts and programmes of their own, and the new
 * spellings do not turn ordinary words of a declaration into entities.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { recognizeEntities } from '../../src/analyse/entities/recognize-entities.ts';
import type { KbRecord } from '../../src/knowledge/kb-types.ts';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge-base.ts';

const kbDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data/kb');
type Record = KbRecord & { proposer?: string; acronyms?: string[] };
const read = (f: string) => (JSON.parse(readFileSync(path.join(kbDir, f), 'utf8')) as { records: Record[] }).records;
const world2 = readdirSync(kbDir)
  .filter((f) => f.endsWith('-world2.json'))
  .flatMap(read);
const all = readdirSync(kbDir)
  .filter((f) => f.endsWith('.json'))
  .flatMap(read);

describe('knowledge base of the world, second widening (issue-8)', () => {
  test('should hold initiatives, bodies and events, each with an https source and an id of its type', () => {
    for (const type of ['initiative', 'organization', 'event'])
      assert.ok(world2.filter((r) => r.type === type).length >= 10, `too few ${type} records`);
    const prefix: { [type: string]: string } = { initiative: 'initiative:', organization: 'org:', event: 'event:' };
    for (const r of world2) {
      assert.ok(r.id.startsWith(prefix[r.type]), `${r.id}: id of a ${r.type}`);
      assert.ok(
        r.sources.some((s) => /^https:\/\/[\w.-]+\.\w+\//.test((s as { url?: string }).url ?? '')),
        `${r.id}: no https source`,
      );
    }
  });

  test('should give each format of the issue texts or programmes it proposed', () => {
    const formats = [
      'g7',
      'g20',
      'asean',
      'apec',
      'au',
      'pif',
      'oas',
      'brics',
      'eu',
      'ots',
      'sco',
      'csto',
      'eaeu',
      'cica',
    ];
    const proposers = new Set(all.map((r) => r.proposer));
    assert.deepEqual(
      formats.filter((f) => !proposers.has(`org:${f}`)),
      [],
      'formats without an initiative of their own',
    );
  });

  test('should spell single-word names of initiatives and events as acronyms, never as common words', () => {
    for (const r of world2.filter((x) => x.type !== 'organization'))
      for (const a of [r.name, ...r.aliases])
        if (!/\s/.test(a)) assert.match(a, /^[\p{Lu}\d][\p{Lu}\p{Ll}\d+-]*$/u, `${r.id}: one-word name ${a}`);
  });

  test('should not read ordinary words of a declaration as one of these entities', () => {
    const kb = loadKnowledgeBase();
    const ids = new Set(world2.map((r) => r.id));
    const text =
      'The strategy for 2025 was discussed. Ships crossed the three seas. A refugee convention was proposed. ' +
      'The DOC and the IRA replied, and the GSA and the PSI were cited. Our data privacy framework will grow. ' +
      'A climate conference and a health summit will follow, with a forum on water.';
    const wrong = recognizeEntities(text, kb).filter((m) => ids.has(m.value.entityId));
    assert.deepEqual(
      wrong.map((m) => text.slice(m.start, m.end)),
      [],
    );
  });
});
