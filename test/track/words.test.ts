import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formOf, words } from '../../src/track/words.ts';
import { lex } from './track-fixtures.ts';

describe('compared word forms', () => {
  it('brings a verb, its tenses and its nominalisation to one form', () => {
    for (const group of [
      ['establish', 'established', 'establishing', 'establishment'],
      ['launch', 'launched', 'launching', 'launches'],
      ['accelerate', 'accelerated', 'accelerating'],
      ['invest', 'invested', 'investment', 'investments'],
      ['plan', 'planned', 'planning'],
      ['centre', 'centres', 'center'],
    ])
      assert.equal(new Set(group.map(formOf)).size, 1, group.join(' '));
  });

  it('keeps apart words whose stem would be too short to tell them apart', () => {
    assert.notEqual(formOf('statement'), formOf('state'));
    assert.notEqual(formOf('agreement'), formOf('agree'));
  });

  it('reads ordinals as numbers and keeps offsets', () => {
    const ws = words('the 2nd Summit was launched', lex);
    assert.deepEqual(
      ws.map((w) => w.form),
      ['the', '2', 'summit', 'was', 'launch'],
    );
    assert.equal(ws[4].start, 19);
  });
});
