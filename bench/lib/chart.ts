/**
 * The ratio chart of RESULTS.md, as a hand-made SVG: one group of horizontal bars per measure,
 * each bar a contender's ratio to the measure's reference on a log scale, Keysmith's bars in
 * colour, the reference line at 1×, and each goal's bound as a dashed mark.
 */
import { fmtRatio, type MeasureResult, type Row } from './result.ts';

const WIDTH = 960;
const LABEL = 300;
const RIGHT = 70;
const BAR = 14;
const GAP = 4;
const GROUP_GAP = 26;
const MIN = 0.05;
const MAX = 40;

function x(ratio: number): number {
  const clamped = Math.min(MAX, Math.max(MIN, ratio));
  return LABEL + ((Math.log(clamped) - Math.log(MIN)) / (Math.log(MAX) - Math.log(MIN))) * (WIDTH - LABEL - RIGHT);
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Renders the chart.
 *
 * @example
 * ```ts
 * await writeFile('bench/ratios.svg', ratioChart(results, 'Keysmith benchmarks, 2026-11-01'));
 * ```
 */
export function ratioChart(results: readonly MeasureResult[], subtitle: string): string {
  const parts: string[] = [];
  let y = 68;
  for (const result of results) {
    const rows = result.rows.filter(
      (row): row is Row & { ratio: number } => row.ratio !== undefined && Number.isFinite(row.ratio),
    );
    if (rows.length === 0) continue;
    const better = result.higherIsBetter ? 'higher is better' : 'lower is better';
    parts.push(
      `<text x="8" y="${y + 12}" class="group">${escape(result.title)} — ratio to ${escape(result.reference)} (${better})</text>`,
    );
    y += 22;
    const top = y;
    for (const row of rows) {
      const { ratio } = row;
      const from = x(Math.min(1, ratio));
      const to = x(Math.max(1, ratio));
      parts.push(
        `<text x="${LABEL - 8}" y="${y + BAR - 3}" class="label" text-anchor="end">${escape(row.name)}</text>`,
      );
      parts.push(
        `<rect x="${from.toFixed(1)}" y="${y}" width="${Math.max(1, to - from).toFixed(1)}" height="${BAR}" class="${row.ours === true ? 'ours' : 'peer'}"/>`,
      );
      parts.push(`<text x="${(to + 4).toFixed(1)}" y="${y + BAR - 3}" class="value">${fmtRatio(ratio)}</text>`);
      y += BAR + GAP;
    }
    parts.push(`<line x1="${x(1).toFixed(1)}" x2="${x(1).toFixed(1)}" y1="${top - 3}" y2="${y}" class="one"/>`);
    if (result.chartGoal !== undefined && Number.isFinite(result.chartGoal.ratio))
      parts.push(goalMark(result.chartGoal.ratio, top, y, result.chartGoal.id));
    y += GROUP_GAP;
  }
  const ticks = [0.1, 0.3, 1, 3, 10, 30]
    .map(
      (t) =>
        `<line x1="${x(t).toFixed(1)}" x2="${x(t).toFixed(1)}" y1="56" y2="${y - 10}" class="tick"/><text x="${x(t).toFixed(1)}" y="52" class="axis" text-anchor="middle">${t}×</text>`,
    )
    .join('');
  const height = y + 10;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="system-ui, sans-serif">
<style>
.title{font-size:15px;font-weight:600;fill:#222}.sub{font-size:11px;fill:#555}.group{font-size:12px;font-weight:600;fill:#222}
.label{font-size:11px;fill:#333}.value{font-size:10px;fill:#333}.axis{font-size:10px;fill:#666}
.ours{fill:#d9480f}.peer{fill:#868e96}.one{stroke:#222;stroke-width:1}.tick{stroke:#e9ecef;stroke-width:1}
.goal{stroke:#2b8a3e;stroke-width:1.5;stroke-dasharray:4 3}.goaltext{font-size:10px;fill:#2b8a3e}
</style>
<rect width="100%" height="100%" fill="#fff"/>
<text x="8" y="18" class="title">Keysmith vs peers: ratios (log scale)</text>
<text x="8" y="32" class="sub">${escape(subtitle)}</text>
${ticks}
${parts.join('\n')}
</svg>
`;
}

function goalMark(ratio: number, top: number, bottom: number, id: string): string {
  const at = x(ratio).toFixed(1);
  return `<line x1="${at}" x2="${at}" y1="${top - 3}" y2="${bottom}" class="goal"/><text x="${at}" y="${top - 5}" class="goaltext" text-anchor="middle">goal ${escape(id)}</text>`;
}
