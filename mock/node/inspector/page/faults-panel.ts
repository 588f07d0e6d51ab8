/**
 * Faults: the rules still pending (what each does, to which requests, how often), a button that
 * drops them, and a form that adds one — aimed at an operation and a key if you like.
 */
import { sendControl } from './api.js';
import { byId, h } from './dom.js';
import { describeRule } from './format.js';
import { attempt } from './notice.js';
import type { KeyLabel } from './requests-view.js';
import type { FaultsJson } from './wire.js';

/** The faults' part of the page. */
export interface FaultsPanel {
  /** Shows the pending rules. */
  render(faults: FaultsJson, label: KeyLabel): void;
}

/** What the form's "Answer" choice injects. */
function faultOf(kind: string): Record<string, unknown> {
  if (kind === 'network') return { network: true };
  if (kind === '429') return { status: 429, headers: { 'Retry-After': '1' } };
  return { status: Number(kind) };
}

/** Wires the fault controls; `changed` runs after the rules changed. */
export function createFaultsPanel(changed: () => void): FaultsPanel {
  const list = byId('faults-list', HTMLOListElement);
  const pending = byId('faults-pending', HTMLElement);
  const clear = byId('faults-clear', HTMLButtonElement);
  const count = byId('fault-count', HTMLInputElement);
  const unlimited = byId('fault-unlimited', HTMLInputElement);

  unlimited.addEventListener('change', () => {
    count.disabled = unlimited.checked;
  });
  clear.addEventListener('click', () => {
    void attempt(async () => {
      await sendControl('DELETE', 'faults');
      changed();
      return 'No faults are pending.';
    });
  });
  byId('fault-form', HTMLFormElement).addEventListener('submit', (event) => {
    event.preventDefault();
    const operation = byId('fault-operation', HTMLSelectElement).value;
    const keyId = byId('fault-key', HTMLSelectElement).value;
    const command = {
      fault: faultOf(byId('fault-kind', HTMLSelectElement).value),
      ...(operation === '' ? {} : { operation }),
      ...(keyId === '' ? {} : { keyId }),
      probability: byId('fault-probability', HTMLInputElement).valueAsNumber,
      count: unlimited.checked ? 'unlimited' : count.valueAsNumber,
    };
    void attempt(async () => {
      await sendControl('POST', 'faults', command);
      changed();
      return 'Fault added.';
    });
  });

  let shown = '';
  return {
    render(faults, label) {
      const items = faults.rules.map((rule) => describeRule(rule, label));
      const signature = items.join('\n');
      if (signature !== shown) {
        shown = signature;
        list.replaceChildren(...items.map((text) => h('li', {}, text)));
      }
      pending.textContent =
        faults.pending === 0
          ? 'None pending: every request is answered normally.'
          : faults.pending === 'unlimited'
            ? 'A rule runs until cleared.'
            : `${faults.pending} faulted request${faults.pending === 1 ? '' : 's'} pending.`;
      clear.disabled = faults.rules.length === 0;
    },
  };
}
