/**
 * @module statements-step
 * Step `statements`: for a primary document, one annotation per statement of the operative
 * text (see `splitStatements`), with its clause label, kind, actors, sectors, deadline (for
 * commitments) and references.
 */
import type { Annotation } from '../../model/annotation.ts';
import type {
  DocumentKindValue,
  MeetingValue,
  PartiesValue,
  Sector,
  StatementKind,
  StatementValue,
} from '../../model/layers.ts';
import { nodesOfKind } from '../../model/node.ts';
import { clauseLabelAt } from '../../structure/find-node.ts';
import { PRIMARY_KINDS } from '../shared/primary-kinds.ts';
import { defineStep } from '../shared/step.ts';
import { findDeadline } from './find-deadline.ts';
import { findReferences, type ReferenceMeeting } from './find-references.ts';
import type { Lexicons } from '../shared/load-lexicons.ts';
import { resolveActors, type ActorContext, type ActorFinding } from './resolve-actors.ts';
import { scoreSectors } from './score-sectors.ts';
import { isChairStatement } from './chair-statement.ts';
import { narrativeVerbAt } from './chair-narrative.ts';
import { withoutSpeakers } from './speaker-references.ts';
import { headingSectors } from './heading-sectors.ts';
import { formatSideNames } from './format-sides.ts';
import { carriesTopic } from './carried-topic.ts';
import { sentenceSpans } from '../shared/sentence-spans.ts';
import { pieceKind, splitStatements, type StatementPiece } from './split-statements.ts';

/** The `statements` step. @example createPipeline([…, partiesStep, statementsStep]) */
export const statementsStep = defineStep({
  name: 'statements',
  version: '5',
  requires: ['entities', 'documentKind', 'parties'],
  assigns: ['statements'],
  run: ({ document, tree, layers, context, report }) => {
    const kind = (layers.documentKind?.[0]?.value as DocumentKindValue | undefined)?.kind;
    const lexicons = context.lexicons;
    const text = document.text;
    const chair = isChairStatement(kind, document.meta.title, text, lexicons);
    if (!kind || (!PRIMARY_KINDS.includes(kind) && !chair)) return { statements: [] };
    const meeting = layers.meeting?.[0]?.value as MeetingValue | undefined;
    const format = meeting?.formatId ? lexicons.kb.groups.find((g) => g.id === meeting.formatId) : undefined;
    // Without a passage naming the parties, the format's members are the best guess for "the Parties"; a chair's
    // statement speaks for its chair, the meeting's host.
    const parties = chair
      ? meeting?.country
        ? [meeting.country]
        : []
      : ((layers.parties?.[0]?.value as PartiesValue | undefined)?.parties ?? [...(format?.members ?? [])].sort());
    const date = meeting?.date ?? document.meta.published ?? null;
    const year = Number((date ?? '').slice(0, 4)) || null;
    const entities = layers.entities ?? [];
    const refMeeting: ReferenceMeeting | null = meeting ? { ...meeting, meetings: format?.meetings ?? [] } : null;
    const headings = nodesOfKind(tree, 'heading');
    const sides = formatSideNames(format, lexicons.kb.groups);
    const pieces = splitStatements(text, sentenceSpans(text, nodesOfKind(tree, 'sentence')), headings, lexicons);
    const out: Annotation<StatementValue>[] = [];
    let previous: string[] | null = null;
    let previousLabel: string | null = null;
    // The sectors the statement before named itself (not taken from a heading or the default), within one clause.
    let previousTopic: Sector[] = [];
    for (const p of pieces) {
      const clause = clauseLabelAt(tree, p.start);
      // A treaty's preamble is recitals ("considering …, noting …"), not operative text.
      if (kind === 'treaty' && clause === 'preamble') continue;
      // Pronouns and missing subjects continue the statement before, within one clause.
      const prior: string[] | null = clause === previousLabel ? previous : null;
      const body = text.slice(p.start, p.end);
      // A chair's narrative ("Some Leaders objected to …") has its subject before its past-tense verb.
      const told = chair ? narrativeVerbAt(body, lexicons) : null;
      const verbAt =
        told !== null && (!p.cue || p.start + told < p.cue.start) ? p.start + told : (p.cue?.start ?? null);
      const actorContext = { parties, previous: prior, lexicons, entities, date, chair };
      const actorFinding: ActorFinding = p.continued
        ? { actors: prior ?? [...parties], rule: 'continued' }
        : actorsOf(text, p, verbAt, clause === introClause(tree, p) ? p.intro : null, actorContext);
      const k = kind === 'treaty' ? treatyPieceKind(p) : told !== null ? 'record' : pieceKind(p);
      const topic = sectorsOf(body, text.slice(p.sentence.start, p.sentence.end), lexicons, sides);
      const value: StatementValue = {
        clause,
        kind: k,
        actors: actorFinding.actors,
        sectors: topic.length
          ? topic
          : contextSectors(clause === previousLabel && carriesTopic(body, lexicons) ? previousTopic : [], () =>
              headingSectors(text, headings, p.start, lexicons, sides),
            ) || [lexicons.sectors.default],
        deadline: k === 'commitment' ? findDeadline(body, year, lexicons) : null,
        references: withoutSpeakers(
          text,
          findReferences(text, p.start, p.end, entities, lexicons, year, refMeeting),
          p.continued ? null : (p.cue?.start ?? null),
          lexicons,
        ),
      };
      if (!actorFinding.actors.length)
        report({
          severity: 'warning',
          rule: 'no-actors',
          message: 'Statement without actors (no parties known)',
          start: p.start,
          end: p.end,
        });
      const cueConfidence = p.cue?.confidence ?? p.intro?.cue?.confidence ?? 0.5;
      const confidence = Math.round(cueConfidence * (actorFinding.rule === 'default' ? 0.9 : 1) * 100) / 100;
      if (confidence < 0.6)
        report({
          severity: 'info',
          rule: p.cue?.id ?? 'no-cue',
          message: `Statement kind "${k}" uncertain`,
          start: p.start,
          end: p.end,
        });
      out.push({
        layer: 'statements',
        start: p.start,
        end: p.end,
        value,
        source: `statements:${p.cue?.id ?? (p.intro ? 'list-item' : 'no-cue')}`,
        confidence,
      });
      previous = actorFinding.actors;
      previousTopic = topic.length ? topic : clause === previousLabel ? previousTopic : [];
      previousLabel = clause;
    }
    return { statements: out };
  },
});

