import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import { ChangeStamp, toChangeStamp } from '../../audit/change-stamp.type.js';
import type { IndicatorEntity, ObjectiveEntity } from '../entities/index.js';
import { IndicatorSource } from '../enums.js';

@ObjectType('Indicator', { description: 'Un indicateur d’un objectif : une unité, une cible, une valeur réalisée et sa source.' })
export class Indicator {
  @Field(() => ID, { description: 'Identifiant de l’indicateur.' })
  id: string;

  @Field(() => String, { description: 'Ce qui est mesuré.' })
  name: string;

  @Field(() => String, { description: 'L’unité (personnes, €, heures, ateliers…).' })
  unit: string;

  @Field(() => Float, { description: 'La cible du semestre.' })
  target: number;

  @Field(() => Float, { nullable: true, description: 'La valeur réalisée, vide tant qu’elle n’est pas connue.' })
  actual: number | null;

  @Field(() => IndicatorSource, { description: 'D’où vient la valeur réalisée.' })
  source: IndicatorSource;

  @Field(() => Float, { nullable: true, description: 'Réalisé ÷ cible (1 = atteint), vide sans valeur réalisée ou pour une cible nulle.' })
  progress: number | null;

  @Field(() => ChangeStamp, { description: 'Qui l’a saisi et modifié, et quand.' })
  changes: ChangeStamp;
}

export function toIndicator(row: IndicatorEntity): Indicator {
  return Object.assign(new Indicator(), {
    id: row.id,
    name: row.name,
    unit: row.unit,
    target: row.target,
    actual: row.actual,
    source: row.source as IndicatorSource,
    progress: row.actual === null || row.target === 0 ? null : row.actual / row.target,
    changes: toChangeStamp(row),
  });
}

@ObjectType('Objective', { description: 'Un objectif semestriel d’un cercle, mesuré par ses indicateurs.' })
export class Objective {
  @Field(() => ID, { description: 'Identifiant de l’objectif.' })
  id: string;

  @Field(() => String, { description: 'Le semestre, par exemple « 2026-S2 ».' })
  semester: string;

  @Field(() => String, { description: 'L’objectif.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Les détails.' })
  description: string | null;

  @Field(() => ChangeStamp, { description: 'Qui l’a fixé et modifié, et quand.' })
  changes: ChangeStamp;

  circleId: string;
}

export function toObjective(row: ObjectiveEntity): Objective {
  return Object.assign(new Objective(), {
    id: row.id,
    semester: row.semester,
    title: row.title,
    description: row.description,
    changes: toChangeStamp(row),
    circleId: row.circleId,
  });
}

@InputType('IndicatorInput', { description: 'Un indicateur d’un objectif.' })
export class IndicatorInput {
  @Field(() => String, { description: 'Ce qui est mesuré (obligatoire).' })
  name: string;

  @Field(() => String, { description: 'L’unité (obligatoire).' })
  unit: string;

  @Field(() => Float, { description: 'La cible (zéro ou plus).' })
  target: number;

  @Field(() => Float, { nullable: true, description: 'La valeur réalisée, si elle est connue.' })
  actual?: number | null;

  @Field(() => IndicatorSource, { nullable: true, description: 'D’où vient la valeur réalisée (saisie à la main par défaut).' })
  source?: IndicatorSource | null;
}

@InputType('ObjectiveInput', { description: 'Un objectif semestriel et ses indicateurs (qui remplacent les précédents à la modification).' })
export class ObjectiveInput {
  @Field(() => ID, { nullable: true, description: 'L’objectif à modifier ; vide pour en créer un.' })
  id?: string | null;

  @Field(() => ID, { description: 'Le cercle.' })
  circleId: string;

  @Field(() => String, { description: 'Le semestre, AAAA-S1 ou AAAA-S2.' })
  semester: string;

  @Field(() => String, { description: 'L’objectif (obligatoire).' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Les détails.' })
  description?: string | null;

  @Field(() => [IndicatorInput], { description: 'Ses indicateurs, un au moins.' })
  indicators: IndicatorInput[];
}
