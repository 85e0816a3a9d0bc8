/**
 * @module sentence-mention
 * An entity mention as the claim rules see it: what the `entities` layer says about it, with
 * offsets relative to the sentence being read.
 */
export interface SentenceMention {
  type: string;
  entityId: string;
  country?: string;
  /** Offsets relative to the sentence. */
  start: number;
  end: number;
}
