import { BadUserInputError } from '@alambic/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { CircleEntity } from '../entities/index.js';
import { codeProblem, levelOf, nextFreeCode, recode, type Kind } from './analytic-code.js';

/** Every analytic code in use, archived circles included (an archived code stays reserved: history keeps it). */
export async function takenCodes(m: EntityManager): Promise<Map<string, string>> {
  const rows = await m.find(CircleEntity, { select: { id: true, name: true, analyticCode: true } });
  return new Map(rows.map((r) => [r.analyticCode, r.name]));
}

/** The code a circle gets: the one asked, checked against the digits rule and the codes in use, or the first free one. */
export async function chooseCode(
  m: EntityManager,
  kind: Kind,
  parentCode: string | null,
  asked: string | null | undefined,
  selfId?: string,
): Promise<string> {
  const taken = await takenCodes(m);
  const wanted = asked?.trim();
  if (wanted) {
    const problem = codeProblem(wanted, kind, parentCode);
    if (problem) throw new BadUserInputError(problem, 'analyticCode');
    const owner = taken.get(wanted);
    const ownRow = selfId ? await m.findOneBy(CircleEntity, { id: selfId }) : null;
    if (owner !== undefined && ownRow?.analyticCode !== wanted) {
      throw new BadUserInputError(`Le code analytique ${wanted} est déjà pris par le cercle « ${owner} » : choisissez-en un autre.`, 'analyticCode');
    }
    return wanted;
  }
  const free = nextFreeCode(kind, parentCode, new Set(taken.keys()));
  if (!free) throw new BadUserInputError('Plus aucun code analytique libre à ce niveau sous ce cercle parent (les chiffres 1 à 9 sont pris).', 'analyticCode');
  return free;
}

/** Gives a circle a new code; its descendants (archived ones included) keep the digits rule by following the new prefix. */
export async function applyCode(m: EntityManager, circle: CircleEntity, newCode: string, audit: { updatedBy: string | null; updatedAt: Date }): Promise<void> {
  if (circle.analyticCode === newCode) return;
  const level = levelOf[circle.kind];
  const descendants: Array<{ id: string; analytic_code: string }> = await m.query(
    `WITH RECURSIVE sub AS (SELECT id, analytic_code FROM circle WHERE parent_id = $1
       UNION ALL SELECT c.id, c.analytic_code FROM circle c JOIN sub ON c.parent_id = sub.id)
     SELECT id, analytic_code FROM sub`,
    [circle.id],
  );
  // Every new code starts with the new prefix, which no code of the subtree had: updates never collide among themselves.
  const moving = [{ id: circle.id, code: newCode }, ...descendants.map((d) => ({ id: d.id, code: recode(d.analytic_code, level, newCode) }))];
  const movingIds = new Set(moving.map((x) => x.id));
  const rows = await m.find(CircleEntity, { select: { id: true, analyticCode: true, name: true } });
  const outside = new Map(rows.filter((r) => !movingIds.has(r.id)).map((r) => [r.analyticCode, r.name]));
  for (const target of moving) {
    const owner = outside.get(target.code);
    if (owner !== undefined) {
      throw new BadUserInputError(`Le code analytique ${target.code} est déjà pris par le cercle « ${owner} » : choisissez-en un autre.`, 'analyticCode');
    }
  }
  for (const target of moving) {
    await m.update(CircleEntity, { id: target.id }, { analyticCode: target.code, ...audit });
  }
}
