import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import mammoth from 'mammoth';
import { reviewDocx } from '../../src/export/review-docx.ts';
import type { CommitmentRecord } from '../../src/track/commitment-records.ts';
import { deriveStatus } from '../../src/track/derive-status.ts';
import { forumRef, promises } from '../track/track-fixtures.ts';

describe('reviewDocx', () => {
  it('writes a DOCX with every commitment, its status and its evidence, text kept as text', async () => {
    const [c] = promises([{ clause: '4', text: 'They will hold the forum.', references: [forumRef] }]);
    const doc = { id: 'd_r', title: 'Wire <b>report</b>', fileName: 'r.txt', date: '2030-10-01' };
    const evidence = {
      key: 'k',
      from: { documentId: c.documentId, start: c.start, end: c.end, clause: '4' },
      evidence: { documentId: 'd_r', start: 0, end: 9 },
      evidenceDate: '2030-10-01',
      kind: 'fulfilled' as const,
      rule: 'track:anchor-completion',
      confidence: 0.9,
      review: null,
      text: 'The forum was held in Bishkek.',
      document: doc,
    };
    const record: CommitmentRecord = {
      commitment: c,
      text: 'They will hold the forum.',
      document: { ...doc, id: 'd_promise' },
      evidence: [evidence],
      status: deriveStatus({ madeOn: c.madeOn, due: c.due, links: [evidence], asOf: '2030-12-01' }),
    };
    const bytes = await reviewDocx({
      format: 'EU–Central Asia',
      meetingLabel: 'the 3rd meeting',
      asOf: '2030-12-01',
      records: [record],
    });
    assert.equal(String.fromCharCode(bytes[0], bytes[1]), 'PK');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    assert.match(value, /Review of implementation: EU–Central Asia/);
    assert.match(value, /They will hold the forum\./);
    assert.match(value, /fulfilled since 2030-10-01/);
    assert.match(value, /Wire <b>report<\/b>: /);
    assert.match(value, /The forum was held in Bishkek\./);
  });
});
