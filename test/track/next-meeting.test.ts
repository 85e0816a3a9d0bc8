import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nextMeeting } from '../../src/track/next-meeting.ts';
import type { TrackedDocument } from '../../src/track/tracked-document.ts';
import { promises } from './track-fixtures.ts';

const [regular, dated] = promises([
  { clause: '12', text: 'Our ministers will meet regularly to review this partnership.' },
  { clause: '13', text: 'The Parties agreed to hold the next meeting in 2032 in Astana.', deadline: '2032' },
]);

function meetingText(level: string, date: string, meetingId = 'event:euca-fm-next'): TrackedDocument {
  return {
    documentId: 'd_next',
    text: 'The ministers met in Astana.',
    meeting: {
      format: 'EU–Central Asia',
      level,
      edition: 4,
      date,
      end: null,
      city: 'Astana',
      country: 'KZ',
      meetingId,
    },
    published: date,
    date,
    sentences: [{ start: 0, end: 28 }],
    states: new Set(['KZ']),
    statements: [
      {
        start: 0,
        end: 28,
        value: { clause: '1', kind: 'record', actors: [], sectors: [], deadline: null, references: [] },
      },
    ],
  } as TrackedDocument;
}

describe('nextMeeting', () => {
  it("is kept by the format's next meeting at the same level", () => {
    assert.equal(nextMeeting(regular, meetingText('foreign-ministers', '2031-04-02'))?.kind, 'fulfilled');
  });

  it('is not kept by a meeting at another level, before the year named, or by its own meeting', () => {
    assert.equal(nextMeeting(regular, meetingText('heads-of-state', '2031-04-02')), null);
    assert.equal(nextMeeting(dated, meetingText('foreign-ministers', '2031-04-02')), null);
    assert.equal(nextMeeting(dated, meetingText('foreign-ministers', '2032-05-20'))?.kind, 'fulfilled');
    assert.equal(nextMeeting(regular, meetingText('foreign-ministers', '2030-03-10', 'event:euca-fm-2030')), null);
  });
});
