import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createAliasMatcher } from '../../src/knowledge/alias-matcher.ts';
import { tokenize } from '../../src/knowledge/tokenize.ts';

const matcher = createAliasMatcher([
  { alias: 'China–Central Asia', payload: 'format', casePolicy: 'capitalised' },
  { alias: 'Central Asia', payload: 'region', casePolicy: 'capitalised' },
  { alias: 'Kazakhstan', payload: 'KZ', casePolicy: 'capitalised' },
  { alias: "People's Republic of China", payload: 'CN', casePolicy: 'capitalised' },
  { alias: 'SCO', payload: 'sco', casePolicy: 'exact' },
  { alias: 'Global Development Initiative', payload: 'gdi', casePolicy: 'any' },
]);
const run = (text: string) =>
  matcher.match(text, tokenize(text)).map((m) => [text.slice(m.start, m.end), m.payloads[0]]);

describe('alias matcher', () => {
  test('should match dash and quote variants of one alias', () => {
    for (const s of ['China-Central Asia', 'China–Central Asia', '“China-Central Asia”', 'China — Central Asia']) {
      assert.equal(run(`the ${s} format`)[0][1], 'format', s);
    }
  });
  test('should prefer the longest alias', () => {
    assert.deepEqual(run('China-Central Asia'), [['China-Central Asia', 'format']]);
    assert.deepEqual(run('in Central Asia'), [['Central Asia', 'region']]);
  });
  test('should match possessives and inner apostrophes', () => {
    assert.deepEqual(run("Kazakhstan's work"), [['Kazakhstan', 'KZ']]);
    assert.deepEqual(run('the People’s Republic of China'), [['People’s Republic of China', 'CN']]);
  });
  test('should apply the case policy', () => {
    assert.deepEqual(run('kazakhstan'), []);
    assert.deepEqual(run('KAZAKHSTAN'), [['KAZAKHSTAN', 'KZ']]);
    assert.deepEqual(run('the sco and the SCO'), [['SCO', 'sco']]);
    assert.deepEqual(run('the global development initiative'), [['global development initiative', 'gdi']]);
  });
  test('should not run a name across a comma', () => {
    assert.deepEqual(run('China, Central Asia'), [['Central Asia', 'region']]);
  });
});
