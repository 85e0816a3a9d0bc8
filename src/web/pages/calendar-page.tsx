/**
 * @module calendar-page
 * `/calendar`: the events promised or endorsed for a date (upcoming, held, overdue), per format,
 * with the link to the format's iCalendar feed.
 */
import { z } from 'zod';
import { calendar } from '../../services/tracking.ts';
import type { CalendarEvent, EventState } from '../../track/calendar.ts';
import { Layout } from '../components/layout.tsx';
import { parsePageQuery } from '../page-query.ts';
import { renderHtml } from '../render-html.ts';
import type { PageModule } from './page-module.ts';
import { allow } from '../../services/permissions.ts';

const querySchema = z.object({ format: z.string().trim().max(200).optional() });
const STATES: readonly { state: EventState; title: string }[] = [
  { state: 'upcoming', title: 'Upcoming' },
  { state: 'overdue', title: 'Overdue: the day passed with no report' },
  { state: 'held', title: 'Held' },
];

export const calendarPage: PageModule = {
  name: 'calendar',
  register(app, { store }) {
    app.get('/calendar', allow('viewer'), async (c) => {
      const { format } = parsePageQuery(c, querySchema);
      const { asOf, events } = await calendar(store, { format });
      const feed = `/api/calendar.ics${format ? `?format=${encodeURIComponent(format)}` : ''}`;
      return renderHtml(
        c,
        <Layout title="Calendar" active="calendar">
          <h1>Calendar of promised events{format ? `: ${format}` : ''}</h1>
          <p class="muted">
            As of {asOf} · <a href={feed}>iCalendar feed (.ics)</a> ·{' '}
            <a href={`/api/exports/calendar.csv${format ? `?format=${encodeURIComponent(format)}` : ''}`}>CSV</a>
          </p>
          {STATES.map(({ state, title }) => (
            <section>
              <h2>{title}</h2>
              <EventTable events={events.filter((e) => e.state === state)} />
            </section>
          ))}
        </Layout>,
      );
    });
  },
};

function EventTable({ events }: { events: readonly CalendarEvent[] }) {
  if (!events.length) return <p class="muted">None.</p>;
  return (
    <table class="tracking">
      <thead>
        <tr>
          <th>When</th>
          <th>Event</th>
          <th>Where</th>
          <th>Format</th>
          <th>Promised in</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr>
            <td>{e.date}</td>
            <td>
              <span class={`badge event-${e.state}`}>{e.state}</span> {e.name}
            </td>
            <td>{e.place ?? '—'}</td>
            <td>{e.format ? <a href={`/formats/${encodeURIComponent(e.format)}`}>{e.format}</a> : '—'}</td>
            <td>
              {e.commitmentKeys.map((k, i) => (
                <>
                  {i ? ', ' : ''}
                  <a href={`/tracking/${encodeURIComponent(k)}`}>{i + 1}</a>
                </>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
