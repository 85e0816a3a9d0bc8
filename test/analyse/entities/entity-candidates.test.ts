/**
 * @module entity-candidates.test
 * Entity rules are pure functions from the mentions accepted before them to their candidates (issue 7): a rule
 * tested alone, given earlier rules' accepted candidates explicitly, leaves its input as it was; overlaps are
 * decided in one place (`acceptCandidates`: the first mention over a token keeps it).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../src/knowledge/tokenize.ts';
import { createScan, type ScanState } from '../../../src/analyse/entities/scan.ts';
import { acceptCandidates, type Candidate } from '../../../src/analyse/entities/candidate.ts';
import { webOutletRule } from '../../../src/analyse/entities/web-outlet-rule.ts';
import { aliasRule } from '../../../src/analyse/entities/alias-rule.ts';
import { recognizerFor } from '../../../src/analyse/entities/recognizer.ts';
import { loadEntityLexicons } from '../../../src/analyse/shared/entity-lexicons.ts';
import type { Mention } from '../../../src/analyse/entities/entity-mention.ts';
import { fixtureKb } from './fixture-kb.ts';

const stateOf = (text: string): ScanState =>
  createScan(text, tokenize(text, 0), fixtureKb, loadEntityLexicons(), '2025-01-01');
const mention = (start: number, end: number, name: string): Mention => ({
  start,
  end,
  value: { entityId: `new:organization:${name}`, type: 'organization', name, known: false },
  source: 'entities:test',
  confidence: 0.5,
});

describe('entity rules as pure functions', () => {
  test('should return candidates and leave the accepted state unchanged', () => {
    const state = stateOf('The talks went well, as reported by Steppewire.kz citing officials.');
    const covered = state.covered.slice();
    const first = webOutletRule(state);
    assert.deepEqual(
      first.map((c) => c.kind === 'mention' && state.text.slice(c.mention.start, c.mention.end)),
      ['Steppewire.kz'],
    );
    assert.deepEqual(webOutletRule(state), first, 'same input, same candidates');
    assert.equal(state.mentions.length, 0);
    assert.deepEqual(state.covered, covered);
  });
  test('should read the earlier rules’ accepted candidates it is given', () => {
    const text = 'As reported by Steppewire.kz today.';
    const state = stateOf(text);
    const k = state.tokens.findIndex((t) => t.norm === 'steppewire');
    const earlier: Candidate = {
      kind: 'mention',
      from: k,
      to: k + 1,
      mention: mention(15, 25, 'Steppewire'),
      cover: true,
    };
    assert.deepEqual(webOutletRule(acceptCandidates(state, [earlier])), [], 'tokens taken before are not proposed');
  });
  test('should run the alias rule alone on the knowledge base it is given', () => {
    const state = stateOf('Kazakhstan and Uzbekistan signed it.');
    const names = aliasRule(recognizerFor(fixtureKb, state.lex.spellings))(state).flatMap((c) =>
      c.kind === 'mention' ? [c.mention.value.name] : [],
    );
    assert.deepEqual(names, ['Kazakhstan', 'Uzbekistan']);
  });
});

describe('acceptCandidates', () => {
  const state = stateOf('one two three four');
  test('should keep every mention and give a token to the first mention over it', () => {
    const next = acceptCandidates(state, [
      { kind: 'mention', from: 0, to: 2, mention: mention(0, 7, 'a'), cover: true },
      { kind: 'mention', from: 1, to: 3, mention: mention(4, 13, 'b'), cover: true },
      { kind: 'mention', from: 3, to: 4, mention: mention(14, 18, 'c'), cover: false },
    ]);
    assert.equal(next.mentions.length, 3);
    assert.deepEqual([...next.covered], [0, 0, 1, -1]);
    assert.deepEqual([...state.covered], [-1, -1, -1, -1], 'the earlier state is left as it was');
  });
  test('should replace, free and note formats only when a candidate says so', () => {
    const one = acceptCandidates(state, [
      { kind: 'mention', from: 0, to: 2, mention: mention(0, 7, 'a'), cover: true },
    ]);
    const next = acceptCandidates(one, [
      { kind: 'replace', index: 0, from: 0, to: 3, mention: mention(0, 13, 'a b') },
      { kind: 'uncover', from: 0, to: 1 },
      { kind: 'format', from: 3, to: 4, formatId: 'org:x' },
    ]);
    assert.equal(next.mentions[0].value.name, 'a b');
    assert.deepEqual([...next.covered], [-1, 0, 0, -1]);
    assert.deepEqual(next.formats, [{ from: 3, to: 4, formatId: 'org:x' }]);
  });
});
