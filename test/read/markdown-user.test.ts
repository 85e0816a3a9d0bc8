/**
 * @module markdown-user.test
 * Markdown as users write it: a setext title names the document when no front matter does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readMarkdown } from '../../src/read/markdown-reader.ts';

test('should take a setext level-1 heading for the title', () => {
  assert.equal(readMarkdown('Joint Statement\n===\n\n1. Text.').meta.title, 'Joint Statement');
  assert.equal(readMarkdown('---\ntitle: Stated\n---\nJoint Statement\n===\n').meta.title, 'Stated');
  assert.equal(readMarkdown('Just a paragraph.\n\n1. Text.').meta.title, undefined);
});
