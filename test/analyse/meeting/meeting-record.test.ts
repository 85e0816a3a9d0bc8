/**
 * @module meeting-record.test
 * The knowledge base's meeting record for a multi-day meeting: a report dating a later day of
 * it, or its first day alone, gets the meeting's first day and end. Invented records.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fillFromRecord, linkMeeting } from '../../../src/analyse/meeting/meeting-record.ts';
import type { FormatMeeting } from '../../../src/knowledge/kb-types.ts';
import type { MeetingValue } from '../../../src/model/layers.ts';

const summit = {
  id: 'event:x-summit-2024',
  name: 'X Summit',
  level: 'heads-of-state',
  edition: 16,
  date: '2024-10-22',
  end: '2024-10-24',
  city: 'Kazan',
  country: 'RU',
} as FormatMeeting;
const read = (date: string, end: string | null = null): MeetingValue => ({
  format: 'X',
  formatId: 'org:x',
  level: 'heads-of-state',
  edition: null,
  date,
  end,
  city: null,
  country: null,
});

describe('a multi-day meeting record', () => {
  test('should link a day inside the meeting and date it by its first day and end', () => {
    const link = linkMeeting([summit], read('2024-10-23'), '2024-10-23', '');
    assert.equal(link?.how, 'during');
    const v = fillFromRecord(read('2024-10-23'), summit, false, []);
    assert.deepEqual([v.date, v.end, v.city], ['2024-10-22', '2024-10-24', 'Kazan']);
  });
  test('should give the end to a reading of the first day alone', () => {
    const v = fillFromRecord(read('2024-10-22'), summit, false, []);
    assert.deepEqual([v.date, v.end], ['2024-10-22', '2024-10-24']);
  });
  test('should keep a span the text reads itself and not link a day outside the meeting', () => {
    assert.equal(fillFromRecord(read('2024-10-22', '2024-10-23'), summit, false, []).end, '2024-10-23');
    assert.equal(linkMeeting([summit], read('2024-10-26'), undefined, ''), null);
  });
});
