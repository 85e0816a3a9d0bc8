/**
 * @module meeting-identity.test
 * The meeting's identity: the knowledge base's meeting, or a shared new id.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { MeetingValue } from '../../../src/model/layers.ts';
import { newMeetingId, withMeetingId } from '../../../src/analyse/meeting/meeting-identity.ts';
import { fixtureLexicons } from './fixture-lexicons.ts';

const view = fixtureLexicons().kb;
const base: MeetingValue = {
  format: 'China–Central Asia',
  formatId: 'org:china-central-asia',
  level: 'foreign-ministers',
  edition: null,
  date: null,
  end: null,
  city: null,
  country: null,
};

describe('withMeetingId', () => {
  test('should link by edition and level', () => {
    assert.equal(withMeetingId({ ...base, edition: 6 }, view).meetingId, 'event:cca-fm6');
  });
  test('should link by date when no edition is given', () => {
    assert.equal(
      withMeetingId({ ...base, level: 'heads-of-state', date: '2025-06-17' }, view).meetingId,
      'event:cca-summit2',
    );
  });
  test('should not link an edition whose listed year differs from the text’s date', () => {
    assert.equal(
      withMeetingId({ ...base, edition: 6, date: '2031-04-26' }, view).meetingId,
      'new:event:china-central-asia-foreign-ministers-e6',
    );
  });
  test('should give documents about one unlisted meeting one new id', () => {
    const a = withMeetingId(
      { ...base, format: 'C5+1', formatId: null, date: '2026-09-23', city: 'New York' },
      view,
    ).meetingId;
    const b = withMeetingId({ ...base, format: 'C5+1', formatId: null, date: '2026-09-23' }, view).meetingId;
    assert.equal(a, 'new:event:c5plus1-foreign-ministers-2026-09-23');
    assert.equal(a, b);
  });
  test('should give no id without a format or level', () => {
    assert.equal(newMeetingId({ ...base, level: null, date: '2025-01-01' }), null);
    assert.equal(newMeetingId({ ...base, format: null, edition: 3 }), null);
  });
});
