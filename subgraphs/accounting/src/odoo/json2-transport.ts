import { UpstreamError } from '@alambic/connector-kit';
import { json2UpstreamError, ODOO } from './errors.js';
import { toWire } from './transport.js';

export interface Json2TransportOptions {
  /** Base URL of the Odoo server. */
  url: string;
  /** Sent as `X-Odoo-Database`, for servers hosting several databases. */
  database: string;
  apiKey: string;
}

/** The only code speaking JSON-2 (`POST /json/2/<model>/<method>`, Odoo 19+): named arguments, bearer API key, plain `fetch`. */
export class Json2Transport {
  private readonly base: string;

  constructor(private readonly options: Json2TransportOptions) {
    this.base = options.url.replace(/\/+$/, '');
  }

  async call<T>(model: string, method: string, body: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${this.base}/json/2/${model}/${method}`, {
        method: 'POST',
        headers: {
          authorization: `bearer ${this.options.apiKey}`,
          'content-type': 'application/json',
          'x-odoo-database': this.options.database,
          'user-agent': 'Alambic (La Raffinerie)',
        },
        body: JSON.stringify(toWire(body)),
        signal,
      });
    } catch (error) {
      throw new UpstreamError(ODOO, (error as Error).name === 'AbortError' ? 'TIMEOUT' : 'UNREACHABLE', { cause: error });
    }
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text.length > 0 ? JSON.parse(text) : null;
    } catch {
      if (response.ok) throw new UpstreamError(ODOO, 'SERVER', { status: response.status, detail: 'réponse illisible (JSON attendu)' });
    }
    if (!response.ok) throw json2UpstreamError(response.status, parsed);
    return parsed as T;
  }

  /** `GET /web/version` (no authentication). */
  async version(signal?: AbortSignal): Promise<{ version_info: unknown[]; version: string }> {
    let response: Response;
    try {
      response = await fetch(`${this.base}/web/version`, { signal });
    } catch (error) {
      throw new UpstreamError(ODOO, (error as Error).name === 'AbortError' ? 'TIMEOUT' : 'UNREACHABLE', { cause: error });
    }
    if (!response.ok) throw json2UpstreamError(response.status, null);
    return (await response.json()) as { version_info: unknown[]; version: string };
  }
}
