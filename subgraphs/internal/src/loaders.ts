import { In, IsNull, type DataSource } from 'typeorm';
import { entityLoader } from '@alambic/subgraph-kit';
import { CircleEntity, MemberEntity, RoleAssignmentEntity, RoleEntity } from './entities/index.js';
import { createGovernanceLoaders } from './governance/loaders.js';
import { groupedLoader } from './grouped-loader.js';

/** Per-request loaders: one SQL query per kind of row, whatever the size of the tree asked. */
export function createLoaders(db: DataSource) {
  const circles = db.getRepository(CircleEntity);
  const members = db.getRepository(MemberEntity);
  const roles = db.getRepository(RoleEntity);
  const terms = db.getRepository(RoleAssignmentEntity);
  return {
    circleById: entityLoader((ids) => circles.findBy({ id: In([...ids]) })),
    childrenByParentId: groupedLoader(
      (ids) => circles.find({ where: { parentId: In([...ids]), archivedAt: IsNull() }, order: { analyticCode: 'ASC' } }),
      (c) => c.parentId ?? '',
    ),
    memberById: entityLoader((ids) => members.findBy({ id: In([...ids]) })),
    rolesByCircleId: groupedLoader((ids) => roles.find({ where: { circleId: In([...ids]), archivedAt: IsNull() }, order: { name: 'ASC' } }), (r) => r.circleId),
    roleById: entityLoader((ids) => roles.findBy({ id: In([...ids]) })),
    termsByRoleId: groupedLoader((ids) => terms.find({ where: { roleId: In([...ids]) }, order: { startsOn: 'ASC' } }), (t) => t.roleId),
    termsByMemberId: groupedLoader((ids) => terms.find({ where: { memberId: In([...ids]) }, order: { startsOn: 'ASC' } }), (t) => t.memberId),
    ...createGovernanceLoaders(db),
  };
}

export type InternalLoaders = ReturnType<typeof createLoaders>;

/** The values of a `loadMany`, rethrowing the first failure. */
export function valuesOrThrow<T>(value: T | Error): T {
  if (value instanceof Error) throw value;
  return value;
}
