/**
 * @module display-title
 * The title a document is shown under when its header gives none: its first heading or title
 * line, else a name made from the meeting the analysis found ("Joint Communiqué, 6th
 * China–Central Asia Foreign Ministers' Meeting"). Computed once when the document is stored,
 * so every list, search hit, page and API answer shows the same title.
 */
import { readFileSync } from 'node:fs';
import type { Analysis } from '../model/analysis.ts';
import type { Document } from '../model/document.ts';
import type { MeetingValue } from '../model/layers.ts';
import { nodesOfKind, type TreeNode } from '../model/node.ts';

interface DisplayLabels {
  readonly kinds: Readonly<Record<string, string>>;
  readonly levels: Readonly<Record<string, string>>;
}

const LABELS: DisplayLabels = JSON.parse(
  readFileSync(new URL('../../data/lexicons/display-labels.json', import.meta.url), 'utf8'),
);

/** A title line is short and reads as a heading, not a sentence (no closing stop or colon). */
const MAX_TITLE_LINE = 160;
const SENTENCE_END = /[.:;,]$/;

/**
 * The header's title, else the first heading or title line, else the meeting's name; null
 * when none of them exists (the file name is then the caller's fallback).
 * @example displayTitle(document, tree, analysis)
 * // 'Joint Communiqué, 6th China–Central Asia Foreign Ministers' Meeting'
 */
export function displayTitle(document: Document, tree: TreeNode, analysis?: Analysis): string | null {
  const declared = document.meta.title?.trim();
  if (declared) return declared;
  return headingTitle(document.text, tree) ?? meetingTitle(document.meta.kind, analysis);
}

/** The first heading node's text, else the first line of the text when it reads as a title. */
export function headingTitle(text: string, tree: TreeNode): string | null {
  const heading = nodesOfKind(tree, 'heading')[0];
  const fromHeading = heading ? asTitleLine(text.slice(heading.start, heading.end)) : null;
  if (fromHeading) return fromHeading;
  const firstLine = text.trimStart().split('\n', 1)[0] ?? '';
  return asTitleLine(firstLine);
}

function asTitleLine(line: string): string | null {
  const title = line.replace(/\s+/g, ' ').trim();
  if (!title || title.length > MAX_TITLE_LINE || SENTENCE_END.test(title)) return null;
  return /\p{L}/u.test(title) ? title : null;
}

/** "<kind>, <edition> <format> <level>" from the meeting layer; null without a format. */
export function meetingTitle(declaredKind: string | undefined, analysis?: Analysis): string | null {
  const meeting = analysis?.layers.meeting?.[0]?.value as MeetingValue | undefined;
  if (!meeting?.format) return null;
  const inferred = analysis?.layers.documentKind?.[0]?.value as { kind?: string } | undefined;
  const kind = LABELS.kinds[declaredKind ?? inferred?.kind ?? ''];
  const edition = meeting.edition ? `${ordinal(meeting.edition)} ` : '';
  const level = LABELS.levels[meeting.level ?? 'other'] ?? LABELS.levels.other;
  const name = `${edition}${meeting.format} ${level}`;
  return kind && kind !== LABELS.kinds.news ? `${kind}, ${name}` : name;
}

/** 1 → 1st, 2 → 2nd, 11 → 11th. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}
