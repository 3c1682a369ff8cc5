import { ForbiddenError, type Identity } from '@alambic/subgraph-kit';
import type { EntityManager } from 'typeorm';

/** Who may plan money for a circle: an admin, or a member holding an active role on it or on one of its ancestors. */
export async function assertCanPlan(manager: EntityManager, identity: Identity, circleIds: string[], today: string): Promise<void> {
  if (identity.kind === 'service' || identity.isAdmin) return;
  const rows: Array<{ circle_id: string }> = await manager.query(
    `WITH RECURSIVE lineage(start_id, circle_id) AS (
       SELECT id, id FROM circle WHERE id = ANY($1::uuid[])
       UNION SELECT l.start_id, c.parent_id FROM lineage l JOIN circle c ON c.id = l.circle_id WHERE c.parent_id IS NOT NULL)
     SELECT DISTINCT l.start_id AS circle_id FROM lineage l
       JOIN role r ON r.circle_id = l.circle_id
       JOIN role_assignment a ON a.role_id = r.id
      WHERE a.member_id = $2 AND a.starts_on <= $3 AND (a.ends_on IS NULL OR a.ends_on >= $3)`,
    [circleIds, identity.memberId, today],
  );
  const allowed = new Set(rows.map((r) => r.circle_id));
  if (circleIds.some((id) => !allowed.has(id))) {
    throw new ForbiddenError('Seuls les membres qui tiennent un rôle dans ce cercle (ou au-dessus) et les administrateur·rices peuvent en planifier l’argent.');
  }
}
