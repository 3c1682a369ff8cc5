import { ForbiddenError } from '@alambic/subgraph-kit';
import { Arg, Authorized, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { AccountingContext } from '../context.js';
import { AccountingDocumentList } from '../documents/document.type.js';
import { Member } from './member.type.js';

@Resolver(() => Member)
export class MemberDocumentsResolver {
  @Authorized()
  @Directive('@requires(fields: "odooPartnerId")')
  @FieldResolver(() => AccountingDocumentList, {
    nullable: true,
    description: 'Factures et avoirs de l’année où la personne est cliente ou fournisseuse (co-rémunérations, prestas internes…) ; visible par la personne elle-même et les administrateur·rices ; null sans contact Odoo.',
  })
  accountingDocuments(@Root() member: Member, @Arg('year', () => Int, { description: 'Année civile, ex. 2026.' }) year: number, @Ctx() context: AccountingContext): Promise<AccountingDocumentList | null> {
    const { identity } = context;
    if (identity.kind === 'member' && !identity.isAdmin && identity.memberId !== member.id) {
      throw new ForbiddenError('Les factures d’une personne ne sont visibles que par elle-même et par les administrateur·rices.');
    }
    return context.loaders.memberDocumentsOf(member.odooPartnerId, year);
  }
}
