/**
 * GENERATED from openapi.yaml by `npm run generate` — do not edit by hand.
 * `npm test` fails when this file is stale.
 */

export interface paths {
    "/v1/api-keys": {
        parameters: {
            query?: never | undefined;
            header?: never | undefined;
            path?: never | undefined;
            cookie?: never | undefined;
        };
        /**
         * List API keys
         * @description Lists keys newest first with cursor pagination. Deleted keys are not listed. Records show the
         *     masked label and the prefix, never the secret. Pass the `next_cursor` of a page as
         *     `starting_after` to get the next one; keys created meanwhile do not shift later pages.
         *     Needs the `keys:read` scope.
         */
        get: operations["listApiKeys"];
        put?: never | undefined;
        /**
         * Create an API key
         * @description Creates a key and returns it with its full `secret` — the only time the secret is ever
         *     returned. The new key's environment defaults to the caller's; a key for another environment
         *     must be created with a key of that environment (`403 environment_forbidden`). The new key
         *     can never hold a scope the caller does not hold (`403 scope_escalation`).
         *     Needs the `keys:write` scope.
         */
        post: operations["createApiKey"];
        delete?: never | undefined;
        options?: never | undefined;
        head?: never | undefined;
        patch?: never | undefined;
        trace?: never | undefined;
    };
    "/v1/api-keys/{id}": {
        parameters: {
            query?: never | undefined;
            header?: never | undefined;
            path: {
                /**
                 * @description The key's id.
                 * @example key_7Hq2ZbN4xTmW9cLp
                 */
                id: components["parameters"]["KeyIdPath"];
            };
            cookie?: never | undefined;
        };
        /**
         * Get an API key
         * @description The key's record with its usage counters and `last_used_at`. Needs the `keys:read` scope.
         */
        get: operations["getApiKey"];
        put?: never | undefined;
        post?: never | undefined;
        /**
         * Delete an API key
         * @description Revokes the key if it is not revoked yet and removes it from listings. Its id stays a valid
         *     pagination cursor. A second delete is a `404`, unless it repeats the first one's
         *     `Idempotency-Key`: then it replays the first answer, so a delete whose answer was lost can
         *     be retried safely. Needs the `keys:delete` scope.
         */
        delete: operations["deleteApiKey"];
        options?: never | undefined;
        head?: never | undefined;
        /**
         * Update an API key
         * @description Changes the name, description, permissions, rate limit, expiry, metadata, or status
         *     (`active` ⇄ `inactive`). A revoked key cannot be changed (`409 key_revoked`). Permissions can
         *     never widen beyond the caller's (`403 scope_escalation`). Needs the `keys:write` scope.
         */
        patch: operations["updateApiKey"];
        trace?: never | undefined;
    };
    "/v1/api-keys/{id}/revoke": {
        parameters: {
            query?: never | undefined;
            header?: never | undefined;
            path: {
                /**
                 * @description The key's id.
                 * @example key_7Hq2ZbN4xTmW9cLp
                 */
                id: components["parameters"]["KeyIdPath"];
            };
            cookie?: never | undefined;
        };
        get?: never | undefined;
        put?: never | undefined;
        /**
         * Revoke an API key
         * @description Revokes the key for good: the very next request made with its secret gets
         *     `401 revoked_api_key`. Revoking a revoked key returns it unchanged. Needs the `keys:write` scope.
         */
        post: operations["revokeApiKey"];
        delete?: never | undefined;
        options?: never | undefined;
        head?: never | undefined;
        patch?: never | undefined;
        trace?: never | undefined;
    };
    "/v1/api-keys/{id}/regenerate": {
        parameters: {
            query?: never | undefined;
            header?: never | undefined;
            path: {
                /**
                 * @description The key's id.
                 * @example key_7Hq2ZbN4xTmW9cLp
                 */
                id: components["parameters"]["KeyIdPath"];
            };
            cookie?: never | undefined;
        };
        get?: never | undefined;
        put?: never | undefined;
        /**
         * Regenerate an API key's secret
         * @description Issues a new secret for the same key: id, name, permissions and configuration stay. The old
         *     secret stops at once, or after `grace_period_seconds` (capped at the key's own expiry).
         *     Returns the key with its new full `secret`, the only time it is returned. A revoked key
         *     cannot be regenerated (`409 key_revoked`); the caller must hold every scope the key holds
         *     (`403 scope_escalation`). Needs the `keys:write` scope.
         */
        post: operations["regenerateApiKey"];
        delete?: never | undefined;
        options?: never | undefined;
        head?: never | undefined;
        patch?: never | undefined;
        trace?: never | undefined;
    };
    "/v1/rate-limit": {
        parameters: {
            query?: never | undefined;
            header?: never | undefined;
            path?: never | undefined;
            cookie?: never | undefined;
        };
        /**
         * Get the calling key's rate limit
         * @description The calling key's tightest window (`limit`, `remaining`, `reset`, `reset_at`) and every
         *     window it has. This request does not count against the limit. Needs the `rate_limit:read` scope.
         */
        get: operations["getRateLimit"];
        put?: never | undefined;
        post?: never | undefined;
        delete?: never | undefined;
        options?: never | undefined;
        head?: never | undefined;
        patch?: never | undefined;
        trace?: never | undefined;
    };
    "/v1/me": {
        parameters: {
            query?: never | undefined;
            header?: never | undefined;
            path?: never | undefined;
            cookie?: never | undefined;
        };
        /**
         * Get the calling key
         * @description The calling key's id, name, environment, permissions and owner. Needs no scope.
         */
        get: operations["getMe"];
        put?: never | undefined;
        post?: never | undefined;
        delete?: never | undefined;
        options?: never | undefined;
        head?: never | undefined;
        patch?: never | undefined;
        trace?: never | undefined;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Where a key works: each environment has its own base URL and secret prefix.
         * @example production
         * @enum {string}
         */
        Environment: "production" | "staging" | "development";
        /**
         * @description `active` keys work; `inactive` keys are disabled and can be re-enabled; `expired` keys passed
         *     their `expires_at`; `revoked` keys are dead for good.
         * @example active
         * @enum {string}
         */
        KeyStatus: "active" | "inactive" | "expired" | "revoked";
        /**
         * @description A key's id, stable across regenerations.
         * @example key_7Hq2ZbN4xTmW9cLp
         */
        KeyId: string;
        /**
         * @description A permission, `resource:action` (`keys:read`, `keys:write`, `keys:delete`,
         *     `rate_limit:read`, or a product scope such as `tasks:read`). `resource:*` grants every action
         *     on a resource; `admin:*` grants everything.
         * @example keys:read
         */
        Scope: string;
        /**
         * Format: date-time
         * @description An RFC 3339 date-time, from 1970-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z in UTC; one
         *     outside that range is a `400 validation_error` naming its field (past year 9999 a timestamp
         *     needs a five-digit year, which RFC 3339 cannot write). Responses give timestamps in UTC to the
         *     millisecond (`2026-11-01T12:00:00.000Z`). Requests may use any offset (`+02:00`), lower-case
         *     `t` and `z`, a leap second (`23:59:60` in UTC, read as the first moment of the next minute)
         *     and any number of fraction digits (read to the millisecond; further digits are dropped).
         * @example 2026-11-01T12:00:00.000Z
         */
        Timestamp: string;
        /** @description A key's request quotas. Both default to the plan's (free plan 100 per minute, 1,000 per hour). */
        RateLimitConfig: {
            /**
             * @description Requests allowed per minute.
             * @example 100
             */
            per_minute: number;
            /**
             * @description Requests allowed per hour.
             * @example 1000
             */
            per_hour: number;
        };
        /** @description A key's request quotas; a quota left out takes the plan's default. */
        RateLimitConfigInput: {
            /**
             * @description Requests allowed per minute.
             * @example 60
             */
            per_minute?: number | undefined;
            /**
             * @description Requests allowed per hour.
             * @example 1000
             */
            per_hour?: number | undefined;
        };
        /**
         * @description Up to 20 string values of your own, kept with the key.
         * @example {
         *       "team": "platform"
         *     }
         */
        Metadata: {
            [key: string]: string;
        };
        /** @description How much the key was used, counted on UTC day and month boundaries. */
        Usage: {
            /**
             * @description Requests made today (UTC).
             * @example 42
             */
            requests_today: number;
            /**
             * @description Requests made this month (UTC).
             * @example 1337
             */
            requests_this_month: number;
        };
        /** @description An API key. Never carries the secret. */
        ApiKey: {
            /**
             * @description The kind of object.
             * @example api_key
             * @constant
             */
            object: "api_key";
            id: components["schemas"]["KeyId"];
            /**
             * @description A name for people.
             * @example CI pipeline
             */
            name: string;
            /**
             * @description What the key is for.
             * @example Read-only key used by the nightly build
             */
            description: string | null;
            environment: components["schemas"]["Environment"];
            status: components["schemas"]["KeyStatus"];
            /**
             * @description The secret's prefix.
             * @example ks_prod_
             * @enum {string}
             */
            prefix: "ks_prod_" | "ks_stage_" | "ks_dev_";
            /**
             * @description The prefix and the secret's last four characters, for recognising a key.
             * @example ks_prod_••••a1b2
             */
            masked_key: string;
            /**
             * @description The scopes the key holds.
             * @example [
             *       "keys:read"
             *     ]
             */
            permissions: components["schemas"]["Scope"][];
            rate_limit: components["schemas"]["RateLimitConfig"];
            /** @description When the key stops working, or `null` for never. */
            expires_at: components["schemas"]["Timestamp"] | null;
            /** @description When the key was created. */
            created_at: components["schemas"]["Timestamp"];
            /** @description When the key last changed. */
            updated_at: components["schemas"]["Timestamp"];
            /** @description When the key last made an authenticated request, or `null`. */
            last_used_at: components["schemas"]["Timestamp"] | null;
            /** @description When the key was revoked, or `null`. */
            revoked_at: components["schemas"]["Timestamp"] | null;
            /** @description After a regeneration with a grace period, when the previous secret stops working; otherwise `null`. */
            previous_secret_expires_at: components["schemas"]["Timestamp"] | null;
            usage: components["schemas"]["Usage"];
            metadata: components["schemas"]["Metadata"];
            /** @description The id of the key that created this one, or `null` for a seeded key. */
            created_by: components["schemas"]["KeyId"] | null;
        };
        /** @description An API key with its full secret, returned only by create and regenerate. */
        ApiKeyWithSecret: {
            /**
             * @description The kind of object.
             * @example api_key
             * @constant
             */
            object: "api_key";
            id: components["schemas"]["KeyId"];
            /**
             * @description A name for people.
             * @example CI pipeline
             */
            name: string;
            /**
             * @description What the key is for.
             * @example Read-only key used by the nightly build
             */
            description: string | null;
            environment: components["schemas"]["Environment"];
            status: components["schemas"]["KeyStatus"];
            /**
             * @description The secret's prefix.
             * @example ks_prod_
             * @enum {string}
             */
            prefix: "ks_prod_" | "ks_stage_" | "ks_dev_";
            /**
             * @description The prefix and the secret's last four characters, for recognising a key.
             * @example ks_prod_••••a1b2
             */
            masked_key: string;
            /**
             * @description The scopes the key holds.
             * @example [
             *       "keys:read"
             *     ]
             */
            permissions: components["schemas"]["Scope"][];
            rate_limit: components["schemas"]["RateLimitConfig"];
            /** @description When the key stops working, or `null` for never. */
            expires_at: components["schemas"]["Timestamp"] | null;
            /** @description When the key was created. */
            created_at: components["schemas"]["Timestamp"];
            /** @description When the key last changed. */
            updated_at: components["schemas"]["Timestamp"];
            /** @description When the key last made an authenticated request, or `null`. */
            last_used_at: components["schemas"]["Timestamp"] | null;
            /** @description When the key was revoked, or `null`. */
            revoked_at: components["schemas"]["Timestamp"] | null;
            /** @description After a regeneration with a grace period, when the previous secret stops working; otherwise `null`. */
            previous_secret_expires_at: components["schemas"]["Timestamp"] | null;
            usage: components["schemas"]["Usage"];
            metadata: components["schemas"]["Metadata"];
            /** @description The id of the key that created this one, or `null` for a seeded key. */
            created_by: components["schemas"]["KeyId"] | null;
            /**
             * @description The full secret. Store it now; it is never shown again.
             * @example ks_prod_4eC39HqLyjWDarjtT1zdp7dcXk2Lm9Pq3lxK9R
             */
            secret: string;
        };
        /** @description One page of keys. */
        ApiKeyList: {
            /**
             * @example list
             * @constant
             */
            object: "list";
            data: components["schemas"]["ApiKey"][];
            /**
             * @description Whether another page follows.
             * @example false
             */
            has_more: boolean;
            /** @description Pass as `starting_after` for the next page; `null` on the last page. */
            next_cursor: components["schemas"]["KeyId"] | null;
        };
        /** @description The confirmation of a deletion. */
        DeletedApiKey: {
            /**
             * @example api_key
             * @constant
             */
            object: "api_key";
            id: components["schemas"]["KeyId"];
            /**
             * @example true
             * @constant
             */
            deleted: true;
        };
        /** @description A new key. */
        CreateApiKeyRequest: {
            /**
             * @description A name for people.
             * @example CI pipeline
             */
            name: string;
            /**
             * @description What the key is for.
             * @example Read-only key used by the nightly build
             */
            description?: (string | null) | undefined;
            /**
             * @description The scopes to grant; each must be held by the calling key.
             * @example [
             *       "keys:read"
             *     ]
             */
            permissions: components["schemas"]["Scope"][];
            environment?: components["schemas"]["Environment"] | undefined;
            rate_limit?: components["schemas"]["RateLimitConfigInput"] | undefined;
            /** @description When the key stops working (in the future, by 9999-12-31T23:59:59.999Z), or `null` for never. */
            expires_at?: (components["schemas"]["Timestamp"] | null) | undefined;
            metadata?: components["schemas"]["Metadata"] | undefined;
        };
        /** @description The fields to change; the others stay. */
        UpdateApiKeyRequest: {
            /**
             * @description A name for people.
             * @example CI pipeline
             */
            name?: string | undefined;
            /**
             * @description What the key is for.
             * @example Read-only key used by the nightly build
             */
            description?: (string | null) | undefined;
            /**
             * @description The new scopes, replacing the old; each must be held by the calling key.
             * @example [
             *       "keys:read"
             *     ]
             */
            permissions?: components["schemas"]["Scope"][] | undefined;
            /**
             * @description Disable (`inactive`) or re-enable (`active`) the key.
             * @example inactive
             * @enum {string}
             */
            status?: ("active" | "inactive") | undefined;
            rate_limit?: components["schemas"]["RateLimitConfigInput"] | undefined;
            /** @description When the key stops working (in the future, by 9999-12-31T23:59:59.999Z), or `null` for never. */
            expires_at?: (components["schemas"]["Timestamp"] | null) | undefined;
            metadata?: components["schemas"]["Metadata"] | undefined;
        };
        /** @description How to retire the old secret. */
        RegenerateApiKeyRequest: {
            /**
             * @description How long the old secret keeps working (at most 7 days, and never past the key's expiry).
             * @default 0
             * @example 3600
             */
            grace_period_seconds: number;
        };
        /** @description One rate-limit window of the calling key. */
        RateLimitWindow: {
            /**
             * @example minute
             * @enum {string}
             */
            window: "minute" | "hour";
            /** @example 100 */
            limit: number;
            /** @example 99 */
            remaining: number;
            /**
             * @description Epoch seconds.
             * @example 1795430460
             */
            reset: number;
        };
        /** @description The calling key's rate limit; the top-level fields describe its tightest window. */
        RateLimitStatus: {
            /**
             * @example rate_limit
             * @constant
             */
            object: "rate_limit";
            /**
             * @description The tightest window's quota.
             * @example 100
             */
            limit: number;
            /**
             * @description Requests left in the tightest window.
             * @example 99
             */
            remaining: number;
            /**
             * @description When the tightest window resets (epoch seconds).
             * @example 1795430460
             */
            reset: number;
            /** @description When the tightest window resets. */
            reset_at: components["schemas"]["Timestamp"];
            windows: components["schemas"]["RateLimitWindow"][];
        };
        /** @description The account that owns the key. */
        Owner: {
            /** @example acct_1Nv0FGQ9RKHgCVdK */
            id: string;
            /** @example Acme Inc. */
            name: string;
        };
        /** @description The calling key. */
        Identity: {
            /**
             * @example identity
             * @constant
             */
            object: "identity";
            id: components["schemas"]["KeyId"];
            /** @example Admin */
            name: string;
            environment: components["schemas"]["Environment"];
            /**
             * @example [
             *       "admin:*"
             *     ]
             */
            permissions: components["schemas"]["Scope"][];
            /** @example ks_prod_••••a1b2 */
            masked_key: string;
            owner: components["schemas"]["Owner"];
        };
        /**
         * @description The family of an error.
         * @example invalid_request_error
         * @enum {string}
         */
        ErrorType: "invalid_request_error" | "authentication_error" | "permission_error" | "not_found_error" | "conflict_error" | "rate_limit_error" | "api_error";
        /**
         * @description What went wrong, precisely. Stable: safe to branch on.
         * @example validation_error
         * @enum {string}
         */
        ErrorCode: "invalid_request" | "validation_error" | "unsupported_version" | "payload_too_large" | "unsupported_media_type" | "missing_api_key" | "malformed_api_key" | "invalid_api_key" | "revoked_api_key" | "inactive_api_key" | "expired_api_key" | "environment_mismatch" | "insufficient_scope" | "scope_escalation" | "environment_forbidden" | "not_found" | "idempotency_conflict" | "key_revoked" | "rate_limited" | "internal_error" | "service_unavailable";
        /** @description What went wrong. New fields may be added; clients must ignore fields they do not know. */
        ErrorDetail: {
            type: components["schemas"]["ErrorType"];
            code: components["schemas"]["ErrorCode"];
            /**
             * @description A sentence for people; never contains a secret.
             * @example name must be a string of 1 to 100 characters.
             */
            message: string;
            /**
             * @description The request field at fault, when there is one.
             * @example name
             */
            param?: string | undefined;
            /**
             * @description The request's id (as in `X-Request-Id`).
             * @example req_3kTn8QpL2vXz9WcB
             */
            request_id: string;
            /**
             * @description Machine-readable specifics (the scope needed, the window hit).
             * @example {
             *       "required_scope": "keys:write"
             *     }
             */
            details?: {
                [key: string]: unknown;
            } | undefined;
        };
        /** @description A 400 error. */
        BadRequestError: {
            error: components["schemas"]["ErrorDetail"] & {
                /** @constant */
                type?: "invalid_request_error" | undefined;
                /** @enum {string} */
                code?: ("invalid_request" | "validation_error" | "unsupported_version") | undefined;
            };
        };
        /** @description A 401 error. */
        UnauthorizedError: {
            error: components["schemas"]["ErrorDetail"] & {
                /** @constant */
                type?: "authentication_error" | undefined;
                /** @enum {string} */
                code?: ("missing_api_key" | "malformed_api_key" | "invalid_api_key" | "revoked_api_key" | "inactive_api_key" | "expired_api_key" | "environment_mismatch") | undefined;
            };
        };
        /** @description A 403 error for a missing scope. */
        InsufficientScopeError: {
            error: components["schemas"]["ErrorDetail"] & {
                /** @constant */
                type?: "permission_error" | undefined;
                /** @enum {string} */
                code?: "insufficient_scope" | undefined;
            };
        };
        /** @description A 403 error on a write. */
        ForbiddenWriteError: {
            error: components["schemas"]["ErrorDetail"] & {
                /** @constant */
                type?: "permission_error" | undefined;
                /** @enum {string} */
                code?: ("insufficient_scope" | "scope_escalation" | "environment_forbidden") | undefined;
            };
        };
        /** @description A 404 error. */
        NotFoundError: {
            error: components["schemas"]["ErrorDetail"] & {
                /** @constant */
                type?: "not_found_error" | undefined;
                /** @enum {string} */
                code?: "not_found" | undefined;
            };
        };
        /** @description A 409 error for a reused idempotency key. */
        IdempotencyConflictError: {
            error: components["schemas"]["ErrorDetail"] & {
                /** @constant */
                type?: "conflict_error" | undefined;
                /** @enum {string} */
                code?: "idempotency_conflict" | undefined;
            };
        };
        /** @description A 409 error for a change to a revoked key. */
        KeyStateConflictError: {
            error: components["schemas"]["ErrorDetail"] & {
                /** @constant */
                type?: "conflict_error" | undefined;
                /** @enum {string} */
                code?: "key_revoked" | undefined;
            };
        };
        /** @description A 409 error. */
        ConflictError: {
            error: components["schemas"]["ErrorDetail"] & {
                /** @constant */
                type?: "conflict_error" | undefined;
                /** @enum {string} */
                code?: ("key_revoked" | "idempotency_conflict") | undefined;
            };
        };
        /** @description A 413 error. */
        PayloadTooLargeError: {
            error: components["schemas"]["ErrorDetail"] & {
                /** @constant */
                type?: "invalid_request_error" | undefined;
                /** @enum {string} */
                code?: "payload_too_large" | undefined;
            };
        };
        /** @description A 415 error. */
        UnsupportedMediaTypeError: {
            error: components["schemas"]["ErrorDetail"] & {
                /** @constant */
                type?: "invalid_request_error" | undefined;
                /** @enum {string} */
                code?: "unsupported_media_type" | undefined;
            };
        };
        /** @description A 429 error. */
        RateLimitedError: {
            error: components["schemas"]["ErrorDetail"] & {
                /** @constant */
                type?: "rate_limit_error" | undefined;
                /** @enum {string} */
                code?: "rate_limited" | undefined;
            };
        };
        /** @description A 500 error. */
        InternalServerError: {
            error: components["schemas"]["ErrorDetail"] & {
                /** @constant */
                type?: "api_error" | undefined;
                /** @enum {string} */
                code?: "internal_error" | undefined;
            };
        };
        /** @description A 503 error. */
        ServiceUnavailableError: {
            error: components["schemas"]["ErrorDetail"] & {
                /** @constant */
                type?: "api_error" | undefined;
                /** @enum {string} */
                code?: "service_unavailable" | undefined;
            };
        };
    };
    responses: {
        /**
         * @description The request is malformed or fails validation (rate-limit headers are sent once the key is
         *     known). Codes: `invalid_request` (a missing or unreadable JSON body), `validation_error` (a
         *     body field, query parameter or path id is wrong, or a query parameter is unknown; `param`
         *     names it; a timestamp outside the range `Timestamp` states is one too), `unsupported_version`.
         */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "type": "invalid_request_error",
                 *         "code": "validation_error",
                 *         "message": "name must be a string of 1 to 100 characters.",
                 *         "param": "name",
                 *         "request_id": "req_3kTn8QpL2vXz9WcB"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["BadRequestError"];
            };
        };
        /**
         * @description The key is missing or unusable. Codes, in check order: `missing_api_key`,
         *     `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `inactive_api_key`,
         *     `expired_api_key`, `environment_mismatch`.
         */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "type": "authentication_error",
                 *         "code": "revoked_api_key",
                 *         "message": "This API key was revoked. Create a new key.",
                 *         "request_id": "req_3kTn8QpL2vXz9WcB"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UnauthorizedError"];
            };
        };
        /** @description The key lacks the `keys:read` scope. Code: `insufficient_scope` (`details.required_scope` names it). */
        ForbiddenRead: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "type": "permission_error",
                 *         "code": "insufficient_scope",
                 *         "message": "This request needs the keys:read scope.",
                 *         "request_id": "req_3kTn8QpL2vXz9WcB",
                 *         "details": {
                 *           "required_scope": "keys:read"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["InsufficientScopeError"];
            };
        };
        /** @description The key lacks the `keys:delete` scope. Code: `insufficient_scope`. */
        ForbiddenDelete: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "type": "permission_error",
                 *         "code": "insufficient_scope",
                 *         "message": "This request needs the keys:delete scope.",
                 *         "request_id": "req_3kTn8QpL2vXz9WcB",
                 *         "details": {
                 *           "required_scope": "keys:delete"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["InsufficientScopeError"];
            };
        };
        /** @description The key lacks the `rate_limit:read` scope. Code: `insufficient_scope`. */
        ForbiddenRateLimit: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "type": "permission_error",
                 *         "code": "insufficient_scope",
                 *         "message": "This request needs the rate_limit:read scope.",
                 *         "request_id": "req_3kTn8QpL2vXz9WcB",
                 *         "details": {
                 *           "required_scope": "rate_limit:read"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["InsufficientScopeError"];
            };
        };
        /**
         * @description Codes: `insufficient_scope` (the key lacks `keys:write`), `scope_escalation` (the change
         *     would grant a scope the caller does not hold), `environment_forbidden` (a key for another
         *     environment must be made with that environment's key).
         */
        ForbiddenWrite: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "type": "permission_error",
                 *         "code": "scope_escalation",
                 *         "message": "You cannot grant admin:* because the calling key does not hold it.",
                 *         "param": "permissions",
                 *         "request_id": "req_3kTn8QpL2vXz9WcB",
                 *         "details": {
                 *           "scopes": [
                 *             "admin:*"
                 *           ]
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ForbiddenWriteError"];
            };
        };
        /** @description No such key (or it was deleted). Code: `not_found`. */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "type": "not_found_error",
                 *         "code": "not_found",
                 *         "message": "No API key with id key_7Hq2ZbN4xTmW9cLp.",
                 *         "param": "id",
                 *         "request_id": "req_3kTn8QpL2vXz9WcB"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["NotFoundError"];
            };
        };
        /** @description The `Idempotency-Key` was used with another request. Code: `idempotency_conflict`. */
        IdempotencyConflict: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "type": "conflict_error",
                 *         "code": "idempotency_conflict",
                 *         "message": "This Idempotency-Key was already used with a different request.",
                 *         "request_id": "req_3kTn8QpL2vXz9WcB"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["IdempotencyConflictError"];
            };
        };
        /** @description The key is revoked and cannot change. Code: `key_revoked`. */
        KeyStateConflict: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "type": "conflict_error",
                 *         "code": "key_revoked",
                 *         "message": "The API key key_7Hq2ZbN4xTmW9cLp is revoked and cannot be changed.",
                 *         "request_id": "req_3kTn8QpL2vXz9WcB"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["KeyStateConflictError"];
            };
        };
        /** @description Codes: `key_revoked` (a revoked key cannot be regenerated), `idempotency_conflict`. */
        KeyStateOrIdempotencyConflict: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "type": "conflict_error",
                 *         "code": "key_revoked",
                 *         "message": "The API key key_7Hq2ZbN4xTmW9cLp is revoked and cannot be regenerated.",
                 *         "request_id": "req_3kTn8QpL2vXz9WcB"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ConflictError"];
            };
        };
        /** @description The body is larger than 64 KiB. Code: `payload_too_large`. Any operation answers it, those that take no body too. */
        PayloadTooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "type": "invalid_request_error",
                 *         "code": "payload_too_large",
                 *         "message": "The request body is larger than 65536 bytes.",
                 *         "request_id": "req_3kTn8QpL2vXz9WcB"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["PayloadTooLargeError"];
            };
        };
        /** @description The body is not `application/json`. Code: `unsupported_media_type`. */
        UnsupportedMediaType: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "type": "invalid_request_error",
                 *         "code": "unsupported_media_type",
                 *         "message": "Send the body as application/json.",
                 *         "request_id": "req_3kTn8QpL2vXz9WcB"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UnsupportedMediaTypeError"];
            };
        };
        /** @description The key is over a rate limit. Code: `rate_limited`. Wait `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Retry-After": components["headers"]["Retry-After"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                RateLimit: components["headers"]["RateLimit"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "type": "rate_limit_error",
                 *         "code": "rate_limited",
                 *         "message": "Rate limit of 100 requests per minute exceeded. Retry after 30 seconds.",
                 *         "request_id": "req_3kTn8QpL2vXz9WcB",
                 *         "details": {
                 *           "window": "minute",
                 *           "limit": 100,
                 *           "retry_after": 30
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["RateLimitedError"];
            };
        };
        /** @description Something went wrong on Keysmith's side. Code: `internal_error`. Safe to retry. */
        InternalError: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "type": "api_error",
                 *         "code": "internal_error",
                 *         "message": "An internal error occurred. Retry the request.",
                 *         "request_id": "req_3kTn8QpL2vXz9WcB"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["InternalServerError"];
            };
        };
        /** @description Keysmith is briefly unavailable. Code: `service_unavailable`. Retry after `Retry-After` seconds when sent. */
        ServiceUnavailable: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Retry-After": components["headers"]["Retry-After-Optional"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "type": "api_error",
                 *         "code": "service_unavailable",
                 *         "message": "The service is temporarily unavailable. Retry shortly.",
                 *         "request_id": "req_3kTn8QpL2vXz9WcB"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ServiceUnavailableError"];
            };
        };
    };
    parameters: {
        /**
         * @description The dated API version. Defaults to the latest (`2026-11-01`); an unknown version is a `400 unsupported_version`.
         * @example 2026-11-01
         */
        KeysmithVersion: string;
        /**
         * @description Makes a POST or DELETE safe to retry. A replay with the same key and body within 24 hours returns the
         *     first response (with `Idempotent-Replayed: true`); the same key with another body is a
         *     `409 idempotency_conflict`.
         * @example 5c1f9a2e-8d7b-4c36-9a0e-3f1b2d4c6e80
         */
        IdempotencyKey: string;
        /**
         * @description The key's id.
         * @example key_7Hq2ZbN4xTmW9cLp
         */
        KeyIdPath: components["schemas"]["KeyId"];
    };
    requestBodies: never;
    headers: {
        /**
         * @description A unique id for this request; quote it when reporting a problem.
         * @example req_3kTn8QpL2vXz9WcB
         */
        "X-Request-Id": string;
        /**
         * @description The request quota of the calling key's tightest window.
         * @example 100
         */
        "X-RateLimit-Limit": number;
        /**
         * @description Requests left in the tightest window.
         * @example 99
         */
        "X-RateLimit-Remaining": number;
        /**
         * @description When the tightest window resets, in epoch seconds.
         * @example 1795430460
         */
        "X-RateLimit-Reset": number;
        /**
         * @description The quota policies of the calling key (IETF draft-ietf-httpapi-ratelimit-headers-10).
         * @example "minute";q=100;w=60, "hour";q=1000;w=3600
         */
        "RateLimit-Policy": string;
        /**
         * @description What is left of each policy, and seconds until it resets (IETF draft-10).
         * @example "minute";r=99;t=60, "hour";r=999;t=3600
         */
        RateLimit: string;
        /**
         * @description Seconds to wait before retrying.
         * @example 30
         */
        "Retry-After": number;
        /**
         * @description Seconds to wait before retrying, when the service knows.
         * @example 5
         */
        "Retry-After-Optional": number;
        /**
         * @description `true` when this response replays the first response to the same `Idempotency-Key`.
         * @example true
         */
        "Idempotent-Replayed": "true";
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listApiKeys: {
        parameters: {
            query?: {
                /**
                 * @description How many keys a page holds.
                 * @example 20
                 */
                limit?: number | undefined;
                /**
                 * @description A cursor (the `next_cursor` of the previous page, which is a key id); the page starts after that key.
                 * @example key_7Hq2ZbN4xTmW9cLp
                 */
                starting_after?: components["schemas"]["KeyId"] | undefined;
                /**
                 * @description Only keys with this status.
                 * @example active
                 */
                status?: components["schemas"]["KeyStatus"] | undefined;
                /**
                 * @description Only keys of this environment.
                 * @example production
                 */
                environment?: components["schemas"]["Environment"] | undefined;
            } | undefined;
            header?: {
                /**
                 * @description The dated API version. Defaults to the latest (`2026-11-01`); an unknown version is a `400 unsupported_version`.
                 * @example 2026-11-01
                 */
                "Keysmith-Version"?: components["parameters"]["KeysmithVersion"] | undefined;
            } | undefined;
            path?: never | undefined;
            cookie?: never | undefined;
        };
        requestBody?: never | undefined;
        responses: {
            /** @description One page of keys. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenRead"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never | undefined;
            header?: {
                /**
                 * @description The dated API version. Defaults to the latest (`2026-11-01`); an unknown version is a `400 unsupported_version`.
                 * @example 2026-11-01
                 */
                "Keysmith-Version"?: components["parameters"]["KeysmithVersion"] | undefined;
                /**
                 * @description Makes a POST or DELETE safe to retry. A replay with the same key and body within 24 hours returns the
                 *     first response (with `Idempotent-Replayed: true`); the same key with another body is a
                 *     `409 idempotency_conflict`.
                 * @example 5c1f9a2e-8d7b-4c36-9a0e-3f1b2d4c6e80
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"] | undefined;
            } | undefined;
            path?: never | undefined;
            cookie?: never | undefined;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyRequest"];
            };
        };
        responses: {
            /** @description The key, with its full secret. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenWrite"];
            409: components["responses"]["IdempotencyConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getApiKey: {
        parameters: {
            query?: never | undefined;
            header?: {
                /**
                 * @description The dated API version. Defaults to the latest (`2026-11-01`); an unknown version is a `400 unsupported_version`.
                 * @example 2026-11-01
                 */
                "Keysmith-Version"?: components["parameters"]["KeysmithVersion"] | undefined;
            } | undefined;
            path: {
                /**
                 * @description The key's id.
                 * @example key_7Hq2ZbN4xTmW9cLp
                 */
                id: components["parameters"]["KeyIdPath"];
            };
            cookie?: never | undefined;
        };
        requestBody?: never | undefined;
        responses: {
            /** @description The key. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenRead"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteApiKey: {
        parameters: {
            query?: never | undefined;
            header?: {
                /**
                 * @description The dated API version. Defaults to the latest (`2026-11-01`); an unknown version is a `400 unsupported_version`.
                 * @example 2026-11-01
                 */
                "Keysmith-Version"?: components["parameters"]["KeysmithVersion"] | undefined;
                /**
                 * @description Makes a POST or DELETE safe to retry. A replay with the same key and body within 24 hours returns the
                 *     first response (with `Idempotent-Replayed: true`); the same key with another body is a
                 *     `409 idempotency_conflict`.
                 * @example 5c1f9a2e-8d7b-4c36-9a0e-3f1b2d4c6e80
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"] | undefined;
            } | undefined;
            path: {
                /**
                 * @description The key's id.
                 * @example key_7Hq2ZbN4xTmW9cLp
                 */
                id: components["parameters"]["KeyIdPath"];
            };
            cookie?: never | undefined;
        };
        requestBody?: never | undefined;
        responses: {
            /** @description The key is deleted. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenDelete"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyConflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateApiKey: {
        parameters: {
            query?: never | undefined;
            header?: {
                /**
                 * @description The dated API version. Defaults to the latest (`2026-11-01`); an unknown version is a `400 unsupported_version`.
                 * @example 2026-11-01
                 */
                "Keysmith-Version"?: components["parameters"]["KeysmithVersion"] | undefined;
            } | undefined;
            path: {
                /**
                 * @description The key's id.
                 * @example key_7Hq2ZbN4xTmW9cLp
                 */
                id: components["parameters"]["KeyIdPath"];
            };
            cookie?: never | undefined;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateApiKeyRequest"];
            };
        };
        responses: {
            /** @description The updated key. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenWrite"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["KeyStateConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never | undefined;
            header?: {
                /**
                 * @description The dated API version. Defaults to the latest (`2026-11-01`); an unknown version is a `400 unsupported_version`.
                 * @example 2026-11-01
                 */
                "Keysmith-Version"?: components["parameters"]["KeysmithVersion"] | undefined;
                /**
                 * @description Makes a POST or DELETE safe to retry. A replay with the same key and body within 24 hours returns the
                 *     first response (with `Idempotent-Replayed: true`); the same key with another body is a
                 *     `409 idempotency_conflict`.
                 * @example 5c1f9a2e-8d7b-4c36-9a0e-3f1b2d4c6e80
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"] | undefined;
            } | undefined;
            path: {
                /**
                 * @description The key's id.
                 * @example key_7Hq2ZbN4xTmW9cLp
                 */
                id: components["parameters"]["KeyIdPath"];
            };
            cookie?: never | undefined;
        };
        requestBody?: never | undefined;
        responses: {
            /** @description The revoked key. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenWrite"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyConflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    regenerateApiKey: {
        parameters: {
            query?: never | undefined;
            header?: {
                /**
                 * @description The dated API version. Defaults to the latest (`2026-11-01`); an unknown version is a `400 unsupported_version`.
                 * @example 2026-11-01
                 */
                "Keysmith-Version"?: components["parameters"]["KeysmithVersion"] | undefined;
                /**
                 * @description Makes a POST or DELETE safe to retry. A replay with the same key and body within 24 hours returns the
                 *     first response (with `Idempotent-Replayed: true`); the same key with another body is a
                 *     `409 idempotency_conflict`.
                 * @example 5c1f9a2e-8d7b-4c36-9a0e-3f1b2d4c6e80
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"] | undefined;
            } | undefined;
            path: {
                /**
                 * @description The key's id.
                 * @example key_7Hq2ZbN4xTmW9cLp
                 */
                id: components["parameters"]["KeyIdPath"];
            };
            cookie?: never | undefined;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RegenerateApiKeyRequest"];
            };
        } | undefined;
        responses: {
            /** @description The key, with its new full secret. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenWrite"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["KeyStateOrIdempotencyConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getRateLimit: {
        parameters: {
            query?: never | undefined;
            header?: {
                /**
                 * @description The dated API version. Defaults to the latest (`2026-11-01`); an unknown version is a `400 unsupported_version`.
                 * @example 2026-11-01
                 */
                "Keysmith-Version"?: components["parameters"]["KeysmithVersion"] | undefined;
            } | undefined;
            path?: never | undefined;
            cookie?: never | undefined;
        };
        requestBody?: never | undefined;
        responses: {
            /** @description The calling key's rate limit. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitStatus"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenRateLimit"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMe: {
        parameters: {
            query?: never | undefined;
            header?: {
                /**
                 * @description The dated API version. Defaults to the latest (`2026-11-01`); an unknown version is a `400 unsupported_version`.
                 * @example 2026-11-01
                 */
                "Keysmith-Version"?: components["parameters"]["KeysmithVersion"] | undefined;
            } | undefined;
            path?: never | undefined;
            cookie?: never | undefined;
        };
        requestBody?: never | undefined;
        responses: {
            /** @description The calling key. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    RateLimit: components["headers"]["RateLimit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
