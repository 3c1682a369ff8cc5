import { ocecoError, restFailure } from '../errors.js';

export interface RestCredentials {
  /** The instance-wide secret (`ocecoApiToken`), sent as `x-access-token`. */
  accessToken: string;
  /** The citoyen the calls run as (an admin, so that every action is visible), sent as `x-user-id`. */
  userId: string;
}

export interface RestRequest {
  method: 'GET' | 'POST';
  /** Path under the base URL, e.g. `/api/action/listElement`. */
  path: string;
  body?: Record<string, unknown>;
  signal?: AbortSignal;
}

/** Oceco's REST envelope: every route answers HTTP 200 with `status` true or false. */
export interface RestEnvelope {
  status: boolean;
  msg?: string;
  [key: string]: unknown;
}

/** The only code speaking Oceco's REST: adds the two auth headers, decodes JSON, maps failures.
 * Neither the URL nor the headers ever reach an error message. */
export function createRestTransport(baseUrl: string, credentials: RestCredentials) {
  const base = baseUrl.replace(/\/+$/, '');
  return async function call(request: RestRequest): Promise<RestEnvelope> {
    let response: Response;
    try {
      response = await fetch(`${base}${request.path}`, {
        method: request.method,
        headers: {
          accept: 'application/json',
          'x-access-token': credentials.accessToken,
          'x-user-id': credentials.userId,
          ...(request.body ? { 'content-type': 'application/json' } : {}),
        },
        body: request.body ? JSON.stringify(request.body) : undefined,
        signal: request.signal,
      });
    } catch (error) {
      throw ocecoError('UNREACHABLE', undefined, error);
    }
    const text = await response.text();
    let body: unknown;
    try {
      body = text.length > 0 ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    if (response.status !== 200) throw restFailure(response.status, body);
    if (!body || typeof body !== 'object' || typeof (body as RestEnvelope).status !== 'boolean') {
      throw ocecoError('SERVER', 'réponse REST illisible (JSON attendu)');
    }
    return body as RestEnvelope;
  };
}

export type RestTransport = ReturnType<typeof createRestTransport>;
