/**
 * @module statement-items
 * Queue items for statements: each statement's kind, its actors and its sectors are three
 * suggestions of the `statements` step, reviewed apart (a right kind with wrong actors is common).
 */
import type { StatementValue } from '../../model/layers.ts';
import { type ItemPlace, itemId, type QueueItem } from './queue-item.ts';

/** A stored statement with its place and text. */
export interface StatementInput extends ItemPlace {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: StatementValue;
  readonly source: string;
  readonly confidence: number;
}

/** `statement:<documentId>:<start>:<end>`. */
export function statementTarget(s: { documentId: string; start: number; end: number }): string {
  return `statement:${s.documentId}:${s.start}:${s.end}`;
}

/**
 * Three items per statement. Rejecting the kind says "this is not a statement"; rejecting
 * actors or sectors says "none of these".
 * @example statementItems([s]).map((i) => i.kind) // ['statement-kind', 'statement-actors', 'statement-sectors']
 */
export function statementItems(statements: readonly StatementInput[]): QueueItem[] {
  return statements.flatMap((s) => {
    const target = statementTarget(s);
    const base = {
      documentId: s.documentId,
      title: s.title,
      format: s.format,
      target,
      text: s.text,
      due: s.value.deadline,
      actions: ['confirm', 'correct', 'reject'] as const,
    };
    const machine = (value: unknown) => ({ value, confidence: s.confidence, rule: s.source });
    const clause = `clause ${s.value.clause}`;
    return [
      { ...base, id: itemId(target, 'kind'), kind: 'statement-kind', machine: machine(s.value.kind), detail: clause },
      {
        ...base,
        id: itemId(target, 'actors'),
        kind: 'statement-actors',
        machine: machine([...s.value.actors]),
        detail: `${clause}, a ${s.value.kind}`,
      },
      {
        ...base,
        id: itemId(target, 'sectors'),
        kind: 'statement-sectors',
        machine: machine([...s.value.sectors]),
        detail: `${clause}, a ${s.value.kind}`,
      },
    ];
  });
}
