import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { refusalOf } from '../../src/ingest/address-policy.ts';
import { fetchUrl } from '../../src/ingest/fetch-url.ts';

/** A loopback server: a document, redirects inward, a large body and a silent route. */
function pages(): Server {
  return createServer((req, res) => {
    if (req.url === '/doc.txt') return res.writeHead(200, { 'content-type': 'text/plain' }).end('The Parties met.');
    if (req.url === '/to-metadata') return res.writeHead(302, { location: 'http://169.254.169.254/latest' }).end();
    if (req.url === '/to-internal') return res.writeHead(301, { location: 'http://internal.example/x' }).end();
    if (req.url === '/to-doc') return res.writeHead(302, { location: '/doc.txt' }).end();
    if (req.url === '/big') {
      res.writeHead(200);
      for (let i = 0; i < 64; i++) res.write(Buffer.alloc(32 * 1024, 97));
      return res.end();
    }
    if (req.url === '/silent') return; // never answers
    res.writeHead(404).end();
  });
}

describe('fetchUrl refuses private, loopback, link-local and metadata addresses', () => {
  let server: Server;
  let base: string;
  before(async () => {
    server = pages();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });
  const loopbackOk = { allowLoopback: true, timeoutMs: 2000 };

  it('should refuse loopback unless a test passes allowLoopback explicitly', async () => {
    await assert.rejects(fetchUrl(`${base}/doc.txt`), { code: 'refused-address' });
    const fetched = await fetchUrl(`${base}/doc.txt`, loopbackOk);
    assert.equal(new TextDecoder().decode(fetched.bytes), 'The Parties met.');
    assert.equal(fetched.fileName, 'doc.txt');
    assert.match(fetched.mediaType ?? '', /text\/plain/);
  });

  it('should check every redirect: inward ones are refused, others followed', async () => {
    await assert.rejects(fetchUrl(`${base}/to-metadata`, loopbackOk), { code: 'refused-address' });
    const resolve = async (host: string) => (host === 'internal.example' ? ['10.0.0.5'] : []);
    await assert.rejects(fetchUrl(`${base}/to-internal`, { ...loopbackOk, resolve }), { code: 'refused-address' });
    assert.equal((await fetchUrl(`${base}/to-doc`, loopbackOk)).url, `${base}/doc.txt`);
  });

  it('should connect to the address it checked, whatever DNS answers next (rebinding)', async () => {
    const port = new URL(base).port;
    const answers = [['127.0.0.1'], ['10.0.0.1']];
    let calls = 0;
    const resolve = async () => answers[Math.min(calls++, 1)];
    const fetched = await fetchUrl(`http://rebind.example:${port}/doc.txt`, { ...loopbackOk, resolve });
    assert.equal(new TextDecoder().decode(fetched.bytes), 'The Parties met.');
    assert.equal(calls, 1, 'resolved once, connected to that answer');
    const mixed = async () => ['127.0.0.1', '10.0.0.1'];
    await assert.rejects(fetchUrl(`http://mixed.example:${port}/doc.txt`, { ...loopbackOk, resolve: mixed }), {
      code: 'refused-address',
    });
  });

  it('should refuse metadata and private literals in every spelling, and non-http schemes', async () => {
    for (const url of [
      'http://169.254.169.254/latest/meta-data',
      'http://[::ffff:169.254.169.254]/',
      'http://[fd00::1]/',
      'http://10.0.0.1/',
      'http://0.0.0.0/',
    ])
      await assert.rejects(fetchUrl(url), { code: 'refused-address' }, url);
    await assert.rejects(fetchUrl('file:///etc/passwd'), { code: 'bad-url' });
    await assert.rejects(fetchUrl('http://user:pw@example.org/'), { code: 'bad-url' });
    assert.equal(refusalOf('93.184.216.34'), undefined);
  });

  it('should stop at the size cap and the time limit', async () => {
    await assert.rejects(fetchUrl(`${base}/big`, { ...loopbackOk, maxBytes: 1024 * 1024 }), { code: 'too-large' });
    await assert.rejects(fetchUrl(`${base}/silent`, { allowLoopback: true, timeoutMs: 300 }), { code: 'timeout' });
  });
});
