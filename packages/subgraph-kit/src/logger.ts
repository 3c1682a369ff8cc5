import pino, { type Logger } from 'pino';

/** One JSON logger per process; secrets and identity headers never reach the logs. */
export function createLogger(name: string, level = 'info'): Logger {
  return pino({
    name,
    level,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-alambic-identity"]',
        'req.headers["x-access-token"]',
        '*.apiKey',
        '*.password',
        '*.secret',
      ],
      censor: '[masqué]',
    },
  });
}

export type { Logger };
