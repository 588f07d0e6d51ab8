/**
 * The inspector page: polls the mock's controls twice a second and draws what it holds (keys), what
 * it was asked (requests) and what is set to go wrong (faults); its buttons and forms drive the
 * controls. No framework: the page is a few tables and forms, and plain DOM keeps it small.
 *
 * Reads `GET /__mock/api-keys` (keys and clock), `GET /__mock/requests?…&limit=` and
 * `GET /__mock/faults`; never `/__mock/keys`, whose answer holds the admin secrets.
 */
import { readControl } from './api.js';
import { byId, setOptions } from './dom.js';
import { createClockPanel } from './clock-panel.js';
import { createFaultsPanel } from './faults-panel.js';
import { createKeysView } from './keys-view.js';
import { OPERATION_IDS } from './operations.js';
import { startPolling, type PollState } from './poller.js';
import { showRequest } from './request-detail.js';
import { createRequestsView, type KeyLabel } from './requests-view.js';
import { wireStatePanel } from './state-panel.js';
import type { Environment, FaultsJson, InspectedKeys, RequestsJson } from './wire.js';

/** Within a second of a change, as the page promises, with room for the answer to travel. */
const POLL_MS = 500;
/** The newest requests the list shows; the log itself keeps many more. */
const REQUEST_LIMIT = 200;

const filterOperation = byId('filter-operation', HTMLSelectElement);
const filterStatus = byId('filter-status', HTMLInputElement);
const filterKey = byId('filter-key', HTMLSelectElement);
const requestsNote = byId('requests-note', HTMLElement);
const live = byId('live', HTMLElement);

let environment: Environment = 'production';
let keys: InspectedKeys | undefined;
let labels = new Map<string, string>();
const label: KeyLabel = (keyId) => labels.get(keyId) ?? keyId;
/** The text of each control's last answer: an unchanged answer redraws nothing. */
const seen = { keys: '', requests: '', faults: '' };

const keysView = createKeysView((keyId) => {
  filterKey.value = keyId;
  filterKey.focus();
  poller.refresh();
});
const requestsView = createRequestsView((entry) => {
  showRequest(entry, label);
});
const refresh = (): void => {
  poller.refresh();
};
const clock = createClockPanel(refresh);
const faults = createFaultsPanel(refresh);
wireStatePanel(refresh);

const operations = OPERATION_IDS.map((id) => [id, id] as const);
setOptions(filterOperation, operations);
setOptions(byId('fault-operation', HTMLSelectElement), operations);

/** The request-log query the filters ask for. */
function requestQuery(): string {
  const query = new URLSearchParams();
  if (filterOperation.value !== '') query.set('operation', filterOperation.value);
  if (/^\d{1,3}$/.test(filterStatus.value.trim())) query.set('status', filterStatus.value.trim());
  if (filterKey.value !== '') query.set('keyId', filterKey.value);
  query.set('limit', String(REQUEST_LIMIT));
  return query.toString();
}

function drawKeys(view: InspectedKeys): void {
  keys = view;
  labels = new Map(view.data.map((key) => [key.id, key.masked_key]));
  const options = view.data.map(
    (key) => [key.id, `${key.masked_key} ${key.name}${key.deleted ? ' (deleted)' : ''}`] as const,
  );
  setOptions(filterKey, options);
  setOptions(byId('fault-key', HTMLSelectElement), options);
  keysView.render(view, environment);
  clock.render(view.clock.now, view.clock.frozen);
}

let firstDrawn = false;
async function tick(): Promise<void> {
  const [keysText, requestsText, faultsText] = await Promise.all([
    readControl('api-keys'),
    readControl(`requests?${requestQuery()}`),
    readControl('faults'),
  ]);
  const keysChanged = keysText !== seen.keys;
  if (keysChanged) drawKeys(JSON.parse(keysText) as InspectedKeys);
  if (keysChanged || requestsText !== seen.requests) {
    const { data } = JSON.parse(requestsText) as RequestsJson;
    requestsView.render(data, label);
    requestsNote.textContent = data.length === REQUEST_LIMIT ? `The newest ${REQUEST_LIMIT} that match.` : '';
  }
  if (keysChanged || faultsText !== seen.faults) faults.render(JSON.parse(faultsText) as FaultsJson, label);
  Object.assign(seen, { keys: keysText, requests: requestsText, faults: faultsText });
  if (!firstDrawn) {
    firstDrawn = true;
    performance.mark('keysmith-inspector:drawn');
  }
}

const LIVE_TEXT: Record<PollState, string> = {
  live: 'Live',
  paused: 'Paused while the tab is hidden',
  down: 'The mock does not answer; retrying',
};
const poller = startPolling(tick, POLL_MS, (state) => {
  if (live.textContent === LIVE_TEXT[state]) return;
  live.textContent = LIVE_TEXT[state];
  live.className = `live ${state}`;
});

for (const control of [filterOperation, filterKey]) control.addEventListener('change', refresh);
filterStatus.addEventListener('input', refresh);
byId('request-filters', HTMLFormElement).addEventListener('submit', (event) => {
  event.preventDefault();
});
// The form resets its fields after the event: read them once it has.
byId('request-filters', HTMLFormElement).addEventListener('reset', () => {
  setTimeout(refresh, 0);
});

for (const button of document.querySelectorAll<HTMLButtonElement>('#env-tabs button[data-env]')) {
  button.addEventListener('click', () => {
    environment = button.dataset.env as Environment;
    if (keys !== undefined) keysView.render(keys, environment);
  });
}

for (const dialog of document.querySelectorAll('dialog')) {
  // A click on the backdrop lands on the dialog itself: it closes, as Escape does.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  for (const button of dialog.querySelectorAll('[data-close]'))
    button.addEventListener('click', () => {
      dialog.close();
    });
}
