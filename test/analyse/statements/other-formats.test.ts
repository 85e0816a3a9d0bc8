/**
 * @module other-formats.test
 * Statement rules written for formats and translations beyond the gold: instructions and passive
 * decisions as commitments, treaty prohibitions, and closing formulas that are no statements.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findDeadline } from '../../../src/analyse/statements/find-deadline.ts';
import { mainCue } from '../../../src/analyse/statements/find-cues.ts';
import { sentenceSpans } from '../../../src/analyse/shared/sentence-spans.ts';
import { splitStatements } from '../../../src/analyse/statements/split-statements.ts';
import { fixtureLexicons } from '../meeting/fixture-lexicons.ts';

const kindOf = (t: string) => mainCue(t, fixtureLexicons())?.kind ?? null;
const statementTexts = (text: string) =>
  splitStatements(text, sentenceSpans(text, []), [], fixtureLexicons()).map((p) => text.slice(p.start, p.end));

describe('commitments in other translation styles', () => {
  test('should read instructions to ministers and bodies as commitments', () => {
    assert.equal(
      kindOf('The Heads of State instruct the Ministers of Foreign Affairs to prepare a draft programme.'),
      'commitment',
    );
    assert.equal(kindOf('The Council is requested to expand youth exchanges.'), 'commitment');
  });
  test('should read a passive decision as a commitment', () => {
    assert.equal(kindOf('It was agreed to hold the next meeting in 2027.'), 'commitment');
  });
  test('should read a treaty prohibition as a commitment but a refusal to take part as a position', () => {
    assert.equal(
      kindOf('The Parties shall not allow their territory to be used against the other Party.'),
      'commitment',
    );
    assert.equal(kindOf('The Parties will not take part in decisions aimed at interference.'), 'position');
  });
});

describe('deadlines', () => {
  test('should read a season of a year as the year', () => {
    assert.equal(
      findDeadline('hold the Economic Forum in Tashkent in the autumn of 2027', 2026, fixtureLexicons()),
      '2027',
    );
  });
});

describe('closing formulas', () => {
  test('should drop "Done in …", "Adopted in …" and entry-into-force lines', () => {
    const text =
      'The Parties will cooperate in trade.\n\nThis Agreement shall enter into force on the date of ' +
      'signature.\n\nDone in the city of Osh on 3 May 2026, in two original copies.\n\nAdopted in Osh on 3 May ' +
      '2026.';
    assert.deepEqual(statementTexts(text), ['The Parties will cooperate in trade.']);
  });
  test('should drop a signature block and an opening formula ending in a comma', () => {
    const text =
      'We, the Heads of State of Kazakhstan and Uzbekistan, having gathered in Almaty on 6 August 2026,\n\n1. ' +
      'Support the initiative of Kazakhstan.\n\nFor the Republic of Kazakhstan\nFor the Republic of Uzbekistan';
    assert.deepEqual(statementTexts(text), ['Support the initiative of Kazakhstan.']);
  });
});
