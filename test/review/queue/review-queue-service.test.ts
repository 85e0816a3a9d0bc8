/**
 * The review queue over a real ingest and analysis: a decision leaves the queue, is applied
 * where statements and meetings are read, and still applies after re-analysis and re-ingest.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createAnalyser } from '../../../src/analyse/analyser.ts';
import { ingest } from '../../../src/ingest/ingest.ts';
import { loadStatements } from '../../../src/services/statements-query.ts';
import { decideQueueItem, decideQueueItems, listQueue } from '../../../src/services/review-queue.ts';
import { openStore } from '../../../src/store/open-store.ts';
import type { Store } from '../../../src/store/store.ts';

const TEXT = [
  'Joint Statement of the Second Meeting of the Foreign Ministers of Central Asia and Japan',
  '',
  'Tokyo, 12 March 2025',
  '',
  'The Ministers of Foreign Affairs of the Republic of Kazakhstan, the Kyrgyz Republic, the Republic of ' +
    'Tajikistan, Turkmenistan, the Republic of Uzbekistan and Japan met in Tokyo.',
  '',
  '1. The Parties agreed to hold the next meeting in Astana in 2026.',
  '',
  '2. Kazakhstan and Uzbekistan will launch a joint water centre by June 2026.',
  '',
  '3. The Parties welcomed the energy initiative of Mr Zorbalek Qintaru.',
  '',
].join('\n');

const bytes = new TextEncoder().encode(TEXT);
// The read budget is for hostile input; a worker thread starting under a loaded shared machine
// can take longer than the default 30 s for this small text, so this test gives it more.
process.env.CONCORD_READ_TIMEOUT_MS ??= '120000';
const analyser = createAnalyser();

describe('review queue service', () => {
  let store: Store;
  let id: string;
  before(async () => {
    store = await openStore({ sqlitePath: ':memory:' });
    const outcome = await ingest(store, { bytes, fileName: 'ca-japan.txt' }, analyser);
    assert.ok(outcome.ok);
    id = outcome.id;
  });
  after(() => store.close());

  const open = async () => (await listQueue(store, { limit: 200 })).items.map((i) => i.id);
  const statementAt = (words: string) => {
    const start = TEXT.indexOf(words);
    assert.ok(start >= 0);
    return start;
  };

  test('should list every kind the analysis suggested, filtered by kind and document', async () => {
    const page = await listQueue(store, { limit: 200 });
    assert.ok(page.total >= 10, `open items: ${page.total}`);
    for (const kind of ['statement-kind', 'statement-actors', 'meeting-city', 'meeting-parties', 'entity-link'])
      assert.ok(page.byKind[kind as never], `no ${kind} item: ${JSON.stringify(page.byKind)}`);
    const cities = await listQueue(store, { kind: 'meeting-city' });
    assert.deepEqual(
      cities.items.map((i) => [i.id, i.machine.value]),
      [[`meeting:${id}#city`, 'Tokyo']],
    );
    assert.equal((await listQueue(store, { document: 'd_0000000000000000' })).total, 0);
    assert.equal((await listQueue(store, { format: 'Japan' })).total, page.total);
    const second = await listQueue(store, { limit: 2, offset: 2 });
    assert.deepEqual(
      second.items.map((i) => i.id),
      page.items.slice(2, 4).map((i) => i.id),
      'pages follow the ranking',
    );
  });

  test('should keep a decision across re-analysis and re-ingest, and show the corrected value', async () => {
    const start = statementAt('Kazakhstan and Uzbekistan will launch');
    const statement = (await open()).find((i) => i.startsWith(`statement:${id}:${start}:`) && i.endsWith('#kind'));
    assert.ok(statement, 'the second clause is a statement in the queue');
    const stored = await decideQueueItem(
      store,
      { item: statement, action: 'correct', value: 'position', note: 'an intention only' },
      'ana',
    );
    assert.equal(stored.by, 'ana');
    assert.equal(stored.note, 'an intention only');
    const machine = stored.payload.machine as { value: unknown; confidence: number; rule: string };
    assert.equal(machine.value, 'commitment', 'the snapshot keeps what the machine had said');
    assert.equal(typeof machine.confidence, 'number');
    assert.match(machine.rule, /^statements/);
    assert.equal(stored.payload.value, 'position');
    await decideQueueItem(store, { item: `meeting:${id}#city`, action: 'correct', value: 'Astana' }, 'ana');
    const settled = [statement, `meeting:${id}#city`];
    assert.deepEqual(
      (await open()).filter((i) => settled.includes(i)),
      [],
    );

    // Re-analysis, as the reanalyse job does it: the machine's layers are replaced.
    const doc = await store.getDocument(id);
    await store.putAnalysis(id, analyser.analyse(doc!.document, doc!.tree));
    assert.deepEqual(
      (await open()).filter((i) => settled.includes(i)),
      [],
      'still settled after re-analysis',
    );
    const layer = await store.getAnnotations({ layer: 'statements', documentId: id });
    assert.ok(layer.some((a) => a.start === start && (a.value as { kind: string }).kind === 'commitment'));

    // Re-ingest after deletion: same text, same id, same spans; the decisions apply again.
    await store.deleteDocument(id, 'ana');
    assert.equal((await listQueue(store, {})).total, 0);
    const again = await ingest(store, { bytes, fileName: 'ca-japan.txt' }, analyser);
    assert.ok(again.ok && again.id === id);
    assert.deepEqual(
      (await open()).filter((i) => settled.includes(i)),
      [],
      'still settled after re-ingest',
    );

    const rows = await loadStatements(store, { kind: 'position' });
    const row = rows.find((r) => r.start === start);
    assert.ok(row, 'the kind filter sees the corrected kind');
    assert.equal(row.review?.by, 'ana');
    assert.deepEqual(row.review?.fields, ['kind']);
    assert.equal(row.meeting?.city, 'Astana');
    assert.ok(!(await loadStatements(store, { kind: 'commitment' })).some((r) => r.start === start));
  });

  test('should decide several at once, each failing alone', async () => {
    const items = (await listQueue(store, { kind: 'statement-sectors' })).items.map((i) => i.id);
    assert.ok(items.length >= 2);
    const results = await decideQueueItems(
      store,
      [
        { item: items[0], action: 'confirm' },
        { item: `statement:${id}:0:1#sectors`, action: 'confirm' },
        { item: items[1], action: 'correct', value: ['no-such-sector'] },
        { item: items[1], action: 'reject' },
      ],
      'ben',
    );
    assert.deepEqual(
      results.map((r) => (r.ok ? 'ok' : r.status)),
      ['ok', 404, 400, 'ok'],
    );
    const left = (await listQueue(store, { kind: 'statement-sectors' })).items.map((i) => i.id);
    assert.ok(!left.includes(items[0]) && !left.includes(items[1]));
    const rejected = (await loadStatements(store, { documentId: id })).find(
      (r) => `statement:${id}:${r.start}:${r.end}#sectors` === items[1],
    );
    assert.deepEqual(rejected?.sectors, [], 'rejecting sectors empties them');
  });

  test('should refuse an action an item does not take, and a malformed correction', async () => {
    await assert.rejects(
      decideQueueItem(store, { item: `meeting:${id}#date`, action: 'correct', value: '12 March' }, 'ana'),
      /ISO date/,
    );
    await assert.rejects(
      decideQueueItem(store, { item: `meeting:${id}#date`, action: 'correct' }, 'ana'),
      /needs a value/,
    );
    await assert.rejects(
      decideQueueItem(store, { item: 'nonsense', action: 'confirm' }, 'ana'),
      /not a review queue item/,
    );
    const mention = (await listQueue(store, { kind: 'entity-link' })).items[0];
    assert.ok(mention);
    await assert.rejects(
      decideQueueItem(store, { item: mention.id, action: 'correct', value: 'person:nobody-at-all' }, 'ana'),
      /No entity/,
    );
  });
});
