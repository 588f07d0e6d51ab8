/**
 * The page's calls to the `/__mock/` controls. Same origin, so the browser sends the page's own
 * `Origin` with a POST, which the controls accept; a JSON body goes as `application/json`, the
 * only type they read.
 */

/** A control refused or failed: its status and the API error's code and message. */
export class ControlError extends Error {
  override readonly name = 'ControlError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const PREFIX = '/__mock/';

async function refusal(response: Response): Promise<ControlError> {
  const text = await response.text();
  try {
    const { error } = JSON.parse(text) as { error?: { code?: string; message?: string } };
    return new ControlError(response.status, error?.code ?? 'error', error?.message ?? text);
  } catch {
    return new ControlError(response.status, 'error', `The mock answered ${response.status}.`);
  }
}

/** The text of a control's answer (the poller compares texts, to redraw only what changed). */
export async function readControl(path: string): Promise<string> {
  const response = await fetch(PREFIX + path, { cache: 'no-store' });
  if (!response.ok) throw await refusal(response);
  return response.text();
}

/** Sends a command to a control and returns its JSON answer. */
export async function sendControl<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const response = await fetch(PREFIX + path, {
    method,
    cache: 'no-store',
    ...(body === undefined
      ? {}
      : {
          headers: { 'Content-Type': 'application/json' },
          body: typeof body === 'string' ? body : JSON.stringify(body),
        }),
  });
  if (!response.ok) throw await refusal(response);
  return (await response.json()) as T;
}
