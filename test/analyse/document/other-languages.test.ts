/**
 * @module other-languages.test
 * Document kind for collective statements and for Russian and Chinese primary texts.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyDocumentKind } from '../../../src/analyse/document/classify-document-kind.ts';
import { fixtureLexicons } from '../meeting/fixture-lexicons.ts';

const kind = (text: string, meta = {}) => classifyDocumentKind(text, meta, fixtureLexicons()).kind;

describe('document kind beyond English news and declarations', () => {
  test('should read "STATEMENT of the Heads of State" as a joint statement, not a speech', () => {
    assert.equal(
      kind(
        'STATEMENT\nof the Heads of State of the Commonwealth on Cooperation\n\nThe Heads of State recognise the ' +
          'value of cooperation.',
      ),
      'joint-statement',
    );
  });
  test('should still read "Statement by the President" as a speech', () => {
    assert.equal(
      kind('Statement by the President at the Summit\n\nDear colleagues, I am delighted to be here.'),
      'speech',
    );
  });
  test('should read Russian and Chinese titles of primary documents', () => {
    assert.equal(
      kind('Совместное заявление министров иностранных дел\n\nСтороны подтвердили приверженность сотрудничеству.'),
      'joint-statement',
    );
    assert.equal(kind('Декларация глав государств\n\nГосударства-члены заявляют следующее.'), 'declaration');
    assert.equal(kind('中国—中亚外长会晤联合声明\n\n各方同意加强合作。'), 'joint-statement');
  });
});
