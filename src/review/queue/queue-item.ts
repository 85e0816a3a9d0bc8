/**
 * @module queue-item
 * One machine suggestion waiting for a reviewer: what kind of suggestion it is, what it is
 * about (the decision target), what the machine said (value, confidence, rule), and which of
 * confirm, correct and reject make sense for it. Items are derived from the store's layers and
 * decisions every time, never stored, so re-analysis cannot leave a stale queue behind.
 */

/** Every kind of suggestion the queue holds, one builder file each. */
export const QUEUE_KINDS = [
  'entity-link',
  'entity-merge',
  'statement-kind',
  'statement-actors',
  'statement-sectors',
  'meeting-format',
  'meeting-date',
  'meeting-city',
  'meeting-parties',
  'claim-verdict',
  'implementation-link',
  'commitment-status',
] as const;
export type QueueKind = (typeof QUEUE_KINDS)[number];

export const QUEUE_ACTIONS = ['confirm', 'correct', 'reject'] as const;
export type QueueAction = (typeof QUEUE_ACTIONS)[number];

/** What the machine said, kept with every decision so a later reader knows what was overruled. */
export interface Suggestion {
  readonly value: unknown;
  readonly confidence: number;
  /** The step and rule that made it (`statements:modality/ready-to`, `link:date-differs`). */
  readonly rule: string;
}

/** Where an item comes from, for the page and the filters. */
export interface ItemPlace {
  readonly documentId: string;
  readonly title: string | null;
  /** The format of the document's meeting, where the analysis found one. */
  readonly format: string | null;
}

export interface QueueItem extends ItemPlace {
  /** `<target>#<field>`: unique in the queue, and what a decision names. */
  readonly id: string;
  readonly kind: QueueKind;
  /** The decision target (`statement:<doc>:<start>:<end>`, `claim:…`, `link:…`, …). */
  readonly target: string;
  readonly machine: Suggestion;
  /** The passage the suggestion is about (sliced from the document; filled for a page of items only). */
  readonly text: string;
  /** Where that passage is, when `text` is still to be sliced. */
  readonly span?: { readonly start: number; readonly end: number };
  /** One line of context: the evidence, the difference, the entity. */
  readonly detail?: string;
  readonly actions: readonly QueueAction[];
  /** For ranking: the claim verdict, the deadline (ISO day or prefix). */
  readonly verdict?: string;
  readonly due?: string | null;
}

/** The id of an item from its target and field. @example itemId('meeting:d_1', 'date') === 'meeting:d_1#date' */
export function itemId(target: string, field: string): string {
  return `${target}#${field}`;
}

/** The target and field of an item id; undefined when it has no field. */
export function splitItemId(id: string): { target: string; field: string } | undefined {
  const at = id.lastIndexOf('#');
  if (at <= 0 || at === id.length - 1) return undefined;
  return { target: id.slice(0, at), field: id.slice(at + 1) };
}

/** The document an item's target names, where it names one (entities do not). */
export function targetDocument(target: string): string | undefined {
  const m = /^(?:mention|statement|meeting|claim|link|commitment):([^:#>]+)/.exec(target);
  return m?.[1];
}

const FIELD_KINDS: Readonly<Record<string, (field: string) => QueueKind | undefined>> = {
  mention: (f) => (f === 'entity' ? 'entity-link' : undefined),
  entity: (f) => (f.startsWith('merge:') ? 'entity-merge' : undefined),
  statement: (f) => asKind(`statement-${f}`),
  meeting: (f) => asKind(`meeting-${f}`),
  claim: (f) => (f === 'verdict' ? 'claim-verdict' : undefined),
  link: (f) => (f === 'link' ? 'implementation-link' : undefined),
  commitment: (f) => (f === 'status' ? 'commitment-status' : undefined),
};

/** The kind of suggestion an item id names; undefined for an id no builder makes. */
export function kindOfItem(id: string): QueueKind | undefined {
  const parts = splitItemId(id);
  if (!parts) return undefined;
  const prefix = parts.target.slice(0, parts.target.indexOf(':'));
  return Object.hasOwn(FIELD_KINDS, prefix) ? FIELD_KINDS[prefix](parts.field) : undefined;
}

function asKind(name: string): QueueKind | undefined {
  return (QUEUE_KINDS as readonly string[]).includes(name) ? (name as QueueKind) : undefined;
}
