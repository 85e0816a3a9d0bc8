/**
 * @module document-kind.test
 * Document kind decided from text cues, metadata only a prior.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyDocumentKind } from '../../../src/analyse/document/classify-document-kind.ts';
import { fixtureLexicons } from '../meeting/fixture-lexicons.ts';

const kind = (text: string, meta = {}) => classifyDocumentKind(text, meta, fixtureLexicons()).kind;

describe('document kind from the text alone', () => {
  test('should read a joint statement from its title line', () => {
    assert.equal(
      kind('Joint Statement of the Foreign Ministers of A and B\n\nThe Parties agreed to meet again.'),
      'joint-statement',
    );
  });
  test('should read a communiqué from "adopted the following Communiqué"', () => {
    assert.equal(
      kind(
        'On 1 May 2025 the meeting was held. The ministers adopted the following Communiqué:\n\n1. The Parties will' +
          ' cooperate.',
      ),
      'communique',
    );
  });
  test('should read a declaration from its title', () => {
    assert.equal(
      kind('Astana Declaration of the Council of Heads of State\n\nThe Member States declare the following.'),
      'declaration',
    );
  });
  test('should read a treaty from its title and articles', () => {
    assert.equal(
      kind(
        'TREATY on Friendship between A and B\n\nThe High Contracting Parties,\n\nArticle 1\nThe Parties shall ' +
          'cooperate.',
      ),
      'treaty',
    );
  });
  test('should read a speech from its forms of address', () => {
    assert.equal(
      kind(
        'Dear colleagues, Your Excellencies,\n\nI am delighted to join you today. I would like to thank our hosts. ' +
          'Thank you.',
      ),
      'speech',
    );
  });
  test('should read news from an agency dateline and reporting verbs', () => {
    assert.equal(
      kind(
        'ASTANA, June 17 (Xinhua) -- The leaders signed a declaration, officials said. According to the statement, ' +
          'the summit was held on Tuesday.',
      ),
      'news',
    );
  });
  test('should not take a headline that mentions a declaration for the declaration', () => {
    assert.equal(
      kind(
        'Adoption of the Tokyo Declaration including logistics\n\nJapan adopted the Tokyo Declaration on Saturday, ' +
          'the ministry said.',
      ),
      'news',
    );
  });
  test('should read a press release from a news-release note', () => {
    assert.equal(
      kind(
        'Ministry of Foreign Affairs\n06/09/2022 | News release | Distributed by Public\n\nThe minister attended ' +
          'the meeting.',
      ),
      'press-release',
    );
  });
  test('should read an official site’s release from its Title-Case headline or bare date line', () => {
    assert.equal(
      kind(
        'Wang Yi Attends the Third Foreign Ministers’ Meeting\n\nOn 8 June the minister attended the meeting and ' +
          'said the sides agreed.',
      ),
      'press-release',
    );
    assert.equal(
      kind('21.07.2022\n\nOn July 21, the Consultative Meeting was held in the town of Cholpon-Ata.'),
      'press-release',
    );
  });
  test('should use metadata kind only as a prior that the text can outweigh', () => {
    assert.equal(kind('The text gives nothing away here at all', { kind: 'communique' }), 'communique');
    assert.equal(
      kind(
        'KUALA LUMPUR, June 18 (Bernama) -- The summit was held here, officials said. It took place in the capital.',
        { kind: 'speech' },
      ),
      'news',
    );
  });
});
