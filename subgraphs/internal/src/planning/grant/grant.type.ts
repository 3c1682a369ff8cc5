import { MoneyScalar } from '@alambic/subgraph-kit';
import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { GrantEntity, GrantInstalmentEntity } from '../entities/index.js';
import { GrantStatus } from './grant-status.js';

@Directive('@key(fields: "id")')
@ObjectType('Grant', { description: 'Une subvention, suivie de la piste à la clôture.' })
export class Grant {
  @Field(() => ID, { description: 'Identifiant de la subvention.' })
  id: string;

  @Field(() => String, { description: 'Financeur (Région, Département, CAF, DRAC…).' })
  funder: string;

  @Field(() => String, { nullable: true, description: 'Dispositif ou appel à projets.' })
  programme: string | null;

  @Field(() => String, { nullable: true, description: 'Référence du dossier chez le financeur.' })
  reference: string | null;

  @Field(() => String, { description: 'Intitulé.' })
  label: string;

  @Field(() => MoneyScalar, { nullable: true, description: 'Montant demandé.' })
  amountRequested: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Montant accordé.' })
  amountGranted: number | null;

  @Field(() => String, { nullable: true, description: 'Début de la période financée (AAAA-MM-JJ).' })
  periodStart: string | null;

  @Field(() => String, { nullable: true, description: 'Fin de la période financée (AAAA-MM-JJ).' })
  periodEnd: string | null;

  @Field(() => String, { nullable: true, description: 'Demandée le.' })
  requestedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Acceptée le.' })
  acceptedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Notifiée le.' })
  notifiedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Convention signée le.' })
  agreementSignedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Bilan financier à rendre au plus tard le (par défaut : 6 mois après la fin de l’exercice).' })
  reportDueOn: string | null;

  @Field(() => String, { nullable: true, description: 'Lien vers la convention.' })
  agreementUrl: string | null;

  @Field(() => String, { nullable: true, description: 'Lien vers le dossier de demande.' })
  requestUrl: string | null;

  @Field(() => Int, { nullable: true, description: 'Contact du financeur dans Odoo (pour rapprocher les factures de subvention).' })
  funderOdooPartnerId: number | null;

  @Field(() => GrantStatus, { description: 'Où en est la subvention.' })
  status: GrantStatus;

  referentMemberId: string | null;
  circleIds: string[];
}

export function toGrant(e: GrantEntity): Grant {
  return Object.assign(new Grant(), {
    id: e.id,
    funder: e.funder,
    programme: e.programme,
    reference: e.reference,
    label: e.label,
    amountRequested: e.amountRequestedCents,
    amountGranted: e.amountGrantedCents,
    periodStart: e.periodStart,
    periodEnd: e.periodEnd,
    requestedOn: e.requestedOn,
    acceptedOn: e.acceptedOn,
    notifiedOn: e.notifiedOn,
    agreementSignedOn: e.agreementSignedOn,
    reportDueOn: e.reportDueOn,
    agreementUrl: e.agreementUrl,
    requestUrl: e.requestUrl,
    funderOdooPartnerId: e.funderOdooPartnerId,
    status: e.status as GrantStatus,
    referentMemberId: e.referentMemberId,
    circleIds: e.circleIds,
  });
}

@ObjectType('GrantInstalment', { description: 'Un versement attendu d’une subvention, et ce qui a été reçu.' })
export class GrantInstalment {
  @Field(() => ID, { description: 'Identifiant du versement.' })
  id: string;

  @Field(() => String, { description: 'Attendu le (AAAA-MM-JJ).' })
  expectedOn: string;

  @Field(() => MoneyScalar, { description: 'Montant attendu.' })
  expected: number;

  @Field(() => String, { nullable: true, description: 'Reçu le.' })
  receivedOn: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Montant reçu.' })
  received: number | null;
}

export function toGrantInstalment(e: GrantInstalmentEntity): GrantInstalment {
  return Object.assign(new GrantInstalment(), {
    id: e.id,
    expectedOn: e.expectedOn,
    expected: e.expectedCents,
    receivedOn: e.receivedOn,
    received: e.receivedCents,
  });
}

@InputType('GrantInput', { description: 'Les informations d’une subvention.' })
export class GrantInput {
  @Field(() => String, { description: 'Financeur.' }) funder: string;
  @Field(() => String, { description: 'Intitulé.' }) label: string;
  @Field(() => String, { nullable: true, description: 'Dispositif ou appel à projets.' }) programme?: string | null;
  @Field(() => String, { nullable: true, description: 'Référence du dossier.' }) reference?: string | null;
  @Field(() => ID, { nullable: true, description: 'Membre référent·e de la subvention.' }) referentMemberId?: string | null;
  @Field(() => [ID], { defaultValue: [], description: 'Cercles financés.' }) circleIds: string[];
  @Field(() => MoneyScalar, { nullable: true, description: 'Montant demandé.' }) amountRequested?: number | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'Montant accordé.' }) amountGranted?: number | null;
  @Field(() => String, { nullable: true, description: 'Début de période (AAAA-MM-JJ).' }) periodStart?: string | null;
  @Field(() => String, { nullable: true, description: 'Fin de période (AAAA-MM-JJ).' }) periodEnd?: string | null;
  @Field(() => String, { nullable: true, description: 'Demandée le.' }) requestedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Acceptée le.' }) acceptedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Notifiée le.' }) notifiedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Convention signée le.' }) agreementSignedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Bilan à rendre le (sinon calculé).' }) reportDueOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Lien vers la convention.' }) agreementUrl?: string | null;
  @Field(() => String, { nullable: true, description: 'Lien vers le dossier.' }) requestUrl?: string | null;
  @Field(() => Int, { nullable: true, description: 'Contact du financeur dans Odoo.' }) funderOdooPartnerId?: number | null;
}

@InputType('GrantInstalmentInput', { description: 'Un versement attendu.' })
export class GrantInstalmentInput {
  @Field(() => String, { description: 'Attendu le (AAAA-MM-JJ).' }) expectedOn: string;
  @Field(() => MoneyScalar, { description: 'Montant attendu.' }) expected: number;
}
