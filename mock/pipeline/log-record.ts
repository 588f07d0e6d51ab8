/**
 * The request log's record of one call, built once the call is answered: who called, which key
 * it acted on, the headers that say how it was meant, and its body and its answer's body as masked
 * text (parsed only when a test reads the log). Nothing here may hold a secret: the URL, the
 * header values and both bodies pass through {@link scrubSecrets} — a create's or a regenerate's
 * answer holds the new secret, and the log keeps only its masked label.
 */
import { REQUEST_LOG_ANSWER_LIMIT, REQUEST_LOG_BODY_LIMIT, type LogRecord } from '../store/request-log.js';
import type { LoggedHeaders } from '../types.js';
import { clip, type MockAnswer } from './mock-answer.js';
import type { MockCall } from './mock-call.js';
import { scrubSecrets } from './scrub-secrets.js';
import type { Routing } from './steps/1-route.js';

/** How a call ended, as the pipeline saw it. */
export interface CallEnding {
  readonly requestId: string;
  /** `null` when a network fault lost the answer. */
  readonly answer: MockAnswer | null;
  readonly faulted: boolean;
  /** The core's own answer, when the call ran (see `FaultOutcome.coreAnswer`). */
  readonly coreAnswer: MockAnswer | null;
  /** The key that called: the one the core authenticated, or, when a fault kept the core from running, the one whose secret the call carried. */
  readonly callerKeyId: string | null;
  /** Mock-clock time the call was answered at. */
  readonly at: number;
  readonly latencyMs: number;
}

const LOGGED_HEADERS = ['Idempotency-Key', 'Keysmith-Version', 'Content-Type'] as const;
const decoder = new TextDecoder();
/** A create's answer starts `{"object":"api_key","id":"key_…"`: the id is found without parsing the body. */
const CREATED_ID = /"id":"(key_[0-9A-Za-z]{16})"/;

function headersOf(call: MockCall): LoggedHeaders {
  const headers: LoggedHeaders = {};
  for (const name of LOGGED_HEADERS) {
    const value = call.header(name);
    if (value !== null) headers[name] = clip(scrubSecrets(value), 200);
  }
  return headers;
}

/** The key a call acted on: the `{id}` of its path, or the key a create made (read from the core's own answer). */
export function targetKeyIdOf(routing: Routing, answer: MockAnswer | null): string | null {
  const id = routing.params.id;
  if (id !== undefined) return clip(scrubSecrets(id));
  if (routing.operation?.id !== 'createApiKey' || answer?.status !== 201) return null;
  return CREATED_ID.exec(answer.body.slice(0, 80))?.[1] ?? null;
}

const NO_BODY = Object.freeze({ bodyText: null, bodyTooLarge: false });

function bodyTextOf(call: MockCall): { bodyText: string | null; bodyTooLarge: boolean } {
  const { bytes, tooLarge } = call.body;
  if (bytes === null && !tooLarge) return NO_BODY;
  if (tooLarge || (bytes !== null && bytes.length > REQUEST_LOG_BODY_LIMIT))
    return { bodyText: null, bodyTooLarge: true };
  return { bodyText: bytes === null ? null : scrubSecrets(decoder.decode(bytes)), bodyTooLarge: false };
}

const NO_ANSWER = Object.freeze({ answerText: null, answerBodyTooLarge: false });

function answerTextOf(answer: MockAnswer | null): { answerText: string | null; answerBodyTooLarge: boolean } {
  if (answer === null || answer.body === '') return NO_ANSWER;
  if (answer.body.length > REQUEST_LOG_ANSWER_LIMIT) return { answerText: null, answerBodyTooLarge: true };
  return { answerText: scrubSecrets(answer.body), answerBodyTooLarge: false };
}

/** The log record of an answered (or lost) call. */
export function logRecordOf(call: MockCall, routing: Routing, ending: CallEnding): LogRecord {
  const { answer } = ending;
  return {
    method: call.method,
    url: scrubSecrets(call.url),
    route: routing.route?.template ?? null,
    operation: routing.operation?.id ?? null,
    environment: routing.target?.environment ?? null,
    callerKeyId: ending.callerKeyId,
    targetKeyId: targetKeyIdOf(routing, ending.coreAnswer),
    status: answer?.status ?? 0,
    errorCode: answer?.errorCode ?? null,
    requestId: ending.requestId,
    at: ending.at,
    faulted: ending.faulted,
    replayed: answer?.headers['Idempotent-Replayed'] === 'true',
    latencyMs: ending.latencyMs,
    headers: headersOf(call),
    ...bodyTextOf(call),
    ...answerTextOf(answer),
  };
}
