/**
 * @module terms.test
 * Index terms: stemmed, function words dropped; the retrieval terms also fold the paraphrases of
 * data/lexicons/paraphrases.json and ordinals, so a report's wording meets a clause's.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createInvertedIndex } from '../../../src/link/retrieval/inverted-index.ts';
import { retrievalTerms, terms } from '../../../src/link/retrieval/terms.ts';
import { retrievalUnit } from './unit-fixture.ts';

describe('retrieval terms', () => {
  test('should fold intensifying verbs, collaboration and combat words into one term each', () => {
    assert.deepEqual(retrievalTerms('boost collaboration'), retrievalTerms('strengthening cooperation'));
    assert.deepEqual(retrievalTerms('countering threats'), retrievalTerms('combat threats'));
    // Plain terms keep the words apart (meeting titles and figure contexts read these).
    assert.notDeepEqual(terms('boost collaboration'), terms('strengthening cooperation'));
  });

  test('should read a phrase as the words it stands for, across hyphens and spaces', () => {
    assert.deepEqual(retrievalTerms('eco-friendly projects'), retrievalTerms('green projects'));
    assert.deepEqual(retrievalTerms('Low carbon projects'), retrievalTerms('green projects'));
    assert.deepEqual(retrievalTerms('the three forces of evil'), retrievalTerms('terrorism, separatism and extremism'));
  });

  test('should give an ordinal word and its numeral one term, apart from the cardinal', () => {
    assert.deepEqual(retrievalTerms('the second summit'), retrievalTerms('the 2nd summit'));
    assert.notDeepEqual(retrievalTerms('2 summits'), retrievalTerms('2nd summit'));
  });

  test('should not fold stances the verdict rules tell apart', () => {
    assert.notDeepEqual(retrievalTerms('support'), retrievalTerms('oppose'));
  });

  test('should let a paraphrased claim find its clause in the index', () => {
    const index = createInvertedIndex();
    index.add([
      retrievalUnit('d:9', 'The Parties will strengthen cooperation on green economy projects.'),
      retrievalUnit('d:12', 'The Parties will hold consultations on economy and projects of transport.'),
    ]);
    const [best] = index.candidates({
      text: 'They agreed to boost collaboration on eco-friendly projects',
      meetingId: 'm1',
    });
    assert.equal(best.unit.clause, '9');
    assert.ok(best.coverage > 0.5, `coverage ${best.coverage}`);
  });
});
