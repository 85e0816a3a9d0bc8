/**
 * @module other-drafting-kinds.test
 * Document kinds of US, G7, ASEAN and EU texts: collective statements titled "Leaders’ Statement",
 * fact sheets, and pages or articles about a declaration that are not the declaration. Invented texts.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyDocumentKind } from '../../../src/analyse/document/classify-document-kind.ts';
import { fixtureLexicons } from '../meeting/fixture-lexicons.ts';

const kind = (text: string, meta = {}) => classifyDocumentKind(text, meta, fixtureLexicons()).kind;

describe('document kinds of other drafting traditions', () => {
  test('should read "Leaders’ Statement", "Joint Vision Statement" and "Summit Statement" titles', () => {
    for (const title of ['G7 Leaders’ Statement on Ocean Finance', 'Joint Vision Statement', 'Nordic Summit Statement'])
      assert.equal(kind(`${title}\n\nWe, the Leaders, will act together.`), 'joint-statement', title);
  });
  test('should not read a headline reacting to a statement as the statement', () => {
    const t = 'Island nation slams Summit statement on fisheries\n\nThe ministry said on Monday that it disagreed.';
    assert.notEqual(kind(t), 'joint-statement');
  });
  test('should read a fact sheet as a press release', () => {
    assert.equal(
      kind('Fact Sheet: A New Partnership for Clean Ports\n\nToday the President announced …'),
      'press-release',
    );
  });
  test('should not read a headline "X Declaration Adopted at …" as the declaration', () => {
    const t =
      'Lagoon Declaration Adopted at Reef Summit\n\nThe leaders adopted a declaration on Friday, officials said.';
    assert.notEqual(kind(t), 'declaration');
  });
  test('should not read a page describing a named declaration as the declaration', () => {
    const t =
      'Lagoon Declaration on Reef Protection\n\nThe Lagoon Declaration is organized around three pillars. ' +
      'Signed in June, the text was hailed by observers, officials said. ' +
      'The Lagoon Declaration seeks to protect coral.';
    assert.notEqual(kind(t), 'declaration');
  });
});

describe('chair’s statements and summaries', () => {
  test('should read a chair’s statement as issued by the chair alone, not adopted by parties', () => {
    for (const title of ['Chair’s Statement on the Reef Leaders’ Meeting', 'Summary by the Chair of the Ocean Forum'])
      assert.equal(kind(`${title}\n\nWe reiterated our respective positions.`), 'press-release', title);
  });
});
