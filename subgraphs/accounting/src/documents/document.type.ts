import { DateTimeISOScalar, MoneyScalar } from '@alambic/subgraph-kit';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AccountingCategory } from '../categories/category.js';

export enum AccountingDocumentKind {
  BILL = 'BILL',
  BILL_REFUND = 'BILL_REFUND',
  INVOICE = 'INVOICE',
  INVOICE_REFUND = 'INVOICE_REFUND',
}

export enum AccountingDocumentState {
  DRAFT = 'DRAFT',
  POSTED = 'POSTED',
  CANCELLED = 'CANCELLED',
}

export enum InvoicePaymentState {
  NOT_PAID = 'NOT_PAID',
  IN_PAYMENT = 'IN_PAYMENT',
  PAID = 'PAID',
  PARTIAL = 'PARTIAL',
  REVERSED = 'REVERSED',
  BLOCKED = 'BLOCKED',
  LEGACY = 'LEGACY',
}

registerEnumType(AccountingDocumentKind, {
  name: 'AccountingDocumentKind',
  description: 'Nature d’une pièce : facture ou avoir, de fournisseur ou de client.',
  valuesConfig: {
    BILL: { description: 'Facture fournisseur (une dépense).' },
    BILL_REFUND: { description: 'Avoir fournisseur.' },
    INVOICE: { description: 'Facture client (une recette).' },
    INVOICE_REFUND: { description: 'Avoir client.' },
  },
});

registerEnumType(AccountingDocumentState, {
  name: 'AccountingDocumentState',
  description: 'État comptable d’une pièce dans Odoo.',
  valuesConfig: {
    DRAFT: { description: 'Brouillon : pas encore comptabilisée.' },
    POSTED: { description: 'Comptabilisée.' },
    CANCELLED: { description: 'Annulée.' },
  },
});

registerEnumType(InvoicePaymentState, {
  name: 'InvoicePaymentState',
  description: 'Où en est le paiement d’une facture.',
  valuesConfig: {
    NOT_PAID: { description: 'Non payée.' },
    IN_PAYMENT: { description: 'Paiement en cours (enregistré, pas encore rapproché de la banque).' },
    PAID: { description: 'Payée.' },
    PARTIAL: { description: 'Partiellement payée.' },
    REVERSED: { description: 'Extournée (annulée par un avoir).' },
    BLOCKED: { description: 'Paiement bloqué (Odoo 18 et plus).' },
    LEGACY: { description: 'Reprise d’un ancien système de facturation.' },
  },
});

@ObjectType('AccountingDocument', { description: 'Une facture ou un avoir, de client ou de fournisseur, lu dans Odoo.' })
export class AccountingDocumentType {
  @Field(() => ID, { description: 'Identifiant de la pièce dans Odoo.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Numéro de la pièce (ex. « FACTU/2026/00012 ») ; vide pour un brouillon.' })
  number!: string | null;

  @Field(() => AccountingDocumentKind, { description: 'Facture ou avoir, client ou fournisseur.' })
  kind!: AccountingDocumentKind;

  @Field(() => AccountingDocumentState, { description: 'Brouillon, comptabilisée ou annulée.' })
  state!: AccountingDocumentState;

  @Field(() => String, { nullable: true, description: 'Client ou fournisseur.' })
  partnerName!: string | null;

  @Field(() => String, { nullable: true, description: 'Date de la facture, au format AAAA-MM-JJ.' })
  date!: string | null;

  @Field(() => String, { nullable: true, description: 'Date d’échéance, au format AAAA-MM-JJ.' })
  dueDate!: string | null;

  @Field(() => String, { nullable: true, description: 'Référence du fournisseur ou du client.' })
  reference!: string | null;

  @Field(() => MoneyScalar, { description: 'Montant total de la pièce.' })
  total!: number;

  @Field(() => MoneyScalar, { description: 'Reste à payer (ou à encaisser).' })
  residual!: number;

  @Field(() => InvoicePaymentState, { description: 'État du paiement.' })
  paymentState!: InvoicePaymentState;

  @Field(() => AccountingCategory, { nullable: true, description: 'Catégorie budgétaire de sa ligne principale ; vide quand la pièce n’a pas de ligne de produit.' })
  category!: AccountingCategory | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Part de la pièce imputée au cercle demandé (selon la répartition analytique) ; vide hors d’un cercle.' })
  circleShare!: number | null;
}

@ObjectType('AccountingDocumentList', { description: 'Des factures et avoirs lus dans Odoo, avec la fraîcheur de la lecture.' })
export class AccountingDocumentList {
  @Field(() => [AccountingDocumentType], { description: 'Les pièces, par date puis numéro.' })
  items!: AccountingDocumentType[];

  @Field(() => DateTimeISOScalar, { description: 'Moment où ces pièces ont été lues dans Odoo.' })
  readAt!: Date;

  @Field(() => Boolean, { description: 'Vrai quand Odoo ne répond pas et que cette liste est la dernière lecture réussie.' })
  stale!: boolean;
}

@ObjectType('GrantReceipt', { description: 'Une subvention facturée à un financeur et ce qu’il en a déjà versé.' })
export class GrantReceipt {
  @Field(() => ID, { description: 'Identifiant de la facture de subvention dans Odoo.' })
  documentId!: string;

  @Field(() => String, { nullable: true, description: 'Numéro de la facture.' })
  number!: string | null;

  @Field(() => String, { description: 'Financeur (Région, Département, CAF, DRAC…).' })
  funder!: string;

  @Field(() => String, { nullable: true, description: 'Convention ou compte de financement (plan analytique « Financements »), quand il est indiqué.' })
  fundingAccount!: string | null;

  @Field(() => String, { nullable: true, description: 'Date de la facture, au format AAAA-MM-JJ.' })
  date!: string | null;

  @Field(() => MoneyScalar, { description: 'Montant facturé au financeur pour ce cercle.' })
  invoiced!: number;

  @Field(() => MoneyScalar, { description: 'Montant déjà reçu pour ce cercle.' })
  received!: number;

  @Field(() => MoneyScalar, { description: 'Reste à recevoir pour ce cercle.' })
  toReceive!: number;

  @Field(() => InvoicePaymentState, { description: 'État du paiement de la facture.' })
  paymentState!: InvoicePaymentState;
}

@ObjectType('GrantReceiptList', { description: 'Les subventions d’un cercle sur une année, avec la fraîcheur de la lecture.' })
export class GrantReceiptList {
  @Field(() => [GrantReceipt], { description: 'Les factures de subvention.' })
  items!: GrantReceipt[];

  @Field(() => MoneyScalar, { description: 'Total facturé.' })
  invoiced!: number;

  @Field(() => MoneyScalar, { description: 'Total reçu.' })
  received!: number;

  @Field(() => DateTimeISOScalar, { description: 'Moment où ces montants ont été lus dans Odoo.' })
  readAt!: Date;

  @Field(() => Boolean, { description: 'Vrai quand Odoo ne répond pas et que ces montants sont la dernière lecture réussie.' })
  stale!: boolean;
}
