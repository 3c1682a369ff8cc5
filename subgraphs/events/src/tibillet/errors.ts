import { UpstreamError } from '@alambic/connector-kit';

/** The tool's name as members know it; every error message starts with it. */
export const TIBILLET = 'TiBillet';

/** The key flag each v2 resource needs (`ExternalApiKey.api_permissions()`). */
function permissionFor(path: string): string {
  if (path.includes('/sales/')) return '« sale », avec un utilisateur administrateur du lieu';
  if (path.includes('/products/')) return '« product »';
  return '« event »';
}

/** 403 (and the 500 of `/sales/` for a key it does not accept): the key is wrong, or lacks the flag. */
export function permissionError(path: string, status: number): UpstreamError {
  return new UpstreamError(TIBILLET, 'FORBIDDEN', {
    status,
    detail: `la clé d’API du hub est refusée ou n’a pas la permission ${permissionFor(path)} (à vérifier dans l’administration du lieu, rubrique « Api keys »)`,
  });
}

/** Maps an HTTP answer of TiBillet to an `UpstreamError`. TiBillet's own body is quoted only for 400s
 * (its validation message about a parameter the hub sent); nothing else of the answer is passed on. */
export function errorFromStatus(status: number, path: string, body: unknown): UpstreamError {
  if (status === 401 || status === 403) return permissionError(path, status);
  if (status === 500 && path.includes('/sales/')) return permissionError(path, status);
  if (status === 404) return new UpstreamError(TIBILLET, 'NOT_FOUND', { status });
  if (status === 429 || status >= 500) return new UpstreamError(TIBILLET, 'SERVER', { status });
  return new UpstreamError(TIBILLET, 'BAD_REQUEST', { status, detail: validationMessage(body) });
}

function validationMessage(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const record = body as Record<string, unknown>;
  const message = record.error ?? record.detail;
  return typeof message === 'string' ? message.slice(0, 200) : undefined;
}
