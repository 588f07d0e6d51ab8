/**
 * The request list, newest first: time, method and path, operation, caller and target key, status,
 * error code, and marks for a replay, a fault and a latency. A log entry never changes, so a row
 * is made once and kept (unless a key's label in it changed). The marks follow the status.
 */
import { bodyOf, h, placeRows } from './dom.js';
import { dateTime, timeOfDay } from './format.js';
import type { LoggedRequestJson } from './wire.js';

/** How the page names a key: its masked label when it knows the key, else its id. */
export type KeyLabel = (keyId: string) => string;

/** The path and query a request used, without the server's origin. */
export function pathOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.pathname + parsed.search;
  } catch {
    return url;
  }
}

/**
 * Text that may wrap only after the characters given (a path after `/`, an error code after `_`),
 * so that `api-keys` stays whole and the table fits 1280 pixels.
 */
function breakable(text: string, after: RegExp): (string | HTMLElement)[] {
  return text.split(after).flatMap((part, index) => (index === 0 ? [part] : [h('wbr'), part]));
}

function keyCell(keyId: string | null, label: KeyLabel): HTMLElement {
  return keyId === null
    ? h('td', { class: 'muted' }, '–')
    : h('td', { class: 'mono nowrap', title: keyId }, label(keyId));
}

/** The status, then a mark for a replay, a fault and a latency. */
function statusCell(entry: LoggedRequestJson): HTMLElement {
  return h(
    'td',
    { class: 'nowrap' },
    h('span', { class: `mono code-${String(entry.status).charAt(0)}` }, entry.status === 0 ? 'none' : entry.status),
    entry.replayed &&
      h('span', { class: 'badge mark replay', title: 'An idempotent replay of an earlier answer' }, 'replay'),
    entry.faulted && h('span', { class: 'badge mark fault', title: 'Answered by an injected fault' }, 'fault'),
    entry.latencyMs > 0 &&
      h('span', { class: 'badge mark', title: 'The latency it was given' }, `${entry.latencyMs} ms`),
  );
}

function requestRow(entry: LoggedRequestJson, label: KeyLabel, onOpen: () => void): HTMLTableRowElement {
  const open = h(
    'button',
    { type: 'button', class: 'link mono', 'aria-haspopup': 'dialog' },
    `${entry.method} `,
    ...breakable(pathOf(entry.url), /(?<=[/?&])/),
  );
  open.addEventListener('click', onOpen);
  return h(
    'tr',
    { 'data-request': entry.requestId },
    h('td', { class: 'mono nowrap', title: dateTime(entry.at) }, timeOfDay(entry.at)),
    h('td', {}, open),
    h('td', {}, entry.operation ?? h('span', { class: 'muted' }, 'none')),
    keyCell(entry.callerKeyId, label),
    keyCell(entry.targetKeyId, label),
    statusCell(entry),
    h('td', { class: 'mono' }, ...breakable(entry.errorCode ?? '', /(?<=_)/)),
  );
}

/** The request list, redrawn from each `GET /__mock/requests` answer. */
export interface RequestsView {
  /** Shows these entries (oldest first, as the log gives them) newest first. */
  render(entries: readonly LoggedRequestJson[], label: KeyLabel): void;
}

/** Creates the view over `#requests-table`; `onOpen` shows one entry in full. */
export function createRequestsView(onOpen: (entry: LoggedRequestJson) => void): RequestsView {
  const body = bodyOf('requests-table');
  const rows = new Map<string, { signature: string; row: HTMLTableRowElement }>();
  const empty = h('tr', { class: 'empty' }, h('td', { colspan: 7 }, 'No requests match.'));

  return {
    render(entries, label) {
      const focused = document.activeElement?.closest('tr')?.dataset.request;
      const placed = [...entries].reverse().map((entry) => {
        const signature = `${label(entry.callerKeyId ?? '')}\u0000${label(entry.targetKeyId ?? '')}`;
        const kept = rows.get(entry.requestId);
        if (kept?.signature === signature) return kept.row;
        const row = requestRow(entry, label, () => {
          onOpen(entry);
        });
        rows.set(entry.requestId, { signature, row });
        return row;
      });
      const ids = new Set(entries.map((entry) => entry.requestId));
      for (const id of rows.keys()) if (!ids.has(id)) rows.delete(id);
      placeRows(body, placed.length > 0 ? placed : [empty]);
      if (focused !== undefined && !document.activeElement?.closest('tr'))
        body.querySelector<HTMLButtonElement>(`tr[data-request="${CSS.escape(focused)}"] button`)?.focus();
    },
  };
}
