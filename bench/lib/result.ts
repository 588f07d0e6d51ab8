/**
 * What every measure returns, and how it prints: rows of medians with their min–max spread and
 * a ratio to the measure's reference, plus the goals of issue 6 checked against them.
 */
import type { Summary } from './stats.ts';

/**
 * One line of a measure's table.
 *
 * @example
 * ```ts
 * const row: Row = { name: 'keysmith', summary: summarize(samples), ratio: 1.08 };
 * ```
 */
export interface Row {
  name: string;
  summary: Summary;
  /** Median over the reference's median (so above 1 is slower for costs, faster for rates). */
  ratio?: number | undefined;
  /** A short remark printed after the figures. */
  note?: string | undefined;
  /** Whether this row is Keysmith's own (highlighted in the chart). */
  ours?: boolean | undefined;
}

/**
 * A goal of issue 6: a ratio (or an absolute figure) and its bound.
 *
 * @example
 * ```ts
 * const goal = checkGoal('1', 'SDK CPU per call ≤ 1.15× openapi-fetch with timeout', 1.09, 1.15, 'max', '×');
 * ```
 */
export interface Goal {
  id: string;
  text: string;
  value: number;
  limit: number;
  /** `max`: the value must not exceed the limit; `min`: it must reach it. */
  kind: 'max' | 'min';
  unit: string;
  met: boolean;
}

/**
 * Builds a {@link Goal}, deciding whether it is met (a NaN value never is).
 *
 * @example
 * ```ts
 * checkGoal('3', 'mock over HTTP ≥ 0.3× node:http + Map', 0.41, 0.3, 'min', '×').met; // true
 * ```
 */
export function checkGoal(
  id: string,
  text: string,
  value: number,
  limit: number,
  kind: 'max' | 'min',
  unit: string,
): Goal {
  const met = Number.isFinite(value) && (kind === 'max' ? value <= limit : value >= limit);
  return { id, text, value, limit, kind, unit, met };
}

/**
 * One measure's outcome.
 *
 * @example
 * ```ts
 * const result: MeasureResult = { id: 'cpu', title: 'SDK CPU per call', unit: 'µs', reference: 'fetch + res.json()', higherIsBetter: false, rows, goals, notes: [] };
 * ```
 */
export interface MeasureResult {
  id: string;
  title: string;
  /** Unit of the medians. */
  unit: string;
  /** The row the ratios are taken against. */
  reference: string;
  /** Throughput (req/s): more is better, and ratios are row / reference. */
  higherIsBetter: boolean;
  rows: Row[];
  goals: Goal[];
  notes: string[];
  /** Where a goal's bound falls on this measure's axis (a ratio to its reference), for the chart. */
  chartGoal?: { ratio: number; id: string } | undefined;
}

/**
 * A figure with three significant digits at most (`0.123`, `12.3`, `1234`).
 *
 * @example
 * ```ts
 * fmt(12.345); // "12.3"
 * ```
 */
export function fmt(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  const abs = Math.abs(value);
  if (abs >= 1000) return Math.round(value).toLocaleString('en-US');
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  return value.toFixed(3);
}

/**
 * A ratio as `1.23×`.
 *
 * @example
 * ```ts
 * fmtRatio(1.234); // "1.23×"
 * ```
 */
export function fmtRatio(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? '' : `${value.toFixed(2)}×`;
}

/**
 * The width of each column of a table: its longest cell.
 *
 * @example
 * ```ts
 * columnWidths([['a', 'bb'], ['ccc', 'd']]); // [3, 2]
 * ```
 */
export function columnWidths(cells: readonly (readonly string[])[]): number[] {
  const widths: number[] = [];
  for (const row of cells) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  return widths;
}

function pad(cells: string[][]): string {
  const widths = columnWidths(cells);
  return cells
    .map((row) =>
      widths
        .map((width, i) => {
          const cell = row[i] ?? '';
          return i === 0 ? cell.padEnd(width) : cell.padStart(width);
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/**
 * A measure as a plain-text table for the terminal.
 *
 * @example
 * ```ts
 * console.log(formatMeasure(result));
 * ```
 */
export function formatMeasure(result: MeasureResult): string {
  const head = ['', `median ${result.unit}`, 'min–max', `ratio to ${result.reference}`, ''];
  const rows = result.rows.map((row) => [
    row.name,
    fmt(row.summary.median),
    `${fmt(row.summary.min)}–${fmt(row.summary.max)}`,
    fmtRatio(row.ratio),
    row.note ?? '',
  ]);
  const goals = result.goals.map(
    (goal) => `  goal ${goal.id}: ${goal.text} → ${fmt(goal.value)}${goal.unit} ${goal.met ? 'MET' : 'NOT MET'}`,
  );
  const notes = result.notes.map((note) => `  note: ${note}`);
  return [result.title, pad([head, ...rows]), ...goals, ...notes].join('\n');
}

/**
 * A measure as a Markdown table.
 *
 * @example
 * ```ts
 * const markdown = markdownMeasure(result);
 * ```
 */
export function markdownMeasure(result: MeasureResult): string {
  const lines = [
    `### ${result.title}`,
    '',
    `| | median (${result.unit}) | min–max | ratio to ${result.reference} | |`,
    '| --- | ---: | ---: | ---: | --- |',
    ...result.rows.map(
      (row) =>
        `| ${row.ours === true ? `**${row.name}**` : row.name} | ${fmt(row.summary.median)} | ${fmt(row.summary.min)}–${fmt(row.summary.max)} | ${fmtRatio(row.ratio)} | ${row.note ?? ''} |`,
    ),
  ];
  if (result.goals.length > 0) {
    lines.push('');
    for (const goal of result.goals) {
      lines.push(
        `- Goal ${goal.id}: ${goal.text} → **${fmt(goal.value)}${goal.unit}** — ${goal.met ? 'met' : '**not met**'}`,
      );
    }
  }
  for (const note of result.notes) lines.push(`- ${note}`);
  return lines.join('\n');
}

/**
 * Ratios of every row's median to the median of the row named `reference`.
 *
 * @example
 * ```ts
 * withRatios(rows, 'fetch + res.json()');
 * ```
 */
export function withRatios(rows: Row[], reference: string): Row[] {
  const ref = rows.find((row) => row.name === reference);
  return rows.map((row) => ({
    ...row,
    ratio: ref === undefined ? undefined : row.summary.median / ref.summary.median,
  }));
}

/**
 * The median of the row named `name` (NaN when there is no such row).
 *
 * @example
 * ```ts
 * medianOf(rows, 'keysmith');
 * ```
 */
export function medianOf(rows: readonly Row[], name: string): number {
  return rows.find((row) => row.name === name)?.summary.median ?? Number.NaN;
}

/**
 * Prints a result as a table, for a measure run on its own.
 *
 * @example
 * ```ts
 * if (isMain(import.meta.url)) printResult(await measure());
 * ```
 */
export function printResult(result: MeasureResult): void {
  console.log(`\n${formatMeasure(result)}\n`);
}

/**
 * Whether the module at `url` is the script node was started with.
 *
 * @example
 * ```ts
 * if (isMain(import.meta.url)) await main();
 * ```
 */
export function isMain(url: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && new URL(url).pathname === entry;
}

/**
 * Whether the run asked for fewer, shorter samples (`BENCH_QUICK=1`): figures are noisier,
 * for checking the scripts work.
 *
 * @example
 * ```ts
 * const rounds = quick() ? 1 : 3;
 * ```
 */
export function quick(): boolean {
  return process.env['BENCH_QUICK'] === '1';
}
