import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ICAL from 'ical.js';
import { icalendarFeed } from '../../src/export/icalendar-feed.ts';
import { popoloEvents } from '../../src/export/popolo-events.ts';
import { calendarCsv, commitmentsCsv, scorecardCsv } from '../../src/export/tracking-csv.ts';
import { calendarEvents } from '../../src/track/calendar.ts';
import type { CommitmentRecord } from '../../src/track/commitment-records.ts';
import { deriveStatus } from '../../src/track/derive-status.ts';
import { stateScorecards } from '../../src/track/scorecard.ts';
import { forumRef, promises } from '../track/track-fixtures.ts';

const asOf = '2030-12-01';
const [forum, training] = promises([
  { clause: '4', text: 'They agreed to hold the Second Regional Forum on Water Diplomacy.', references: [forumRef] },
  { clause: '9', text: '=HYPERLINK("x") They will expand vocational training.', deadline: '2030-06' },
]);
const doc = { id: 'd_promise', title: 'Communiqué', fileName: 'promise.txt', date: '2030-03-10' };
const records: CommitmentRecord[] = [forum, training].map((c) => ({
  commitment: c,
  text: c === forum ? 'forum text' : '=HYPERLINK("x") training',
  document: doc,
  evidence: [],
  status: deriveStatus({ madeOn: c.madeOn, due: c.due, links: [], asOf }),
}));

describe('tracking exports', () => {
  it('writes an iCalendar feed a parser reads back, one all-day event per promised event', () => {
    const ics = icalendarFeed(calendarEvents(records, asOf), 'EU–Central Asia');
    const vcal = new ICAL.Component(ICAL.parse(ics));
    assert.equal(vcal.name, 'vcalendar');
    assert.equal(vcal.getFirstPropertyValue('version'), '2.0');
    const events = vcal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    assert.equal(events.length, 1);
    assert.equal(events[0].summary, 'Second Regional Forum on Water Diplomacy');
    assert.equal(events[0].location, 'Bishkek');
    assert.equal(events[0].startDate.toString(), '2030-09-01');
    assert.equal(events[0].startDate.isDate, true);
    assert.equal(events[0].endDate.toString(), '2030-10-01');
    assert.match(events[0].description, /^Overdue/);
    assert.ok(events[0].uid);
  });

  it('writes commitments, scorecards and calendar as CSV, defusing formulas', () => {
    const csv = commitmentsCsv(records);
    const lines = csv.trim().split('\r\n');
    assert.equal(lines.length, 3);
    assert.match(lines[0], /^key,document,clause/);
    assert.match(lines[2], /not-fulfilled,2030-07-01/);
    assert.ok(csv.includes(`"'=HYPERLINK(""x"") training"`));
    const cards = scorecardCsv(stateScorecards(records));
    assert.match(cards, /\r\nEU,all,EU,2,2,-1,0,0\r\n/);
    assert.match(calendarCsv(calendarEvents(records, asOf)), /Second Regional Forum on Water Diplomacy/);
  });

  it('makes one Popolo event per meeting, with every reporting document as a source', () => {
    const meeting = {
      format: 'EU–Central Asia',
      formatId: 'org:eu-ca',
      level: 'foreign-ministers' as const,
      edition: 3,
      date: '2030-03-10',
      end: null,
      city: 'Tashkent',
      country: 'UZ',
      meetingId: 'event:euca-fm3',
    };
    const events = popoloEvents([
      { documentName: 'a.txt', meeting },
      { documentName: 'b.txt', meeting },
    ]);
    assert.equal(events.length, 1);
    assert.equal(events[0].name, '3rd EU–Central Asia foreign ministers meeting');
    assert.equal(events[0].end_date, '2030-03-10');
    assert.deepEqual(events[0].sources, [{ note: 'a.txt' }, { note: 'b.txt' }]);
  });
});
