/**
 * The state: download it (a plain link to `GET /__mock/state`), upload one (`PUT /__mock/state`),
 * or reset the mock to its seed, after a confirmation.
 */
import { sendControl } from './api.js';
import { byId } from './dom.js';
import { attempt } from './notice.js';

/** Wires the state's controls; `changed` runs after the state was replaced. */
export function wireStatePanel(changed: () => void): void {
  const upload = byId('state-upload', HTMLInputElement);
  upload.addEventListener('change', () => {
    const file = upload.files?.[0];
    if (file === undefined) return;
    void attempt(async () => {
      const { keys } = await sendControl<{ keys: number }>('PUT', 'state', await file.text());
      changed();
      return `Restored ${file.name}: ${keys} keys.`;
    }).finally(() => {
      upload.value = '';
    });
  });

  const dialog = byId('reset-dialog', HTMLDialogElement);
  byId('reset', HTMLButtonElement).addEventListener('click', () => {
    dialog.showModal();
  });
  byId('reset-confirm', HTMLButtonElement).addEventListener('click', () => {
    dialog.close();
    void attempt(async () => {
      await sendControl('POST', 'reset');
      changed();
      return 'The mock is back to its seeded state.';
    });
  });
}
