import { UpstreamError, type UpstreamErrorKind } from '@alambic/connector-kit';

/** The tool's name as members know it; every error message starts with it. */
export const OCECO = 'Oceco';

/** An Oceco failure as an `UpstreamError`: plain French, no URL, no credential. */
export function ocecoError(kind: UpstreamErrorKind, detail?: string, cause?: unknown): UpstreamError {
  return new UpstreamError(OCECO, kind, { detail, cause });
}

/** A Meteor error as Oceco sends it over DDP (`{error, reason, message, errorType}`). */
export class DdpRemoteError extends Error {
  readonly error: string | number;
  readonly reason: string | undefined;
  constructor(payload: { error?: string | number; reason?: string; message?: string } | undefined) {
    super(payload?.message ?? String(payload?.reason ?? payload?.error ?? 'erreur DDP'));
    this.name = 'DdpRemoteError';
    this.error = payload?.error ?? 'unknown';
    this.reason = payload?.reason;
  }
}

/** Communecter's login refusals (its `msg`), in plain words; anything else stays generic. */
const loginRefusals: Record<string, string> = {
  emailAndPassNotMatch: 'adresse et mot de passe du compte du hub ne correspondent pas',
  emailNotFound: 'le compte du hub est inconnu',
  notValidatedEmail: 'le compte du hub n’a pas validé son adresse',
  accountPending: 'le compte du hub est en attente de validation',
};

/** Turns a refused DDP login into a credentials error that never repeats the email or the password. */
export function loginRefused(error: DdpRemoteError): UpstreamError {
  const reason = error.reason && loginRefusals[error.reason] ? loginRefusals[error.reason] : 'connexion du compte du hub refusée';
  return ocecoError('CREDENTIALS', reason, error);
}

/** Maps a failed REST answer (status and decoded body) to an `UpstreamError`. */
export function restFailure(status: number, body: unknown): UpstreamError {
  const record = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  if (record.auth === false) {
    // No token (403), wrong token (500), no or unknown user id (403): the hub's REST settings are wrong.
    const message = typeof record.message === 'string' ? record.message : '';
    return new UpstreamError(OCECO, 'CREDENTIALS', { status, detail: restAuthDetail(message) });
  }
  if (status === 429 || status >= 500) return new UpstreamError(OCECO, 'SERVER', { status });
  if (status === 404) return new UpstreamError(OCECO, 'NOT_FOUND', { status });
  if (status === 403) return new UpstreamError(OCECO, 'FORBIDDEN', { status, detail: reasonOf(record) });
  return new UpstreamError(OCECO, 'BAD_REQUEST', { status, detail: reasonOf(record) });
}

function restAuthDetail(message: string): string {
  switch (message) {
    case 'No token provided.':
      return 'jeton d’instance absent (OCECO_ACCESS_TOKEN)';
    case 'Failed to authenticate token.':
      return 'jeton d’instance refusé (OCECO_ACCESS_TOKEN)';
    case 'No userId provided.':
      return 'identifiant du compte absent (OCECO_USER_ID)';
    case 'user not exist':
      return 'compte inconnu (OCECO_USER_ID)';
    default:
      return 'authentification REST refusée';
  }
}

function reasonOf(record: Record<string, unknown>): string | undefined {
  for (const key of ['reason', 'msg', 'error']) {
    if (typeof record[key] === 'string') return record[key] as string;
  }
  return undefined;
}
