/**
 * @module meeting-reports
 * What the press said about one meeting: every report with its outlet and its counts of
 * supported, contradicted and not-in-source claims (which outlets got it right), and the
 * figures two reports give differently for the same thing.
 */
import type { Annotation } from '../model/annotation.ts';
import type { FigureValue } from '../model/figure.ts';
import { agrees } from '../link/claims/rules/figures-match.ts';
import { figureKey } from '../link/retrieval/unit-facts.ts';
import { terms } from '../link/retrieval/terms.ts';
import { loadStoredLayers } from '../store/document-layers.ts';
import type { Store } from '../store/store.ts';
import { listClaims } from './claims.ts';

export interface ReportSummary {
  documentId: string;
  title: string | null;
  outlet: string | null;
  supported: number;
  contradicted: number;
  notInSource: number;
  /** How many of its verdicts a reviewer confirmed or corrected, and the latest review. */
  reviewed: number;
  lastReview: { by: string; at: string } | null;
}

/** One figure as a report gives it, with the sentence around it. */
export interface ReportedFigure {
  documentId: string;
  outlet: string | null;
  written: string;
  context: string;
  value: FigureValue;
}

export interface MeetingReports {
  meetingId: string;
  reports: ReportSummary[];
  /** Pairs of figures of two reports about the same thing that do not agree. */
  differingFigures: [ReportedFigure, ReportedFigure][];
}

/** How much of two sentences' words they must share to be about the same thing. */
const SAME_TOPIC = 0.4;

/** The reports of a meeting and the figures they disagree on. @example await meetingReports(store, 'event:x') */
export async function meetingReports(store: Store, meetingId: string): Promise<MeetingReports> {
  const claims = await listClaims(store, { meetingId });
  const byReport = new Map<string, ReportSummary>();
  for (const c of claims) {
    let r = byReport.get(c.claim.documentId);
    if (!r) {
      r = {
        documentId: c.claim.documentId,
        title: c.report.title ?? c.report.fileName,
        outlet: c.report.publisher,
        supported: 0,
        contradicted: 0,
        notInSource: 0,
        reviewed: 0,
        lastReview: null,
      };
      byReport.set(c.claim.documentId, r);
    }
    if (c.verdict === 'supported') r.supported++;
    else if (c.verdict === 'contradicted') r.contradicted++;
    else r.notInSource++;
    if (c.review) {
      r.reviewed++;
      if (!r.lastReview || r.lastReview.at < c.review.at) r.lastReview = { by: c.review.by, at: c.review.at };
    }
  }
  const reports = [...byReport.values()];
  return { meetingId, reports, differingFigures: await differingFigures(store, reports) };
}

async function differingFigures(store: Store, reports: readonly ReportSummary[]) {
  const figures: ReportedFigure[] = [];
  for (const r of reports) {
    const stored = await store.getDocument(r.documentId);
    if (!stored) continue;
    const text = stored.document.text;
    const layer = (await loadStoredLayers(store, r.documentId, ['figures'])).figures ?? [];
    for (const a of layer as Annotation<FigureValue>[]) {
      const from = Math.max(text.lastIndexOf('.', a.start) + 1, a.start - 160);
      const to = Math.min(text.indexOf('.', a.end) < 0 ? text.length : text.indexOf('.', a.end) + 1, a.end + 160);
      figures.push({
        documentId: r.documentId,
        outlet: r.outlet,
        written: text.slice(a.start, a.end),
        context: text.slice(from, to).trim(),
        value: a.value,
      });
    }
  }
  const out: [ReportedFigure, ReportedFigure][] = [];
  for (let i = 0; i < figures.length; i++) {
    for (let j = i + 1; j < figures.length; j++) {
      const a = figures[i];
      const b = figures[j];
      if (a.documentId === b.documentId || figureKey(a.value) !== figureKey(b.value)) continue;
      if (a.value.period !== b.value.period || overlap(a.context, b.context) < SAME_TOPIC) continue;
      if (!agrees(a.value, b.value) && !agrees(b.value, a.value)) out.push([a, b]);
    }
  }
  return out;
}

/** Shared words of two sentences over the shorter one's. */
function overlap(a: string, b: string): number {
  const ta = new Set(terms(a).filter((t) => !/^\d+$/.test(t)));
  const tb = new Set(terms(b).filter((t) => !/^\d+$/.test(t)));
  const shared = [...ta].filter((t) => tb.has(t)).length;
  return shared / (Math.min(ta.size, tb.size) || 1);
}
