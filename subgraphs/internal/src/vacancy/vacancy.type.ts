import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum VacancyCheckKind {
  CIRCLE_WITHOUT_BUDGET_REFERENT = 'CIRCLE_WITHOUT_BUDGET_REFERENT',
  GRANT_WITHOUT_REFERENT = 'GRANT_WITHOUT_REFERENT',
  EVENT_WITHOUT_DAY_REFERENT = 'EVENT_WITHOUT_DAY_REFERENT',
}

registerEnumType(VacancyCheckKind, {
  name: 'VacancyCheckKind',
  description: 'Les contrôles croisés rôles × argent.',
  valuesConfig: {
    CIRCLE_WITHOUT_BUDGET_REFERENT: { description: 'Un cercle qui a un budget prévisionnel mais aucun·e référent·e budget/subvention en mandat (sur lui ou un cercle parent).' },
    GRANT_WITHOUT_REFERENT: { description: 'Une subvention en cours sans référent·e.' },
    EVENT_WITHOUT_DAY_REFERENT: { description: 'Un évènement sans référent·e du jour.' },
  },
});

@ObjectType('Vacancy', { description: 'Un rôle requis non pourvu : pas assez de personnes en mandat, ou mandat terminé.' })
export class Vacancy {
  @Field(() => Int, { description: 'Personnes en mandat aujourd’hui.' })
  activeFillers: number;

  @Field(() => Int, { description: 'Personnes nécessaires (le minimum du rôle, au moins une).' })
  neededFillers: number;

  @Field(() => String, { nullable: true, description: 'Dernier jour du mandat terminé (AAAA-MM-JJ) quand plus personne ne tient le rôle.' })
  termEndedOn: string | null;

  @Field(() => String, { description: 'La raison en une phrase, par exemple « Mandat terminé le 30/06/2026 ».' })
  reason: string;

  roleId: string;
  circleId: string;
}

@ObjectType('VacancyAlert', { description: 'Un manque repéré en croisant les rôles et l’argent.' })
export class VacancyAlert {
  @Field(() => VacancyCheckKind, { description: 'Le contrôle qui l’a repéré.' })
  kind: VacancyCheckKind;

  @Field(() => String, { description: 'Le manque en une phrase.' })
  message: string;

  @Field(() => ID, { nullable: true, description: 'L’objet concerné (une subvention, un évènement…) quand ce n’est pas un cercle.' })
  reference: string | null;

  circleId: string | null;
}

@ObjectType('VacancyCheck', { description: 'Un contrôle croisé rôles × argent, et s’il peut déjà tourner.' })
export class VacancyCheck {
  @Field(() => VacancyCheckKind, { description: 'Le contrôle.' })
  kind: VacancyCheckKind;

  @Field(() => String, { description: 'Ce qu’il vérifie.' })
  label: string;

  @Field(() => Boolean, { description: 'Vrai quand les données nécessaires existent et que le contrôle a tourné.' })
  checkable: boolean;

  @Field(() => String, { nullable: true, description: 'Pourquoi le contrôle ne peut pas encore tourner.' })
  reason: string | null;
}

@ObjectType('VacancyReport', { description: 'Les rôles vacants et les manques croisés avec l’argent, pour un cercle (et ses sous-cercles) ou toute l’organisation.' })
export class VacancyReport {
  @Field(() => [Vacancy], { description: 'Les rôles requis non pourvus, par cercle.' })
  vacancies: Vacancy[];

  @Field(() => [VacancyAlert], { description: 'Les manques repérés par les contrôles croisés.' })
  alerts: VacancyAlert[];

  @Field(() => [VacancyCheck], { description: 'Les contrôles croisés et leur état.' })
  checks: VacancyCheck[];
}
