/**
 * GENERATED from openapi.yaml by `npm run generate` — do not edit by hand.
 * `npm test` fails when this file is stale.
 */

/** The OpenAPI document, as data: the mock validates requests against its schemas. */
export const openapi = {
  "openapi": "3.1.0",
  "info": {
    "title": "Keysmith API",
    "version": "2026-11-01",
    "summary": "Create, scope, rotate, rate-limit and revoke API keys.",
    "description": "The Keysmith API manages API keys: create them with scopes, an expiry and rate limits; list,\nupdate, rotate, revoke and delete them; read the calling key's identity and rate limit.\n\n**Authentication.** Every request carries `Authorization: Bearer <secret>`. A secret looks like\n`ks_prod_` (or `ks_stage_`, `ks_dev_`) followed by 32 random base62 characters and a 6-character\nbase62 CRC32 checksum, so a mistyped or truncated key can be rejected offline. A key works only\nagainst the base URL of its own environment.\n\n**Versioning.** Send a dated `Keysmith-Version` header; without one the latest version is used.\nAn unknown version is a `400 unsupported_version`.\n\n**Secrets are shown once.** The full secret appears only in the responses of create and\nregenerate, in the field `secret`. Every other response shows the masked label\n(`ks_prod_••••a1b2`) and the prefix.\n\n**Authentication check order.** A bad key always gets the same code, checked in this order:\nformat (`malformed_api_key`) → unknown (`invalid_api_key`) → revoked (`revoked_api_key`) →\ninactive (`inactive_api_key`) → expired (`expired_api_key`) → environment\n(`environment_mismatch`) → scope (`insufficient_scope`) → rate limit (`rate_limited`).\n\n**Rate limits.** Each key has a per-minute and a per-hour limit. Every authenticated response\ncarries `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset` (epoch seconds) for\nthe tightest window, and the IETF `RateLimit-Policy` and `RateLimit` fields for both windows.\nA `429` adds `Retry-After` (seconds).\n\n**Errors** share one body: `{\"error\": {\"type\", \"code\", \"message\", \"param\"?, \"request_id\", \"details\"?}}`.\n",
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    },
    "contact": {
      "name": "Keysmith",
      "url": "https://api.keysmith.example"
    }
  },
  "servers": [
    {
      "url": "https://api.keysmith.example",
      "description": "production (keys prefixed `ks_prod_`)"
    },
    {
      "url": "https://api.staging.keysmith.example",
      "description": "staging (keys prefixed `ks_stage_`)"
    },
    {
      "url": "https://api.dev.keysmith.example",
      "description": "development (keys prefixed `ks_dev_`)"
    }
  ],
  "security": [
    {
      "bearerAuth": []
    }
  ],
  "tags": [
    {
      "name": "API Keys",
      "description": "Create, list, read, update, rotate, revoke and delete API keys.",
      "x-keysmith-resource": "keys"
    },
    {
      "name": "Rate Limits",
      "description": "The calling key's current rate-limit window.",
      "x-keysmith-resource": "rateLimit"
    },
    {
      "name": "Identity",
      "description": "Who the calling key is."
    }
  ],
  "paths": {
    "/v1/api-keys": {
      "post": {
        "operationId": "createApiKey",
        "tags": [
          "API Keys"
        ],
        "summary": "Create an API key",
        "x-keysmith-method": "keys.create",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "keysmith",
            "source": "const key = await client.keys.create({\n  name: 'CI pipeline',\n  permissions: ['keys:read'],\n  expires_at: '2027-01-01T00:00:00Z',\n  rate_limit: { per_minute: 60 },\n});\nconsole.log(key.secret); // shown once: store it now\n"
          }
        ],
        "description": "Creates a key and returns it with its full `secret` — the only time the secret is ever\nreturned. The new key's environment defaults to the caller's; a key for another environment\nmust be created with a key of that environment (`403 environment_forbidden`). The new key\ncan never hold a scope the caller does not hold (`403 scope_escalation`).\nNeeds the `keys:write` scope.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/KeysmithVersion"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateApiKeyRequest"
              },
              "examples": {
                "ci": {
                  "summary": "A read-only key for CI that expires",
                  "value": {
                    "name": "CI pipeline",
                    "description": "Read-only key used by the nightly build",
                    "permissions": [
                      "keys:read"
                    ],
                    "expires_at": "2027-01-01T00:00:00Z",
                    "rate_limit": {
                      "per_minute": 60,
                      "per_hour": 1000
                    },
                    "metadata": {
                      "team": "platform"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The key, with its full secret.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              },
              "RateLimit-Policy": {
                "$ref": "#/components/headers/RateLimit-Policy"
              },
              "RateLimit": {
                "$ref": "#/components/headers/RateLimit"
              },
              "Idempotent-Replayed": {
                "$ref": "#/components/headers/Idempotent-Replayed"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ApiKeyWithSecret"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/ForbiddenWrite"
          },
          "409": {
            "$ref": "#/components/responses/IdempotencyConflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "get": {
        "operationId": "listApiKeys",
        "tags": [
          "API Keys"
        ],
        "summary": "List API keys",
        "x-keysmith-method": "keys.list",
        "x-keysmith-pagination": {
          "cursor": "starting_after",
          "items": "data",
          "hasMore": "has_more",
          "nextCursor": "next_cursor"
        },
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "keysmith",
            "source": "const page = await client.keys.list({ limit: 20, status: 'active' });\nconsole.log(page.data.length, page.has_more);\n\nfor await (const key of client.keys.list({ environment: 'production' })) {\n  console.log(key.masked_key, key.name);\n}\n"
          }
        ],
        "description": "Lists keys newest first with cursor pagination. Deleted keys are not listed. Records show the\nmasked label and the prefix, never the secret. Pass the `next_cursor` of a page as\n`starting_after` to get the next one; keys created meanwhile do not shift later pages.\nNeeds the `keys:read` scope.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/KeysmithVersion"
          },
          {
            "name": "limit",
            "in": "query",
            "description": "How many keys a page holds.",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100,
              "default": 20
            },
            "example": 20
          },
          {
            "name": "starting_after",
            "in": "query",
            "description": "A cursor (the `next_cursor` of the previous page, which is a key id); the page starts after that key.",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/KeyId"
            },
            "example": "key_7Hq2ZbN4xTmW9cLp"
          },
          {
            "name": "status",
            "in": "query",
            "description": "Only keys with this status.",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/KeyStatus"
            },
            "example": "active"
          },
          {
            "name": "environment",
            "in": "query",
            "description": "Only keys of this environment.",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/Environment"
            },
            "example": "production"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of keys.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              },
              "RateLimit-Policy": {
                "$ref": "#/components/headers/RateLimit-Policy"
              },
              "RateLimit": {
                "$ref": "#/components/headers/RateLimit"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ApiKeyList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/ForbiddenRead"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/v1/api-keys/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/KeyIdPath"
        }
      ],
      "get": {
        "operationId": "getApiKey",
        "tags": [
          "API Keys"
        ],
        "summary": "Get an API key",
        "x-keysmith-method": "keys.get",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "keysmith",
            "source": "const key = await client.keys.get('key_7Hq2ZbN4xTmW9cLp');\nconsole.log(key.status, key.usage.requests_today, key.last_used_at);\n"
          }
        ],
        "description": "The key's record with its usage counters and `last_used_at`. Needs the `keys:read` scope.",
        "parameters": [
          {
            "$ref": "#/components/parameters/KeysmithVersion"
          }
        ],
        "responses": {
          "200": {
            "description": "The key.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              },
              "RateLimit-Policy": {
                "$ref": "#/components/headers/RateLimit-Policy"
              },
              "RateLimit": {
                "$ref": "#/components/headers/RateLimit"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ApiKey"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/ForbiddenRead"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "patch": {
        "operationId": "updateApiKey",
        "tags": [
          "API Keys"
        ],
        "summary": "Update an API key",
        "x-keysmith-method": "keys.update",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "keysmith",
            "source": "const key = await client.keys.update('key_7Hq2ZbN4xTmW9cLp', { status: 'inactive' });\nconsole.log(key.status); // \"inactive\"\n"
          }
        ],
        "description": "Changes the name, description, permissions, rate limit, expiry, metadata, or status\n(`active` ⇄ `inactive`). A revoked key cannot be changed (`409 key_revoked`). Permissions can\nnever widen beyond the caller's (`403 scope_escalation`). Needs the `keys:write` scope.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/KeysmithVersion"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateApiKeyRequest"
              },
              "examples": {
                "disable": {
                  "summary": "Disable a key for now",
                  "value": {
                    "status": "inactive"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated key.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              },
              "RateLimit-Policy": {
                "$ref": "#/components/headers/RateLimit-Policy"
              },
              "RateLimit": {
                "$ref": "#/components/headers/RateLimit"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ApiKey"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/ForbiddenWrite"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/KeyStateConflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "delete": {
        "operationId": "deleteApiKey",
        "tags": [
          "API Keys"
        ],
        "summary": "Delete an API key",
        "x-keysmith-method": "keys.delete",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "keysmith",
            "source": "const { id, deleted } = await client.keys.delete('key_7Hq2ZbN4xTmW9cLp');\nconsole.log(id, deleted); // \"key_7Hq2ZbN4xTmW9cLp\" true\n"
          }
        ],
        "description": "Revokes the key if it is not revoked yet and removes it from listings. Its id stays a valid\npagination cursor. A second delete is a `404`, unless it repeats the first one's\n`Idempotency-Key`: then it replays the first answer, so a delete whose answer was lost can\nbe retried safely. Needs the `keys:delete` scope.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/KeysmithVersion"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "responses": {
          "200": {
            "description": "The key is deleted.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              },
              "RateLimit-Policy": {
                "$ref": "#/components/headers/RateLimit-Policy"
              },
              "RateLimit": {
                "$ref": "#/components/headers/RateLimit"
              },
              "Idempotent-Replayed": {
                "$ref": "#/components/headers/Idempotent-Replayed"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DeletedApiKey"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/ForbiddenDelete"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/IdempotencyConflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/v1/api-keys/{id}/revoke": {
      "parameters": [
        {
          "$ref": "#/components/parameters/KeyIdPath"
        }
      ],
      "post": {
        "operationId": "revokeApiKey",
        "tags": [
          "API Keys"
        ],
        "summary": "Revoke an API key",
        "x-keysmith-method": "keys.revoke",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "keysmith",
            "source": "const key = await client.keys.revoke('key_7Hq2ZbN4xTmW9cLp');\nconsole.log(key.status); // \"revoked\"\n"
          }
        ],
        "description": "Revokes the key for good: the very next request made with its secret gets\n`401 revoked_api_key`. Revoking a revoked key returns it unchanged. Needs the `keys:write` scope.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/KeysmithVersion"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "responses": {
          "200": {
            "description": "The revoked key.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              },
              "RateLimit-Policy": {
                "$ref": "#/components/headers/RateLimit-Policy"
              },
              "RateLimit": {
                "$ref": "#/components/headers/RateLimit"
              },
              "Idempotent-Replayed": {
                "$ref": "#/components/headers/Idempotent-Replayed"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ApiKey"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/ForbiddenWrite"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/IdempotencyConflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/v1/api-keys/{id}/regenerate": {
      "parameters": [
        {
          "$ref": "#/components/parameters/KeyIdPath"
        }
      ],
      "post": {
        "operationId": "regenerateApiKey",
        "tags": [
          "API Keys"
        ],
        "summary": "Regenerate an API key's secret",
        "x-keysmith-method": "keys.regenerate",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "keysmith",
            "source": "const rotated = await client.keys.regenerate('key_7Hq2ZbN4xTmW9cLp', { grace_period_seconds: 3600 });\nconsole.log(rotated.secret); // the new secret; the old one works for another hour\n"
          }
        ],
        "description": "Issues a new secret for the same key: id, name, permissions and configuration stay. The old\nsecret stops at once, or after `grace_period_seconds` (capped at the key's own expiry).\nReturns the key with its new full `secret`, the only time it is returned. A revoked key\ncannot be regenerated (`409 key_revoked`); the caller must hold every scope the key holds\n(`403 scope_escalation`). Needs the `keys:write` scope.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/KeysmithVersion"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RegenerateApiKeyRequest"
              },
              "examples": {
                "grace": {
                  "summary": "Keep the old secret working for an hour",
                  "value": {
                    "grace_period_seconds": 3600
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The key, with its new full secret.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              },
              "RateLimit-Policy": {
                "$ref": "#/components/headers/RateLimit-Policy"
              },
              "RateLimit": {
                "$ref": "#/components/headers/RateLimit"
              },
              "Idempotent-Replayed": {
                "$ref": "#/components/headers/Idempotent-Replayed"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ApiKeyWithSecret"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/ForbiddenWrite"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/KeyStateOrIdempotencyConflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/v1/rate-limit": {
      "get": {
        "operationId": "getRateLimit",
        "tags": [
          "Rate Limits"
        ],
        "summary": "Get the calling key's rate limit",
        "x-keysmith-method": "rateLimit.get",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "keysmith",
            "source": "const status = await client.rateLimit.get();\nconsole.log(`${status.remaining} of ${status.limit} left until ${status.reset_at}`);\nfor (const window of status.windows) console.log(window.window, window.remaining);\n"
          }
        ],
        "description": "The calling key's tightest window (`limit`, `remaining`, `reset`, `reset_at`) and every\nwindow it has. This request does not count against the limit. Needs the `rate_limit:read` scope.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/KeysmithVersion"
          }
        ],
        "responses": {
          "200": {
            "description": "The calling key's rate limit.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              },
              "RateLimit-Policy": {
                "$ref": "#/components/headers/RateLimit-Policy"
              },
              "RateLimit": {
                "$ref": "#/components/headers/RateLimit"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RateLimitStatus"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/ForbiddenRateLimit"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/v1/me": {
      "get": {
        "operationId": "getMe",
        "tags": [
          "Identity"
        ],
        "summary": "Get the calling key",
        "x-keysmith-method": "me",
        "x-codeSamples": [
          {
            "lang": "TypeScript",
            "label": "keysmith",
            "source": "const me = await client.me();\nconsole.log(me.id, me.environment, me.permissions);\n"
          }
        ],
        "description": "The calling key's id, name, environment, permissions and owner. Needs no scope.",
        "parameters": [
          {
            "$ref": "#/components/parameters/KeysmithVersion"
          }
        ],
        "responses": {
          "200": {
            "description": "The calling key.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              },
              "RateLimit-Policy": {
                "$ref": "#/components/headers/RateLimit-Policy"
              },
              "RateLimit": {
                "$ref": "#/components/headers/RateLimit"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Identity"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "bearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "ks_{prod|stage|dev}_<32 base62 chars><6 base62 checksum chars>",
        "description": "The key's full secret: `Authorization: Bearer ks_prod_…`."
      }
    },
    "parameters": {
      "KeysmithVersion": {
        "name": "Keysmith-Version",
        "in": "header",
        "required": false,
        "description": "The dated API version. Defaults to the latest (`2026-11-01`); an unknown version is a `400 unsupported_version`.",
        "schema": {
          "type": "string",
          "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        },
        "example": "2026-11-01"
      },
      "IdempotencyKey": {
        "name": "Idempotency-Key",
        "in": "header",
        "required": false,
        "description": "Makes a POST or DELETE safe to retry. A replay with the same key and body within 24 hours returns the\nfirst response (with `Idempotent-Replayed: true`); the same key with another body is a\n`409 idempotency_conflict`.\n",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 255
        },
        "example": "5c1f9a2e-8d7b-4c36-9a0e-3f1b2d4c6e80"
      },
      "KeyIdPath": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The key's id.",
        "schema": {
          "$ref": "#/components/schemas/KeyId"
        },
        "example": "key_7Hq2ZbN4xTmW9cLp"
      }
    },
    "headers": {
      "X-Request-Id": {
        "description": "A unique id for this request; quote it when reporting a problem.",
        "required": true,
        "schema": {
          "type": "string"
        },
        "example": "req_3kTn8QpL2vXz9WcB"
      },
      "X-RateLimit-Limit": {
        "description": "The request quota of the calling key's tightest window.",
        "schema": {
          "type": "integer",
          "minimum": 0
        },
        "example": 100
      },
      "X-RateLimit-Remaining": {
        "description": "Requests left in the tightest window.",
        "schema": {
          "type": "integer",
          "minimum": 0
        },
        "example": 99
      },
      "X-RateLimit-Reset": {
        "description": "When the tightest window resets, in epoch seconds.",
        "schema": {
          "type": "integer",
          "minimum": 0
        },
        "example": 1795430460
      },
      "RateLimit-Policy": {
        "description": "The quota policies of the calling key (IETF draft-ietf-httpapi-ratelimit-headers-10).",
        "schema": {
          "type": "string"
        },
        "example": "\"minute\";q=100;w=60, \"hour\";q=1000;w=3600"
      },
      "RateLimit": {
        "description": "What is left of each policy, and seconds until it resets (IETF draft-10).",
        "schema": {
          "type": "string"
        },
        "example": "\"minute\";r=99;t=60, \"hour\";r=999;t=3600"
      },
      "Retry-After": {
        "description": "Seconds to wait before retrying.",
        "required": true,
        "schema": {
          "type": "integer",
          "minimum": 0
        },
        "example": 30
      },
      "Retry-After-Optional": {
        "description": "Seconds to wait before retrying, when the service knows.",
        "schema": {
          "type": "integer",
          "minimum": 0
        },
        "example": 5
      },
      "Idempotent-Replayed": {
        "description": "`true` when this response replays the first response to the same `Idempotency-Key`.",
        "schema": {
          "type": "string",
          "enum": [
            "true"
          ]
        },
        "example": "true"
      }
    },
    "responses": {
      "BadRequest": {
        "description": "The request is malformed or fails validation (rate-limit headers are sent once the key is\nknown). Codes: `invalid_request` (a missing or unreadable JSON body), `validation_error` (a\nbody field, query parameter or path id is wrong, or a query parameter is unknown; `param`\nnames it; a timestamp outside the range `Timestamp` states is one too), `unsupported_version`.\n",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/X-Request-Id"
          },
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          },
          "RateLimit-Policy": {
            "$ref": "#/components/headers/RateLimit-Policy"
          },
          "RateLimit": {
            "$ref": "#/components/headers/RateLimit"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/BadRequestError"
            },
            "example": {
              "error": {
                "type": "invalid_request_error",
                "code": "validation_error",
                "message": "name must be a string of 1 to 100 characters.",
                "param": "name",
                "request_id": "req_3kTn8QpL2vXz9WcB"
              }
            }
          }
        }
      },
      "Unauthorized": {
        "description": "The key is missing or unusable. Codes, in check order: `missing_api_key`,\n`malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `inactive_api_key`,\n`expired_api_key`, `environment_mismatch`.\n",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/X-Request-Id"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/UnauthorizedError"
            },
            "example": {
              "error": {
                "type": "authentication_error",
                "code": "revoked_api_key",
                "message": "This API key was revoked. Create a new key.",
                "request_id": "req_3kTn8QpL2vXz9WcB"
              }
            }
          }
        }
      },
      "ForbiddenRead": {
        "description": "The key lacks the `keys:read` scope. Code: `insufficient_scope` (`details.required_scope` names it).",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/X-Request-Id"
          },
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          },
          "RateLimit-Policy": {
            "$ref": "#/components/headers/RateLimit-Policy"
          },
          "RateLimit": {
            "$ref": "#/components/headers/RateLimit"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/InsufficientScopeError"
            },
            "example": {
              "error": {
                "type": "permission_error",
                "code": "insufficient_scope",
                "message": "This request needs the keys:read scope.",
                "request_id": "req_3kTn8QpL2vXz9WcB",
                "details": {
                  "required_scope": "keys:read"
                }
              }
            }
          }
        }
      },
      "ForbiddenDelete": {
        "description": "The key lacks the `keys:delete` scope. Code: `insufficient_scope`.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/X-Request-Id"
          },
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          },
          "RateLimit-Policy": {
            "$ref": "#/components/headers/RateLimit-Policy"
          },
          "RateLimit": {
            "$ref": "#/components/headers/RateLimit"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/InsufficientScopeError"
            },
            "example": {
              "error": {
                "type": "permission_error",
                "code": "insufficient_scope",
                "message": "This request needs the keys:delete scope.",
                "request_id": "req_3kTn8QpL2vXz9WcB",
                "details": {
                  "required_scope": "keys:delete"
                }
              }
            }
          }
        }
      },
      "ForbiddenRateLimit": {
        "description": "The key lacks the `rate_limit:read` scope. Code: `insufficient_scope`.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/X-Request-Id"
          },
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          },
          "RateLimit-Policy": {
            "$ref": "#/components/headers/RateLimit-Policy"
          },
          "RateLimit": {
            "$ref": "#/components/headers/RateLimit"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/InsufficientScopeError"
            },
            "example": {
              "error": {
                "type": "permission_error",
                "code": "insufficient_scope",
                "message": "This request needs the rate_limit:read scope.",
                "request_id": "req_3kTn8QpL2vXz9WcB",
                "details": {
                  "required_scope": "rate_limit:read"
                }
              }
            }
          }
        }
      },
      "ForbiddenWrite": {
        "description": "Codes: `insufficient_scope` (the key lacks `keys:write`), `scope_escalation` (the change\nwould grant a scope the caller does not hold), `environment_forbidden` (a key for another\nenvironment must be made with that environment's key).\n",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/X-Request-Id"
          },
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          },
          "RateLimit-Policy": {
            "$ref": "#/components/headers/RateLimit-Policy"
          },
          "RateLimit": {
            "$ref": "#/components/headers/RateLimit"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ForbiddenWriteError"
            },
            "example": {
              "error": {
                "type": "permission_error",
                "code": "scope_escalation",
                "message": "You cannot grant admin:* because the calling key does not hold it.",
                "param": "permissions",
                "request_id": "req_3kTn8QpL2vXz9WcB",
                "details": {
                  "scopes": [
                    "admin:*"
                  ]
                }
              }
            }
          }
        }
      },
      "NotFound": {
        "description": "No such key (or it was deleted). Code: `not_found`.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/X-Request-Id"
          },
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          },
          "RateLimit-Policy": {
            "$ref": "#/components/headers/RateLimit-Policy"
          },
          "RateLimit": {
            "$ref": "#/components/headers/RateLimit"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/NotFoundError"
            },
            "example": {
              "error": {
                "type": "not_found_error",
                "code": "not_found",
                "message": "No API key with id key_7Hq2ZbN4xTmW9cLp.",
                "param": "id",
                "request_id": "req_3kTn8QpL2vXz9WcB"
              }
            }
          }
        }
      },
      "IdempotencyConflict": {
        "description": "The `Idempotency-Key` was used with another request. Code: `idempotency_conflict`.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/X-Request-Id"
          },
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          },
          "RateLimit-Policy": {
            "$ref": "#/components/headers/RateLimit-Policy"
          },
          "RateLimit": {
            "$ref": "#/components/headers/RateLimit"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/IdempotencyConflictError"
            },
            "example": {
              "error": {
                "type": "conflict_error",
                "code": "idempotency_conflict",
                "message": "This Idempotency-Key was already used with a different request.",
                "request_id": "req_3kTn8QpL2vXz9WcB"
              }
            }
          }
        }
      },
      "KeyStateConflict": {
        "description": "The key is revoked and cannot change. Code: `key_revoked`.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/X-Request-Id"
          },
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          },
          "RateLimit-Policy": {
            "$ref": "#/components/headers/RateLimit-Policy"
          },
          "RateLimit": {
            "$ref": "#/components/headers/RateLimit"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/KeyStateConflictError"
            },
            "example": {
              "error": {
                "type": "conflict_error",
                "code": "key_revoked",
                "message": "The API key key_7Hq2ZbN4xTmW9cLp is revoked and cannot be changed.",
                "request_id": "req_3kTn8QpL2vXz9WcB"
              }
            }
          }
        }
      },
      "KeyStateOrIdempotencyConflict": {
        "description": "Codes: `key_revoked` (a revoked key cannot be regenerated), `idempotency_conflict`.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/X-Request-Id"
          },
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          },
          "RateLimit-Policy": {
            "$ref": "#/components/headers/RateLimit-Policy"
          },
          "RateLimit": {
            "$ref": "#/components/headers/RateLimit"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ConflictError"
            },
            "example": {
              "error": {
                "type": "conflict_error",
                "code": "key_revoked",
                "message": "The API key key_7Hq2ZbN4xTmW9cLp is revoked and cannot be regenerated.",
                "request_id": "req_3kTn8QpL2vXz9WcB"
              }
            }
          }
        }
      },
      "PayloadTooLarge": {
        "description": "The body is larger than 64 KiB. Code: `payload_too_large`. Any operation answers it, those that take no body too.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/X-Request-Id"
          },
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          },
          "RateLimit-Policy": {
            "$ref": "#/components/headers/RateLimit-Policy"
          },
          "RateLimit": {
            "$ref": "#/components/headers/RateLimit"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/PayloadTooLargeError"
            },
            "example": {
              "error": {
                "type": "invalid_request_error",
                "code": "payload_too_large",
                "message": "The request body is larger than 65536 bytes.",
                "request_id": "req_3kTn8QpL2vXz9WcB"
              }
            }
          }
        }
      },
      "UnsupportedMediaType": {
        "description": "The body is not `application/json`. Code: `unsupported_media_type`.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/X-Request-Id"
          },
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          },
          "RateLimit-Policy": {
            "$ref": "#/components/headers/RateLimit-Policy"
          },
          "RateLimit": {
            "$ref": "#/components/headers/RateLimit"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/UnsupportedMediaTypeError"
            },
            "example": {
              "error": {
                "type": "invalid_request_error",
                "code": "unsupported_media_type",
                "message": "Send the body as application/json.",
                "request_id": "req_3kTn8QpL2vXz9WcB"
              }
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "The key is over a rate limit. Code: `rate_limited`. Wait `Retry-After` seconds.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/X-Request-Id"
          },
          "Retry-After": {
            "$ref": "#/components/headers/Retry-After"
          },
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          },
          "RateLimit-Policy": {
            "$ref": "#/components/headers/RateLimit-Policy"
          },
          "RateLimit": {
            "$ref": "#/components/headers/RateLimit"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/RateLimitedError"
            },
            "example": {
              "error": {
                "type": "rate_limit_error",
                "code": "rate_limited",
                "message": "Rate limit of 100 requests per minute exceeded. Retry after 30 seconds.",
                "request_id": "req_3kTn8QpL2vXz9WcB",
                "details": {
                  "window": "minute",
                  "limit": 100,
                  "retry_after": 30
                }
              }
            }
          }
        }
      },
      "InternalError": {
        "description": "Something went wrong on Keysmith's side. Code: `internal_error`. Safe to retry.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/X-Request-Id"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/InternalServerError"
            },
            "example": {
              "error": {
                "type": "api_error",
                "code": "internal_error",
                "message": "An internal error occurred. Retry the request.",
                "request_id": "req_3kTn8QpL2vXz9WcB"
              }
            }
          }
        }
      },
      "ServiceUnavailable": {
        "description": "Keysmith is briefly unavailable. Code: `service_unavailable`. Retry after `Retry-After` seconds when sent.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/X-Request-Id"
          },
          "Retry-After": {
            "$ref": "#/components/headers/Retry-After-Optional"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ServiceUnavailableError"
            },
            "example": {
              "error": {
                "type": "api_error",
                "code": "service_unavailable",
                "message": "The service is temporarily unavailable. Retry shortly.",
                "request_id": "req_3kTn8QpL2vXz9WcB"
              }
            }
          }
        }
      }
    },
    "schemas": {
      "Environment": {
        "type": "string",
        "description": "Where a key works: each environment has its own base URL and secret prefix.",
        "enum": [
          "production",
          "staging",
          "development"
        ],
        "example": "production"
      },
      "KeyStatus": {
        "type": "string",
        "description": "`active` keys work; `inactive` keys are disabled and can be re-enabled; `expired` keys passed\ntheir `expires_at`; `revoked` keys are dead for good.\n",
        "enum": [
          "active",
          "inactive",
          "expired",
          "revoked"
        ],
        "example": "active"
      },
      "KeyId": {
        "type": "string",
        "description": "A key's id, stable across regenerations.",
        "pattern": "^key_[0-9A-Za-z]{16}$",
        "example": "key_7Hq2ZbN4xTmW9cLp"
      },
      "Scope": {
        "type": "string",
        "description": "A permission, `resource:action` (`keys:read`, `keys:write`, `keys:delete`,\n`rate_limit:read`, or a product scope such as `tasks:read`). `resource:*` grants every action\non a resource; `admin:*` grants everything.\n",
        "pattern": "^[a-z][a-z0-9_]{0,31}:([a-z][a-z0-9_]{0,31}|\\*)$",
        "example": "keys:read",
        "x-keysmith-known-scopes": [
          "keys:read",
          "keys:write",
          "keys:delete",
          "keys:*",
          "rate_limit:read",
          "admin:*"
        ]
      },
      "Timestamp": {
        "type": "string",
        "format": "date-time",
        "description": "An RFC 3339 date-time, from 1970-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z in UTC; one\noutside that range is a `400 validation_error` naming its field (past year 9999 a timestamp\nneeds a five-digit year, which RFC 3339 cannot write). Responses give timestamps in UTC to the\nmillisecond (`2026-11-01T12:00:00.000Z`). Requests may use any offset (`+02:00`), lower-case\n`t` and `z`, a leap second (`23:59:60` in UTC, read as the first moment of the next minute)\nand any number of fraction digits (read to the millisecond; further digits are dropped).\n",
        "example": "2026-11-01T12:00:00.000Z"
      },
      "RateLimitConfig": {
        "type": "object",
        "description": "A key's request quotas. Both default to the plan's (free plan 100 per minute, 1,000 per hour).",
        "additionalProperties": false,
        "required": [
          "per_minute",
          "per_hour"
        ],
        "properties": {
          "per_minute": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000000,
            "description": "Requests allowed per minute.",
            "example": 100
          },
          "per_hour": {
            "type": "integer",
            "minimum": 1,
            "maximum": 100000000,
            "description": "Requests allowed per hour.",
            "example": 1000
          }
        }
      },
      "RateLimitConfigInput": {
        "type": "object",
        "description": "A key's request quotas; a quota left out takes the plan's default.",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "per_minute": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000000,
            "description": "Requests allowed per minute.",
            "example": 60
          },
          "per_hour": {
            "type": "integer",
            "minimum": 1,
            "maximum": 100000000,
            "description": "Requests allowed per hour.",
            "example": 1000
          }
        }
      },
      "Metadata": {
        "type": "object",
        "description": "Up to 20 string values of your own, kept with the key.",
        "maxProperties": 20,
        "propertyNames": {
          "maxLength": 40,
          "minLength": 1
        },
        "additionalProperties": {
          "type": "string",
          "maxLength": 500
        },
        "example": {
          "team": "platform"
        }
      },
      "Usage": {
        "type": "object",
        "description": "How much the key was used, counted on UTC day and month boundaries.",
        "additionalProperties": false,
        "required": [
          "requests_today",
          "requests_this_month"
        ],
        "properties": {
          "requests_today": {
            "type": "integer",
            "minimum": 0,
            "description": "Requests made today (UTC).",
            "example": 42
          },
          "requests_this_month": {
            "type": "integer",
            "minimum": 0,
            "description": "Requests made this month (UTC).",
            "example": 1337
          }
        }
      },
      "ApiKey": {
        "type": "object",
        "description": "An API key. Never carries the secret.",
        "additionalProperties": false,
        "required": [
          "object",
          "id",
          "name",
          "description",
          "environment",
          "status",
          "prefix",
          "masked_key",
          "permissions",
          "rate_limit",
          "expires_at",
          "created_at",
          "updated_at",
          "last_used_at",
          "revoked_at",
          "previous_secret_expires_at",
          "usage",
          "metadata",
          "created_by"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "api_key",
            "description": "The kind of object.",
            "example": "api_key"
          },
          "id": {
            "$ref": "#/components/schemas/KeyId"
          },
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100,
            "description": "A name for people.",
            "example": "CI pipeline"
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 500,
            "description": "What the key is for.",
            "example": "Read-only key used by the nightly build"
          },
          "environment": {
            "$ref": "#/components/schemas/Environment"
          },
          "status": {
            "$ref": "#/components/schemas/KeyStatus"
          },
          "prefix": {
            "type": "string",
            "enum": [
              "ks_prod_",
              "ks_stage_",
              "ks_dev_"
            ],
            "description": "The secret's prefix.",
            "example": "ks_prod_"
          },
          "masked_key": {
            "type": "string",
            "description": "The prefix and the secret's last four characters, for recognising a key.",
            "pattern": "^ks_(prod|stage|dev)_••••[0-9A-Za-z]{4}$",
            "example": "ks_prod_••••a1b2"
          },
          "permissions": {
            "type": "array",
            "description": "The scopes the key holds.",
            "maxItems": 50,
            "uniqueItems": true,
            "items": {
              "$ref": "#/components/schemas/Scope"
            },
            "example": [
              "keys:read"
            ]
          },
          "rate_limit": {
            "$ref": "#/components/schemas/RateLimitConfig"
          },
          "expires_at": {
            "description": "When the key stops working, or `null` for never.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/Timestamp"
              },
              {
                "type": "null"
              }
            ]
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp",
            "description": "When the key was created."
          },
          "updated_at": {
            "$ref": "#/components/schemas/Timestamp",
            "description": "When the key last changed."
          },
          "last_used_at": {
            "description": "When the key last made an authenticated request, or `null`.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/Timestamp"
              },
              {
                "type": "null"
              }
            ]
          },
          "revoked_at": {
            "description": "When the key was revoked, or `null`.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/Timestamp"
              },
              {
                "type": "null"
              }
            ]
          },
          "previous_secret_expires_at": {
            "description": "After a regeneration with a grace period, when the previous secret stops working; otherwise `null`.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/Timestamp"
              },
              {
                "type": "null"
              }
            ]
          },
          "usage": {
            "$ref": "#/components/schemas/Usage"
          },
          "metadata": {
            "$ref": "#/components/schemas/Metadata"
          },
          "created_by": {
            "description": "The id of the key that created this one, or `null` for a seeded key.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/KeyId"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "ApiKeyWithSecret": {
        "type": "object",
        "description": "An API key with its full secret, returned only by create and regenerate.",
        "additionalProperties": false,
        "required": [
          "object",
          "id",
          "name",
          "description",
          "environment",
          "status",
          "prefix",
          "masked_key",
          "permissions",
          "rate_limit",
          "expires_at",
          "created_at",
          "updated_at",
          "last_used_at",
          "revoked_at",
          "previous_secret_expires_at",
          "usage",
          "metadata",
          "created_by",
          "secret"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "api_key",
            "description": "The kind of object.",
            "example": "api_key"
          },
          "id": {
            "$ref": "#/components/schemas/KeyId"
          },
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100,
            "description": "A name for people.",
            "example": "CI pipeline"
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 500,
            "description": "What the key is for.",
            "example": "Read-only key used by the nightly build"
          },
          "environment": {
            "$ref": "#/components/schemas/Environment"
          },
          "status": {
            "$ref": "#/components/schemas/KeyStatus"
          },
          "prefix": {
            "type": "string",
            "enum": [
              "ks_prod_",
              "ks_stage_",
              "ks_dev_"
            ],
            "description": "The secret's prefix.",
            "example": "ks_prod_"
          },
          "masked_key": {
            "type": "string",
            "description": "The prefix and the secret's last four characters, for recognising a key.",
            "pattern": "^ks_(prod|stage|dev)_••••[0-9A-Za-z]{4}$",
            "example": "ks_prod_••••a1b2"
          },
          "permissions": {
            "type": "array",
            "description": "The scopes the key holds.",
            "maxItems": 50,
            "uniqueItems": true,
            "items": {
              "$ref": "#/components/schemas/Scope"
            },
            "example": [
              "keys:read"
            ]
          },
          "rate_limit": {
            "$ref": "#/components/schemas/RateLimitConfig"
          },
          "expires_at": {
            "description": "When the key stops working, or `null` for never.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/Timestamp"
              },
              {
                "type": "null"
              }
            ]
          },
          "created_at": {
            "$ref": "#/components/schemas/Timestamp",
            "description": "When the key was created."
          },
          "updated_at": {
            "$ref": "#/components/schemas/Timestamp",
            "description": "When the key last changed."
          },
          "last_used_at": {
            "description": "When the key last made an authenticated request, or `null`.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/Timestamp"
              },
              {
                "type": "null"
              }
            ]
          },
          "revoked_at": {
            "description": "When the key was revoked, or `null`.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/Timestamp"
              },
              {
                "type": "null"
              }
            ]
          },
          "previous_secret_expires_at": {
            "description": "After a regeneration with a grace period, when the previous secret stops working; otherwise `null`.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/Timestamp"
              },
              {
                "type": "null"
              }
            ]
          },
          "usage": {
            "$ref": "#/components/schemas/Usage"
          },
          "metadata": {
            "$ref": "#/components/schemas/Metadata"
          },
          "created_by": {
            "description": "The id of the key that created this one, or `null` for a seeded key.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/KeyId"
              },
              {
                "type": "null"
              }
            ]
          },
          "secret": {
            "type": "string",
            "description": "The full secret. Store it now; it is never shown again.",
            "pattern": "^ks_(prod|stage|dev)_[0-9A-Za-z]{38}$",
            "example": "ks_prod_4eC39HqLyjWDarjtT1zdp7dcXk2Lm9Pq3lxK9R"
          }
        }
      },
      "ApiKeyList": {
        "type": "object",
        "description": "One page of keys.",
        "additionalProperties": false,
        "required": [
          "object",
          "data",
          "has_more",
          "next_cursor"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "list",
            "example": "list"
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ApiKey"
            }
          },
          "has_more": {
            "type": "boolean",
            "description": "Whether another page follows.",
            "example": false
          },
          "next_cursor": {
            "description": "Pass as `starting_after` for the next page; `null` on the last page.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/KeyId"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "DeletedApiKey": {
        "type": "object",
        "description": "The confirmation of a deletion.",
        "additionalProperties": false,
        "required": [
          "object",
          "id",
          "deleted"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "api_key",
            "example": "api_key"
          },
          "id": {
            "$ref": "#/components/schemas/KeyId"
          },
          "deleted": {
            "type": "boolean",
            "const": true,
            "example": true
          }
        }
      },
      "CreateApiKeyRequest": {
        "type": "object",
        "description": "A new key.",
        "additionalProperties": false,
        "required": [
          "name",
          "permissions"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100,
            "description": "A name for people.",
            "example": "CI pipeline"
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 500,
            "description": "What the key is for.",
            "example": "Read-only key used by the nightly build"
          },
          "permissions": {
            "type": "array",
            "description": "The scopes to grant; each must be held by the calling key.",
            "maxItems": 50,
            "items": {
              "$ref": "#/components/schemas/Scope"
            },
            "example": [
              "keys:read"
            ]
          },
          "environment": {
            "$ref": "#/components/schemas/Environment"
          },
          "rate_limit": {
            "$ref": "#/components/schemas/RateLimitConfigInput"
          },
          "expires_at": {
            "description": "When the key stops working (in the future, by 9999-12-31T23:59:59.999Z), or `null` for never.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/Timestamp"
              },
              {
                "type": "null"
              }
            ]
          },
          "metadata": {
            "$ref": "#/components/schemas/Metadata"
          }
        }
      },
      "UpdateApiKeyRequest": {
        "type": "object",
        "description": "The fields to change; the others stay.",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100,
            "description": "A name for people.",
            "example": "CI pipeline"
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 500,
            "description": "What the key is for.",
            "example": "Read-only key used by the nightly build"
          },
          "permissions": {
            "type": "array",
            "description": "The new scopes, replacing the old; each must be held by the calling key.",
            "maxItems": 50,
            "items": {
              "$ref": "#/components/schemas/Scope"
            },
            "example": [
              "keys:read"
            ]
          },
          "status": {
            "type": "string",
            "description": "Disable (`inactive`) or re-enable (`active`) the key.",
            "enum": [
              "active",
              "inactive"
            ],
            "example": "inactive"
          },
          "rate_limit": {
            "$ref": "#/components/schemas/RateLimitConfigInput"
          },
          "expires_at": {
            "description": "When the key stops working (in the future, by 9999-12-31T23:59:59.999Z), or `null` for never.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/Timestamp"
              },
              {
                "type": "null"
              }
            ]
          },
          "metadata": {
            "$ref": "#/components/schemas/Metadata"
          }
        }
      },
      "RegenerateApiKeyRequest": {
        "type": "object",
        "description": "How to retire the old secret.",
        "additionalProperties": false,
        "properties": {
          "grace_period_seconds": {
            "type": "integer",
            "minimum": 0,
            "maximum": 604800,
            "default": 0,
            "description": "How long the old secret keeps working (at most 7 days, and never past the key's expiry).",
            "example": 3600
          }
        }
      },
      "RateLimitWindow": {
        "type": "object",
        "description": "One rate-limit window of the calling key.",
        "additionalProperties": false,
        "required": [
          "window",
          "limit",
          "remaining",
          "reset"
        ],
        "properties": {
          "window": {
            "type": "string",
            "enum": [
              "minute",
              "hour"
            ],
            "example": "minute"
          },
          "limit": {
            "type": "integer",
            "minimum": 1,
            "example": 100
          },
          "remaining": {
            "type": "integer",
            "minimum": 0,
            "example": 99
          },
          "reset": {
            "type": "integer",
            "minimum": 0,
            "description": "Epoch seconds.",
            "example": 1795430460
          }
        }
      },
      "RateLimitStatus": {
        "type": "object",
        "description": "The calling key's rate limit; the top-level fields describe its tightest window.",
        "additionalProperties": false,
        "required": [
          "object",
          "limit",
          "remaining",
          "reset",
          "reset_at",
          "windows"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "rate_limit",
            "example": "rate_limit"
          },
          "limit": {
            "type": "integer",
            "minimum": 1,
            "description": "The tightest window's quota.",
            "example": 100
          },
          "remaining": {
            "type": "integer",
            "minimum": 0,
            "description": "Requests left in the tightest window.",
            "example": 99
          },
          "reset": {
            "type": "integer",
            "minimum": 0,
            "description": "When the tightest window resets (epoch seconds).",
            "example": 1795430460
          },
          "reset_at": {
            "$ref": "#/components/schemas/Timestamp",
            "description": "When the tightest window resets."
          },
          "windows": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/RateLimitWindow"
            }
          }
        }
      },
      "Owner": {
        "type": "object",
        "description": "The account that owns the key.",
        "additionalProperties": false,
        "required": [
          "id",
          "name"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^acct_[0-9A-Za-z]+$",
            "example": "acct_1Nv0FGQ9RKHgCVdK"
          },
          "name": {
            "type": "string",
            "example": "Acme Inc."
          }
        }
      },
      "Identity": {
        "type": "object",
        "description": "The calling key.",
        "additionalProperties": false,
        "required": [
          "object",
          "id",
          "name",
          "environment",
          "permissions",
          "masked_key",
          "owner"
        ],
        "properties": {
          "object": {
            "type": "string",
            "const": "identity",
            "example": "identity"
          },
          "id": {
            "$ref": "#/components/schemas/KeyId"
          },
          "name": {
            "type": "string",
            "example": "Admin"
          },
          "environment": {
            "$ref": "#/components/schemas/Environment"
          },
          "permissions": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Scope"
            },
            "example": [
              "admin:*"
            ]
          },
          "masked_key": {
            "type": "string",
            "example": "ks_prod_••••a1b2"
          },
          "owner": {
            "$ref": "#/components/schemas/Owner"
          }
        }
      },
      "ErrorType": {
        "type": "string",
        "description": "The family of an error.",
        "enum": [
          "invalid_request_error",
          "authentication_error",
          "permission_error",
          "not_found_error",
          "conflict_error",
          "rate_limit_error",
          "api_error"
        ],
        "example": "invalid_request_error"
      },
      "ErrorCode": {
        "type": "string",
        "description": "What went wrong, precisely. Stable: safe to branch on.",
        "enum": [
          "invalid_request",
          "validation_error",
          "unsupported_version",
          "payload_too_large",
          "unsupported_media_type",
          "missing_api_key",
          "malformed_api_key",
          "invalid_api_key",
          "revoked_api_key",
          "inactive_api_key",
          "expired_api_key",
          "environment_mismatch",
          "insufficient_scope",
          "scope_escalation",
          "environment_forbidden",
          "not_found",
          "idempotency_conflict",
          "key_revoked",
          "rate_limited",
          "internal_error",
          "service_unavailable"
        ],
        "example": "validation_error"
      },
      "ErrorDetail": {
        "type": "object",
        "description": "What went wrong. New fields may be added; clients must ignore fields they do not know.",
        "required": [
          "type",
          "code",
          "message",
          "request_id"
        ],
        "properties": {
          "type": {
            "$ref": "#/components/schemas/ErrorType"
          },
          "code": {
            "$ref": "#/components/schemas/ErrorCode"
          },
          "message": {
            "type": "string",
            "description": "A sentence for people; never contains a secret.",
            "example": "name must be a string of 1 to 100 characters."
          },
          "param": {
            "type": "string",
            "description": "The request field at fault, when there is one.",
            "example": "name"
          },
          "request_id": {
            "type": "string",
            "description": "The request's id (as in `X-Request-Id`).",
            "example": "req_3kTn8QpL2vXz9WcB"
          },
          "details": {
            "type": "object",
            "description": "Machine-readable specifics (the scope needed, the window hit).",
            "additionalProperties": true,
            "example": {
              "required_scope": "keys:write"
            }
          }
        }
      },
      "BadRequestError": {
        "type": "object",
        "description": "A 400 error.",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "allOf": [
              {
                "$ref": "#/components/schemas/ErrorDetail"
              },
              {
                "type": "object",
                "properties": {
                  "type": {
                    "type": "string",
                    "const": "invalid_request_error"
                  },
                  "code": {
                    "type": "string",
                    "enum": [
                      "invalid_request",
                      "validation_error",
                      "unsupported_version"
                    ]
                  }
                }
              }
            ]
          }
        }
      },
      "UnauthorizedError": {
        "type": "object",
        "description": "A 401 error.",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "allOf": [
              {
                "$ref": "#/components/schemas/ErrorDetail"
              },
              {
                "type": "object",
                "properties": {
                  "type": {
                    "type": "string",
                    "const": "authentication_error"
                  },
                  "code": {
                    "type": "string",
                    "enum": [
                      "missing_api_key",
                      "malformed_api_key",
                      "invalid_api_key",
                      "revoked_api_key",
                      "inactive_api_key",
                      "expired_api_key",
                      "environment_mismatch"
                    ]
                  }
                }
              }
            ]
          }
        }
      },
      "InsufficientScopeError": {
        "type": "object",
        "description": "A 403 error for a missing scope.",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "allOf": [
              {
                "$ref": "#/components/schemas/ErrorDetail"
              },
              {
                "type": "object",
                "properties": {
                  "type": {
                    "type": "string",
                    "const": "permission_error"
                  },
                  "code": {
                    "type": "string",
                    "enum": [
                      "insufficient_scope"
                    ]
                  }
                }
              }
            ]
          }
        }
      },
      "ForbiddenWriteError": {
        "type": "object",
        "description": "A 403 error on a write.",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "allOf": [
              {
                "$ref": "#/components/schemas/ErrorDetail"
              },
              {
                "type": "object",
                "properties": {
                  "type": {
                    "type": "string",
                    "const": "permission_error"
                  },
                  "code": {
                    "type": "string",
                    "enum": [
                      "insufficient_scope",
                      "scope_escalation",
                      "environment_forbidden"
                    ]
                  }
                }
              }
            ]
          }
        }
      },
      "NotFoundError": {
        "type": "object",
        "description": "A 404 error.",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "allOf": [
              {
                "$ref": "#/components/schemas/ErrorDetail"
              },
              {
                "type": "object",
                "properties": {
                  "type": {
                    "type": "string",
                    "const": "not_found_error"
                  },
                  "code": {
                    "type": "string",
                    "enum": [
                      "not_found"
                    ]
                  }
                }
              }
            ]
          }
        }
      },
      "IdempotencyConflictError": {
        "type": "object",
        "description": "A 409 error for a reused idempotency key.",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "allOf": [
              {
                "$ref": "#/components/schemas/ErrorDetail"
              },
              {
                "type": "object",
                "properties": {
                  "type": {
                    "type": "string",
                    "const": "conflict_error"
                  },
                  "code": {
                    "type": "string",
                    "enum": [
                      "idempotency_conflict"
                    ]
                  }
                }
              }
            ]
          }
        }
      },
      "KeyStateConflictError": {
        "type": "object",
        "description": "A 409 error for a change to a revoked key.",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "allOf": [
              {
                "$ref": "#/components/schemas/ErrorDetail"
              },
              {
                "type": "object",
                "properties": {
                  "type": {
                    "type": "string",
                    "const": "conflict_error"
                  },
                  "code": {
                    "type": "string",
                    "enum": [
                      "key_revoked"
                    ]
                  }
                }
              }
            ]
          }
        }
      },
      "ConflictError": {
        "type": "object",
        "description": "A 409 error.",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "allOf": [
              {
                "$ref": "#/components/schemas/ErrorDetail"
              },
              {
                "type": "object",
                "properties": {
                  "type": {
                    "type": "string",
                    "const": "conflict_error"
                  },
                  "code": {
                    "type": "string",
                    "enum": [
                      "key_revoked",
                      "idempotency_conflict"
                    ]
                  }
                }
              }
            ]
          }
        }
      },
      "PayloadTooLargeError": {
        "type": "object",
        "description": "A 413 error.",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "allOf": [
              {
                "$ref": "#/components/schemas/ErrorDetail"
              },
              {
                "type": "object",
                "properties": {
                  "type": {
                    "type": "string",
                    "const": "invalid_request_error"
                  },
                  "code": {
                    "type": "string",
                    "enum": [
                      "payload_too_large"
                    ]
                  }
                }
              }
            ]
          }
        }
      },
      "UnsupportedMediaTypeError": {
        "type": "object",
        "description": "A 415 error.",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "allOf": [
              {
                "$ref": "#/components/schemas/ErrorDetail"
              },
              {
                "type": "object",
                "properties": {
                  "type": {
                    "type": "string",
                    "const": "invalid_request_error"
                  },
                  "code": {
                    "type": "string",
                    "enum": [
                      "unsupported_media_type"
                    ]
                  }
                }
              }
            ]
          }
        }
      },
      "RateLimitedError": {
        "type": "object",
        "description": "A 429 error.",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "allOf": [
              {
                "$ref": "#/components/schemas/ErrorDetail"
              },
              {
                "type": "object",
                "properties": {
                  "type": {
                    "type": "string",
                    "const": "rate_limit_error"
                  },
                  "code": {
                    "type": "string",
                    "enum": [
                      "rate_limited"
                    ]
                  }
                }
              }
            ]
          }
        }
      },
      "InternalServerError": {
        "type": "object",
        "description": "A 500 error.",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "allOf": [
              {
                "$ref": "#/components/schemas/ErrorDetail"
              },
              {
                "type": "object",
                "properties": {
                  "type": {
                    "type": "string",
                    "const": "api_error"
                  },
                  "code": {
                    "type": "string",
                    "enum": [
                      "internal_error"
                    ]
                  }
                }
              }
            ]
          }
        }
      },
      "ServiceUnavailableError": {
        "type": "object",
        "description": "A 503 error.",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "allOf": [
              {
                "$ref": "#/components/schemas/ErrorDetail"
              },
              {
                "type": "object",
                "properties": {
                  "type": {
                    "type": "string",
                    "const": "api_error"
                  },
                  "code": {
                    "type": "string",
                    "enum": [
                      "service_unavailable"
                    ]
                  }
                }
              }
            ]
          }
        }
      }
    }
  }
} as const;
