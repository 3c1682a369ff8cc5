import { ForbiddenError, type Identity } from '@alambic/subgraph-kit';
import type { EntityManager } from 'typeorm';

/**
 * The circles a member looks after: those where they hold an active role, and every circle below them.
 * Admins look after every circle (null means « all »).
 */
export async function circlesLookedAfter(m: EntityManager, identity: Identity, today: string): Promise<Set<string> | null> {
  if (identity.kind === 'service' || identity.isAdmin) return null;
  if (!identity.memberId) return new Set();
  const rows: Array<{ id: string }> = await m.query(
    `WITH RECURSIVE held AS (
       SELECT DISTINCT r.circle_id AS id FROM role r JOIN role_assignment a ON a.role_id = r.id
        WHERE a.member_id = $1 AND a.starts_on <= $2 AND (a.ends_on IS NULL OR a.ends_on >= $2)
       UNION SELECT c.id FROM circle c JOIN held h ON c.parent_id = h.id)
     SELECT id FROM held`,
    [identity.memberId, today],
  );
  return new Set(rows.map((r) => r.id));
}

export function looksAfter(circles: Set<string> | null, circleId: string): boolean {
  return circles === null || circles.has(circleId);
}

/** Throws FORBIDDEN unless the identity holds a role in the circle (or above) or is an admin. */
export async function assertLooksAfter(m: EntityManager, identity: Identity, today: string, circleId: string, action: string): Promise<void> {
  if (looksAfter(await circlesLookedAfter(m, identity, today), circleId)) return;
  throw new ForbiddenError(`${action} : réservé aux personnes qui tiennent un rôle dans le cercle de la mission (ou au-dessus) et aux administrateur·rices.`);
}

/** The signed-in member's id, or FORBIDDEN for a service call without a person. */
export function memberIdOf(identity: Identity, action: string): string {
  if (!identity.memberId) throw new ForbiddenError(`${action} : il faut être une personne connectée.`);
  return identity.memberId;
}
