/**
 * @module leading-title.test
 * The title of a plain text without a header comes from its first lines.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { leadingTitle } from '../../src/read/leading-title.ts';
import { readDocument } from '../../src/read/read-document.ts';

describe('leading title', () => {
  test('should take a title-case first line, a headline, or a title over two lines', () => {
    assert.equal(leadingTitle('Astana Declaration\n\n1. The Parties met.'), 'Astana Declaration');
    assert.equal(
      leadingTitle('EU and Central Asian ministers agree to speed up corridor\n\nBRUSSELS - Ministers agreed.'),
      'EU and Central Asian ministers agree to speed up corridor',
    );
    assert.equal(
      leadingTitle('AGREEMENT\non cooperation in water resources\n\nThe Parties agreed:'),
      'AGREEMENT on cooperation in water resources',
    );
    assert.equal(leadingTitle('\n  О встрече министров\n\nТекст.'), 'О встрече министров');
  });

  test('should not take a sentence, a date line, symbols or a long paragraph', () => {
    assert.equal(leadingTitle('The Parties met in Astana.\n\nThey agreed.'), undefined);
    assert.equal(leadingTitle('Astana, 4 July 2024\n\nThe Parties met.'), undefined);
    assert.equal(leadingTitle('+ ↺ − 16 px\n\nText.'), undefined);
    assert.equal(leadingTitle('The Parties met in Astana on 4 July\nand agreed to hold talks.\n\nMore.'), undefined);
    assert.equal(leadingTitle('No blank line after this title'), undefined);
  });

  test('should give a plain text without a header its title, and keep a stated one', async () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    assert.equal(
      (await readDocument({ bytes: bytes('Joint Statement of the Ministers\n\n1. The Parties met.') })).meta.title,
      'Joint Statement of the Ministers',
    );
    assert.equal(
      (
        await readDocument({
          bytes: bytes('title: Stated\n---\nJoint Statement of the Ministers\n\n1. The Parties met.'),
        })
      ).meta.title,
      'Stated',
    );
  });
});
