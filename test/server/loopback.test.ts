import { describe, expect, it } from 'vitest';
import { isLoopbackAddress, isLoopbackHostname } from '../../mock/node/loopback.js';

describe('isLoopbackAddress', () => {
  it.each(['127.0.0.1', '127.1.2.3', '127.255.255.255', '::1', '::ffff:127.0.0.1'])(
    'accepts the loopback peer %s',
    (address) => {
      expect(isLoopbackAddress(address)).toBe(true);
    },
  );

  it.each([
    '10.0.0.5',
    '192.168.1.20',
    '0.0.0.0',
    '128.0.0.1',
    '::',
    '::2',
    'fe80::1',
    '::ffff:10.0.0.1',
    '127.0.0.256',
    '127.0.0',
    'localhost',
    '',
  ])('refuses the peer %s', (address) => {
    expect(isLoopbackAddress(address)).toBe(false);
  });

  it('refuses a socket whose peer address is unknown (already closed)', () => {
    expect(isLoopbackAddress(undefined)).toBe(false);
  });
});

describe('isLoopbackHostname', () => {
  it.each(['localhost', 'app.localhost', '127.0.0.1', '127.9.9.9', '[::1]'])('accepts %s', (hostname) => {
    expect(isLoopbackHostname(hostname)).toBe(true);
  });

  it.each(['localhost.example', 'example.com', '10.0.0.1', '[::2]', '', undefined])('refuses %s', (hostname) => {
    expect(isLoopbackHostname(hostname)).toBe(false);
  });
});
