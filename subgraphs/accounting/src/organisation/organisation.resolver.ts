import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { CircleActuals, CommittedAmount } from '../actuals/actuals.type.js';
import { BankPosition } from '../bank/bank.type.js';
import type { AccountingContext } from '../context.js';
import { AccountingDocumentList } from '../documents/document.type.js';

const yearArg = { description: 'Année civile, ex. 2026.' };

/** The organisation as a whole: every analytic account of the circle tree, every document, every bank account. */
@Resolver()
export class OrganisationResolver {
  @Authorized()
  @Query(() => CircleActuals, {
    nullable: true,
    description: 'Réalisé de toute l’organisation (tous les comptes analytiques de l’arbre des cercles) pour une année, par catégorie et par mois ; les transferts internes entre cercles s’annulent et sont laissés à zéro.',
  })
  organisationActuals(@Arg('year', () => Int, yearArg) year: number, @Ctx() context: AccountingContext): Promise<CircleActuals | null> {
    return context.actuals.organisation(year);
  }

  @Authorized()
  @Query(() => CommittedAmount, { nullable: true, description: 'Engagé de toute l’organisation : reste à payer des factures fournisseurs comptabilisées ou en brouillon.' })
  async organisationCommitted(@Ctx() context: AccountingContext): Promise<CommittedAmount | null> {
    const [committed] = await context.actuals.committed([null]);
    return committed ?? null;
  }

  @Authorized()
  @Query(() => AccountingDocumentList, { nullable: true, description: 'Toutes les factures et tous les avoirs (clients et fournisseurs) de l’année, avec leur état de paiement.' })
  accountingDocuments(@Arg('year', () => Int, yearArg) year: number, @Ctx() context: AccountingContext): Promise<AccountingDocumentList | null> {
    return context.documents.organisation(year);
  }

  @Authorized()
  @Query(() => BankPosition, { nullable: true, description: 'Les comptes bancaires et caisses, leur solde et leurs mouvements mois par mois : le réel du plan de trésorerie.' })
  bankPosition(@Arg('year', () => Int, yearArg) year: number, @Ctx() context: AccountingContext): Promise<BankPosition | null> {
    return context.bank.position(year);
  }
}
