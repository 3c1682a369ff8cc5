import 'reflect-metadata';

export * from './identity.js';
export * from './errors.js';
export * from './mask-error.js';
export * from './federation.js';
export * from './auth-checker.js';
export * from './context.js';
export * from './logger.js';
export * from './server.js';
export * from './loaders.js';
export * from './config.js';
export * from './money.js';
export * from './date-scalar.js';
export * from './standalone.js';
export * from './reunion-day.js';
