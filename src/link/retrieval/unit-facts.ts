/**
 * @module unit-facts
 * The structured facts of a span of a document, read from its layers: entities and states
 * named, statement actors and sectors, years and dates, figures. Used for indexed passages and
 * for queries alike, so both sides speak the same keys.
 */
import type { Annotation, Layers } from '../../model/annotation.ts';
import type { FigureValue } from '../../model/figure.ts';
import type { EntityMentionValue, StatementValue } from '../../model/layers.ts';
import type { Span } from '../../model/span.ts';
import type { UnitFacts } from './retrieval-unit.ts';

const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

/** The facts inside `span`. @example spanFacts(text, layers, { start: 0, end: 80 }).states */
export function spanFacts(text: string, layers: Layers, span: Span): UnitFacts {
  const inside = <V>(name: string) =>
    ((layers[name] ?? []) as readonly Annotation<V>[]).filter((a) => a.start >= span.start && a.end <= span.end);
  const overlapping = <V>(name: string) =>
    ((layers[name] ?? []) as readonly Annotation<V>[]).filter((a) => a.start < span.end && a.end > span.start);
  const mentions = inside<EntityMentionValue>('entities').map((a) => a.value);
  const statements = overlapping<StatementValue>('statements').map((a) => a.value);
  const states = [
    ...mentions.filter((m) => m.type === 'country' && m.country).map((m) => m.country!),
    ...statements.flatMap((s) => s.actors),
  ];
  return {
    entities: unique(mentions.map((m) => m.entityId)),
    states: unique(states),
    sectors: unique(statements.flatMap((s) => s.sectors)),
    dates: unique([...text.slice(span.start, span.end).matchAll(YEAR)].map((m) => m[0])),
    figures: unique(inside<FigureValue>('figures').map((a) => figureKey(a.value))),
  };
}

/** The comparable key of a figure: money in dollars, percentages, counts and areas by unit. */
export function figureKey(f: FigureValue): string {
  if (f.kind === 'money') return 'money';
  if (f.kind === 'percent') return 'percent';
  return `${f.kind}:${(f.unit ?? '').replace(/s$/, '')}`;
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)].sort() as T[];
}
