import { assignments, circles, members, roleCatalogue } from '@alambic/demo-data';
import type { DataSource, EntityManager } from 'typeorm';
import { CircleEntity, MemberEntity, RoleAssignmentEntity, RoleEntity } from '../entities/index.js';
import { rolesFromTemplates } from '../role/role-templates.js';
import { insertDemoGovernance } from './governance-seed.js';
import { insertDemoWork } from '../work/seed.js';

/** Seeds the demo organisation into an empty database, in one transaction. Returns false when data already exists. */
export async function seedDemoOrganisation(dataSource: DataSource): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    // Serialises concurrent starts against the same database.
    await manager.query('SELECT pg_advisory_xact_lock(4242)');
    if ((await manager.count(CircleEntity)) > 0) return false;
    const circleIds = await insertCircles(manager);
    const memberIds = await insertMembers(manager);
    await insertRolesAndAssignments(manager, circleIds, memberIds);
    await insertDemoGovernance(manager);
    await insertDemoWork(manager);
    return true;
  });
}

async function insertCircles(manager: EntityManager): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const byDepth = [...circles].sort((a, b) => depth(a.kind) - depth(b.kind));
  for (const circle of byDepth) {
    const parentId = circle.parentCode ? ids.get(circle.parentCode) ?? null : null;
    await manager.insert(CircleEntity, {
      id: circle.id,
      kind: circle.kind,
      name: circle.name,
      analyticCode: circle.analyticCode,
      parentId,
      purpose: circle.purpose,
      ocecoProjectId: circle.ocecoProjectId,
    });
    ids.set(circle.analyticCode, circle.id);
  }
  return ids;
}

async function insertMembers(manager: EntityManager): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const m of members) {
    await manager.insert(MemberEntity, {
      id: m.id,
      firstName: m.firstName,
      lastName: m.lastName,
      pronouns: m.pronouns,
      email: m.email,
      phone: m.phone,
      implication: m.implication,
      skills: m.skills,
      odooPartnerId: m.odooPartnerId,
      ocecoUserId: m.ocecoUserId,
      isAdmin: m.isAdmin,
    });
    ids.set(m.email, m.id);
  }
  return ids;
}

async function insertRolesAndAssignments(manager: EntityManager, circleIds: Map<string, string>, memberIds: Map<string, string>) {
  const roleIds = new Map<string, string>();
  for (const circle of circles) {
    if (circle.kind !== 'GROUP' && circle.kind !== 'POLE') continue;
    const templates = roleCatalogue.filter((t) => t.appliesTo === circle.kind);
    for (const role of rolesFromTemplates(circle.id, templates)) {
      const saved = await manager.save(RoleEntity, role);
      roleIds.set(`${circle.analyticCode}/${role.templateKey}`, saved.id);
    }
  }
  for (const a of assignments) {
    const roleId = roleIds.get(`${a.circleCode}/${a.roleKey}`);
    const memberId = memberIds.get(a.memberEmail);
    if (!roleId || !memberId || !circleIds.has(a.circleCode)) {
      throw new Error(`Demo assignment refers to an unknown role or member: ${a.circleCode}/${a.roleKey} ${a.memberEmail}`);
    }
    await manager.insert(RoleAssignmentEntity, { roleId, memberId, startsOn: a.from, endsOn: a.until });
  }
}

function depth(kind: string): number {
  return ['GROUP', 'POLE', 'PROJECT', 'ACTION'].indexOf(kind);
}
