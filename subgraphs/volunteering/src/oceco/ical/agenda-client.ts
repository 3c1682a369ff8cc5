import { ResilientSource, type Sourced } from '@alambic/connector-kit';
import type { AgendaEvent } from '../../volunteering-source.js';
import { OCECO, ocecoError } from '../errors.js';
import { parseIcalEvents } from './parse.js';

export interface AgendaClientOptions {
  /** @default 5000 */
  timeoutMs?: number;
  /** A feed younger than this is served without calling Oceco. @default 60000 */
  freshForMs?: number;
}

/** The public iCal agenda, `GET /ical/organizations/<orgId>/events` (no authentication), behind the connector
 * kit's timeout, retries, circuit breaker, cache and last good copy. The only code reading the iCal channel. */
export class OcecoAgendaClient {
  private readonly resilient: ResilientSource;
  private readonly url: string;

  constructor(baseUrl: string, organizationId: string, options: AgendaClientOptions = {}) {
    this.url = `${baseUrl.replace(/\/+$/, '')}/ical/organizations/${encodeURIComponent(organizationId)}/events`;
    this.resilient = new ResilientSource({ source: OCECO, timeoutMs: options.timeoutMs ?? 5000, freshForMs: options.freshForMs ?? 60_000 });
  }

  events(): Promise<Sourced<AgendaEvent[]>> {
    return this.resilient.read('agenda', async (signal) => {
      let response: Response;
      try {
        response = await fetch(this.url, { headers: { accept: 'text/calendar' }, signal });
      } catch (error) {
        throw ocecoError('UNREACHABLE', undefined, error);
      }
      const text = await response.text();
      if (response.status === 429 || response.status >= 500) throw ocecoError('SERVER', `agenda indisponible (HTTP ${response.status})`);
      if (response.status !== 200) throw ocecoError('BAD_REQUEST', `agenda refusé (HTTP ${response.status})`);
      // Oceco answers 200 with JSON `{status:false, msg:"not organizations"}` for an organisation without Oceco.
      if ((response.headers.get('content-type') ?? '').includes('json') || !text.includes('BEGIN:VCALENDAR')) {
        throw ocecoError('NOT_FOUND', 'organisation sans agenda Oceco (OCECO_ORG_ID ?)');
      }
      return parseIcalEvents(text);
    });
  }

  close(): void {
    this.resilient.shutdown();
  }
}
