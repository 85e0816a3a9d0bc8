import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkSync } from 'recheck';
import { AUDITED_FOLDERS } from '../../scripts/regex-audit.ts';
import { findVulnerableRegexes, regexLiterals } from './helpers/regex-audit.ts';
import { normaliseForId } from '../../src/model/document-id.ts';
import { trimChars, trimEndChars } from '../../src/model/trim-chars.ts';

describe('regexes on untrusted text run in linear time', () => {
  it('should find regex literals to check, and none recheck calls super-linear', () => {
    assert.ok(regexLiterals(AUDITED_FOLDERS).length > 50);
    const found = findVulnerableRegexes(AUDITED_FOLDERS);
    assert.deepEqual(
      found.map((f) => `${f.file}:${f.line} /${f.source}/${f.flags} ${f.complexity}`),
      [],
    );
  });

  it('should flag the kind of regex that froze normaliseForId (the checker itself works)', () => {
    assert.equal(checkSync('[ \\t\\u00a0]+$', 'gm').status, 'vulnerable');
  });

  it('should normalise a long inner run of spaces like the old regex did', () => {
    const text = `a${' '.repeat(200_000)}b  \n c\t\u00a0\r\nd`;
    assert.equal(normaliseForId(text), `a${' '.repeat(200_000)}b\n c\nd`);
  });

  it('should trim only the given characters, from the ends only', () => {
    assert.equal(trimEndChars('a  b  ', ' '), 'a  b');
    assert.equal(trimChars('\t a b \t', ' \t'), 'a b');
    assert.equal(trimChars('   ', ' '), '');
  });
});
