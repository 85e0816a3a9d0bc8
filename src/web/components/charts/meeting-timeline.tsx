/**
 * @module meeting-timeline
 * A server-rendered SVG timeline of a format's meetings: one dot per meeting on a line of years,
 * labelled, each linking to its commitments; promised events still to come are hollow.
 */

export interface TimelinePoint {
  /** ISO date the point is placed at. */
  readonly date: string;
  /** The date as printed beside the label when the text gives less than a day ("2026"). */
  readonly shownDate?: string;
  readonly label: string;
  readonly href?: string;
  /** Still to come (promised), drawn hollow. */
  readonly future?: boolean;
}

const WIDTH = 820;
const PAD = 40;

export function MeetingTimeline({ points, title }: { points: readonly TimelinePoint[]; title: string }) {
  if (!points.length) return null;
  const times = points.map((p) => Date.parse(p.date.slice(0, 10)));
  const first = new Date(Math.min(...times)).getUTCFullYear();
  const last = new Date(Math.max(...times)).getUTCFullYear() + 1;
  const x = (t: number) =>
    PAD + ((t - Date.UTC(first, 0, 1)) / (Date.UTC(last, 0, 1) - Date.UTC(first, 0, 1))) * (WIDTH - 2 * PAD);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  // One label row per point, in date order, so labels never overlap.
  const height = 64 + 16 * points.length;
  return (
    <figure class="chart">
      <svg
        xmlns="http://www.w3.org/2000/svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        width={WIDTH}
        height={height}
        role="img"
        aria-label={title}
      >
        <title>{title}</title>
        <line x1={PAD} x2={WIDTH - PAD} y1={30} y2={30} stroke="#888" />
        {years.map((y) => (
          <g>
            <line x1={x(Date.UTC(y, 0, 1))} x2={x(Date.UTC(y, 0, 1))} y1={24} y2={36} stroke="#888" />
            <text x={x(Date.UTC(y, 0, 1))} y={16} text-anchor="middle" font-size="11" fill="#555">
              {y}
            </text>
          </g>
        ))}
        {points.map((_, i) => (
          <line x1={x(times[i])} x2={x(times[i])} y1={36} y2={56 + 16 * i - 10} stroke="#ccc" />
        ))}
        {points.map((p, i) => {
          const cx = x(times[i]);
          const ly = 56 + 16 * i;
          const dot = (
            <circle cx={cx} cy={30} r={6} fill={p.future ? '#fff' : '#1565c0'} stroke="#1565c0" stroke-width="2" />
          );
          const text = (
            // A white halo so the connectors of later points, drawn first, never cross the words.
            <text
              x={cx}
              y={ly}
              text-anchor={cx > WIDTH / 2 ? 'end' : 'start'}
              font-size="11"
              paint-order="stroke"
              stroke="#fff"
              stroke-width="3"
            >
              {`${p.shownDate ?? p.date.slice(0, 10)} ${p.label}`}
            </text>
          );
          return (
            <g>
              {p.href ? (
                <a href={p.href}>
                  {dot}
                  {text}
                </a>
              ) : (
                <>
                  {dot}
                  {text}
                </>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}
