/**
 * The source of `docs/key-states.svg`, the state diagram of a key's statuses in the key-lifecycle
 * guide: the states and transitions below, laid out by hand, and a small SVG writer.
 * `npm run docs:generate` writes the picture; test/docs/key-states.test.ts checks that it is up to
 * date, that the states are the spec's `KeyStatus` values, and that every transition happens on
 * the mock exactly as drawn.
 *
 * The boxes take their colours from `KEY_STATUS_COLOURS`, which the mock's inspector page uses too.
 *
 * @module
 */
import { KEY_STATUS_COLOURS, type ShownStatus } from '../mock/node/inspector/status-colours.ts';

/**
 * One box of the diagram.
 *
 * @example
 * ```ts
 * const state: DiagramState = { id: 'active', note: 'its secret works', x: 300, y: 210 };
 * ```
 */
export interface DiagramState {
  /** The `KeyStatus` value, or a pseudo-state's name (both have a colour of their own). */
  readonly id: ShownStatus;
  /** The second line of the box. */
  readonly note: string;
  /** Centre of the box. */
  readonly x: number;
  readonly y: number;
  /** A pseudo-state (not a `KeyStatus`) is drawn dashed. */
  readonly pseudo?: boolean;
}

/**
 * What moves a key from one state to another; the test replays each on the mock.
 *
 * @example
 * ```ts
 * const action: TransitionAction = 'revoke';
 * ```
 */
export type TransitionAction =
  'create' | 'disable' | 'enable' | 'expire' | 'extend-expiry' | 'revoke' | 'delete' | 'regenerate';

/**
 * One arrow of the diagram.
 *
 * @example
 * ```ts
 * const arrow: DiagramTransition = { from: 'active', to: 'revoked', action: 'revoke', label: 'keys.revoke',
 *   points: [[375, 210], [523, 210]], labelAt: [449, 200], anchor: 'middle' };
 * ```
 */
export interface DiagramTransition {
  /** A state id, or `null` for the start dot. */
  readonly from: string | null;
  readonly to: string;
  readonly action: TransitionAction;
  /** The arrow's label; `\n` starts a new line. */
  readonly label: string;
  /** The arrow: a straight line through these points, or a cubic curve when there are four and `curve` is set. */
  readonly points: readonly (readonly [number, number])[];
  readonly curve?: boolean;
  /** Where the label goes, and which way it runs from there. */
  readonly labelAt: readonly [number, number];
  readonly anchor: 'start' | 'middle' | 'end';
}

/**
 * The whole diagram.
 *
 * @example
 * ```ts
 * const diagram: StateDiagram = { ...KEY_STATE_DIAGRAM, title: 'Statuses' };
 * ```
 */
export interface StateDiagram {
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly start: readonly [number, number];
  readonly states: readonly DiagramState[];
  readonly transitions: readonly DiagramTransition[];
}

const BOX = { width: 150, height: 56 } as const;

/**
 * A key's statuses and what moves it between them.
 *
 * @example
 * ```ts
 * writeFileSync('docs/key-states.svg', renderStateDiagram(KEY_STATE_DIAGRAM));
 * ```
 */
export const KEY_STATE_DIAGRAM: StateDiagram = {
  width: 960,
  height: 420,
  title: "A key's statuses: active, inactive, expired, revoked; delete removes it",
  start: [40, 196],
  states: [
    { id: 'active', note: 'its secret works', x: 300, y: 210 },
    { id: 'inactive', note: 'disabled, reversible', x: 300, y: 60 },
    { id: 'expired', note: 'past expires_at', x: 300, y: 360 },
    { id: 'revoked', note: 'refused for good', x: 600, y: 210 },
    { id: 'deleted', note: 'unlisted; GET is a 404', x: 850, y: 210, pseudo: true },
  ],
  transitions: [
    {
      from: null,
      to: 'active',
      action: 'create',
      label: 'keys.create',
      points: [
        [50, 196],
        [223, 196],
      ],
      labelAt: [135, 186],
      anchor: 'middle',
    },
    {
      from: 'active',
      to: 'inactive',
      action: 'disable',
      label: "update status: 'inactive'",
      points: [
        [280, 182],
        [280, 88],
      ],
      labelAt: [272, 140],
      anchor: 'end',
    },
    {
      from: 'inactive',
      to: 'active',
      action: 'enable',
      label: "update status: 'active'",
      points: [
        [320, 88],
        [320, 182],
      ],
      labelAt: [328, 136],
      anchor: 'start',
    },
    {
      from: 'active',
      to: 'expired',
      action: 'expire',
      label: 'the clock passes expires_at',
      points: [
        [280, 238],
        [280, 332],
      ],
      labelAt: [272, 300],
      anchor: 'end',
    },
    {
      from: 'expired',
      to: 'active',
      action: 'extend-expiry',
      label: 'update a later expires_at',
      points: [
        [320, 332],
        [320, 238],
      ],
      labelAt: [328, 290],
      anchor: 'start',
    },
    {
      from: 'active',
      to: 'revoked',
      action: 'revoke',
      label: 'keys.revoke',
      points: [
        [375, 210],
        [523, 210],
      ],
      labelAt: [449, 200],
      anchor: 'middle',
    },
    {
      from: 'inactive',
      to: 'revoked',
      action: 'revoke',
      label: 'keys.revoke',
      points: [
        [375, 60],
        [560, 180],
      ],
      labelAt: [472, 112],
      anchor: 'start',
    },
    {
      from: 'expired',
      to: 'revoked',
      action: 'revoke',
      label: 'keys.revoke',
      points: [
        [375, 372],
        [560, 240],
      ],
      labelAt: [472, 322],
      anchor: 'start',
    },
    {
      from: 'revoked',
      to: 'deleted',
      action: 'delete',
      label: 'keys.delete',
      points: [
        [675, 210],
        [773, 210],
      ],
      labelAt: [724, 200],
      anchor: 'middle',
    },
    {
      from: 'active',
      to: 'active',
      action: 'regenerate',
      label: 'keys.regenerate:\nnew secret, same id',
      points: [
        [225, 228],
        [150, 212],
        [150, 292],
        [240, 240],
      ],
      curve: true,
      labelAt: [135, 244],
      anchor: 'end',
    },
  ],
};

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const lines = (label: string, x: number): string =>
  label
    .split('\n')
    .map((line, index) => (index === 0 ? escape(line) : `<tspan x="${x}" dy="15">${escape(line)}</tspan>`))
    .join('');

