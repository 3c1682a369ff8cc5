import { describe, expect, it } from 'vitest';
import { maskGatewayError } from '../src/plugins/mask-gateway-errors.js';

const noop = () => undefined;

describe('errors reaching a client from the gateway', () => {
  it('turn a subgraph network failure into a plain message without the internal URL', () => {
    const masked = maskGatewayError(
      { message: 'request to http://127.0.0.1:4003/graphql failed, reason: connect ECONNREFUSED 127.0.0.1:4003', path: ['events'] },
      noop,
    );
    expect(masked.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
    expect(JSON.stringify(masked)).not.toMatch(/127\.0\.0\.1|http:/);
    expect(masked.path).toEqual(['events']);
  });

  it('keep the code of a subgraph’s HTTP refusal, without its internal URL', () => {
    const masked = maskGatewayError(
      { message: '401: Unauthorized', extensions: { code: 'UNAUTHENTICATED', response: { url: 'http://127.0.0.1:4002/graphql', status: 401, body: {} } } },
      noop,
    );
    expect(masked.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(JSON.stringify(masked)).not.toMatch(/127\.0\.0\.1/);
  });

  it('mask unexpected errors and drop their stack trace', () => {
    const log: unknown[] = [];
    const masked = maskGatewayError(
      { message: 'Cannot read properties of undefined (reading "x")', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at foo (/app/x.js:1:1)'] } },
      (e) => log.push(e),
    );
    expect(masked.message).not.toMatch(/undefined/);
    expect(masked.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(log).toHaveLength(1);
  });

  it('keep errors thrown on purpose, minus any URL in their message', () => {
    const masked = maskGatewayError(
      { message: 'Odoo est injoignable (http://odoo.internal:8069).', extensions: { code: 'UPSTREAM_UNAVAILABLE', source: 'Odoo', stacktrace: ['x'] } },
      noop,
    );
    expect(masked.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', source: 'Odoo' });
    expect(masked.message).toBe('Odoo est injoignable ([adresse masquée]).');
  });
});
