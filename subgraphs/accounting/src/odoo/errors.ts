import { UpstreamError } from '@alambic/connector-kit';

/** The tool's name as members know it; it starts every error message. */
export const ODOO = 'Odoo';

interface XmlRpcFailure {
  faultCode?: unknown;
  faultString?: unknown;
  code?: unknown;
  name?: unknown;
  message?: unknown;
  res?: { statusCode?: number };
}

const networkCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET']);

/** A fault is an answer from a running server: retrying the same call gives the same fault. */
function notRetryable(error: UpstreamError): UpstreamError {
  Object.defineProperty(error, 'retryable', { value: false });
  return error;
}

/** Keeps the first line of an Odoo message, short and without traceback. */
function plain(text: string): string {
  const line = text.split('\n').map((l) => l.trim()).find((l) => l.length > 0) ?? '';
  return line.length > 200 ? `${line.slice(0, 197)}…` : line;
}

/** The last line of a Python traceback (`ValueError: Invalid field …`), which names what went wrong. */
export function lastTracebackLine(faultString: string): string {
  const lines = faultString.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  const last = lines.at(-1) ?? '';
  return plain(last.replace(/File "[^"]*"/g, 'File …'));
}

/** Maps an XML-RPC fault (§5) or a transport failure to an `UpstreamError` whose message is safe to show:
 * 3 → credentials, 4 → access refused, 2 → business error or record gone, 1 → technical (last traceback line only). */
export function toUpstreamError(raw: unknown): UpstreamError {
  if (raw instanceof UpstreamError) return raw;
  const e = (raw ?? {}) as XmlRpcFailure;
  // The library hangs the request and response objects on its errors; keep a light cause for the logs.
  const error = new Error(typeof e.message === 'string' ? e.message : String(raw));
  if (typeof e.code === 'string') Object.assign(error, { code: e.code });
  if (e.faultCode !== undefined) return faultError(e.faultCode, typeof e.faultString === 'string' ? e.faultString : '', Object.assign(error, { faultCode: e.faultCode, faultString: e.faultString }));

  const status = e.res?.statusCode;
  if (typeof status === 'number') {
    // The xmlrpc library tries to parse any non-404 body as XML; the HTTP status is what matters.
    if (status === 401) return new UpstreamError(ODOO, 'CREDENTIALS', { status, cause: error });
    if (status === 403) return new UpstreamError(ODOO, 'FORBIDDEN', { status, cause: error });
    if (status === 404) return notRetryable(new UpstreamError(ODOO, 'SERVER', { status, detail: 'point d’accès XML-RPC introuvable (vérifiez ODOO_URL)', cause: error }));
    if (status >= 500 || status === 429) return new UpstreamError(ODOO, 'SERVER', { status, detail: `HTTP ${status}`, cause: error });
    return new UpstreamError(ODOO, 'SERVER', { status, detail: 'réponse illisible (XML-RPC attendu)', cause: error });
  }
  if (e.name === 'AbortError') return new UpstreamError(ODOO, 'TIMEOUT', { cause: error });
  if (typeof e.code === 'string' && networkCodes.has(e.code)) return new UpstreamError(ODOO, 'UNREACHABLE', { cause: error });
  return new UpstreamError(ODOO, 'UNREACHABLE', { cause: error });
}

function faultError(code: unknown, faultString: string, cause: unknown): UpstreamError {
  switch (Number(code)) {
    case 3:
      return notRetryable(new UpstreamError(ODOO, 'CREDENTIALS', { detail: 'accès refusé (« Access Denied ») avec l’utilisateur et la clé configurés', cause }));
    case 4:
      return notRetryable(new UpstreamError(ODOO, 'FORBIDDEN', { detail: plain(faultString), cause }));
    case 2: {
      const message = plain(faultString);
      const gone = /has been deleted|has already been deleted|does not exist or has been deleted|Record does not exist/i.test(message);
      return notRetryable(new UpstreamError(ODOO, gone ? 'NOT_FOUND' : 'BAD_REQUEST', { detail: message, cause }));
    }
    default:
      return notRetryable(new UpstreamError(ODOO, 'SERVER', { detail: `erreur technique (${lastTracebackLine(faultString)})`, cause }));
  }
}

/** `authenticate` answered `False`: the login or the API key is wrong, or the key expired (Odoo 18+). */
export function rejectedCredentials(login: string, database: string): UpstreamError {
  return notRetryable(
    new UpstreamError(ODOO, 'CREDENTIALS', {
      detail: `l’authentification de « ${login} » sur la base « ${database} » a échoué (authenticate a répondu False) : vérifiez ODOO_LOGIN et ODOO_API_KEY ; depuis Odoo 18 une clé d’API expirée échoue de la même façon`,
    }),
  );
}

/** A JSON-2 error body (`{name, message, arguments, context, debug}`); `debug` holds a traceback and is never shown. */
interface Json2ErrorBody {
  name?: unknown;
  message?: unknown;
}

/** Maps a JSON-2 HTTP error (§9) to an `UpstreamError`: 401 key refused, 403 access, 404 record gone or unknown
 * model/method, 422 business error, 5xx with an Odoo body a technical error, other 5xx a server that may recover. */
export function json2UpstreamError(status: number, body: unknown): UpstreamError {
  const { name, message } = (body && typeof body === 'object' ? body : {}) as Json2ErrorBody;
  const text = typeof message === 'string' ? plain(message) : '';
  const odooName = typeof name === 'string' ? name : '';
  if (status === 401) {
    return notRetryable(new UpstreamError(ODOO, 'CREDENTIALS', { status, detail: `clé d’API refusée${text ? ` (« ${text} »)` : ''} : vérifiez ODOO_API_KEY ; depuis Odoo 18 une clé expirée échoue de la même façon` }));
  }
  if (status === 403) return notRetryable(new UpstreamError(ODOO, 'FORBIDDEN', { status, detail: text || undefined }));
  if (status === 404) {
    if (odooName.endsWith('MissingError')) return notRetryable(new UpstreamError(ODOO, 'NOT_FOUND', { status, detail: text || undefined }));
    return notRetryable(new UpstreamError(ODOO, 'BAD_REQUEST', { status, detail: text || 'point d’accès JSON-2 introuvable (Odoo 19 ou plus ? vérifiez ODOO_URL)' }));
  }
  if (status === 400 || status === 409 || status === 422) return notRetryable(new UpstreamError(ODOO, 'BAD_REQUEST', { status, detail: text || undefined }));
  if (status >= 500 && odooName && !odooName.startsWith('werkzeug')) {
    return notRetryable(new UpstreamError(ODOO, 'SERVER', { status, detail: `erreur technique (${plain(`${odooName.split('.').at(-1)}: ${text}`)})` }));
  }
  return new UpstreamError(ODOO, 'SERVER', { status, detail: `HTTP ${status}` });
}
