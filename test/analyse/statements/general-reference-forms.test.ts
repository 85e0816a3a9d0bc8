/**
 * @module general-reference-forms.test
 * References in the forms other drafting traditions give them: agreed texts named as a pact,
 * consensus, covenant, commitment or pledge; two names joined by "and the"; courts, authorities
 * and missions as bodies; "against" inside a name; a charter of its own beside an organisation's
 * founding text. Invented sentences, one a line, in test/fixtures/references/general-forms.txt,
 * read over the fixture knowledge base.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findReferences } from '../../../src/analyse/statements/find-references.ts';
import { fixtureLexicons } from '../meeting/fixture-lexicons.ts';
import { sentenceGroups } from './sentence-groups.ts';

const lexicons = fixtureLexicons();
const file = new URL('../../fixtures/references/general-forms.txt', import.meta.url);
const names = (t: string) => findReferences(t, 0, t.length, [], lexicons, 2025, null).map((r) => `${r.type}:${r.name}`);

describe('general reference forms', () => {
  for (const [what, cases] of sentenceGroups(file))
    test(`should ${what}`, () => {
      assert.ok(cases.length, what);
      for (const { sentence, expected } of cases)
        assert.deepEqual(
          names(sentence),
          expected
            .split(' ; ')
            .map((r) => r.trim())
            .filter(Boolean),
          sentence,
        );
    });
});