const point = ([x, y]: readonly [number, number]): string => `${x},${y}`;

function renderState(state: DiagramState): string {
  const left = state.x - BOX.width / 2;
  const top = state.y - BOX.height / 2;
  const dash = state.pseudo ? ' stroke-dasharray="6 4"' : '';
  const { fill, stroke } = KEY_STATUS_COLOURS[state.id];
  return [
    `  <g class="state" data-state="${escape(state.id)}">`,
    `    <rect x="${left}" y="${top}" width="${BOX.width}" height="${BOX.height}" rx="12" fill="${fill}" stroke="${stroke}" stroke-width="1.5"${dash}/>`,
    `    <text x="${state.x}" y="${state.y - 4}" text-anchor="middle" font-size="17" font-weight="600">${escape(state.id)}</text>`,
    `    <text x="${state.x}" y="${state.y + 16}" text-anchor="middle" font-size="12" fill="#52525b">${escape(state.note)}</text>`,
    '  </g>',
  ].join('\n');
}

function renderTransition(transition: DiagramTransition): string {
  const [first, ...rest] = transition.points;
  if (first === undefined || rest.length === 0)
    throw new Error(`The ${transition.action} arrow needs at least two points.`);
  const path =
    transition.curve && rest.length === 3
      ? `M${point(first)} C${rest.map(point).join(' ')}`
      : `M${point(first)} L${rest.map(point).join(' L')}`;
  const [labelX, labelY] = transition.labelAt;
  return [
    `  <g class="transition" data-action="${transition.action}" data-from="${transition.from ?? 'start'}" data-to="${escape(transition.to)}">`,
    `    <path d="${path}" fill="none" stroke="#334155" stroke-width="1.5" marker-end="url(#arrow)"/>`,
    `    <text x="${labelX}" y="${labelY}" text-anchor="${transition.anchor}" font-size="12" fill="#0f172a">${lines(transition.label, labelX)}</text>`,
    '  </g>',
  ].join('\n');
}

/**
 * Writes a diagram as a standalone SVG document (deterministic: the same diagram gives the same bytes).
 *
 * @example
 * ```ts
 * const svg = renderStateDiagram(KEY_STATE_DIAGRAM);
 * svg.startsWith('<svg'); // true
 * ```
 */
export function renderStateDiagram(diagram: StateDiagram): string {
  const [startX, startY] = diagram.start;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${diagram.width}" height="${diagram.height}" viewBox="0 0 ${diagram.width} ${diagram.height}" role="img" aria-labelledby="title" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif">`,
    `  <title id="title">${escape(diagram.title)}</title>`,
    '  <!-- GENERATED by `npm run docs:generate` from scripts/docs-key-states.ts; do not edit by hand. -->',
    '  <defs>',
    '    <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">',
    '      <path d="M0,0 L10,5 L0,10 z" fill="#334155"/>',
    '    </marker>',
    '  </defs>',
    `  <rect width="${diagram.width}" height="${diagram.height}" fill="#ffffff"/>`,
    `  <circle cx="${startX}" cy="${startY}" r="9" fill="#1f3a8a"/>`,
    ...diagram.states.map(renderState),
    ...diagram.transitions.map(renderTransition),
    '</svg>',
    '',
  ].join('\n');
}
