import { describe, expect, it } from 'vitest';
import { serverBaseUrls, splitEnvironment } from '../../mock/node/environment-prefix.js';
import { requestPath } from '../../mock/node/http-adapter.js';
import { formatOrigin } from '../../mock/node/server.js';

describe('splitEnvironment', () => {
  it('serves production at the root of the port', () => {
    expect(splitEnvironment('/v1/me')).toEqual({ environment: 'production', rest: '/v1/me' });
  });

  it('maps the /staging and /development prefixes to their environments', () => {
    expect(splitEnvironment('/staging/v1/api-keys?limit=2')).toEqual({
      environment: 'staging',
      rest: '/v1/api-keys?limit=2',
    });
    expect(splitEnvironment('/development/v1/me')).toEqual({ environment: 'development', rest: '/v1/me' });
  });

  it('takes a prefix only as a whole path segment', () => {
    expect(splitEnvironment('/stagingx/v1/me')).toEqual({ environment: 'production', rest: '/stagingx/v1/me' });
    expect(splitEnvironment('/staging')).toEqual({ environment: 'staging', rest: '' });
    expect(splitEnvironment('/development?x=1')).toEqual({ environment: 'development', rest: '?x=1' });
  });
});

describe('serverBaseUrls', () => {
  it('gives each environment its base URL on one origin', () => {
    expect(serverBaseUrls('http://127.0.0.1:4010')).toEqual({
      production: 'http://127.0.0.1:4010',
      staging: 'http://127.0.0.1:4010/staging',
      development: 'http://127.0.0.1:4010/development',
    });
  });
});

describe('requestPath', () => {
  it('keeps an origin-form target as it is', () => {
    expect(requestPath('/v1/me?x=1')).toBe('/v1/me?x=1');
  });

  it('takes the path of an absolute-form target, as a proxy sends it', () => {
    expect(requestPath('http://127.0.0.1:4010/staging/v1/me')).toBe('/staging/v1/me');
    expect(requestPath('http://127.0.0.1:4010')).toBe('/');
  });

  it('refuses the asterisk form and other non-paths', () => {
    expect(requestPath('*')).toBeNull();
    expect(requestPath('v1/me')).toBeNull();
    expect(requestPath('')).toBeNull();
  });
});

describe('formatOrigin', () => {
  it('gives the loopback origin for a wildcard bind', () => {
    expect(formatOrigin('0.0.0.0', 4010)).toBe('http://127.0.0.1:4010');
    expect(formatOrigin('::', 4010)).toBe('http://[::1]:4010');
  });

  it('puts an IPv6 literal in brackets and keeps a host name', () => {
    expect(formatOrigin('::1', 80)).toBe('http://[::1]:80');
    expect(formatOrigin('localhost', 4010)).toBe('http://localhost:4010');
  });
});
