/**
 * GENERATED from openapi.yaml by `npm run generate` — do not edit by hand.
 * `npm test` fails when this file is stale.
 */
export type { KeysResource } from './resources/keys.js';
export type { RateLimitResource } from './resources/rate-limit.js';
export type * from './schemas.js';
