import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Link, LinkKind } from '../../src/model/link.ts';
import { deriveStatus } from '../../src/track/derive-status.ts';

let n = 0;
function link(kind: LinkKind, evidenceDate: string, extra: Partial<Link> = {}): Link {
  n++;
  return {
    key: `k${n}`,
    from: { documentId: 'a', start: 0, end: 5, clause: '1' },
    evidence: { documentId: `b${n}`, start: 0, end: 5 },
    evidenceDate,
    kind,
    rule: `track:test-${kind}`,
    confidence: 0.8,
    review: null,
    ...extra,
  };
}
const base = { madeOn: '2030-03-10', due: '2030-09-30', asOf: '2031-01-01' };
const trail = (s: ReturnType<typeof deriveStatus>) => s.history.map((h) => `${h.status}@${h.since}`);

describe('deriveStatus', () => {
  it('is pending until evidence or the deadline', () => {
    const s = deriveStatus({ ...base, links: [], asOf: '2030-06-01' });
    assert.equal(s.current, 'pending');
    assert.deepEqual(trail(s), ['pending@2030-03-10']);
  });

  it('moves through progress to fulfilment with the day each began', () => {
    const s = deriveStatus({ ...base, links: [link('fulfilled', '2030-09-20'), link('progress', '2030-05-02')] });
    assert.deepEqual(trail(s), ['pending@2030-03-10', 'in-progress@2030-05-02', 'fulfilled@2030-09-20']);
  });

  it('is not fulfilled the day after a deadline passes with no evidence, partly fulfilled with progress only', () => {
    assert.deepEqual(trail(deriveStatus({ ...base, links: [] })), ['pending@2030-03-10', 'not-fulfilled@2030-10-01']);
    const partly = deriveStatus({ ...base, links: [link('progress', '2030-04-01')] });
    assert.equal(partly.current, 'partly-fulfilled');
  });

  it('takes a later report that the act happened over a silent deadline', () => {
    const s = deriveStatus({ ...base, links: [link('fulfilled', '2030-10-15')] });
    assert.deepEqual(trail(s), ['pending@2030-03-10', 'not-fulfilled@2030-10-01', 'fulfilled@2030-10-15']);
  });

  it('is not fulfilled when contradicted, and a repeat changes nothing unless it replaces the promise', () => {
    assert.equal(deriveStatus({ ...base, links: [link('contradicted', '2030-04-01')] }).current, 'not-fulfilled');
    const repeat = link('repeat', '2030-04-01');
    assert.equal(deriveStatus({ ...base, due: null, links: [repeat] }).current, 'pending');
    const replaced = deriveStatus({ ...base, links: [repeat], superseding: new Set([repeat.key]) });
    assert.equal(replaced.current, 'superseded');
  });

  it('ignores rejected and unsure suggestions, but not a confirmed one', () => {
    const rejected = link('fulfilled', '2030-04-01', { review: 'rejected' });
    const unsure = link('fulfilled', '2030-04-02', { confidence: 0.3 });
    assert.equal(deriveStatus({ ...base, due: null, links: [rejected, unsure] }).current, 'pending');
    const confirmed = link('fulfilled', '2030-04-02', { confidence: 0.3, review: 'confirmed' });
    assert.equal(deriveStatus({ ...base, due: null, links: [confirmed] }).current, 'fulfilled');
  });

  it("lets a reviewer's status beat the machine's from the day it is set", () => {
    const s = deriveStatus({
      ...base,
      links: [link('fulfilled', '2030-09-20')],
      override: {
        status: 'partly-fulfilled',
        reason: 'only two of five centres opened',
        since: '2030-06-01',
        dated: true,
        by: 'r',
      },
    });
    assert.equal(s.current, 'partly-fulfilled');
    assert.deepEqual(trail(s), ['pending@2030-03-10', 'partly-fulfilled@2030-06-01']);
    assert.equal(s.history.at(-1)?.by, 'reviewer');
  });

  it('applies an undated reviewer status from the day it was set, and one dated to a day to come only then', () => {
    const override = { status: 'not-fulfilled' as const, reason: 'postponed', since: '2031-02-01', by: 'r' };
    const undated = deriveStatus({
      ...base,
      links: [link('fulfilled', '2030-09-20')],
      override: { ...override, dated: false },
    });
    assert.equal(undated.current, 'not-fulfilled');
    assert.equal(undated.history.at(-1)?.since, '2031-02-01');
    const dated = deriveStatus({
      ...base,
      links: [link('fulfilled', '2030-09-20')],
      override: { ...override, dated: true },
    });
    assert.equal(dated.current, 'fulfilled');
  });

  it("keeps a reviewer's status set after the latest document the status is read on", () => {
    const s = deriveStatus({
      ...base,
      asOf: '2030-10-01',
      links: [link('progress', '2030-05-01')],
      override: { status: 'fulfilled', reason: 'ministry confirmed', since: '2031-02-01', by: 'r', dated: false },
    });
    assert.equal(s.current, 'fulfilled');
    assert.deepEqual(trail(s), [
      'pending@2030-03-10',
      'in-progress@2030-05-01',
      'partly-fulfilled@2030-10-01',
      'fulfilled@2031-02-01',
    ]);
  });

  it('is superseded by a later promise that replaces it, and stays so', () => {
    const repeat = link('repeat', '2030-06-01');
    const s = deriveStatus({
      ...base,
      links: [repeat, link('fulfilled', '2030-07-01')],
      superseding: new Set([repeat.key]),
    });
    assert.deepEqual(trail(s), ['pending@2030-03-10', 'superseded@2030-06-01']);
  });
});
