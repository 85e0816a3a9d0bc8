/**
 * @module format-page
 * `/formats` lists the formats whose promises are followed; `/formats/:format` shows one: its
 * meetings on a timeline, the promises of each meeting with their status, the scorecard per
 * member and per sector as charts (server-rendered SVG), and the promises overdue.
 */
import { countryName } from '../../services/shared-knowledge-base.ts';
import { formatOverview, trackedFormats } from '../../services/tracking-views.ts';
import type { CommitmentRecord } from '../../track/commitment-records.ts';
import { ComplianceChart } from '../components/charts/compliance-chart.tsx';
import { MeetingTimeline } from '../components/charts/meeting-timeline.tsx';
import { Layout } from '../components/layout.tsx';
import { StatusBadge } from '../components/status-badge.tsx';
import { clipWords } from '../clip-words.ts';
import { renderHtml } from '../render-html.ts';
import type { PageModule } from './page-module.ts';
import { allow } from '../../services/permissions.ts';

const trackingHref = (r: CommitmentRecord) => `/tracking/${encodeURIComponent(r.commitment.key)}`;

export const formatPage: PageModule = {
  name: 'formats',
  register(app, { store }) {
    app.get('/formats', allow('viewer'), async (c) => {
      const formats = await trackedFormats(store);
      return renderHtml(
        c,
        <Layout title="Formats" active="formats">
          <h1>Formats</h1>
          <p>Each format's meetings, the promises made at them, and how they were kept.</p>
          <ul>
            {formats.map((f) => (
              <li>
                <a href={`/formats/${encodeURIComponent(f)}`}>{f}</a>
              </li>
            ))}
          </ul>
          <p>
            <a href="/calendar">Calendar of promised events</a>
          </p>
        </Layout>,
      );
    });

    app.get('/formats/:format', allow('viewer'), async (c) => {
      const o = await formatOverview(store, c.req.param('format'));
      const q = encodeURIComponent(o.format);
      const points = [
        ...o.meetings
          .filter((m) => m.madeOn)
          .map((m) => ({
            date: m.madeOn!,
            label: clipWords(m.title, 60),
            href: `#m-${slug(m.meetingId ?? m.madeOn!)}`,
          })),
        // The events its promises name: filled when held, hollow while still to come or overdue.
        ...o.events.map((e) => ({
          date: e.start,
          shownDate: e.date.includes('/') ? undefined : e.date,
          label: `${clipWords(e.name, 50)} (${e.state})`,
          future: e.state !== 'held',
        })),
      ].sort((a, b) => a.date.localeCompare(b.date));
      return renderHtml(
        c,
        <Layout title={o.format} active="formats">
          <h1>{o.format}</h1>
          <p class="muted">
            Status as of {o.asOf} · <a href={`/calendar?format=${q}`}>calendar</a> ·{' '}
            <a href={`/api/calendar.ics?format=${q}`}>iCalendar feed</a> ·{' '}
            <a href={`/review?format=${q}`}>review of implementation</a> ·{' '}
            <a href={`/api/exports/commitments.csv?format=${q}`}>CSV</a>
          </p>
          <section>
            <h2>Meetings</h2>
            <MeetingTimeline points={points} title={`Meetings of ${o.format} and the events promised at them`} />
          </section>
          <section class="charts">
            <h2>Scorecard</h2>
            <ComplianceChart
              title="Compliance per member (G20 Research Group scale)"
              lines={o.states}
              label={countryName}
            />
            <ComplianceChart title="Compliance per sector" lines={o.sectors} />
          </section>
          <section>
            <h2>Overdue</h2>
            {o.overdue.length ? <RecordTable records={o.overdue} /> : <p class="muted">Nothing overdue.</p>}
          </section>
          {o.meetings.map((m) => (
            <section id={`m-${slug(m.meetingId ?? m.madeOn ?? '')}`}>
              <h2>
                {m.madeOn ?? 'Undated'} · {m.title}
              </h2>
              <RecordTable records={m.records} />
            </section>
          ))}
        </Layout>,
      );
    });
  },
};

function RecordTable({ records }: { records: readonly CommitmentRecord[] }) {
  return (
    <table class="tracking">
      <thead>
        <tr>
          <th>Clause</th>
          <th>Promise</th>
          <th>Due</th>
          <th>Status</th>
          <th>Evidence</th>
        </tr>
      </thead>
      <tbody>
        {records.map((r) => (
          <tr>
            <td>{r.commitment.clause}</td>
            <td>
              <a href={trackingHref(r)}>{clipWords(r.text, 180)}</a>
            </td>
            <td>{r.commitment.due ?? '—'}</td>
            <td>
              <StatusBadge status={r.status} />
            </td>
            <td>{r.evidence.filter((e) => e.review !== 'rejected').length}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function slug(s: string): string {
  return s.replace(/[^\w-]+/g, '-');
}
