import { BadUserInputError, ForbiddenError } from '@alambic/subgraph-kit';
import { forgetReads } from '../../access/permissions.js';
import { created, updated } from '../../audit/stamp.js';
import { referencedCircle } from '../../circle/circle.service.js';
import type { InternalContext } from '../../context.js';
import { CircleEntity } from '../../entities/index.js';
import { optionalText, requireText } from '../../validation.js';
import { IndicatorEntity, ObjectiveEntity } from '../entities/index.js';
import { IndicatorSource } from '../enums.js';
import { canContributeToCircle, recordToChange, requireSemester } from '../shared.js';
import type { IndicatorInput, ObjectiveInput } from './objective.type.js';

function finite(value: number, label: string): number {
  if (!Number.isFinite(value)) throw new BadUserInputError(`${label} doit être un nombre.`, 'indicators');
  return value;
}

function checkIndicators(indicators: IndicatorInput[]) {
  if (indicators.length === 0) throw new BadUserInputError('Un objectif a au moins un indicateur : ajoutez ce qui mesurera sa réussite.', 'indicators');
  if (indicators.length > 20) throw new BadUserInputError(`Un objectif a au plus 20 indicateurs (reçu ${indicators.length}).`, 'indicators');
  return indicators.map((input, i) => {
    const n = i + 1;
    const target = finite(input.target, `La cible de l’indicateur n°${n}`);
    if (target < 0) throw new BadUserInputError(`La cible de l’indicateur n°${n} ne peut pas être négative (reçu ${target}).`, 'indicators');
    return {
      position: i,
      name: requireText(input.name, `Le nom de l’indicateur n°${n}`, 'indicators', 200),
      unit: requireText(input.unit, `L’unité de l’indicateur n°${n}`, 'indicators', 40),
      target,
      actual: input.actual === undefined || input.actual === null ? null : finite(input.actual, `La valeur réalisée de l’indicateur n°${n}`),
      source: input.source ?? IndicatorSource.MANUAL,
    };
  });
}

async function assertContributor(ctx: InternalContext, circle: CircleEntity): Promise<void> {
  if (await canContributeToCircle(ctx, circle.id)) return;
  throw new ForbiddenError(`Fixer les objectifs du cercle « ${circle.name} » : réservé aux personnes qui y tiennent un rôle, à son ou sa facilitateur·trice et aux administrateur·rices.`);
}

/** Creates an objective, or replaces one with its indicators, in one transaction. */
export async function setObjective(ctx: InternalContext, input: ObjectiveInput): Promise<ObjectiveEntity> {
  const row = await ctx.db.transaction(async (m) => {
    const circle = await referencedCircle(m, input.circleId, 'Cercle', 'circleId');
    await assertContributor(ctx, circle);
    const columns = {
      circleId: circle.id,
      semester: requireSemester(input.semester),
      title: requireText(input.title, 'L’objectif', 'title', 300),
      description: optionalText(input.description, 'Les détails', 'description', 4000),
    };
    const indicators = checkIndicators(input.indicators ?? []);
    let objectiveId: string;
    if (input.id) {
      const existing = await recordToChange(m, ObjectiveEntity, input.id, 'Objectif');
      if (existing.circleId !== circle.id) throw new BadUserInputError('Un objectif ne change pas de cercle.', 'circleId');
      await m.update(ObjectiveEntity, { id: existing.id }, { ...columns, ...updated(ctx) });
      await m.delete(IndicatorEntity, { objectiveId: existing.id });
      objectiveId = existing.id;
    } else {
      objectiveId = (await m.save(ObjectiveEntity, m.create(ObjectiveEntity, { ...columns, ...created(ctx) }))).id;
    }
    for (const indicator of indicators) await m.insert(IndicatorEntity, { ...indicator, objectiveId, ...created(ctx) });
    return m.findOneByOrFail(ObjectiveEntity, { id: objectiveId });
  });
  forgetReads(ctx);
  return row;
}

/** Records the actual value of one indicator. */
export async function recordIndicator(ctx: InternalContext, id: string, actual: number | null): Promise<IndicatorEntity> {
  const row = await ctx.db.transaction(async (m) => {
    const indicator = await recordToChange(m, IndicatorEntity, id, 'Indicateur');
    const objective = await m.findOneByOrFail(ObjectiveEntity, { id: indicator.objectiveId });
    const circle = await m.findOneByOrFail(CircleEntity, { id: objective.circleId });
    await assertContributor(ctx, circle);
    if (actual !== null && !Number.isFinite(actual)) throw new BadUserInputError('La valeur réalisée doit être un nombre.', 'actual');
    await m.update(IndicatorEntity, { id: indicator.id }, { actual, ...updated(ctx) });
    return m.findOneByOrFail(IndicatorEntity, { id: indicator.id });
  });
  forgetReads(ctx);
  return row;
}
