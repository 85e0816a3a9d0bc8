/**
 * @module fuzz-check
 * Runs one fuzz input the way ingest does (read and structure in the worker pool, under the
 * budget) and says what went wrong, if anything: a crash (any error but the documented
 * `ReadError`), a hang (over the time budget), a memory overrun, or a tree that breaks its
 * invariants. A `ReadError` for bad input is the expected outcome, not a finding.
 */
import { prepareInWorker } from '../../../src/ingest/prepare-in-worker.ts';
import { isReadError } from '../../../src/read/read-error.ts';
import { assertTreeInvariants } from '../../structure/check-tree.ts';

export type FindingKind = 'crash' | 'hang' | 'memory' | 'invariant';

/** What one input did: read (with its time), refused with a code, or a finding. */
export type FuzzOutcome =
  | { status: 'read'; ms: number }
  | { status: 'refused'; code: string; ms: number }
  | { status: 'finding'; kind: FindingKind; message: string; ms: number };

/** Reads and structures `bytes` in a worker and classifies the result. */
export async function fuzzCheck(bytes: Uint8Array, name: string): Promise<FuzzOutcome> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  try {
    const { document, tree } = await prepareInWorker(bytes, name, { analyse: false });
    try {
      assertTreeInvariants(document.text, tree, name);
    } catch (error) {
      return { status: 'finding', kind: 'invariant', message: (error as Error).message, ms: ms() };
    }
    return { status: 'read', ms: ms() };
  } catch (error) {
    if (!isReadError(error)) return { status: 'finding', kind: 'crash', message: describe(error), ms: ms() };
    if (error.code !== 'over-budget') return { status: 'refused', code: error.code, ms: ms() };
    const budget = (error.cause as { kind?: string } | undefined)?.kind;
    const kind: FindingKind = budget === 'memory' ? 'memory' : budget === 'time' ? 'hang' : 'crash';
    return { status: 'finding', kind, message: error.message, ms: ms() };
  }
}

function describe(error: unknown): string {
  const e = error as Error;
  return `${e?.name ?? 'Error'}: ${e?.message ?? String(error)}`;
}
