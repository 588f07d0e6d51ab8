#!/usr/bin/env bash
# A curl session against keysmith-mock: what a test in any language does over HTTP.
#
#   npx keysmith-mock --port 4010          # in another terminal
#   bash examples/curl-session.sh          # or KEYSMITH_URL=http://127.0.0.1:PORT bash examples/curl-session.sh
#
# Needs curl and sed only. Every step checks the status it expects and the script stops at the
# first surprise. Secrets are never printed: only their masked labels.
set -euo pipefail

URL="${KEYSMITH_URL:-http://127.0.0.1:4010}"
JSON='Content-Type: application/json'
BODY="$(mktemp)"
STATE="$(mktemp)"
trap 'rm -f "$BODY" "$STATE"' EXIT

# call EXPECTED_STATUS METHOD PATH [CURL ARGS...]: prints the status and keeps the body in $BODY.
call() {
  local expected="$1" method="$2" path="$3"
  shift 3
  local status
  status="$(curl -sS -o "$BODY" -w '%{http_code}' -X "$method" "$URL$path" "$@")"
  echo "$method $path -> $status"
  if [ "$status" != "$expected" ]; then
    echo "expected $expected; the body was:" >&2
    cat "$BODY" >&2
    exit 1
  fi
}

# field NAME: the first string value of NAME in the last body (enough for these small answers).
field() {
  grep -o "\"$1\":\"[^\"]*\"" "$BODY" | head -n 1 | sed 's/^"[^"]*":"\(.*\)"$/\1/'
}

# 1. The admin keys: printed at start, and served by the loopback-only controls.
call 200 GET /__mock/keys
ADMIN="$(sed -n 's/.*"production":"\(ks_prod_[0-9A-Za-z]*\)".*/\1/p' "$BODY")"
AUTH="Authorization: Bearer $ADMIN"
call 200 POST /__mock/reset

# 2. Freeze the clock at a known moment, then: who am I, and a key that expires a day later.
call 200 POST /__mock/clock -H "$JSON" -d '{"set":"2030-01-01T09:00:00Z"}'
echo "  the mock's clock says $(field now)"
call 200 GET /v1/me -H "$AUTH"
echo "  calling as $(field name), $(field masked_key)"
call 201 POST /v1/api-keys -H "$AUTH" -H "$JSON" -H 'Idempotency-Key: curl-session-1' \
  -d '{"name":"curl","permissions":["keys:read"],"expires_at":"2030-01-02T09:00:00Z"}'
KEY_ID="$(field id)"
SECRET="$(field secret)"
echo "  created $KEY_ID ($(field masked_key))"
call 200 PATCH "/v1/api-keys/$KEY_ID" -H "$AUTH" -H "$JSON" -d '{"description":"made by curl-session.sh"}'

# 3. Use it, then a scope it lacks: 403 naming the scope.
call 200 GET '/v1/api-keys?limit=2' -H "Authorization: Bearer $SECRET"
call 403 POST /v1/api-keys -H "Authorization: Bearer $SECRET" -H "$JSON" -d '{"name":"x","permissions":[]}'
echo "  $(field code): needs $(sed -n 's/.*"required_scope":"\([^"]*\)".*/\1/p' "$BODY")"

# 4. Faults: the next request gets a 503 with Retry-After, the one after is normal again.
call 200 POST /__mock/faults -H "$JSON" -d '{"fault":{"status":503,"headers":{"Retry-After":"1"}},"count":1}'
call 503 GET /v1/me -H "$AUTH"
call 200 GET /v1/me -H "$AUTH"

# 5. The clock: a day later the key has expired.
call 200 POST /__mock/clock -H "$JSON" -d '{"advance_ms":86400000}'
call 401 GET /v1/me -H "Authorization: Bearer $SECRET"
echo "  $(field code)"

# 6. Revoke and delete; then the request log shows what happened, without a secret in sight.
call 200 POST "/v1/api-keys/$KEY_ID/revoke" -H "$AUTH"
call 200 DELETE "/v1/api-keys/$KEY_ID" -H "$AUTH"
call 404 GET "/v1/api-keys/$KEY_ID" -H "$AUTH"
call 200 GET /__mock/requests
echo "  the log holds $(grep -o '"requestId"' "$BODY" | wc -l | tr -d ' ') requests"
if grep -q "$SECRET" "$BODY" || grep -q "$ADMIN" "$BODY"; then
  echo "the request log holds a secret" >&2
  exit 1
fi

# 7. A targeted fault: only creates fail while reads go on; the log answers a query.
call 200 POST /__mock/faults -H "$JSON" -d '{"fault":{"status":503},"operation":"createApiKey"}'
call 200 GET '/v1/api-keys?limit=1' -H "$AUTH"
call 503 POST /v1/api-keys -H "$AUTH" -H "$JSON" -d '{"name":"unlucky","permissions":[]}'
call 200 GET '/__mock/requests?operation=createApiKey&status=503'
echo "  creates answered 503: $(grep -o '"requestId"' "$BODY" | wc -l | tr -d ' ')"

# 8. The state: saved, changed, put back — a key made after the save is unknown again.
call 200 GET /__mock/state
cp "$BODY" "$STATE"
call 201 POST /v1/api-keys -H "$AUTH" -H "$JSON" -d '{"name":"temporary","permissions":[]}'
TEMPORARY="$(field secret)"
call 200 PUT /__mock/state -H "$JSON" --data-binary "@$STATE"
call 401 GET /v1/me -H "Authorization: Bearer $TEMPORARY"
echo "  after the restore, the temporary key: $(field code)"
echo "curl session OK"
