import { Authorized, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AccountingContext } from '../context.js';
import { AccountingDocumentKind, InvoicePaymentState } from '../documents/document.type.js';
import { ClaimBill, RemunerationClaim } from './claim.type.js';

const normalise = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, '').toUpperCase();

@Resolver(() => RemunerationClaim)
export class ClaimBillResolver {
  @Authorized()
  @Directive('@requires(fields: "invoiceNumber claimantOdooPartnerId workDate")')
  @FieldResolver(() => ClaimBill, {
    nullable: true,
    description: 'La facture fournisseur d’Odoo de la personne dont la référence est le numéro de facture de la demande (année du travail ou suivante) ; null tant qu’elle n’y est pas.',
  })
  async odooBill(@Root() claim: RemunerationClaim, @Ctx() context: AccountingContext): Promise<ClaimBill | null> {
    const wanted = normalise(claim.invoiceNumber);
    if (!wanted || typeof claim.claimantOdooPartnerId !== 'number' || !claim.workDate) return null;
    const year = Number(claim.workDate.slice(0, 4));
    for (const y of [year, year + 1]) {
      if (y > new Date().getFullYear() + 1) continue;
      const list = await context.loaders.memberDocumentsOf(claim.claimantOdooPartnerId, y);
      const bill = list?.items.find((d) => d.kind === AccountingDocumentKind.BILL && (normalise(d.reference) === wanted || normalise(d.number) === wanted));
      if (list && bill) {
        return {
          number: bill.number,
          reference: bill.reference,
          date: bill.date,
          total: bill.total,
          residual: bill.residual,
          paymentState: bill.paymentState,
          paid: bill.paymentState === InvoicePaymentState.PAID || bill.paymentState === InvoicePaymentState.IN_PAYMENT,
          readAt: new Date(list.readAt),
          stale: list.stale,
        };
      }
    }
    return null;
  }
}
