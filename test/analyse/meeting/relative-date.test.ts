/**
 * @module relative-date.test
 * A day named relative to the publication date: "yesterday", "today", "on Saturday" counted back.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { relativeDate } from '../../../src/analyse/meeting/meeting-date.ts';
import type { MeetingNote } from '../../../src/analyse/meeting/meeting-types.ts';
import { fixtureLexicons } from './fixture-lexicons.ts';

const lexicons = fixtureLexicons();
// 2025-06-18 was a Wednesday.
const read = (sentence: string) => relativeDate(sentence, '2025-06-18', [] as MeetingNote[], lexicons)?.date ?? null;

describe('relative date', () => {
  test('should count yesterday and today back from the publication day', () => {
    assert.equal(read('The ministers met in Astana yesterday.'), '2025-06-17');
    assert.equal(read('The summit opened today in Astana.'), '2025-06-18');
  });
  test('should count a weekday back to its last occurrence, with or without "on"/"last"', () => {
    assert.equal(read('Leaders met on Monday in Astana.'), '2025-06-16');
    assert.equal(read('The forum held last Saturday drew 300 guests.'), '2025-06-14');
    assert.equal(read('The talks held here Wednesday ended late.'), '2025-06-18');
  });
  test('should find nothing without a relative day or a publication day', () => {
    assert.equal(read('The ministers met in Astana in June.'), null);
    assert.equal(relativeDate('They met yesterday.', undefined, [], lexicons), null);
  });
});
