/**
 * @module entity-catalogue.test
 * The paged catalogue and profiles (store index + reviewed overlay) against the whole-set
 * computation they replace (every mention, every decision, in memory): after each kind of
 * decision and after a deletion both must agree, on every dialect, so a stale index or a
 * decision applied to the wrong rows fails here.
 */
import assert from 'node:assert/strict';
import type { Annotation } from '../../src/model/annotation.ts';
import { coOccurring } from '../../src/services/entity-summaries.ts';
import { entityTarget, mentionTarget } from '../../src/review/entity-decisions.ts';
import { loadReviewedEntities } from '../../src/services/reviewed-entities.ts';
import { listEntities } from '../../src/services/entity-catalogue.ts';
import { entityProfile } from '../../src/services/entity-profile.ts';
import { recordDecision } from '../../src/services/record-decision.ts';
import type { KyselyStore } from '../../src/store/kysely-store.ts';
import { storeContract } from '../store/store-contract.ts';
import { analysis, record } from '../store/store-fixtures.ts';

const PEOPLE: Record<string, [string, string]> = {
  'Sadyr Japarov': ['person:japarov-sadyr', 'person'],
  'Sadyr Zaparov': ['new:person:sadyr-zaparov', 'person'],
  Japarov: ['person:japarov-sadyr', 'person'],
  Tokayev: ['person:tokayev', 'person'],
  China: ['country:CN', 'country'],
  Astana: ['city:astana', 'city'],
  Beijing: ['city:beijing', 'city'],
};

const TEXTS: Record<string, string> = {
  d1: 'Sadyr Japarov met Tokayev in Astana. China sent a note.',
  d2: 'Sadyr Zaparov and Tokayev spoke; China agreed in Beijing.',
  d3: 'In Astana, Japarov and Sadyr Zaparov met China and Beijing.',
  d4: 'Tokayev flew to Astana.',
};

/** Every listed name found in the text becomes a mention. */
function mentionsOf(text: string): Annotation[] {
  const out: Annotation[] = [];
  for (const [surface, [entityId, type]] of Object.entries(PEOPLE)) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      // "Japarov" inside "Sadyr Japarov" is not a mention of its own.
      if (surface === 'Japarov' && text.slice(Math.max(0, at - 6), at) === 'Sadyr ') continue;
      const name = surface === 'Japarov' ? 'Sadyr Japarov' : surface;
      out.push({
        layer: 'entities',
        start: at,
        end: at + surface.length,
        value: { entityId, type, name, known: !entityId.startsWith('new:') },
        source: 'entities:test',
        confidence: 0.9,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

async function fill(store: KyselyStore): Promise<void> {
  await store.putDocuments(
    Object.entries(TEXTS).map(([id, text]) =>
      record(id, [{ kind: 'paragraph', text }], {}, { analysis: analysis({ entities: mentionsOf(text) }) }),
    ),
  );
}

/** The catalogue read page by page, and the profiles' totals and co-occurrences, equal the whole-set view. */
async function assertAgrees(store: KyselyStore, step: string): Promise<void> {
  const whole = await loadReviewedEntities(store);
  const paged = [];
  for (let offset = 0; ; offset += 2) {
    const page = await listEntities(store, { limit: 2, offset });
    assert.equal(page.total, whole.entities.length, `${step}: total`);
    paged.push(...page.items);
    if (!page.items.length) break;
  }
  assert.deepEqual(paged, whole.entities, `${step}: catalogue`);
  const people = await listEntities(store, { type: 'person', q: 'zaparov', limit: 10, offset: 0 });
  assert.deepEqual(
    people.items.map((e) => e.id),
    whole.entities
      .filter((e) => e.type === 'person' && e.spellings.some((s) => s.toLowerCase().includes('zaparov')))
      .map((e) => e.id),
    `${step}: filtered`,
  );
  for (const e of whole.entities) {
    const profile = await entityProfile(store, e.id, () => undefined, { limit: 100, offset: 0 });
    assert.ok(profile, `${step}: profile of ${e.id}`);
    assert.deepEqual(profile.entity, e, `${step}: profile entity ${e.id}`);
    const own = whole.mentions.filter((m) => m.entityId === e.id && !m.rejected);
    assert.equal(profile.mentionTotal, own.length, `${step}: mentions of ${e.id}`);
    assert.deepEqual(
      profile.mentions.map((m) => [m.documentId, m.start, m.surface, m.reviewed]),
      own.map((m) => [m.documentId, m.start, m.surface, m.reviewed]),
      `${step}: mention list of ${e.id}`,
    );
    assert.deepEqual(
      profile.coOccurring.map((o) => [o.id, o.documents]),
      coOccurring(e.id, whole.mentions).map((o) => [o.id, o.documents]),
      `${step}: co-occurring with ${e.id}`,
    );
  }
}

await storeContract('reviewed entity catalogue', (it) => {
  it('should agree with the whole-set view after every kind of decision and a deletion', async (store) => {
    await fill(store);
    await assertAgrees(store, 'machine only');
    const decide = (target: string, action: string, payload: Record<string, unknown> = {}) =>
      recordDecision(store, { target, action, payload, by: 'tester' });

    await decide(entityTarget('new:person:sadyr-zaparov'), 'merge', { into: 'person:japarov-sadyr' });
    await assertAgrees(store, 'after a merge');
    assert.equal(
      await entityProfile(store, 'new:person:sadyr-zaparov', () => undefined),
      undefined,
      'the merged-away entity has no profile',
    );

    await decide(entityTarget('person:tokayev'), 'rename', { name: 'Kassym-Jomart Tokayev' });
    await decide(entityTarget('city:astana'), 'add-alias', { alias: 'Nur-Sultan' });
    await assertAgrees(store, 'after a rename and an alias');

    const d2China = mentionsOf(TEXTS.d2).find((m) => (m.value as { name: string }).name === 'China')!;
    await decide(mentionTarget({ documentId: 'd2', start: d2China.start, end: d2China.end }), 'reject');
    // A mention of an entity no other decision names: only the mention's place says whose it was.
    const d2Beijing = mentionsOf(TEXTS.d2).find((m) => (m.value as { name: string }).name === 'Beijing')!;
    await decide(mentionTarget({ documentId: 'd2', start: d2Beijing.start, end: d2Beijing.end }), 'reject');
    const d4Astana = mentionsOf(TEXTS.d4).find((m) => (m.value as { name: string }).name === 'Astana')!;
    await decide(mentionTarget({ documentId: 'd4', start: d4Astana.start, end: d4Astana.end }), 'relink', {
      entityId: 'country:CN',
    });
    await assertAgrees(store, 'after a rejected and a relinked mention');

    const d3Japarov = mentionsOf(TEXTS.d3).find((m) => m.end - m.start === 'Japarov'.length)!;
    await decide(entityTarget('person:japarov-sadyr'), 'split', {
      mentions: [{ documentId: 'd3', start: d3Japarov.start, end: d3Japarov.end }],
      name: 'Another Japarov',
    });
    await assertAgrees(store, 'after a split');

    assert.equal(await store.deleteDocument('d1', 'tester'), true);
    await assertAgrees(store, 'after a deletion');
  });
});
