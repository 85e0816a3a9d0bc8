/**
 * @module meeting-step
 * Step `meeting`: at most one annotation of layer `meeting`, spanning the sentence that names the
 * meeting (see `detectMeeting`), with the meeting's identity (`meetingId`, see `withMeetingId`).
 */
import type { Annotation } from '../../model/annotation.ts';
import type { DocumentKindValue, EntityMentionValue } from '../../model/layers.ts';
import { nodesOfKind } from '../../model/node.ts';
import { defineStep } from '../shared/step.ts';
import { detectMeeting, type MeetingNote } from './detect-meeting.ts';
import { withMeetingId, type IdentifiedMeetingValue } from './meeting-identity.ts';
import { sentenceSpans } from '../shared/sentence-spans.ts';
import { PRIMARY_KINDS } from '../shared/primary-kinds.ts';
import { formatByParties } from './format-by-parties.ts';
import { publicationPeriod } from '../shared/publication-period.ts';

const BODY_TYPES = new Set(['organization', 'event']);

/** The `meeting` step. @example createPipeline([entitiesStep, meetingStep]) */
export const meetingStep = defineStep({
  name: 'meeting',
  version: '3',
  requires: ['entities', 'documentKind'],
  assigns: ['meeting'],
  run: ({ document, tree, layers, context, report }) => {
    const lexicons = context.lexicons;
    // A report whose source gives only the month of publication is dated by that month.
    const published = publicationPeriod(document.meta, lexicons.dates, lexicons.datePhrases) ?? undefined;
    const meta = { ...document.meta, published };
    // Read once: both the detection and the parties' format read the same sentences (neither changes them).
    const sentences = sentenceSpans(document.text, nodesOfKind(tree, 'sentence'));
    const f = detectMeeting({
      text: document.text,
      meta,
      sentences,
      lexicons,
      kind: (layers.documentKind?.[0]?.value as DocumentKindValue | undefined)?.kind,
      bodies: (layers.entities ?? [])
        .filter((a) => BODY_TYPES.has((a.value as EntityMentionValue).type))
        .map((a) => ({ start: a.start, end: a.end, name: (a.value as EntityMentionValue).name })),
    });
    const kind = (layers.documentKind?.[0]?.value as DocumentKindValue | undefined)?.kind;
    const notes: MeetingNote[] = [];
    // An adopted text's parties, or the leaders a report's meeting sentence lists, say whose format it is.
    const value =
      kind && (PRIMARY_KINDS.includes(kind) || kind === 'news')
        ? formatByParties(
            f.value,
            {
              text: document.text,
              sentences,
              lexicons,
              entities: layers.entities ?? [],
              meetingSpan: { start: f.start, end: f.end },
              participants: layers.participants ?? [],
              date: f.value.date ?? published ?? null,
              published,
              news: kind === 'news',
            },
            notes,
          )
        : f.value;
    for (const n of [...f.notes, ...notes]) report(n);
    if (!value.format && !value.date && !value.level) return { meeting: [] };
    // Which meeting it is: the knowledge base's, or a shared new id (see meeting-identity).
    const a: Annotation<IdentifiedMeetingValue> = {
      layer: 'meeting',
      start: f.start,
      end: f.end,
      value: withMeetingId(value, lexicons.kb),
      source: `meeting:${f.rule}`,
      confidence: f.confidence,
    };
    return { meeting: [a] };
  },
});
