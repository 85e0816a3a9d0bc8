/**
 * @module word-count.test
 * The word count the claim rules read agrees with splitting the trimmed text on white space, blanks of every kind
 * included, without building the words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordCount } from '../../../src/analyse/shared/word-count.ts';

const split = (s: string) => s.trim().split(/\s+/).length;

test('counts the words between runs of white space, ignoring blanks at either end', () => {
  assert.equal(wordCount('  The envoys  met\tin\nOrlova. '), 5);
  assert.equal(wordCount('Talks'), 1);
});

test('a blank text counts one word, as the split gives', () => {
  assert.equal(wordCount(''), 1);
  assert.equal(wordCount(' \n\t '), 1);
});

test('agrees with the split for every kind of blank and for characters that are none', () => {
  const texts = ['a\u00a0b', 'a\u2003b\u3000c', '\ufeffa b\u2028', 'a\u200bb', 'a\u180eb', 'a\u1680b', 'x \u202f y'];
  for (let c = 0; c < 0x3100; c++) texts.push(`a${String.fromCharCode(c)}b`, ` ${String.fromCharCode(c)} `);
  for (const t of texts) assert.equal(wordCount(t), split(t), JSON.stringify(t));
});
