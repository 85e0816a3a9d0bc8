/**
 * @module watch-command.test
 * `concord watch add|list|remove|run` in-process against a temporary SQLite file. The CLI has
 * no way to let loopback through (only tests' code may), so `run` against a feed on 127.0.0.1
 * is refused by the address policy: the refusal is printed, recorded on the source and exits 1.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { memoryIo } from '../../src/cli/cli-io.ts';
import { main } from '../../src/cli/main.ts';

let dir: string;
const run = async (...args: string[]) => {
  const io = memoryIo();
  const code = await main(['node', 'concord', '--db', join(dir, 'watch.db'), ...args], io);
  return { code, out: io.stdout(), err: io.stderr() };
};

describe('concord watch', () => {
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'concord-watch-'));
  });
  after(() => {
    process.exitCode = 0;
    rmSync(dir, { recursive: true, force: true });
  });

  test('should add, list, run (refusing a loopback feed) and remove sources', async () => {
    const added = await run('watch', 'add', 'http://127.0.0.1:9/feed.xml', '--every', '60', '--format', 'sco');
    assert.equal(added.code, 0, added.err);
    const id = /watching: (\S+) /.exec(added.out)?.[1];
    assert.ok(id, added.out);
    assert.match((await run('watch', 'add', 'http://127.0.0.1:9/feed.xml')).out, /already watched/);
    const bad = await run('watch', 'add', 'file:///etc/passwd');
    assert.equal(bad.code, 1);
    assert.match(bad.err, /http or https/);
    assert.match((await run('watch', 'add', 'https://example.org/x', '--every', '1')).err, /intervalMinutes/);

    const ran = await run('watch', 'run');
    assert.equal(ran.code, 1);
    assert.match(ran.out, /127\.0\.0\.1:9\/feed\.xml: failed: .*private, loopback/);
    assert.match((await run('watch', 'run')).out, /no source is due/, 'retried a minute later, not at once');

    const listed = await run('watch', 'list', '--json');
    const [source] = JSON.parse(listed.out);
    assert.deepEqual([source.id, source.format, source.intervalMinutes, source.failures], [id, 'sco', 60, 1]);
    assert.match(source.lastError, /loopback/);
    assert.match((await run('watch', 'list')).out, /1 source$/m);

    assert.equal((await run('watch', 'remove', id!)).code, 0);
    const missing = await run('watch', 'remove', id!);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /No watched source/);
    assert.match((await run('watch', 'list')).out, /0 sources/);
  });
});
