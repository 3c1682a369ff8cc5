import { MoneyScalar } from '@alambic/subgraph-kit';
import { Field, ObjectType } from 'type-graphql';
import { RemunerationClaim } from '../claim/claim.type.js';
import { MissionApplication } from '../mission/application.type.js';
import { Mission } from '../mission/mission.type.js';

@ObjectType('MyMission', { description: 'Une mission sur laquelle je suis accepté·e, avec ce que je peux en attendre.' })
export class MyMission {
  @Field(() => Mission, { description: 'La mission.' })
  mission: Mission;

  @Field(() => MoneyScalar, { description: 'Estimation de ma rémunération : la rémunération fixe d’une presta, ou le reste de l’enveloppe partagé entre les personnes acceptées pour la bienveillance.' })
  estimatedRemuneration: number;
}

@ObjectType('MyWorkTotals', { description: 'Mes montants de co-rémunération, par étape.' })
export class MyWorkTotals {
  @Field(() => MoneyScalar, { description: 'Proposé, en attente de validation.' })
  toValidate: number;

  @Field(() => MoneyScalar, { description: 'Validé, à facturer.' })
  toInvoice: number;

  @Field(() => MoneyScalar, { description: 'Facturé, à me payer.' })
  toBePaid: number;

  @Field(() => MoneyScalar, { description: 'Déjà payé.' })
  paid: number;

  @Field(() => MoneyScalar, { description: 'Estimation de ce que peuvent encore me rapporter les missions où je suis accepté·e.' })
  estimated: number;
}

@ObjectType('MyWork', { description: 'Tout ce qui me concerne dans les missions et la co-rémunération (tableau de bord perso).' })
export class MyWork {
  @Field(() => [RemunerationClaim], { description: 'Les demandes d’autres personnes que je peux valider (cercles où je tiens un rôle, ou au-dessous).' })
  claimsToValidate: RemunerationClaim[];

  @Field(() => [MissionApplication], { description: 'Les candidatures d’autres personnes sur lesquelles je peux décider.' })
  applicationsToDecide: MissionApplication[];

  @Field(() => [RemunerationClaim], { description: 'Mes demandes, les plus récentes d’abord.' })
  myClaims: RemunerationClaim[];

  @Field(() => [RemunerationClaim], { description: 'Mes demandes validées, à facturer.' })
  toInvoice: RemunerationClaim[];

  @Field(() => [MissionApplication], { description: 'Mes candidatures.' })
  myApplications: MissionApplication[];

  @Field(() => [MyMission], { description: 'Les missions où je suis accepté·e, avec l’estimation de ma rémunération.' })
  missions: MyMission[];

  @Field(() => MyWorkTotals, { description: 'Mes totaux : à valider, à facturer, à me payer, payé, estimation.' })
  totals: MyWorkTotals;
}
