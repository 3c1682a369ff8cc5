import { ResilientSource, type Sourced } from '@alambic/connector-kit';
import type { ActionParentType, VolunteerActionRecord } from '../../volunteering-source.js';
import { OCECO, ocecoError } from '../errors.js';
import { toVolunteerAction, type OcecoDocument } from '../mapping.js';
import type { RestEnvelope, RestTransport } from './transport.js';

export interface ActionsClientOptions {
  /** @default 5000 */
  timeoutMs?: number;
  /** A list younger than this is served without calling Oceco. @default 15000 */
  freshForMs?: number;
}

/** Action lists over REST, behind the connector kit's timeout, retries, circuit breaker, cache and de-duplication. */
export class OcecoActionsClient {
  private readonly resilient: ResilientSource;

  constructor(
    private readonly transport: RestTransport,
    options: ActionsClientOptions = {},
  ) {
    this.resilient = new ResilientSource({ source: OCECO, timeoutMs: options.timeoutMs ?? 5000, freshForMs: options.freshForMs ?? 15_000 });
  }

  /** `POST /api/action/listElement`: open actions of an organisation, pôle or event. */
  listElement(parentType: ActionParentType, parentId: string): Promise<Sourced<VolunteerActionRecord[]>> {
    return this.resilient.read(`listElement:${parentType}:${parentId}`, async (signal) =>
      actionsOf(await this.transport({ method: 'POST', path: '/api/action/listElement', body: { parentId, parentType }, signal })),
    );
  }

  /** `GET /api/action/listMe`: open actions of the citoyen the hub acts as. */
  listMe(): Promise<Sourced<VolunteerActionRecord[]>> {
    return this.resilient.read('listMe', async (signal) => actionsOf(await this.transport({ method: 'GET', path: '/api/action/listMe', signal })));
  }

  close(): void {
    this.resilient.shutdown();
  }
}

function actionsOf(envelope: RestEnvelope): VolunteerActionRecord[] {
  if (!envelope.status) {
    if (envelope.msg === 'no element') throw ocecoError('NOT_FOUND', 'élément inconnu');
    throw ocecoError('BAD_REQUEST', typeof envelope.msg === 'string' ? envelope.msg : undefined);
  }
  const raw = Array.isArray(envelope.actions) ? (envelope.actions as OcecoDocument[]) : [];
  return raw.map(toVolunteerAction).filter((action): action is VolunteerActionRecord => action !== null);
}
