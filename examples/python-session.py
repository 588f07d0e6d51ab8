#!/usr/bin/env python3
"""A Python test session against keysmith-mock: start it, use the API, read its request log, stop it.

Standard library only (subprocess, urllib, json). In a project that installed keysmith:

    python3 python-session.py                     # runs: node node_modules/keysmith/dist/cli.js
    python3 python-session.py node path/to/cli.js # any command that starts keysmith-mock

The mock is started as a direct `node` child on a free port (--port 0); its address and admin key are
read from what it prints. It is stopped with terminate() (SIGTERM), which a direct child receives;
through `npx` or a shell the signal would stop only the wrapper. Secrets are never printed.
"""

import json
import os
import re
import select
import subprocess
import sys
import time
import urllib.error
import urllib.request

START_LIMIT_S = 30
STOP_LIMIT_S = 10


def start_mock(command):
    """Starts keysmith-mock on a free port; returns the process, its origin (the controls live under
    /__mock/ there), the production base URL and the production admin key."""
    proc = subprocess.Popen(command + ["--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    printed = ""
    deadline = time.monotonic() + START_LIMIT_S
    # The banner ends with this line; until then, read what it prints, never past the deadline.
    while "Press Ctrl+C to stop." not in printed:
        left = deadline - time.monotonic()
        if left <= 0 or proc.poll() is not None:
            proc.kill()
            raise RuntimeError(f"keysmith-mock did not start:\n{printed}{proc.stderr.read().decode()}")
        # Raw reads of the pipe: a buffered readline() could hold lines that select() no longer sees.
        ready, _, _ = select.select([proc.stdout], [], [], left)
        if ready:
            printed += os.read(proc.stdout.fileno(), 65536).decode()
    # Each base URL and key is on a line of its own: "  production   <value>", under its heading.
    origin = re.search(r"listening on (\S+)", printed).group(1)
    base_url = re.search(r"Base URLs:\n  production\s+(\S+)", printed).group(1)
    admin_key = re.search(r"Admin keys \(admin:\*\):\n  production\s+(\S+)", printed).group(1)
    return proc, origin, base_url, admin_key


def stop_mock(proc):
    """Stops keysmith-mock with SIGTERM (it exits 0); kills it if it has not gone within the limit."""
    proc.terminate()
    try:
        return proc.wait(timeout=STOP_LIMIT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise


def call(method, url, key=None, body=None):
    """One request; returns (status, parsed JSON body). Errors are answers here, not exceptions."""
    headers = {"Content-Type": "application/json"}
    if key is not None:
        headers["Authorization"] = f"Bearer {key}"
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")


def expect(status, wanted, what):
    print(f"{what} -> {status}")
    if status != wanted:
        raise AssertionError(f"{what}: expected {wanted}, got {status}")


def session(origin, base_url, admin_key):
    """Creates keys, lists them page by page, revokes one, and checks the mock's request log."""
    status, _ = call("POST", f"{origin}/__mock/reset")
    expect(status, 200, "reset the mock")

    created = []
    for n in range(5):
        status, key = call("POST", f"{base_url}/v1/api-keys", admin_key, {"name": f"py-{n}", "permissions": ["keys:read"]})
        expect(status, 201, f"create py-{n}")
        created.append(key)

    # Pagination: two production keys a page (listings span the account's environments unless
    # filtered), each next page asked for with the last page's next_cursor.
    listed, pages, cursor = [], 0, None
    while pages < 10:
        query = "environment=production&limit=2" + (f"&starting_after={cursor}" if cursor else "")
        status, page = call("GET", f"{base_url}/v1/api-keys?{query}", admin_key)
        expect(status, 200, f"list page {pages + 1}")
        listed += [key["id"] for key in page["data"]]
        pages += 1
        if not page["has_more"]:
            break
        cursor = page["next_cursor"]
    # The five created, and the seeded production admin key.
    assert len(listed) == 6 and len(set(listed)) == 6, listed
    assert {key["id"] for key in created} <= set(listed)

    revoked = created[0]
    status, _ = call("POST", f"{base_url}/v1/api-keys/{revoked['id']}/revoke", admin_key)
    expect(status, 200, "revoke py-0")
    status, error = call("GET", f"{base_url}/v1/me", revoked["secret"])
    expect(status, 401, "py-0 after its revocation")
    assert error["error"]["code"] == "revoked_api_key", error

    status, log = call("GET", f"{origin}/__mock/requests")
    expect(status, 200, "request log")
    seen = [f"{entry['operation']} {entry['status']}" for entry in log["data"]]
    assert seen == ["createApiKey 201"] * 5 + ["listApiKeys 200"] * pages + ["revokeApiKey 200", "getMe 401"], seen
    assert revoked["secret"] not in json.dumps(log), "the request log never holds a secret"
    return pages


def main():
    command = sys.argv[1:] or ["node", "node_modules/keysmith/dist/cli.js"]
    proc, origin, base_url, admin_key = start_mock(command)
    try:
        pages = session(origin, base_url, admin_key)
    finally:
        code = stop_mock(proc)
    print(f"keysmith-mock stopped with exit code {code}")
    assert code == 0, code
    print(f"python session OK: 5 keys created, 6 listed in {pages} pages, 1 revoked")


if __name__ == "__main__":
    main()