/** The clause label of a list item's intro ("6. The United States will:"), or null. */
function introClause(tree: Parameters<typeof clauseLabelAt>[0], p: StatementPiece): string | null {
  return p.intro ? clauseLabelAt(tree, p.intro.start) : null;
}

/**
 * A statement's actors: its own subject, else, for an item of a list under a lead-in of the same clause ("The United
 * States will:", "Japan and Australia welcome:"), the lead-in's subject.
 */
function actorsOf(
  text: string,
  p: StatementPiece,
  verbAt: number | null,
  intro: StatementPiece['intro'],
  ctx: Omit<ActorContext, 'end'>,
): ActorFinding {
  const lead = () => resolveActors(text, intro!.start, intro!.cue?.start ?? null, { ...ctx, end: intro!.end });
  if (intro && !p.cue) return lead();
  const own = resolveActors(text, p.start, verbAt, { ...ctx, end: p.end });
  return intro && (own.rule === 'previous' || own.rule === 'default') ? lead() : own;
}

/**
 * In a treaty's articles a sentence without a modal verb still binds the parties: treaties
 * (and their translations from Russian or Chinese) state obligations in the present tense
 * ("The Parties develop …", "The Parties cooperate …"). The formula "have agreed as follows:"
 * frames the whole treaty and gives its articles no kind of its own.
 */
export function treatyPieceKind(p: StatementPiece): StatementKind {
  return p.cue ? pieceKind(p) : 'commitment';
}

/**
 * The sectors a statement names itself, or [] for none. A piece cut from a sentence ("The Central Asian States highly
 * appreciate") may name no sector itself: it shares its sentence's.
 */
function sectorsOf(body: string, sentence: string, lexicons: Lexicons, sides: ReadonlySet<string>): Sector[] {
  const own = scoreSectors(body, lexicons, null, sides);
  return own.length ? own : scoreSectors(sentence, lexicons, null, sides);
}

/**
 * The topic of a statement that names none: one that points back ("We welcome the work in this regard.", see
 * carried-topic) takes the topic of the statement before it in the same clause (`before`); others take their
 * section heading's topic (`heading`); null for neither.
 */
function contextSectors(before: Sector[], heading: () => Sector[]): Sector[] | null {
  if (before.length) return before;
  const around = heading();
  return around.length ? around : null;
}
