/**
 * @module reference-frame
 * The names that frame a document rather than being referred to by it: its own dialogue format,
 * under every name the knowledge base gives it ("the Central Asia–China format", "C5+1").
 * Organisations that are formats too (SCO, CIS) stay references, as the gold annotates them.
 */
import type { KbView } from '../shared/kb-view.ts';
import { foldKey } from '../shared/name-matcher.ts';

/** The document's format as the statements step knows it. */
export interface FrameMeeting {
  readonly format: string | null;
  readonly formatId?: string | null;
}

const cache = new WeakMap<KbView, Map<string, ReadonlySet<string>>>();

/**
 * Keys (see `frameKey`) of the document's frame; `withOrganisation` counts an organisation that is
 * the format too ("SCO Development Strategy" in an SCO declaration does not refer to the SCO).
 * @example frameKeys(view, { format: 'China–Central Asia' }).has(frameKey('Central Asia-China')) === true
 */
export function frameKeys(view: KbView, meeting: FrameMeeting | null, withOrganisation = false): ReadonlySet<string> {
  if (!meeting?.format) return new Set();
  let byFormat = cache.get(view);
  if (!byFormat) cache.set(view, (byFormat = new Map()));
  const key = `${meeting.formatId ?? ''}|${meeting.format}|${withOrganisation}`;
  let keys = byFormat.get(key);
  if (!keys) byFormat.set(key, (keys = build(view, meeting, withOrganisation)));
  return keys;
}

/**
 * The key frame names are compared under: `foldKey` with dashes as spaces and without a last
 * "format"/"mechanism"/"platform" ("China Central Asia Mechanism" is "China–Central Asia").
 */
export function frameKey(name: string): string {
  return foldKey(name)
    .replace(/^the\s+/, '')
    .replace(/\s+(?:format|mechanism|platform)$/, '')
    .replace(/[-\s]+/g, ' ');
}

function build(view: KbView, meeting: FrameMeeting, withOrganisation: boolean): ReadonlySet<string> {
  const format = foldKey(meeting.format!);
  const out = new Set<string>([frameKey(format)]);
  const own = view.groups.find(
    (g) =>
      g.id === meeting.formatId ||
      (g.formatName && foldKey(g.formatName) === format) ||
      g.names.some((n) => foldKey(n) === format),
  );
  // An organisation that is also a format (the SCO, the CIS) is still referred to: "enhance the role of the SCO".
  if (own && (withOrganisation || !isOrganisation(own.name, own.formatName, own.names)))
    for (const n of [own.name, ...own.names, own.formatName ?? '']) if (n) out.add(frameKey(n));
  return out;
}

/**
 * A format with a name of its own beside its short one, one of them an acronym ("Shanghai Cooperation Organization",
 * "SCO").
 */
function isOrganisation(name: string, formatName: string | undefined, names: readonly string[]): boolean {
  return !!formatName && foldKey(name) !== foldKey(formatName) && names.some((n) => /^[A-Z]{2,6}$/.test(n));
}
