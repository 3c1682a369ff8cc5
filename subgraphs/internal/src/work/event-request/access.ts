import { ForbiddenError, type Identity } from '@alambic/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { circlesLookedAfter, looksAfter } from '../access.js';
import type { EventRequestEntity } from '../entities/index.js';

/**
 * Who may move an event request (decision, issue 8 step 4):
 * - recording a new request: any signed-in member (requests arrive by mail, phone, at the bar…);
 * - assigning it to a pôle: admins, or a person holding a role in that pôle or above (they take the request on);
 * - every later step: admins, the request's bienveillant·e, or a role holder of the assigned pôle (or above).
 */
export async function assertMayMove(m: EntityManager, identity: Identity, today: string, request: EventRequestEntity, action: string): Promise<void> {
  if (identity.kind === 'service' || identity.isAdmin) return;
  if (identity.memberId && identity.memberId === request.careLeadId) return;
  if (request.poleCircleId && looksAfter(await circlesLookedAfter(m, identity, today), request.poleCircleId)) return;
  throw new ForbiddenError(`${action} : réservé aux administrateur·rices, à la personne bienveillante de la demande et aux personnes qui tiennent un rôle dans le pôle qui la porte.`);
}

export async function assertMayAssign(m: EntityManager, identity: Identity, today: string, poleId: string): Promise<void> {
  if (looksAfter(await circlesLookedAfter(m, identity, today), poleId)) return;
  throw new ForbiddenError('Confier une demande à un pôle : réservé aux administrateur·rices et aux personnes qui tiennent un rôle dans ce pôle (ou au-dessus).');
}
