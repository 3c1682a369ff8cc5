import { Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { InternalContext } from '../../context.js';
import { RemunerationClaim, toClaim } from './claim.type.js';
import { RemunerationClaimEntity } from '../entities/index.js';

/** What the accounting subgraph needs to find a claim's bill in Odoo: the claimant's Odoo contact. */
@Authorized()
@Resolver(() => RemunerationClaim)
export class ClaimOdooLinkResolver {
  @FieldResolver(() => Int, { nullable: true, description: 'Contact Odoo (res.partner) de la personne qui demande.' })
  async claimantOdooPartnerId(@Root() claim: RemunerationClaim, @Ctx() ctx: InternalContext): Promise<number | null> {
    return (await ctx.loaders.memberById.load(claim.memberId))?.odooPartnerId ?? null;
  }
}

/** A claim by id, for the gateway's entity calls. */
export async function resolveClaimReference(reference: { id: string }, ctx: InternalContext): Promise<RemunerationClaim | null> {
  if (!/^[0-9a-f-]{36}$/i.test(reference.id)) return null;
  const row = await ctx.db.getRepository(RemunerationClaimEntity).findOneBy({ id: reference.id });
  return row ? toClaim(row) : null;
}
