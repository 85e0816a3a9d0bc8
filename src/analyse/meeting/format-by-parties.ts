/**
 * @module format-by-parties
 * A format read from the states that speak, for texts that name their meeting by place ("Camp
 * David") or by a list ("We, Prime Minister X, President Y and President Z"), not by the format's
 * name: when the text's parties are exactly the members of one known format, that is the format,
 * over another organisation only mentioned in the head (the Pacific Islands Forum in a trilateral
 * statement). The format's meeting record then confirms or fills the date, level and place.
 */
import type { MeetingValue } from '../../model/layers.ts';
import type { KbGroup } from '../shared/kb-view.ts';
import type { Lexicons } from '../shared/load-lexicons.ts';
import { type PartiesInput, detectParties } from './detect-parties.ts';
import { readPartyList } from './party-list.ts';
import { fillFromRecord, linkMeeting } from './meeting-record.ts';
import type { MeetingNote } from './meeting-types.ts';
import { compileOnce } from '../shared/compile-once.ts';

/** The meeting with its format taken from the parties when they single one out, else `value` unchanged. */
export function formatByParties(
  value: MeetingValue,
  input: PartiesInput & { published?: string; news?: boolean },
  notes: MeetingNote[],
): MeetingValue {
  // A report's parties are the leaders its meeting sentence opens with ("Prime Minister X, President Y and President
  // Z held a trilateral summit"); an adopted text's, the states that adopt it.
  const found = input.news ? sentenceList(input) : detectParties(input);
  if (!found || found.parties.length < 2) return value;
  const key = found.parties.join();
  const current = input.lexicons.kb.groups.find((g) => g.id === value.formatId);
  if (current && membersKey(current) === key) return value;
  const formats = formatsByMembers(input.lexicons.kb).get(key) ?? [];
  if (formats.length !== 1) return value;
  const group = formats[0];
  notes.push({
    severity: 'info',
    rule: 'format-by-parties',
    message: `Format ${group.formatName} read from the parties ${found.parties.join(', ')}`,
  });
  // The level or place read for another format's mention do not hold for this one.
  let next: MeetingValue = { ...value, format: group.formatName ?? group.name, formatId: group.id };
  if (next.level === 'other') next = { ...next, level: null };
  const record = linkMeeting(group.meetings, next, input.published, input.text);
  return record ? fillFromRecord(next, record.meeting, false, notes) : next;
}

function sentenceList(input: PartiesInput): { parties: string[] } | null {
  const span = input.meetingSpan;
  if (!span) return null;
  const list = readPartyList(input.text, span.start, input);
  return list && list.items >= 2 && !list.viaGroup ? list : null;
}

/** A group's members, sorted and joined: the key parties are compared by. */
const membersKey = compileOnce((g: KbGroup) => [...g.members].sort().join());

/** The view's formats of two or more members by their members' key, each key's in the view's order (built once). */
const formatsByMembers = compileOnce((kb: Lexicons['kb']) => {
  const byKey = new Map<string, KbGroup[]>();
  for (const g of kb.groups) {
    if (!g.formatName || g.members.length < 2) continue;
    const same = byKey.get(membersKey(g));
    if (same) same.push(g);
    else byKey.set(membersKey(g), [g]);
  }
  return byKey;
});
