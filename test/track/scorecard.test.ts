/**
 * @module scorecard.test
 * Compliance per member state (issue 10) on the G20 Research Group's scale: +1 fulfilled, 0
 * partly fulfilled or in progress, −1 not fulfilled, pending and superseded not scored; a state
 * counts only the promises it is an actor of; lines per format, sector and year.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CommitmentStatusName } from '../../src/model/commitment-status.ts';
import type { Sector } from '../../src/model/layers.ts';
import type { CommitmentRecord } from '../../src/track/commitment-records.ts';
import { sectorScorecard, stateScorecards } from '../../src/track/scorecard.ts';

let n = 0;
function record(
  status: CommitmentStatusName,
  actors: string[],
  extra: { format?: string; sectors?: Sector[]; madeOn?: string } = {},
): CommitmentRecord {
  n++;
  const madeOn = extra.madeOn ?? '2030-03-10';
  return {
    commitment: {
      key: `c${n}`,
      documentId: 'd',
      start: n,
      end: n + 1,
      clause: String(n),
      kind: 'commitment',
      actors,
      sectors: extra.sectors ?? ['environment'],
      due: null,
      madeOn,
      format: extra.format ?? 'EU–Central Asia',
      meetingId: null,
      anchors: [],
      topics: [],
    },
    text: '',
    document: { id: 'd', title: null, fileName: null, date: madeOn },
    status: { current: status, history: [{ status, since: madeOn, reason: 'test', by: 'machine' }] },
    evidence: [],
  };
}

describe('stateScorecards', () => {
  const records = [
    record('fulfilled', ['KZ', 'UZ'], { sectors: ['environment', 'energy'] }),
    record('partly-fulfilled', ['KZ']),
    record('not-fulfilled', ['KZ', 'UZ'], { format: 'G7', madeOn: '2031-05-01' }),
    record('pending', ['KZ']),
    record('superseded', ['KZ']),
    record('in-progress', ['UZ'], { sectors: ['trade'] }),
  ];
  const cards = new Map(stateScorecards(records).map((c) => [c.key, c]));

  it('scores each state over the promises it is an actor of, pending and superseded left unscored', () => {
    const kz = cards.get('KZ')!;
    assert.equal(kz.commitments, 5);
    assert.equal(kz.scored, 3);
    assert.equal(kz.compliance, 0); // (+1 + 0 − 1) / 3
    assert.equal(kz.fulfilled, 1);
    assert.equal(kz.fulfilledShare, 0.2);
    const uz = cards.get('UZ')!;
    assert.equal(uz.commitments, 3);
    assert.equal(uz.compliance, 0); // (+1 − 1 + 0) / 3
    assert.deepEqual([...cards.keys()], ['KZ', 'UZ']);
  });

  it('splits each state by format, sector (a promise in each of its sectors) and year', () => {
    const kz = cards.get('KZ')!;
    const line = (lines: typeof kz.byFormat, key: string) => lines.find((l) => l.key === key);
    assert.equal(line(kz.byFormat, 'G7')?.compliance, -1);
    assert.equal(line(kz.byFormat, 'EU–Central Asia')?.compliance, 0.5);
    assert.equal(line(kz.bySector, 'energy')?.compliance, 1);
    assert.equal(line(kz.bySector, 'environment')?.commitments, 5);
    assert.deepEqual(
      kz.byYear.map((l) => [l.key, l.commitments, l.compliance]),
      [
        ['2030', 4, 0.5],
        ['2031', 1, -1],
      ],
    );
  });

  it('has no score where nothing is scored yet', () => {
    const [only] = stateScorecards([record('pending', ['TJ']), record('superseded', ['TJ'])]);
    assert.equal(only.compliance, null);
    assert.equal(only.fulfilledShare, 0);
  });

  it('scores sectors over all promises', () => {
    const trade = sectorScorecard(records).find((l) => l.key === 'trade');
    assert.deepEqual(trade && [trade.commitments, trade.compliance], [1, 0]);
  });
});
