/**
 * @module open-vocabulary-names.test
 * Names the knowledge base does not hold, as communiqués of every format write them: alliances and coalitions that
 * open with their head, "for" and "and the" inside a name, a body's possessive before a programme's name, bodies that
 * open with "Bureau of …", and a listed programme with its head noun after it. Made-up sentences over the
 * repository's knowledge base.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContext } from '../../../src/analyse/load-context.ts';
import { recognizeEntities } from '../../../src/analyse/entities/recognize-entities.ts';

const kb = loadContext().kb;
const found = (text: string, type: string) =>
  recognizeEntities(text, kb)
    .filter((m) => m.value.type === type)
    .map((m) => text.slice(m.start, m.end));

describe('alliances and coalitions', () => {
  test('should read an unlisted alliance or coalition as an initiative, opened by its head or not', () => {
    assert.deepEqual(
      found('The Alliance for Reef Restoration and the Atoll Water Coalition met in Suva.', 'initiative'),
      ['Alliance for Reef Restoration', 'Atoll Water Coalition'],
    );
  });
  test('should not read the head alone', () => {
    assert.deepEqual(found('The Alliance met in Suva.', 'initiative'), []);
  });
});

describe('connectors inside a name', () => {
  test('should read "for" between two plain words of an event or programme name', () => {
    assert.deepEqual(found('They met at the Lagoon Financing for Adaptation Conference.', 'event'), [
      'Lagoon Financing for Adaptation Conference',
    ]);
    assert.deepEqual(found('Funds come from the Seeds for Atolls Program.', 'initiative'), [
      'Seeds for Atolls Program',
    ]);
  });
  test('should read "<Word> and the <Word>" opening an event name, not a list of names', () => {
    assert.deepEqual(found('We look forward to the Youth and the Ocean Forum.', 'event'), [
      'Youth and the Ocean Forum',
    ]);
    assert.deepEqual(found('Kenya and the Atoll Forum agreed.', 'event'), ['Atoll Forum']);
  });
});

describe('whose programme', () => {
  test('should leave a body’s possessive out of the name of its programme', () => {
    assert.deepEqual(found('USAID’s Reef Monitoring Initiative will start.', 'initiative'), [
      'Reef Monitoring Initiative',
    ]);
  });
  test('should read a listed programme with its head after it as the listed programme', () => {
    const names = recognizeEntities('We welcome the Power Africa Initiative.', kb)
      .filter((m) => m.value.type === 'initiative')
      .map((m) => m.value.name);
    assert.deepEqual([...new Set(names)], ['Power Africa']);
  });
});

describe('bodies that open their names', () => {
  test('should read "Bureau of …" and a task force as bodies', () => {
    assert.deepEqual(
      found('The Bureau of Reef Affairs and the Lagoon Task Force on Water Security will report.', 'organization'),
      ['Bureau of Reef Affairs', 'Lagoon Task Force on Water Security'],
    );
  });
});

describe('standing texts named after a city', () => {
  test('should read a city alone before a convention or a protocol', () => {
    assert.deepEqual(found('They recalled the Lomé Convention and the Apia Protocol.', 'initiative'), [
      'Lomé Convention',
      'Apia Protocol',
    ]);
  });
  test('should not read one a lower-case complement describes', () => {
    assert.deepEqual(found('They praised the Apia Process on reef conservation.', 'initiative'), []);
  });
});

describe('whose facility', () => {
  test('should leave "of" and the body that runs it out of a programme’s name', () => {
    assert.deepEqual(found('We back the Reef Emergency Facility of the African Development Bank.', 'initiative'), [
      'Reef Emergency Facility',
    ]);
  });
});

describe('a new name before a listed acronym', () => {
  test('should be the listed entity the bracketed acronym names', () => {
    const names = recognizeEntities('Ministers met at the 2023 Gulf Climate Change Conference (COP28).', kb)
      .filter((m) => m.value.type === 'event')
      .map((m) => m.value.name);
    assert.deepEqual([...new Set(names)], ['COP28']);
  });
});
