/**
 * @module meeting-coverage
 * A promise about a meeting ("close coordination for a successful 2nd summit in Astana", "will
 * hold the next meeting") is kept when that meeting takes place, and every text of that meeting
 * says so: its declaration opens with it, each news story of it reports it held. Saying that
 * the meeting one is about took place is the subject of such a text, not a report back on the
 * earlier promise; dozens of stories of one summit are one fact. So a link whose passage
 * reports the evidence document's own meeting is coverage (its rule ends in `-coverage`), and
 * per promise and meeting one coverage report stands for the rest in the analysis JSON
 * (`primaryCoverage`): the one that reports back on most of the promising document's other
 * promises (the story that reviews what the earlier meeting prepared), then the meeting's own
 * text, then the earliest, then the first by id. The choice is made on read from the stored
 * links, so it does not depend on the order the documents arrived in.
 */
import type { MeetingValue } from '../model/layers.ts';
import { GUIDE_LINK_RELATIONS, type Link } from '../model/link.ts';
import type { Store } from '../store/store.ts';
import type { Anchor } from './object-terms.ts';
import { type Reviews, reviewed } from './reviews.ts';
import { TrackingRepository, trackingDb } from './tracking-repository.ts';
import { fold } from './words.ts';

/** The rule suffix of a link whose passage reports the evidence document's own meeting. */
export const COVERAGE = '-coverage';

/** Whether a rule marks a coverage link (`track:next-meeting` always is: a meeting's own text keeps it). */
export function isCoverage(rule: string): boolean {
  return rule.endsWith(COVERAGE) || rule === 'track:next-meeting';
}

/**
 * Whether a named event is the meeting a document comes from or reports on: its edition, city
 * and month agree with the document's meeting more often than they disagree (an analysis may
 * misread one of them).
 * @example isOwnMeeting({ type: 'event', tokens: ['2', 'summit'], place: 'Astana', … }, { edition: 2, … }) === true
 */
export function isOwnMeeting(anchor: Anchor, meeting: (MeetingValue & { meetingId?: string }) | null): boolean {
  if (anchor.type !== 'event' || !meeting?.meetingId) return false;
  const ordinals = anchor.tokens.filter((t) => /^\d+$/.test(t));
  const votes = [
    ordinals.length && meeting.edition !== null ? ordinals.includes(String(meeting.edition)) : null,
    anchor.place && meeting.city ? fold(anchor.place) === fold(meeting.city) : null,
    anchor.date && meeting.date ? anchor.date.slice(0, 7) === meeting.date.slice(0, 7) : null,
  ].filter((v): v is boolean => v !== null);
  const agree = votes.filter(Boolean).length;
  return agree > 0 && agree > votes.length - agree;
}

/** What `primaryCoverage` compares of one candidate document. */
export interface CoverageCandidate {
  readonly documentId: string;
  /** Promises of the promising document this one reports on other than by coverage. */
  readonly reportsBack: number;
  /** Whether it is the meeting's own text (it makes statements). */
  readonly ownText: boolean;
  readonly date: string | null;
}

/**
 * The document whose coverage report stands for the meeting's.
 * @example primaryCoverage([{ documentId: 'a', reportsBack: 0, … }, { documentId: 'b', reportsBack: 3, … }]) // 'b'
 */
export function primaryCoverage(candidates: readonly CoverageCandidate[]): string | undefined {
  return [...candidates].sort(
    (a, b) =>
      b.reportsBack - a.reportsBack ||
      Number(b.ownText) - Number(a.ownText) ||
      (a.date ?? '9999').localeCompare(b.date ?? '9999') ||
      a.documentId.localeCompare(b.documentId),
  )[0]?.documentId;
}

/**
 * The keys of the coverage links among `links` that another document's coverage of the same
 * meeting stands for (see the module). Reviews are applied: a rejected link competes with
 * nothing, a confirmed one always stands.
 */
export async function coveredElsewhere(
  store: Store,
  links: readonly (Link & { commitmentKey: string })[],
  reviews: Reviews,
): Promise<Set<string>> {
  const out = new Set<string>();
  const mine = links.filter((l) => isCoverage(l.rule) && l.review !== 'confirmed');
  if (!mine.length) return out;
  const repo = new TrackingRepository(trackingDb(store));
  const rivals = (await repo.links({ commitmentKeys: [...new Set(mine.map((l) => l.commitmentKey))] }))
    .map((l) => reviewed(l, reviews))
    .filter((l) => isCoverage(l.rule) && l.review !== 'rejected' && GUIDE_LINK_RELATIONS.includes(l.kind));
  const facts = documentFacts(store);
  const backs = reportsBackCounter(repo, reviews);
  for (const link of mine) {
    const meeting = (await facts(link.evidence.documentId)).meetingId;
    const candidates: CoverageCandidate[] = [];
    for (const r of rivals.filter((r) => r.commitmentKey === link.commitmentKey)) {
      const f = await facts(r.evidence.documentId);
      if (f.meetingId !== meeting || candidates.some((c) => c.documentId === r.evidence.documentId)) continue;
      candidates.push({
        documentId: r.evidence.documentId,
        reportsBack: await backs(r.evidence.documentId, link.from.documentId),
        ownText: f.ownText,
        date: r.evidenceDate,
      });
    }
    const primary = primaryCoverage(candidates);
    if (primary && primary !== link.evidence.documentId) out.add(link.key);
  }
  return out;
}

/** A document's meeting and whether it is that meeting's own text, read once per call. */
function documentFacts(store: Store) {
  const cache = new Map<string, Promise<{ meetingId: string | null; ownText: boolean }>>();
  return (id: string) => {
    let hit = cache.get(id);
    if (!hit) {
      hit = Promise.all([
        store.getAnnotations({ layer: 'meeting', documentId: id }),
        store.getAnnotations({ layer: 'statements', documentId: id }),
      ]).then(([m, s]) => ({
        meetingId: (m[0]?.value as { meetingId?: string } | undefined)?.meetingId ?? null,
        ownText: s.length > 0,
      }));
      cache.set(id, hit);
    }
    return hit;
  };
}

/**
 * How many promises of `fromDocumentId` a document reports on other than by coverage; each
 * document's links are read once per call (every coverage link asks about the same rivals).
 */
function reportsBackCounter(repo: TrackingRepository, reviews: Reviews) {
  const cache = new Map<string, ReturnType<TrackingRepository['links']>>();
  return async (documentId: string, fromDocumentId: string): Promise<number> => {
    let links = cache.get(documentId);
    if (!links) {
      links = repo.links({ documentId });
      cache.set(documentId, links);
    }
    const keys = new Set(
      (await links)
        .map((l) => reviewed(l, reviews))
        .filter(
          (l) =>
            l.from.documentId === fromDocumentId &&
            !isCoverage(l.rule) &&
            l.review !== 'rejected' &&
            GUIDE_LINK_RELATIONS.includes(l.kind),
        )
        .map((l) => l.commitmentKey),
    );
    return keys.size;
  };
}
