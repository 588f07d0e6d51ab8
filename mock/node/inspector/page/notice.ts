/**
 * The one line that says what a control did, or why the mock refused it (its 400 names the field).
 */
import { ControlError } from './api.js';
import { byId } from './dom.js';

let hideTimer: ReturnType<typeof setTimeout> | undefined;

/** Shows a message for a few seconds; an error stays until the next message. */
export function notify(message: string, kind: 'info' | 'error' = 'info'): void {
  const notice = byId('notice', HTMLElement);
  clearTimeout(hideTimer);
  notice.textContent = message;
  notice.classList.toggle('error', kind === 'error');
  notice.hidden = false;
  if (kind === 'info')
    hideTimer = setTimeout(() => {
      notice.hidden = true;
    }, 4000);
}

/** Runs a control; says what went wrong if it fails. Resolves to whether it worked. */
export async function attempt(action: () => Promise<string>): Promise<boolean> {
  try {
    notify(await action());
    return true;
  } catch (error) {
    const message =
      error instanceof ControlError
        ? `The mock refused: ${error.message}`
        : `The mock could not be reached (${error instanceof Error ? error.message : String(error)}).`;
    notify(message, 'error');
    return false;
  }
}
