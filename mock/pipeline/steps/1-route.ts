/**
 * Step 1, route: from where a call landed to the operation of the spec that serves it. The path is
 * matched segment by segment against the spec's route table, then the method picks the operation.
 * Pure, so the request log knows a call's route and operation even when a fault answers it.
 */
import type { OperationSpec, RouteSpec } from '../../contract/spec.js';
import { routes } from '../../contract/spec.js';
import type { CallTarget } from '../mock-call.js';

/** Where a call goes: each part `null` from the first one that is unknown. */
export interface Routing {
  /** Where the call landed; `null` when its URL is under none of the mock's base URLs. */
  readonly target: CallTarget | null;
  /** The spec's route for the path. */
  readonly route: RouteSpec | null;
  /** The route's operation for the method. */
  readonly operation: OperationSpec | null;
  /** The decoded path parameters (`{ id: 'key_…' }`). */
  readonly params: Readonly<Record<string, string>>;
}

const NO_PARAMS: Readonly<Record<string, string>> = Object.freeze({});

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    // Broken percent-encoding stays as sent; validation then names the parameter.
    return segment;
  }
}

function matches(route: RouteSpec, parts: readonly string[]): boolean {
  if (route.segments.length !== parts.length - 1) return false;
  return route.segments.every((literal, i) => literal === null || literal === parts[i + 1]);
}

/** Routes a call by its method and target. */
export function routeCall(method: string, target: CallTarget | null): Routing {
  if (target === null) return { target, route: null, operation: null, params: NO_PARAMS };
  const parts = target.path.split('/');
  const route = routes.find((candidate) => matches(candidate, parts));
  if (route === undefined) return { target, route: null, operation: null, params: NO_PARAMS };
  const params: Record<string, string> = {};
  let index = 0;
  route.segments.forEach((literal, i) => {
    const name = route.parameterNames[index];
    if (literal === null && name !== undefined) {
      params[name] = decodeSegment(parts[i + 1] ?? '');
      index++;
    }
  });
  return { target, route, operation: route.operations.get(method) ?? null, params };
}
