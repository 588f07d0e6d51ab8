/**
 * Whether a peer address is this machine, the one condition under which the `/__mock/` controls
 * answer: anyone who can reach a server bound to a public interface must not be able to reset it
 * or read its request log.
 */
import { isIP } from 'node:net';

const IPV4_LOOPBACK = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/**
 * True for 127.0.0.0/8, `::1`, and IPv4 loopback mapped into IPv6 (`::ffff:127.x.x.x`).
 * Node reports peers in canonical form (as `inet_ntop` writes them), so `::1` has one spelling.
 */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined) return false;
  if (address === '::1') return true;
  const ipv4 = address.toLowerCase().startsWith('::ffff:') ? address.slice(7) : address;
  return IPV4_LOOPBACK.test(ipv4) && isIP(ipv4) === 4;
}

/** The host part of a `Host` header or an origin, lower-cased; `undefined` when it does not parse. */
function hostnameOf(authorityOrOrigin: string): string | undefined {
  try {
    return new URL(authorityOrOrigin.includes('://') ? authorityOrOrigin : `http://${authorityOrOrigin}`).hostname;
  } catch {
    return undefined;
  }
}

/**
 * True when a host name can only mean this machine: `localhost` (and `*.localhost`), 127.0.0.0/8,
 * or `[::1]`.
 */
export function isLoopbackHostname(hostname: string | undefined): boolean {
  if (hostname === undefined) return false;
  return (
    hostname === 'localhost' || hostname.endsWith('.localhost') || hostname === '[::1]' || isLoopbackAddress(hostname)
  );
}

/**
 * Whether a request to the `/__mock/` controls comes from this machine *and* was meant for it:
 * a loopback peer, a `Host` that names this machine, and no `Origin` of another site. The last two
 * stop a web page from reaching the controls through the user's browser — by DNS rebinding (its
 * own name resolving to 127.0.0.1, which leaves its name in `Host`) or by a cross-site form post.
 */
export function isLocalRequest(
  peer: string | undefined,
  host: string | undefined,
  origin: string | undefined,
): boolean {
  if (!isLoopbackAddress(peer) || host === undefined || !isLoopbackHostname(hostnameOf(host))) return false;
  return origin === undefined || isLoopbackHostname(hostnameOf(origin));
}
