export * from './upstream-error.js';
export * from './resilient-source.js';
export * from './http-json.js';
export * from './upstream-control.js';
export * from './listen.js';
export * from './backoff.js';
export * from './freshness.js';
