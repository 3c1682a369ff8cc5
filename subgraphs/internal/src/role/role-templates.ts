import type { RoleTemplate } from '@alambic/demo-data';
import type { RoleEntity } from '../entities/index.js';

/** The role rows a circle starts with, from the collective's role catalogue. */
export function rolesFromTemplates(circleId: string, templates: RoleTemplate[]): Partial<RoleEntity>[] {
  return templates.map((t) => ({
    circleId,
    templateKey: t.key,
    name: t.name,
    purpose: t.purpose,
    accountabilities: t.accountabilities,
    required: t.required,
    minFillers: t.minFillers,
    maxFillers: t.maxFillers,
    ...t.flags,
  }));
}
