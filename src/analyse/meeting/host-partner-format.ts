/**
 * @module host-partner-format
 * An organisation's leaders meeting in a state that is not a member, with that state's leader ("ASEAN leaders gathered
 * at the White House", "members of the Pacific Islands Forum gathered in Washington"), is the partner format of the
 * two (ASEAN–US, US–Pacific Islands) when the knowledge base records one: summits of a bloc abroad are its dialogue
 * with the host, in the drafting and reporting of every region.
 */
import type { KbGroup, KbView } from '../shared/kb-view.ts';
import type { FormatHit } from './meeting-format.ts';

/**
 * The host's partner format with the organisation, or null when the venue is a member or none is recorded.
 * @example hostPartnerFormat({ name: 'ASEAN', group: asean, members }, 'US', view)?.name === 'ASEAN–US'
 */
export function hostPartnerFormat(format: FormatHit | null, country: string | null, kb: KbView): FormatHit | null {
  const org = format?.group;
  if (!org || !country || !org.members.length || org.members.includes(country)) return null;
  const want = new Set([...org.members, country]);
  const partner = kb.groups.find((g) => g !== org && g.formatName && g.members.includes(country) && near(g, want));
  return partner ? { name: partner.formatName!, group: partner, members: [...partner.members] } : null;
}

/** The same members, but for one state that joined or left between the records ("Timor-Leste"). */
function near(g: KbGroup, want: ReadonlySet<string>): boolean {
  const extra = g.members.filter((c) => !want.has(c)).length;
  const missing = [...want].filter((c) => !g.members.includes(c)).length;
  return extra + missing <= 1;
}
