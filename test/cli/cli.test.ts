/**
 * @module cli.test
 * The CLI run in-process against a temporary SQLite file: ingest, list, show, search, export,
 * analyse, and the exit codes of failures and misuse.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';
import { memoryIo } from '../../src/cli/cli-io.ts';

const DOC_A =
  'title: Joint Statement of the Test Meeting\nkind: joint-statement\n---\nJoint Statement\n\n' +
  '1. The Parties agreed to strengthen cooperation in water management.\n\n' +
  '2. The Parties welcomed the glacier conference in 2026.\n';
const DOC_B = 'News of the day.\n\nThe ministers discussed railways and logistics.\n';

let dir: string;
let db: string;
const run = async (...args: string[]) => {
  const io = memoryIo();
  const code = await main(['node', 'concord', '--db', db, ...args], io);
  return { code, out: io.stdout(), err: io.stderr() };
};

describe('concord CLI', () => {
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'concord-cli-'));
    db = join(dir, 'test.db');
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'a.txt'), DOC_A);
    writeFileSync(join(dir, 'docs', 'b.txt'), DOC_B);
    writeFileSync(join(dir, 'docs', 'bad.txt'), '');
  });
  after(() => {
    process.exitCode = 0;
    rmSync(dir, { recursive: true, force: true });
  });

  test('should ingest a folder, list failures with their reason, and summarise', async () => {
    const r = await run('ingest', join(dir, 'docs'));
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /3 files: 2 added, 0 unchanged, 1 failed/);
    assert.match(r.err, /failed {2}.*bad\.txt: .*\(empty\)/);
    const again = await run('ingest', join(dir, 'docs', 'a.txt'));
    assert.match(again.out, /1 file: 0 added, 1 unchanged, 0 failed/);
  });

  test('should exit 1 when every file failed', async () => {
    const r = await run('ingest', join(dir, 'docs', 'bad.txt'));
    assert.equal(r.code, 1);
    assert.match(r.out, /1 file: 0 added, 0 unchanged, 1 failed/);
  });

  test('should list documents as a table and as JSON', async () => {
    const table = await run('list');
    assert.equal(table.code, 0, table.err);
    assert.match(table.out.split('\n')[0], /^id\s+kind\s+language\s+title\s+clauses$/);
    assert.match(table.out, /Joint Statement of the Test Meeting/);
    assert.match(table.out, /^2 documents$/m);
    const json = JSON.parse((await run('list', '--json')).out);
    assert.equal(json.total, 2);
    const limited = JSON.parse((await run('list', '--json', '--limit', '1')).out);
    assert.equal(limited.items.length, 1);
  });

  test('should say when a list is one page of more, and page on with --offset', async () => {
    const first = await run('list', '--limit', '1');
    assert.match(first.out, /^showing 1–1 of 2 documents; use --limit\/--offset for more$/m);
    const second = await run('list', '--limit', '1', '--offset', '1');
    assert.match(second.out, /^showing 2–2 of 2 documents; use --limit\/--offset for more$/m);
    const ids = (out: string) => out.split('\n')[1].split(/\s+/)[0];
    assert.notEqual(ids(first.out), ids(second.out));
    const bad = await run('list', '--offset', '-1');
    assert.equal(bad.code, 1);
    assert.match(bad.err, /whole number of at least 0/);
  });

  test('should count clauses one way in ingest and list, with the right plural', async () => {
    const { items } = JSON.parse((await run('list', '--json')).out);
    const news = items.find((d: { meta: { fileName?: string } }) => d.meta.fileName === 'b.txt');
    // b.txt has no numbered clauses: its two paragraphs count, as ingest reported them.
    assert.equal(news.clauseCount, 2);
    const again = await run('ingest', join(dir, 'docs', 'b.txt'));
    assert.match(again.out, new RegExp(`${news.id}  2 clauses`));
    writeFileSync(join(dir, 'one.txt'), 'A single paragraph about water cooperation.\n');
    const io = memoryIo(); // a database of its own, so the other tests' counts stay as they are
    await main(['node', 'concord', '--db', join(dir, 'one.db'), 'ingest', join(dir, 'one.txt')], io);
    assert.match(io.stdout(), / {2}1 clause$/m);
  });

  test('should show a document with its outline, and fail clearly for an unknown id', async () => {
    const { items } = JSON.parse((await run('list', '--json')).out);
    const a = items.find((d: { meta: { title?: string } }) => d.meta.title?.startsWith('Joint'));
    const r = await run('show', a.id);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, new RegExp(`^id\\s+${a.id}$`, 'm'));
    assert.match(r.out, /clause 1 {2}1\. The Parties agreed/);
    assert.match(r.out, /^kind\s+joint-statement$/m);
    assert.match(r.out, /^meeting\s+\S/m);
    assert.match(r.out, /^parties\s+\S/m);
    assert.match(r.out, /^statements\s+\d+ statements? /m);
    const json = JSON.parse((await run('show', a.id, '--json')).out);
    assert.equal(json.id, a.id);
    assert.equal(json.kind, 'joint-statement');
    for (const key of ['meeting', 'parties', 'participants', 'statements']) assert.ok(key in json, key);
    assert.ok(json.statements.length >= 1, 'the agreed clause is a statement');
    assert.equal(typeof json.statements[0].start, 'number');
    assert.equal(typeof json.text, 'string');
    assert.equal(json.tree.kind, 'root');
    const missing = await run('show', 'd_0000000000000000');
    assert.equal(missing.code, 1);
    assert.match(missing.err, /^concord: No document with id "d_0000000000000000"/);
    assert.doesNotMatch(missing.err, /\n\s+at /);
  });

  test('should search with labels and plain snippets, and as JSON', async () => {
    const r = await run('search', 'glacier');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /clause 2/);
    assert.match(r.out, /glacier conference/);
    assert.doesNotMatch(r.out, /[\u0002\u0003]/);
    const json = JSON.parse((await run('search', 'railways', '--json')).out);
    assert.ok(json.items.length >= 1);
    const hit = json.items[0];
    assert.doesNotMatch(hit.snippet, /[\u0002\u0003]/);
    assert.equal(hit.snippet.slice(hit.marks[0].start, hit.marks[0].end).toLowerCase(), 'railways');
    assert.match(hit.snippetHtml, /<mark>railways<\/mark>/i);
  });

  test('should export one analysis JSON per document, named by file name', async () => {
    const out = join(dir, 'out');
    const r = await run('export', '--format', 'analysis', '--out', out);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(readdirSync(out).sort(), ['a.txt.json', 'b.txt.json']);
    const a = JSON.parse(readFileSync(join(out, 'a.txt.json'), 'utf8'));
    assert.equal(a.document, 'a.txt');
    for (const key of ['kind', 'meeting', 'participants', 'parties', 'statements', 'entities', 'claims', 'links'])
      assert.ok(key in a, key);
    const bad = await run('export', '--format', 'xml', '--out', out);
    assert.equal(bad.code, 1);
    assert.match(bad.err, /Unknown export format "xml"/);
  });

  test('should re-analyse every stored document', async () => {
    const r = await run('reanalyse');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /2 documents analysed/);
  });

  test('should exit 1 on misuse without a stack trace', async () => {
    const r = await run('frobnicate');
    assert.equal(r.code, 1);
    assert.match(r.err, /unknown command 'frobnicate'/);
    const missingArg = await run('show');
    assert.equal(missingArg.code, 1);
    assert.match(missingArg.err, /missing required argument 'id'/);
    const badLimit = await run('list', '--limit', 'x');
    assert.equal(badLimit.code, 1);
  });
});
