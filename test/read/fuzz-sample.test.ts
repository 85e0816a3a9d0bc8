import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { closeWorkers } from '../../src/ingest/prepare-in-worker.ts';
import { readDocument } from '../../src/read/read-document.ts';
import { isReadError } from '../../src/read/read-error.ts';
import { buildTree } from '../../src/structure/build-tree.ts';
import { FUZZ_KINDS, fuzzInput } from '../fixtures/hostile/fuzz-inputs.ts';
import { assertTreeInvariants } from '../structure/check-tree.ts';
import { fuzzCheck } from './helpers/fuzz-check.ts';

/** Reproducers the fuzz script found; each stays a test. (seed, index) regenerate the input. */
const REPRODUCERS = [
  // 9,835 flat <li>s: Readability took 15 s (now skipped past 2,000 elements).
  { seed: 2, index: 289 },
  { seed: 2, index: 16 },
  { seed: 2, index: 541 },
  // A truncated PDF dictionary: pdf.js rejected a promise nobody awaited after the reader had
  // refused the file, which killed the worker during the next input (this DOCX) as a crash.
  { seed: 1, index: 10944 },
  { seed: 1, index: 10945 },
  // 20,122 stray <li>s inside a <table>: foster-parenting each took jsdom 13 s in all (now refused).
  { seed: 1, index: 50171 },
  // 9,921 unclosed <b>s after an <svg><style> the limit scan took for raw text up to the end.
  { seed: 1, index: 15227 },
  // 19,483 unclosed <b>s after '<!-->', an empty comment the limit scan read as one to the end.
  { seed: 1, index: 65963 },
];

describe('fuzz sample (scripts/fuzz.ts runs 100,000 of these)', () => {
  after(closeWorkers);

  it('should read or refuse with a ReadError 4 generated inputs of every kind, within the budget', async () => {
    for (let index = 0; index < 4 * FUZZ_KINDS.length; index++) {
      const input = fuzzInput(7, index);
      const outcome = await fuzzCheck(input.bytes, input.name);
      assert.notEqual(outcome.status, 'finding', `${input.name}: ${JSON.stringify(outcome)}`);
    }
  });

  it('should read every earlier finding within the budget', async () => {
    for (const { seed, index } of REPRODUCERS) {
      const input = fuzzInput(seed, index);
      const outcome = await fuzzCheck(input.bytes, input.name);
      assert.notEqual(outcome.status, 'finding', `${input.name}: ${JSON.stringify(outcome)}`);
    }
  });

  it('should build a tree keeping its invariants for any string (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        assertTreeInvariants(text, buildTree(text), 'generated');
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('should read any bytes as a document or throw only a ReadError (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.constantFrom('a.txt', 'a.md', 'a.html'), async (b, n) => {
        try {
          await readDocument({ bytes: b, fileName: n });
        } catch (error) {
          assert.ok(isReadError(error), `${n}: ${(error as Error).stack}`);
        }
      }),
      { numRuns: 150, seed: 12 },
    );
  });
});
