/**
 * @module compliance-chart
 * A server-rendered SVG bar chart of compliance on the G20 Research Group's scale: one row per
 * member (or sector), a bar from 0 toward −1 or +1, the mean score and the share fulfilled
 * written beside it. Presentation attributes only (the CSP forbids style attributes).
 */
import type { ScoreLine } from '../../../track/scorecard.ts';

export interface ComplianceChartProps {
  readonly title: string;
  readonly lines: readonly ScoreLine[];
  /** Shown text of a key (a country name for an ISO code). */
  readonly label?: (key: string) => string;
}

const ROW = 26;
const LABEL = 150;
const HALF = 140;
const NOTE = 330;

export function ComplianceChart({ title, lines, label = (k) => k }: ComplianceChartProps) {
  if (!lines.length) return null;
  const width = LABEL + 2 * HALF + NOTE;
  const height = ROW * lines.length + 34;
  const zero = LABEL + HALF;
  return (
    <figure class="chart">
      <svg
        xmlns="http://www.w3.org/2000/svg"
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="img"
        aria-label={title}
      >
        <title>{title}</title>
        {[-1, 0, 1].map((v) => (
          <g>
            <line
              x1={zero + v * HALF}
              x2={zero + v * HALF}
              y1={4}
              y2={height - 22}
              stroke="#bbb"
              stroke-dasharray={v ? '3 3' : undefined}
            />
            <text x={zero + v * HALF} y={height - 8} text-anchor="middle" font-size="11" fill="#555">
              {v > 0 ? '+1 full' : v < 0 ? '−1 none' : '0 partial'}
            </text>
          </g>
        ))}
        {lines.map((l, i) => {
          const y = 8 + i * ROW;
          const score = l.compliance ?? 0;
          const w = Math.abs(score) * HALF;
          const fill = l.compliance === null ? '#ccc' : score > 0 ? '#2e7d32' : score < 0 ? '#c62828' : '#f9a825';
          return (
            <g>
              <text x={LABEL - 8} y={y + 14} text-anchor="end" font-size="12">
                {label(l.key)}
              </text>
              <rect x={score < 0 ? zero - w : zero} y={y + 2} width={Math.max(w, 2)} height={ROW - 8} fill={fill}>
                <title>
                  {`${label(l.key)}: ${l.compliance ?? 'not scored'} ` + `over ${l.scored} scored of ${l.commitments}`}
                </title>
              </rect>
              <text x={LABEL + 2 * HALF + 10} y={y + 14} font-size="11" fill="#333">
                {/* The score reads only the promises that can be scored yet (settled, or past their deadline). */}
                {`${l.compliance === null ? 'n/a' : `${signed(l.compliance)} on ${l.scored} scored`} · ` +
                  `${l.fulfilled} of ${l.commitments} fulfilled`}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}

function signed(x: number): string {
  return x > 0 ? `+${x.toFixed(2)}` : x.toFixed(2);
}
