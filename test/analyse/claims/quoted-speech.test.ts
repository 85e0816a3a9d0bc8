/**
 * @module quoted-speech.test
 * A participant's quoted words are a claim when they report an act or a stance, and the
 * speaker's opinion (not a claim) when they give a view, a feeling or a description.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadClaimLexicon } from '../../../src/analyse/shared/claim-lexicon.ts';
import { classifyClaim, type SentenceMention } from '../../../src/analyse/claims/classify-claim.ts';
import { quotedSpeech } from '../../../src/analyse/claims/quoted-speech.ts';

const lex = loadClaimLexicon();

/** A country mention of `surface` in `text`. */
function state(text: string, surface: string, country: string): SentenceMention {
  const start = text.indexOf(surface);
  assert.ok(start >= 0, surface);
  return { type: 'country', entityId: `country:${country}`, country, start, end: start + surface.length };
}

/** Whether a sentence read alone, naming no entities, is a claim. */
const isClaim = (text: string) => classifyClaim(text, [], lex) !== null;

describe('quoted speech', () => {
  test('should find the quoted words of direct speech and the frame around them', () => {
    const opening = quotedSpeech('“The corridor is ready,” the minister said.', false, lex);
    assert.equal(opening?.words, 'The corridor is ready,');
    assert.match(opening?.frame ?? '', /the minister said/);
    const handed = quotedSpeech('She said: “We will build the road.”', false, lex);
    assert.equal(handed?.words, 'We will build the road.');
    assert.equal(quotedSpeech('It remains a key route,” he added.', true, lex)?.words, 'It remains a key route,');
    // A phrase quoted inside the report's paraphrase is not direct speech.
    assert.equal(quotedSpeech('The minister called the talks “frank and useful”.', false, lex), null);
  });

  test("should drop a participant's quoted view, feeling or description", () => {
    const views = [
      '“These talks are a good first step, but much remains to be done,” the president said.',
      '“The steppe nations are key players in the wider region.',
      '“I can hardly imagine a better place to open a new chapter,” the prime minister said.',
      'He said, “With history as our guide, we are stronger when we stand together.”',
    ];
    assert.deepEqual(views.filter(isClaim), []);
    // The same view, later in a quotation that runs on.
    const inside = 'This is plain in trade, energy and security alike,” said the president.';
    assert.equal(classifyClaim(inside, [], lex, { inherited: 'single', insideQuote: true }), null);
  });

  test('should keep quoted words that report an act or a stance', () => {
    const acts = [
      '“In the end the final declaration has been adopted by all,” the president said.',
      '“We decided to open a joint transit fund next year,” the minister added.',
      '“The meeting confirmed our shared resolve on water security,” the host said.',
      '“Given the drought, we suggest a joint plan for the river basins,” the president said.',
      '“We are creating the conditions for our format to grow into a leading mechanism,” he said.',
      '“Water security needs all our efforts in these difficult times,” said the visiting delegations.',
    ];
    assert.deepEqual(
      acts.filter((text) => !isClaim(text)),
      [],
    );
    const own = '“Mongolia is our reliable neighbour in every season,” the president said.';
    assert.notEqual(classifyClaim(own, [state(own, 'Mongolia', 'MN')], lex), null, own);
    // A list of states is not one state's stance.
    const two = '“Mongolia and Kazakhstan are bridges of trust on the steppe,” the president said.';
    const mentions = [state(two, 'Mongolia', 'MN'), state(two, 'Kazakhstan', 'KZ')];
    assert.equal(classifyClaim(two, mentions, lex), null, two);
  });

  test('should keep words the report quotes from a document', () => {
    const text = '“Our aim is and will remain peace on the steppe,” the joint statement said.';
    assert.notEqual(classifyClaim(text, [], lex), null);
  });

  test('should attribute to the documents a quotation a document speaks, before or after it, whatever it says', () => {
    for (const text of [
      'The joint declaration reads: “The steppe is a land of peace and good neighbourliness.”',
      '“The steppe is a land of peace and good neighbourliness,” their joint statement says.',
      'According to the final communiqué, “the steppe is a land of peace and good neighbourliness”.',
    ]) {
      assert.equal(classifyClaim(text, [], lex)?.attributedTo, 'document', text);
    }
    // The sentences the document's quotation runs on into are the document's too.
    const next = 'Its rivers are a shared treasure of its peoples.”';
    assert.equal(
      classifyClaim(next, [], lex, { insideQuote: true, insideDocumentQuote: true })?.attributedTo,
      'document',
    );
    assert.equal(classifyClaim(next, [], lex, { insideQuote: true }), null);
  });
});
