import { UpstreamError } from './upstream-error.js';

export interface JsonRequest {
  source: string;
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: unknown;
  signal?: AbortSignal;
}

/** One JSON call over HTTP with fetch; maps statuses to `UpstreamError` without leaking the URL or headers. */
export async function fetchJson<T>(request: JsonRequest): Promise<{ status: number; body: T }> {
  const { source, url, method = 'GET', headers = {}, body, signal } = request;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    throw new UpstreamError(source, 'UNREACHABLE', { cause: error });
  }
  const text = await response.text();
  let parsed: unknown = undefined;
  try {
    parsed = text.length ? JSON.parse(text) : undefined;
  } catch {
    if (response.ok) throw new UpstreamError(source, 'SERVER', { status: response.status, detail: 'réponse illisible (JSON attendu)' });
  }
  if (response.status === 401) throw new UpstreamError(source, 'CREDENTIALS', { status: 401 });
  if (response.status === 403) throw new UpstreamError(source, 'FORBIDDEN', { status: 403, detail: detailOf(parsed) });
  if (response.status === 404) throw new UpstreamError(source, 'NOT_FOUND', { status: 404 });
  if (response.status === 429 || response.status >= 500) throw new UpstreamError(source, 'SERVER', { status: response.status });
  if (response.status >= 400) throw new UpstreamError(source, 'BAD_REQUEST', { status: response.status, detail: detailOf(parsed) });
  return { status: response.status, body: parsed as T };
}

function detailOf(body: unknown): string | undefined {
  if (body && typeof body === 'object') {
    const record = body as Record<string, unknown>;
    for (const key of ['detail', 'message', 'reason', 'error']) {
      if (typeof record[key] === 'string') return record[key] as string;
    }
  }
  return undefined;
}
