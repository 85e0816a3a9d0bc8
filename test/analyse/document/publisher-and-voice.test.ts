/**
 * @module publisher-and-voice.test
 * Document kind from who issued the text (metadata publisher) and from a commentator's voice.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyDocumentKind } from '../../../src/analyse/document/classify-document-kind.ts';
import { fixtureLexicons } from '../meeting/fixture-lexicons.ts';

const kind = (text: string, meta = {}) => classifyDocumentKind(text, meta, fixtureLexicons()).kind;

describe('document kind from the publisher', () => {
  const WIRE =
    'UTOPIA, May 3 - On May 3, the summit of the heads of state opened in the capital. The presidents discussed ' +
    'cooperation.';
  test('should read a release of a presidential office carried by a wire as a press release', () => {
    assert.equal(
      kind(WIRE, {
        kind: 'press-release',
        publisher: 'Office of the President of Utopia (distributed via a wire service)',
      }),
      'press-release',
    );
  });
  test('should keep the same text from a news site as news', () => {
    assert.equal(kind(WIRE, { kind: 'press-release', publisher: 'Daily Utopia' }), 'news');
  });
  test('should not let an official publisher outweigh a declaration’s own title', () => {
    assert.equal(
      kind('Utopia Declaration of the Council of Heads of State\n\nThe Member States declare the following.', {
        publisher: 'Ministry of Foreign Affairs of Utopia',
      }),
      'declaration',
    );
  });
});

describe('document kind from a commentator’s voice', () => {
  const COMMENTARY = [
    'Summit: Treaty of Lasting Friendship — Full Text',
    'I was about to log off when I read the treaty the six states had just signed.',
    'I think the treaty marks a new stage. Article 3 is worth paying more attention to, with all parties agreeing ' +
      'that they will respect sovereignty.',
  ].join('\n');
  test('should read a commentary on a treaty as news, even under a treaty title and a treaty prior', () => {
    assert.equal(kind(COMMENTARY, { kind: 'treaty' }), 'news');
  });
  test('should keep a treaty with its articles a treaty', () => {
    assert.equal(
      kind(
        'TREATY of Lasting Friendship\n\nThe High Contracting Parties,\n\nArticle 1\nThe Parties shall respect each' +
          ' other’s sovereignty.',
        { kind: 'treaty' },
      ),
      'treaty',
    );
  });
  test('should keep a speech whose speaker thanks and believes a speech', () => {
    assert.equal(
      kind('Dear colleagues,\n\nI am delighted to be here. I believe our cooperation will grow. I thank our hosts.', {
        kind: 'speech',
      }),
      'speech',
    );
  });
});
