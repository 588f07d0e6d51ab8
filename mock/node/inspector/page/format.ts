/**
 * How the page writes times, spans and faults. Times are the mock clock's, in UTC, the way the
 * API writes them; "ago" and "in" are measured from the mock clock, not the browser's.
 */
import type { PendingFault } from './wire.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** `2026-11-01 09:00:00Z` */
export function dateTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}Z`;
}

/** `09:00:00.120`: a request's time; the day is in its title. */
export function timeOfDay(iso: string): string {
  return iso.slice(11, 23);
}

/** A span as people say it: `45 s`, `12 min`, `3 h`, `2 days`. */
export function span(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < MINUTE) return `${Math.round(abs / SECOND)} s`;
  if (abs < HOUR) return `${Math.round(abs / MINUTE)} min`;
  if (abs < 2 * DAY) return `${Math.round(abs / HOUR)} h`;
  return `${Math.round(abs / DAY)} days`;
}

/** `in 59 min` or `3 min ago`, from the mock clock's `now`. */
export function relative(iso: string, now: string): string {
  const delta = Date.parse(iso) - Date.parse(now);
  if (Math.abs(delta) < SECOND) return 'now';
  return delta > 0 ? `in ${span(delta)}` : `${span(delta)} ago`;
}

/** What a pending fault rule does, to whom, how likely, how often. */
export function describeRule(rule: PendingFault, label: (keyId: string) => string): string {
  const { fault } = rule;
  const what =
    'status' in fault
      ? `answer ${fault.status}`
      : 'network' in fault
        ? 'lose the answer (network)'
        : 'latency' in fault
          ? 'slow the answer'
          : `wait ${fault.delayMs} ms`;
  const scope = [
    rule.operation ?? 'any operation',
    rule.keyId === undefined ? null : `key ${label(rule.keyId)}`,
    rule.callerKeyId === undefined ? null : `caller ${label(rule.callerKeyId)}`,
    rule.targetKeyId === undefined ? null : `target ${label(rule.targetKeyId)}`,
  ].filter((part) => part !== null);
  const chance = rule.probability < 1 ? `, ${Math.round(rule.probability * 100)}% chance` : '';
  const left = rule.left === 'unlimited' ? 'until cleared' : `${rule.left} more`;
  return `${what} to ${scope.join(', ')}${chance}; ${left}`;
}
