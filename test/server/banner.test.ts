import { describe, expect, it } from 'vitest';
import { formatBanner } from '../../mock/node/banner.js';
import { serverBaseUrls } from '../../mock/node/environment-prefix.js';
import { standIn } from './stand-in.js';

describe('formatBanner', () => {
  it('prints the base URLs, the admin keys and the controls, one per line', () => {
    const mock = standIn(() => Response.json({}));
    mock.adminKeys = { production: 'ks_prod_P', staging: 'ks_stage_S', development: 'ks_dev_D' };
    const url = 'http://127.0.0.1:4010';
    expect(formatBanner({ url, urls: serverBaseUrls(url), mock })).toBe(
      [
        'keysmith-mock listening on http://127.0.0.1:4010',
        '',
        'Base URLs:',
        '  production   http://127.0.0.1:4010',
        '  staging      http://127.0.0.1:4010/staging',
        '  development  http://127.0.0.1:4010/development',
        '',
        'Admin keys (admin:*):',
        '  production   ks_prod_P',
        '  staging      ks_stage_S',
        '  development  ks_dev_D',
        '',
        'Controls (loopback only; JSON bodies with Content-Type: application/json):',
        '  POST               http://127.0.0.1:4010/__mock/reset',
        '  GET, POST          http://127.0.0.1:4010/__mock/clock',
        '  GET, POST, DELETE  http://127.0.0.1:4010/__mock/faults',
        '  GET, PUT           http://127.0.0.1:4010/__mock/latency',
        '  GET, DELETE        http://127.0.0.1:4010/__mock/requests',
        '  GET, PUT           http://127.0.0.1:4010/__mock/state',
        '  GET                http://127.0.0.1:4010/__mock/keys',
        '',
        'Press Ctrl+C to stop.',
        '',
      ].join('\n'),
    );
  });
});
