import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readDocument } from '../../src/read/read-document.ts';
import { ReadError, type ReadErrorCode } from '../../src/read/read-error.ts';
import { resolveMaxBytes, DEFAULT_MAX_BYTES } from '../../src/read/max-bytes.ts';

function isReadError(code: ReadErrorCode, message?: RegExp) {
  return (e: unknown) => e instanceof ReadError && e.code === code && (!message || message.test(e.message));
}

describe('read errors', () => {
  test('should refuse empty and whitespace-only input', async () => {
    await assert.rejects(
      readDocument({ bytes: new Uint8Array(), fileName: 'a.txt' }),
      isReadError('empty', /a\.txt is empty/),
    );
    await assert.rejects(readDocument({ bytes: new TextEncoder().encode(' \n\t\r\n ') }), isReadError('empty'));
  });

  test('should refuse a header block with no body', async () => {
    await assert.rejects(
      readDocument({ bytes: new TextEncoder().encode('title: T\n---\n'), fileName: 'h.txt' }),
      isReadError('empty'),
    );
  });

  test('should refuse binary content, naming the NUL offset', async () => {
    const bytes = new Uint8Array(256);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 73 + 41) % 256;
    bytes[12] = 0;
    await assert.rejects(
      readDocument({ bytes, fileName: 'report.bin' }),
      isReadError('binary', /report\.bin looks like a binary file \(NUL byte at offset \d+\).*convert it/),
    );
  });

  test('should refuse input over maxBytes', async () => {
    const bytes = new TextEncoder().encode('x'.repeat(1001));
    await assert.rejects(
      readDocument({ bytes, fileName: 'big.txt', maxBytes: 1000 }),
      isReadError('too-large', /big\.txt.*over the 1000 bytes limit/),
    );
  });

  test('should refuse a 50 MB buffer by size before decoding it', async () => {
    const bytes = Buffer.alloc(50 * 1024 * 1024);
    // All NUL bytes: if decoding ran first, this would be a 'binary' error instead.
    await assert.rejects(readDocument({ bytes, fileName: 'huge.txt' }), isReadError('too-large'));
  });

  test('should take the limit from CONCORD_MAX_BYTES when not given', () => {
    assert.equal(resolveMaxBytes(undefined, { CONCORD_MAX_BYTES: '2048' }), 2048);
    assert.equal(resolveMaxBytes(undefined, {}), DEFAULT_MAX_BYTES);
    assert.equal(resolveMaxBytes(10, { CONCORD_MAX_BYTES: '2048' }), 10);
  });

  test('should refuse mostly-UTF-8 text with an invalid byte, giving its offset', async () => {
    const good = Buffer.from('Министры встретились в Алматы. ', 'utf8');
    const bytes = Buffer.concat([good, Buffer.from([0xc0, 0x20]), good]);
    await assert.rejects(
      readDocument({ bytes, fileName: 'ru.txt' }),
      (e: unknown) =>
        e instanceof ReadError &&
        e.code === 'encoding' &&
        e.offset === good.length &&
        new RegExp(`byte offset ${good.length}\\b`).test(e.message),
    );
  });
});
