import { BadUserInputError, NotFoundError } from '@alambic/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { canManageCircle } from '../access/permissions.js';
import type { InternalContext } from '../context.js';
import { activeCircleIdsOf } from '../member/contact.js';
import { isUuid } from '../validation.js';

/** A governance record targeted by a mutation: NOT_FOUND when it does not exist. */
export async function recordToChange<T extends object>(m: EntityManager, entity: new () => T, id: string, what: string): Promise<T> {
  const row = isUuid(id) ? await m.findOneBy(entity, { id } as never) : null;
  if (!row) throw new NotFoundError(`${what} inconnu·e : rien n’a l’identifiant « ${id} ».`);
  return row;
}

/** A member named in an input (BAD_USER_INPUT when unknown). */
export async function assertMemberExists(m: EntityManager, id: string, field: string): Promise<void> {
  const [row] = isUuid(id) ? await m.query('SELECT 1 FROM member WHERE id = $1', [id]) : [];
  if (!row) throw new BadUserInputError(`Membre inconnu : aucune personne n’a l’identifiant « ${id} ».`, field);
}

/** Managers of the circle, and members holding a role in it today, look after its objectives. */
export async function canContributeToCircle(ctx: InternalContext, circleId: string): Promise<boolean> {
  if (await canManageCircle(ctx, circleId)) return true;
  if (!ctx.identity.memberId) return false;
  return (await activeCircleIdsOf(ctx, ctx.identity.memberId)).has(circleId);
}

const SEMESTER = /^(\d{4})-S([12])$/;

/** `2026-S2`. */
export function requireSemester(value: string | null | undefined): string {
  const text = (value ?? '').trim();
  const match = SEMESTER.exec(text);
  if (!match || Number(match[1]) < 2000 || Number(match[1]) > 2100) {
    throw new BadUserInputError(`Le semestre doit s’écrire AAAA-S1 ou AAAA-S2, par exemple 2026-S2 (reçu « ${text.slice(0, 20)} »).`, 'semester');
  }
  return text;
}

/** The semester of a day `YYYY-MM-DD`: January–June is S1. */
export function semesterOf(day: string): string {
  return `${day.slice(0, 4)}-S${Number(day.slice(5, 7)) <= 6 ? 1 : 2}`;
}
