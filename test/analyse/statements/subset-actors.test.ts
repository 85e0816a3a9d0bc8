/**
 * @module subset-actors.test
 * Statement actors when a statement is made by one party, a subset, or nobody named (issue 8, point 3): states that
 * are no parties never act in a joint text; a first-person statement is the speakers'; "the EU and its Member States"
 * is the Union's members; people who represent states speak for them; the items of a list under a lead-in naming a
 * subset are that subset's. Invented sentences and documents over the repository's knowledge base.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mainCue } from '../../../src/analyse/statements/find-cues.ts';
import { resolveActors } from '../../../src/analyse/statements/resolve-actors.ts';
import { loadContext } from '../../../src/analyse/load-context.ts';
import { createAnalyser } from '../../../src/analyse/analyser.ts';
import { prepareDocument } from '../../../src/ingest/prepare-document.ts';
import type { Annotation } from '../../../src/model/annotation.ts';
import type { StatementValue } from '../../../src/model/layers.ts';

const lexicons = loadContext().lexicons;
const PARTIES = ['AU', 'JP', 'US'];
const resolve = (t: string, previous: string[] | null = null, parties = PARTIES) =>
  resolveActors(t, 0, mainCue(t, lexicons)?.start ?? null, {
    parties,
    previous,
    lexicons,
    entities: [],
    date: '2025-03-01',
    end: t.length,
  });

describe('actors within the parties', () => {
  test('should give a statement whose subject is a state outside the parties to the parties', () => {
    const f = resolve('Russia will be held accountable for the damage it has caused.', ['US']);
    assert.deepEqual(f.actors, PARTIES);
    assert.match(f.rule, /non-party$/);
  });
  test('should leave a state outside the parties out of a list of actors', () => {
    assert.deepEqual(resolve('Japan and Canada will fund the new observatory.').actors, ['JP']);
  });
  test('should keep a state outside the parties in a chair’s statement or when no parties are known', () => {
    const t = 'Canada will fund the new observatory.';
    const chair = resolveActors(t, 0, mainCue(t, lexicons)?.start ?? null, {
      parties: ['PE'],
      previous: null,
      lexicons,
      entities: [],
      chair: true,
    });
    assert.deepEqual(chair.actors, ['CA']);
    assert.deepEqual(resolve(t, null, []).actors, ['CA']);
  });
});

describe('first-person statements', () => {
  test('should give a statement in the first person plural to the speakers, not the statement before', () => {
    const f = resolve('Reaching our common goals requires lasting and patient effort.', ['US']);
    assert.deepEqual(f.actors, PARTIES);
    assert.equal(f.rule, 'speaker');
  });
  test('should still continue the statement before for a subject without a pronoun of ours', () => {
    assert.deepEqual(resolve('It will also second two experts to the secretariat.', ['US']).actors, ['US']);
    assert.deepEqual(resolve('Funding of this kind requires lasting and patient effort.', ['US']).actors, ['US']);
  });
  test('should not read the initialism "US" as the pronoun "us"', () => {
    assert.deepEqual(resolve('Support from the US requires lasting and patient effort.', ['JP']).actors, ['JP']);
  });
});

describe('organisations with their members', () => {
  test('should read "the EU and its Member States" as the Union’s members among the parties', () => {
    const parties = ['CA', 'DE', 'FR', 'IT'];
    const a = resolve('The EU and its Member States will provide fifty million euros.', null, parties).actors;
    assert.deepEqual(a, ['DE', 'FR', 'IT']);
  });
});

describe('states parties of a treaty', () => {
  test('should read "States Parties to the <treaty>" as the treaty’s parties among the document’s', () => {
    const parties = ['AU', 'FJ', 'FM', 'PW', 'US', 'WS'];
    const t = 'States Parties to the Treaty of Rarotonga reaffirmed their commitment to the nuclear-free zone.';
    assert.deepEqual(resolve(t, null, parties).actors, ['AU', 'FJ', 'WS']);
    assert.deepEqual(resolve('The Parties will meet again in 2026.', null, parties).actors, parties);
  });
});

const analyser = createAnalyser();
async function statements(text: string): Promise<[string, string[]][]> {
  const p = await prepareDocument({ bytes: new TextEncoder().encode(text), fileName: 'made-up.txt' }, analyser);
  const layers = p.analysis.layers as Record<string, Annotation[] | undefined>;
  return ((layers.statements ?? []) as Annotation<StatementValue>[]).map((s) => [
    p.document.text.slice(s.start, s.end).replace(/\s+/g, ' '),
    s.value.actors,
  ]);
}
const DOC_HEAD =
  'title: Joint Statement of the Leaders of Japan, Australia and the United States\npublished: 2025-03-02\n---\n' +
  'We, the Leaders of Japan, Australia and the United States, met in Tokyo on 1 March 2025.\n\n';
const actorsOf = (all: [string, string[]][], start: string) => all.find(([t]) => t.startsWith(start))?.[1];

describe('subsets in a joint document', () => {
  test('should give the items of a list under a lead-in naming a subset to that subset, verbs or not', async () => {
    const all = await statements(
      `${DOC_HEAD}1. We reaffirm our partnership.\n\n2. Japan and Australia will:\n` +
        '- provide training for coast guard officers;\n- a study on fisheries.\n\n' +
        '3. Achieving lasting prosperity takes time.\n',
    );
    assert.deepEqual(actorsOf(all, 'provide training'), ['AU', 'JP']);
    assert.deepEqual(actorsOf(all, 'a study'), ['AU', 'JP']);
    // A numbered clause after the list is no item of it.
    assert.deepEqual(actorsOf(all, 'Achieving'), PARTIES);
  });
  test('should give a statement by leaders named with their states to those states', async () => {
    const all = await statements(
      `${DOC_HEAD}1. Prime Minister Kenji Arata of Japan and President Lara Holt of the United States welcomed ` +
        'the new agreement on fisheries.\n',
    );
    assert.deepEqual(actorsOf(all, 'Prime Minister'), ['JP', 'US']);
  });
  test('should give a verbless statement that opens on a state outside the parties to the parties', async () => {
    const all = await statements(
      `${DOC_HEAD}1. The United States will fund the new port. Iran never to acquire a nuclear weapon.\n`,
    );
    assert.deepEqual(actorsOf(all, 'Iran'), PARTIES);
  });
});
