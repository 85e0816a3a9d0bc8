/**
 * @module find-deadline.test
 * Deadlines relative to the document year.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findDeadline } from '../../../src/analyse/statements/find-deadline.ts';
import { fixtureLexicons } from '../meeting/fixture-lexicons.ts';

describe('findDeadline (document year 2025)', () => {
  const cases: [string, string | null][] = [
    ['agreed to hold the next meeting in 2026 in China', '2026'],
    ['will double trade by 2030', '2030'],
    ['will complete the study before the end of 2025', '2025'],
    ['will hold the forum this year', '2025'],
    ['will meet again next year', '2026'],
    ['will take part in the forums in Astana in May and June this year', '2025-06'],
    ['will open the office in June 2026', '2026-06'],
    ['will launch the corridor on 1 July 2026', '2026-07-01'],
    ['will implement the Strategy for 2022-2026', null],
    ['will continue to cooperate closely', null],
    // One month list for every step: abbreviations and the corpus' other languages too.
    ['will open the office by Sept 2026', '2026-09'],
    ['will hold the forum in the coming year', '2026'],
  ];
  for (const [text, want] of cases)
    test(`should read "${text}" as ${want}`, () => assert.equal(findDeadline(text, 2025, fixtureLexicons()), want));
});
