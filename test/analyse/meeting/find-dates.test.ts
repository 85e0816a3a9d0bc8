/**
 * @module find-dates.test
 * Date reading in running text, broken dates refused, dates started only where a date can begin.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createDateFinder } from '../../../src/analyse/shared/find-dates.ts';
import { readMonthLexicon } from '../../../src/analyse/shared/load-lexicons.ts';

const repository = createDateFinder(readMonthLexicon());
const findDates = (t: string, y: number | null = null) => repository.find(t, y);

const first = (t: string, y: number | null = null) => findDates(t, y)[0];

describe('findDates', () => {
  test('should read day-month-year and month-day-year', () => {
    assert.equal(first('On 26 April 2025, the meeting').date, '2025-04-26');
    assert.equal(first('On April 26, 2025 the meeting').date, '2025-04-26');
  });
  test('should read ranges within and across months', () => {
    assert.deepEqual([first('June 16-17, 2025').date, first('June 16-17, 2025').until], ['2025-06-16', '2025-06-17']);
    assert.deepEqual(
      [first('on 30 October – 13 November 2025').date, first('on 30 October – 13 November 2025').until],
      ['2025-10-30', '2025-11-13'],
    );
  });
  test('should take a missing year from the reference year and say so', () => {
    const d = first('held on 17 June in Astana', 2025);
    assert.equal(d.date, '2025-06-17');
    assert.equal(d.hasYear, false);
    assert.equal(findDates('held on 17 June in Astana', null).length, 0);
  });
  test('should flag a broken machine-translated date instead of guessing', () => {
    const d = first('On May 2023-5, 18 the meeting was held');
    assert.equal(d.broken, true);
    assert.equal(d.date, null);
  });
  test('should refuse impossible days', () => {
    assert.equal(first('April 31, 2025').broken, true);
  });
  test('should read month precision and numeric forms', () => {
    assert.equal(first('(December 2024)').date, '2024-12');
    assert.equal(first('21.07.2022').date, '2022-07-21');
    assert.equal(first('2025-04-26').date, '2025-04-26');
  });
});

describe('findDates with the month lexicon', () => {
  test('should read days joined by words, not only by dashes', () => {
    assert.deepEqual(
      [first('on 17 and 18 July 2023').date, first('on 17 and 18 July 2023').until],
      ['2023-07-17', '2023-07-18'],
    );
    assert.equal(first('June 4 to 6, 2026').until, '2026-06-06');
  });
  test('should read Russian month names in the genitive, as Russian dates are written', () => {
    assert.equal(first('Саммит прошёл 12 ноября 2021 года в Стамбуле').date, '2021-11-12');
  });
  test('should build a finder from any month lexicon', () => {
    const finder = createDateFinder({ months: [{ number: 3, names: { xx: ['Marzo'] } }] });
    assert.equal(finder.find('el 4 marzo 2026')[0]?.date, '2026-03-04');
    assert.equal(finder.find('on 4 March 2026').length, 0);
    assert.equal(finder.monthNumber('MARZO'), 3);
  });
  test('should start a date only at a digit or at a month name that begins a word', () => {
    const all = (t: string) => findDates(t).map((d) => `${t.slice(d.start, d.end)}=${d.date}`);
    // "mar" inside "Summary" is no month; "123" is no day, so the date is the month after it.
    assert.deepEqual(all('Summary 2025, report No 123 April 2025'), ['April 2025=2025-04']);
    assert.deepEqual(all('DECEMBER 2024 and «Март 2024» then 2025-04-26.'), [
      'DECEMBER 2024=2024-12',
      'Март 2024=2024-03',
      '2025-04-26=2025-04-26',
    ]);
    // A month name inside a word, a date glued to a word: none.
    assert.deepEqual(all('уМарта 2024, x2025-04-26'), []);
  });
});
