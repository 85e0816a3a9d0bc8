/**
 * @module follow-up-reports.test
 * How follow-up fact sheets report promises (issue 10), on invented sentences: a promise to meet
 * regularly kept by the format's meetings reported held; a promise of diplomatic presence kept
 * by embassies opened (`objectReports`); a completion word inside a clause still to do (after
 * "will", "so that") reports nothing; an act under way ("is supporting") is a step; a web
 * address, a verb form of the object noun and a sentence of what "we must" still do report nothing.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyEvidence } from '../../src/track/classify-evidence.ts';
import { unlessRecommitted } from '../../src/track/recommitted.ts';
import { lex, promises } from './track-fixtures.ts';

const andean = { format: 'EU–Andean', date: '2030-03-10', meetingId: 'event:eu-andean-2030' };
const [meetAgain, presence] = promises(
  [
    { clause: '12', text: 'Our ministers and senior officials will meet regularly to review this partnership.' },
    { clause: '3', text: 'The European Union will expand its diplomatic presence across the Andean region.' },
  ],
  andean,
);
const [training] = promises([
  { clause: '9', text: 'The Parties will expand cooperation in vocational training and seed banks.' },
]);
const [workforce, fund] = promises([
  { clause: '5', text: 'We will expand our support to strengthen the health workforce of rural districts.' },
  { clause: '6', text: 'We will establish a resilience fund for mountain communities.' },
]);
const verdict = (c: typeof training, sentence: string) => classifyEvidence(c!, sentence, '2031-06-01', lex);

describe('follow-up reports', () => {
  it("keeps a promise to meet regularly when the format's meetings at its level are reported held", () => {
    const v = verdict(
      meetAgain,
      'Since then the partners have hosted three Andean Forum ministerials in Quito and Lima.',
    );
    assert.equal(v?.kind, 'fulfilled');
    assert.equal(v?.rule, 'track:meetings-completion');
    // One meeting, or meetings of another level, do not show the regular meetings held.
    assert.equal(verdict(meetAgain, 'The Andean Forum ministerial was held in Quito.'), null);
    assert.equal(verdict(meetAgain, 'The partners have hosted two Andean Forum summits in Lima.'), null);
  });

  it('reads embassies opened as the diplomatic presence promised', () => {
    const v = verdict(presence, 'Two new embassies were opened last year, in Quito and La Paz.');
    assert.equal(v?.kind, 'fulfilled');
    assert.equal(v?.rule, 'track:object-completion');
    assert.equal(verdict(presence, 'Two new embassies will open next year.')?.kind, 'repeat');
  });

  it('does not read a completion word inside a clause still to do as a report', () => {
    const ahead = verdict(
      training,
      'We will seek new donors so that vocational training is completed in every province.',
    );
    assert.ok(ahead === null || ahead.kind === 'repeat', `got ${ahead?.kind}`);
    assert.equal(verdict(training, 'Last year vocational training was completed in every province.')?.kind, 'progress');
  });

  it('reads an act under way ("is supporting") on the health workers of a health-workforce promise as progress', () => {
    const v = verdict(workforce, 'The new programme is directly supporting thousands of nurses and health workers.');
    assert.equal(v?.kind, 'progress');
    assert.equal(v?.rule, 'track:object-step');
  });

  it("leaves a web address out of the sentence's words", () => {
    const linked = 'In support of the [plan](https://example.org/rural-health-workforce-plan), the programme expanded.';
    assert.equal(verdict(workforce, linked), null);
  });

  it('does not take a verb form of the object noun ("funding") for the object', () => {
    assert.equal(verdict(fund, 'The ministry is funding teacher cohorts in mountain schools.'), null);
    assert.equal(verdict(fund, 'The new fund was established in March.')?.kind, 'fulfilled');
  });

  it('reads a sentence saying what its authors must still do as a repeat', () => {
    const text = 'Noting that vocational training is under way, we must also expand seed banks.';
    const v = verdict(training, text);
    assert.equal(v?.kind, 'progress');
    const sentence = { start: 0, end: text.length, text };
    assert.equal(unlessRecommitted(v!, sentence, [], lex.recommitment).kind, 'repeat');
    const report = 'Vocational training is under way in every province.';
    const step = unlessRecommitted(verdict(training, report)!, { ...sentence, text: report }, [], lex.recommitment);
    assert.equal(step.kind, 'progress');
  });
});
