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
 *
 * @example
 * ```ts
 * isLoopbackAddress(req.socket.remoteAddress); // true for a local client
 * isLoopbackAddress('192.168.1.20'); // false
 * ```
 */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined) return false;
  if (address === '::1') return true;
  const ipv4 = address.toLowerCase().startsWith('::ffff:') ? address.slice(7) : address;
  return IPV4_LOOPBACK.test(ipv4) && isIP(ipv4) === 4;
}
