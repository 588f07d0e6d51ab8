/**
 * The clock: the mock's time, and the controls that move it — by a step, by any amount, or to a
 * moment (entered in UTC, the clock's own zone).
 */
import { sendControl } from './api.js';
import { byId } from './dom.js';
import { dateTime } from './format.js';
import { attempt } from './notice.js';
import type { ClockJson } from './wire.js';

/** The clock's part of the page. */
export interface ClockPanel {
  /** Shows the mock's time and whether it stands still. */
  render(now: string, frozen: boolean): void;
}

/** Wires the clock's controls; `changed` runs after the clock moved. */
export function createClockPanel(changed: () => void): ClockPanel {
  const output = byId('clock-now', HTMLOutputElement);
  const mode = byId('clock-mode', HTMLElement);
  const setInput = byId('clock-set-input', HTMLInputElement);

  const move = async (command: { advance_ms: number } | { set: string }): Promise<void> => {
    const worked = await attempt(async () => {
      const { now } = await sendControl<ClockJson>('POST', 'clock', command);
      return `The mock clock is now ${dateTime(now)}.`;
    });
    if (worked) changed();
  };

  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-advance]')) {
    button.addEventListener('click', () => {
      void move({ advance_ms: Number(button.dataset.advance) });
    });
  }
  byId('clock-advance', HTMLFormElement).addEventListener('submit', (event) => {
    event.preventDefault();
    const amount = byId('advance-amount', HTMLInputElement).valueAsNumber;
    const unit = Number(byId('advance-unit', HTMLSelectElement).value);
    void move({ advance_ms: Math.round(amount * unit) });
  });
  byId('clock-set', HTMLFormElement).addEventListener('submit', (event) => {
    event.preventDefault();
    // datetime-local has no zone; the field is labelled UTC, so it is read as UTC.
    const value = setInput.value.length === 16 ? `${setInput.value}:00` : setInput.value;
    void move({ set: `${value}Z` });
  });

  return {
    render(now, frozen) {
      output.value = dateTime(now);
      mode.textContent = frozen ? '(stands still)' : '(follows real time)';
      if (setInput.value === '' && document.activeElement !== setInput) setInput.value = now.slice(0, 19);
    },
  };
}
