/**
 * @module wide-floors.test
 * Concord on the project's wide gold (test/fixtures/wide-annotations over
 * ../shared/corpus-wide, other formats than the development corpus) stays at or above the
 * figures measured when the gold was made, less a small margin. Raise a floor when a figure
 * rises for good. Skips visibly without ../shared.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runWideEval } from '../../scripts/wide/run-wide-eval.ts';

const shared = resolve(fileURLToPath(new URL('../..', import.meta.url)), '../shared');

/**
 * Field → floor: the figure measured on the merged tree of 2026-12-06 21:40 (31 documents) less
 * 0.03; fields still at 0 have none. Raised 2026-12-07 00:15 (36 documents) for the fields that rose:
 * meeting format/level/date/end/city/country, statements F1/actors/sectors, references. Raise a floor
 * when its figure rises for good. Raised 2026-12-07 02:30 (41 documents: five short reports
 * annotated for their meeting) for meeting format/level/edition/date/end/city/country,
 * participants and statement kind (again at 02:40: edition, kind). Claims added 2026-12-07 02:30
 * (measured F1 0.68, verdict 0.89, evidence 0.59 after the India–Central Asia annotations were
 * corrected and paragraph numbers follow the GUIDE); evidence set to 0.52 at 03:30 once better
 * meeting reading filed three more reports under their meeting (n 29 → 32, 17 right in both).
 * Raised 2026-12-07 05:25 (h-read: partner formats, sector terms, references, kind): meeting format/date/end,
 * statement kind, sectors, references.
 * Claims F1 and evidence raised 2026-12-07 05:55 (measured F1 0.776, verdict 0.865 on n 104,
 * evidence 0.583 on n 36).
 * Raised 2026-12-07 12:55 (h-sect: hyphenated sector terms, named documents and resolutions): sectors (measured
 * 0.715), references (measured F1 0.817).
 * Raised 2026-12-07 13:20 (h-kind, h-ents merged): statement kind (measured 0.917), actors (0.995),
 * participants.country (0.93), entities (0.92; organisations 0.90, initiatives 0.92, events 0.82).
 * Raised 2026-12-07 16:05 (third session's merges): statement kind (measured 0.98), actors (1.00), sectors
 * (0.73), entities (0.94; organisations 0.95, initiatives 0.95), claims F1 (0.81).
 * Raised 2026-12-07 18:05 (h-sectors, issue 8: modifiers, regional bodies, format sides, region names): sectors
 * (measured 0.740), references (measured F1 0.824).
 * Raised 2026-12-07 18:15 (h-claims: clause labels, titles, summary and per-part evidence): claims verdict
 * (measured 0.897), evidence (0.703).
 * Raised 2026-12-07 18:35 (h-sect2, issue 8: 'mechanism' alone, state names, the trading system, IFIs, theatres
 * beside a political topic, lists of ties): sectors (measured 0.770).
 * Lowered 2026-12-07 19:55 because the gold grew, not because Concord changed: six held-out documents (528
 * statements in all, 141 → 528) were opened as development gold (wide-heldout/README.md says why), and their
 * figures, measured before any rule saw them, pull the aggregate down. Floors are the new measure less 0.03:
 * kind 0.82, actors 0.99, sectors 0.66, references 0.70, entities 0.89 (organisations 0.92, initiatives 0.80,
 * events 0.80, cities 0.92), edition 0.95, participants.country 0.91, claims F1 0.80.
 * Raised 2026-12-07 21:40 (fifth session's merges on the 48 documents): kind (measured 0.86), actors (1.00), sectors
 * (0.70), references (0.80), entities (0.92; organisations 0.93, initiatives 0.90, people 0.94), participants (0.93;
 * country 0.96), claims F1 (0.85).
 * Raised 2026-12-08 00:05 (h-sectors: terms under two sectors, frames of reference, investing in a thing, sums of
 * money, youth in inclusion lists, French and Spanish migration vocabulary): sectors (measured 0.730).
 * Raised 2026-12-08 00:40 (sixth session's merges): kind (measured 0.87), references (0.82), people (0.95), events
 * (0.83), claims F1 (0.88).
 */
const FLOORS: Record<string, number> = {
  'document kind': 0.93,
  'meeting.format': 0.97,
  'meeting.level': 0.97,
  'meeting.edition': 0.92,
  'meeting.date': 0.94,
  'meeting.end': 0.94,
  'meeting.city': 0.97,
  'meeting.country': 0.97,
  'participants F1': 0.9,
  'participants.country': 0.93,
  'parties (exact set)': 0.41,
  'statements F1': 0.93,
  'statements.kind': 0.84,
  'statements.actors': 0.97,
  'statements.sectors (Jaccard)': 0.7,
  'statements.deadline': 0.95,
  'statements.references F1': 0.79,
  'entities F1': 0.89,
  'entities.person F1': 0.92,
  'entities.country F1': 0.94,
  'entities.city F1': 0.89,
  'entities.organization F1': 0.9,
  'entities.initiative F1': 0.87,
  'entities.event F1': 0.8,
  'claims F1': 0.85,
  'claims.verdict': 0.87,
  'claims.evidence': 0.67,
};

test('should stay at or above its floors on the wide gold', async (t) => {
  if (!existsSync(join(shared, 'corpus-wide')) || !existsSync(join(shared, 'eval/score.mjs')))
    return t.skip(`${shared}/corpus-wide or eval/score.mjs absent: wide floors not checked`);
  const work = mkdtempSync(join(tmpdir(), 'concord-wide-floors-'));
  try {
    const run = await runWideEval({ shared, work });
    assert.ok(run.documents >= 47, `at least 47 annotated documents (found ${run.documents})`);
    const below = Object.entries(FLOORS).flatMap(([field, floor]) => {
      const value = run.wide.find((f) => f.field === field)?.value ?? Number.NaN;
      return value >= floor ? [] : [`${field} ${value} < ${floor}`];
    });
    assert.deepEqual(below, [], 'figures below their floors');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
