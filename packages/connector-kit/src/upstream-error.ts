/** What went wrong with an upstream tool, in terms a resolver can turn into a clear message. */
export type UpstreamErrorKind =
  | 'UNREACHABLE'
  | 'TIMEOUT'
  | 'CREDENTIALS'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_REQUEST'
  | 'SERVER'
  | 'CIRCUIT_OPEN';

const plainWords: Record<UpstreamErrorKind, string> = {
  UNREACHABLE: 'est injoignable',
  TIMEOUT: 'n’a pas répondu à temps',
  CREDENTIALS: 'refuse les identifiants du hub (clé d’API erronée ou expirée)',
  FORBIDDEN: 'refuse l’accès à cette donnée',
  NOT_FOUND: 'ne connaît pas cet enregistrement',
  BAD_REQUEST: 'a refusé la requête',
  SERVER: 'a rencontré une erreur interne',
  CIRCUIT_OPEN: 'est en panne depuis plusieurs appels ; le hub attend avant de réessayer',
};

/** An error from an upstream tool. Carries no URL and no secret: its message is safe to show. */
export class UpstreamError extends Error {
  readonly source: string;
  readonly kind: UpstreamErrorKind;
  /** HTTP status, 0 when the network failed. */
  readonly status: number;
  /** Whether retrying an idempotent read may help. */
  readonly retryable: boolean;

  constructor(source: string, kind: UpstreamErrorKind, options: { status?: number; detail?: string; cause?: unknown } = {}) {
    const detail = options.detail ? ` : ${options.detail}` : '';
    super(`${source} ${plainWords[kind]}${detail}.`, { cause: options.cause });
    this.name = 'UpstreamError';
    this.source = source;
    this.kind = kind;
    this.status = options.status ?? 0;
    this.retryable = kind === 'UNREACHABLE' || kind === 'TIMEOUT' || kind === 'SERVER';
  }
}

export function isUpstreamError(error: unknown): error is UpstreamError {
  return error instanceof UpstreamError;
}
