/**
 * @module datelines.test
 * A report's dateline names where it was filed, not where the meeting was: blanked (same length)
 * in every usual form, including an agency credit before the place. Invented lines.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { maskDatelines } from '../../../src/analyse/meeting/meeting-sentence.ts';

describe('datelines', () => {
  test('should blank an agency credit and place before a dash, keeping the length', () => {
    const t = '(AGENCY- Some News Agency (SNA)) Brasília – The summit in Kazan adopted a declaration.';
    const masked = maskDatelines(t);
    assert.equal(masked.length, t.length);
    assert.ok(!masked.includes('Brasília'));
    assert.ok(masked.includes('The summit in Kazan'));
  });
  test('should blank the classic agency dateline and leave a sentence with parentheses alone', () => {
    assert.ok(!maskDatelines('KUALA LUMPUR, June 18 (Bernama) -- Leaders met.').includes('KUALA'));
    const sentence = 'The leaders (all five) met in Astana – a first.';
    assert.equal(maskDatelines(sentence), sentence);
  });
});
