/**
 * @module lexicons-as-data.test
 * Language knowledge is data (issue 7): every lexicon says where its words come from, the analysis steps read word
 * lists only through the analysis context (no step opens a data file itself), and the shared matchers built from the
 * lexicons follow them.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../../../src/analyse/shared/load-lexicons.ts';
import { regionShape, type RegionLexicon } from '../../../src/analyse/shared/region-shapes.ts';
import { levelOf } from '../../../src/analyse/shared/meeting-level.ts';
import { fixtureLexicons } from '../meeting/fixture-lexicons.ts';

/** The loaders that read `data/lexicons` into the analysis context (`loadContext`). */
const LOADERS = ['load-lexicons.ts', 'entity-lexicons.ts', 'claim-lexicon.ts', 'figure-lexicon.ts'];

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('lexicons as data', () => {
  test('should give every lexicon its sources', () => {
    const dir = join(DATA_DIR, 'lexicons');
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const json = JSON.parse(readFileSync(join(dir, name), 'utf8'));
      assert.ok(Array.isArray(json.sources) && json.sources.length > 0, `${name} has no sources`);
    }
  });
  test('should read data files only in the context loaders, never in a step', () => {
    const readers = tsFiles('src/analyse').filter((f) => /from 'node:fs'/.test(readFileSync(f, 'utf8')));
    assert.deepEqual(
      readers.map((f) => f.split('/').at(-1)).sort(),
      [...LOADERS].sort(),
      'a step that opens a data file bypasses the analysis context',
    );
  });
  test('should build region shapes from the lexicon, for any region it lists', () => {
    const lexicon = fixtureLexicons().regions;
    const r = regionShape(lexicon);
    const five = new RegExp(String.raw`\b${r.count}\s+${r.adjective}\s+${r.nouns}\b`, 'i');
    assert.ok(five.test('between China and the five Central  Asian countries'));
    const withGulf: RegionLexicon = {
      ...lexicon,
      regions: { gulf: { names: ['Gulf'], adjectives: ['Gulf Arab'], counts: ['six'], shorthands: ['GCC'] } },
    };
    const gulf = regionShape(withGulf, 'gulf');
    assert.ok(new RegExp(String.raw`${gulf.count}\s+${gulf.adjective}\s+${gulf.nouns}`).test('six Gulf Arab states'));
    assert.ok(!new RegExp(regionShape(withGulf).name).test('Central Asia'), 'a region not listed never matches');
  });
  test('should read meeting levels from the lexicon it is given', () => {
    const lexicon = fixtureLexicons().meetingLevels;
    assert.equal(levelOf('the Meeting of Foreign Ministers', lexicon), 'foreign-ministers');
    const reviewed = { ...lexicon, levels: [{ level: 'senior-officials' as const, patterns: ['sherpas?'] }] };
    assert.equal(levelOf('the meeting of sherpas', reviewed), 'senior-officials');
    assert.equal(levelOf('the Meeting of Foreign Ministers', reviewed), null);
  });
});
