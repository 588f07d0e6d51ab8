/**
 * One request in full, in a modal dialog (Escape closes it, focus comes back to its row): what
 * was asked, by which key, the headers and the body as the log kept them (every secret masked),
 * and the answer as the log records it, its body masked the same way.
 */
import { append, byId, h, type Child } from './dom.js';
import { dateTime } from './format.js';
import { pathOf, type KeyLabel } from './requests-view.js';
import type { LoggedRequestJson } from './wire.js';

function list(pairs: readonly (readonly [string, Child])[]): HTMLDListElement {
  return h('dl', {}, ...pairs.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}

const yesNo = (value: boolean): string => (value ? 'yes' : 'no');

function keyText(keyId: string | null, label: KeyLabel): Child {
  if (keyId === null) return h('span', { class: 'muted' }, 'none');
  const shown = label(keyId);
  return h('span', { class: 'mono' }, shown === keyId ? keyId : `${shown} (${keyId})`);
}

/** A body as the log kept it: JSON laid out, text as it came, or why there is none. */
function bodyText(body: unknown, tooLarge: boolean): Child {
  if (tooLarge) return h('p', { class: 'muted' }, 'Too large to keep in the log.');
  if (body === null) return h('p', { class: 'muted' }, 'None.');
  return h('pre', {}, typeof body === 'string' ? body : JSON.stringify(body, null, 2));
}

/** The headers the log keeps; it never keeps `Authorization`. */
const LOGGED_HEADERS = ['Idempotency-Key', 'Keysmith-Version', 'Content-Type'] as const;

function headerList(entry: LoggedRequestJson): Child {
  const sent = LOGGED_HEADERS.flatMap((name) => {
    const value = entry.headers[name];
    return value === undefined ? [] : [[name, h('span', { class: 'mono' }, value)] as const];
  });
  if (sent.length === 0) return h('p', { class: 'muted' }, `None of ${LOGGED_HEADERS.join(', ')}.`);
  return list(sent);
}

/** Fills the request dialog with `entry` and opens it. */
export function showRequest(entry: LoggedRequestJson, label: KeyLabel): void {
  const dialog = byId('request-dialog', HTMLDialogElement);
  byId('request-title', HTMLElement).textContent = `${entry.method} ${pathOf(entry.url)}`;
  const body = byId('request-body', HTMLElement);
  body.replaceChildren();
  append(body, [
    h('h3', {}, 'Request'),
    list([
      ['Operation', entry.operation ?? 'none (no route matched)'],
      ['Route', entry.route ?? 'none'],
      ['Environment', entry.environment ?? 'none'],
      ['Caller', keyText(entry.callerKeyId, label)],
      ['Target', keyText(entry.targetKeyId, label)],
    ]),
    h('h3', {}, 'Headers'),
    headerList(entry),
    h('h3', {}, 'Body'),
    bodyText(entry.body, entry.bodyTooLarge),
    h('h3', {}, 'Answer'),
    list([
      ['Status', entry.status === 0 ? 'none: a network fault lost it' : String(entry.status)],
      ['Error code', entry.errorCode ?? 'none'],
      ['Request id', h('span', { class: 'mono' }, entry.requestId)],
      ['At (mock clock)', dateTime(entry.at)],
      ['Latency', `${entry.latencyMs} ms`],
      ['Idempotent replay', yesNo(entry.replayed)],
      ['Injected fault', yesNo(entry.faulted)],
    ]),
    h('h3', {}, 'Answer body'),
    bodyText(entry.answerBody, entry.answerBodyTooLarge),
  ]);
  dialog.showModal();
}
