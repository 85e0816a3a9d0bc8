import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clipWords } from '../../src/web/clip-words.ts';

test('a short text is kept whole', () => {
  assert.equal(clipWords('Second Summit', 20), 'Second Summit');
});

test('a long text is cut at a word boundary, without trailing punctuation, with an ellipsis', () => {
  const out = clipWords('meeting of the Ministers of Foreign Affairs of the China–Central Asia format', 50);
  assert.equal(out, 'meeting of the Ministers of Foreign Affairs of…');
  assert.ok(out.length <= 50);
  assert.equal(clipWords('Glacier Conference, Dushanbe, 29–31 May', 22), 'Glacier Conference…');
});

test('one very long word is cut inside it rather than dropped', () => {
  assert.equal(clipWords('x'.repeat(30), 10), `${'x'.repeat(9)}…`);
});
