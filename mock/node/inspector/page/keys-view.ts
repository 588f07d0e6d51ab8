/**
 * The keys table of one environment: masked label and id, name, status (coloured as in the
 * lifecycle diagram), permissions, what is left of each rate-limit window, usage, last use and
 * expiry. Rows are kept by key and redrawn only when the key (or the clock) changed.
 */
import { bodyOf, byId, h, placeRows } from './dom.js';
import { dateTime, relative } from './format.js';
import type { Environment, InspectedKey, InspectedKeys } from './wire.js';

type Shown = 'active' | 'inactive' | 'expired' | 'revoked' | 'deleted';

const shownStatus = (key: InspectedKey): Shown => (key.deleted ? 'deleted' : key.status);

function statusBadge(key: InspectedKey): HTMLElement {
  const shown = shownStatus(key);
  return h('span', { class: `badge status ${shown}` }, shown);
}

function windowsCell(key: InspectedKey, now: string): HTMLElement {
  return h(
    'td',
    { class: 'nowrap' },
    ...key.rate_limit_windows.map((window) =>
      h(
        'div',
        { title: `${window.window} window: resets ${relative(window.resets_at, now)} (${dateTime(window.resets_at)})` },
        h('meter', {
          min: 0,
          max: window.limit,
          low: Math.ceil(window.limit / 10),
          optimum: window.limit,
          value: window.remaining,
        }),
        ` ${window.remaining} / ${window.limit} per ${window.window === 'minute' ? 'min' : 'h'}`,
      ),
    ),
  );
}

function whenCell(iso: string | null, now: string, none: string): HTMLElement {
  if (iso === null) return h('td', { class: 'muted' }, none);
  return h(
    'td',
    { class: 'nowrap', title: dateTime(iso) },
    relative(iso, now),
    h('div', { class: 'small muted' }, dateTime(iso)),
  );
}

function keyRow(key: InspectedKey, now: string, onShowRequests: (keyId: string) => void): HTMLTableRowElement {
  const show = h('button', { type: 'button', 'aria-label': `Show the requests of ${key.masked_key}` }, 'Requests');
  show.addEventListener('click', () => {
    onShowRequests(key.id);
  });
  return h(
    'tr',
    { 'data-key': key.id },
    h('td', {}, h('div', { class: 'mono nowrap' }, key.masked_key), h('div', { class: 'small muted mono' }, key.id)),
    h(
      'td',
      {},
      key.name,
      key.admin && h('span', { class: 'badge', title: 'The seeded admin:* key of this environment' }, 'admin'),
      key.description !== null && h('div', { class: 'small muted' }, key.description),
    ),
    h('td', {}, statusBadge(key)),
    h('td', {}, ...key.permissions.map((scope) => h('span', { class: 'scope' }, scope))),
    windowsCell(key, now),
    h(
      'td',
      { class: 'nowrap' },
      `${key.usage.requests_today} today`,
      h('div', { class: 'small muted' }, `${key.usage.requests_this_month} this month`),
    ),
    whenCell(key.last_used_at, now, 'never'),
    whenCell(key.expires_at, now, 'never'),
    h('td', {}, show),
  );
}

/** The keys table, redrawn from each `GET /__mock/api-keys` answer. */
export interface KeysView {
  /** Shows this environment's keys from the latest view. */
  render(view: InspectedKeys, environment: Environment): void;
}

/** Creates the view over `#keys-table`; `onShowRequests` filters the request list by a key. */
export function createKeysView(onShowRequests: (keyId: string) => void): KeysView {
  const body = bodyOf('keys-table');
  const note = byId('keys-note', HTMLElement);
  const tabs = byId('env-tabs', HTMLElement);
  const rows = new Map<string, { signature: string; row: HTMLTableRowElement }>();
  const empty = h('tr', { class: 'empty' }, h('td', { colspan: 9 }));

  return {
    render(view, environment) {
      for (const button of tabs.querySelectorAll<HTMLButtonElement>('button[data-env]')) {
        const env = button.dataset.env as Environment;
        button.setAttribute('aria-pressed', String(env === environment));
        const count = button.querySelector('.count');
        if (count !== null) count.textContent = `(${view.counts[env]})`;
      }
      const keys = view.data.filter((key) => key.environment === environment);
      const now = view.clock.now;
      const focused = document.activeElement?.closest('tr')?.dataset.key;
      const placed = keys.map((key) => {
        const signature = `${now}\u0000${JSON.stringify(key)}`;
        const kept = rows.get(key.id);
        if (kept?.signature === signature) return kept.row;
        const row = keyRow(key, now, onShowRequests);
        rows.set(key.id, { signature, row });
        return row;
      });
      const ids = new Set(keys.map((key) => key.id));
      for (const id of rows.keys()) if (!ids.has(id)) rows.delete(id);
      empty.cells[0]?.replaceChildren(`No keys in ${environment}.`);
      placeRows(body, placed.length > 0 ? placed : [empty]);
      if (focused !== undefined && !document.activeElement?.closest('tr'))
        body.querySelector<HTMLButtonElement>(`tr[data-key="${CSS.escape(focused)}"] button`)?.focus();
      note.textContent = view.truncated ? `Showing the newest ${view.data.length} keys of the mock.` : '';
    },
  };
}
