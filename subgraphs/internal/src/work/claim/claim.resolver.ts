import { MoneyScalar } from '@alambic/subgraph-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import type { InternalContext } from '../../context.js';
import { Member, toMember } from '../../member/member.type.js';
import { RemunerationClaimEntity } from '../entities/index.js';
import { ClaimState } from '../enums.js';
import { forgetWork, workLoaders } from '../loaders.js';
import { Mission, toMission } from '../mission/mission.type.js';
import { toWorkTransition, WorkTransition } from '../transition.type.js';
import { ClaimService } from './claim.service.js';
import { RemunerationClaim, RemunerationClaimInput, toClaim } from './claim.type.js';

@Authorized()
@Resolver(() => RemunerationClaim)
export class RemunerationClaimResolver {
  @Query(() => [RemunerationClaim], { description: 'Les demandes de co-rémunération, filtrables par mission, personne et état (les plus récentes d’abord).' })
  async remunerationClaims(
    @Ctx() ctx: InternalContext,
    @Arg('missionId', () => ID, { nullable: true, description: 'Seulement sur cette mission.' }) missionId?: string | null,
    @Arg('memberId', () => ID, { nullable: true, description: 'Seulement celles de cette personne.' }) memberId?: string | null,
    @Arg('states', () => [ClaimState], { nullable: true, description: 'Seulement dans ces états.' }) states?: ClaimState[] | null,
  ): Promise<RemunerationClaim[]> {
    const where: Record<string, unknown> = {};
    if (missionId) where.missionId = missionId;
    if (memberId) where.memberId = memberId;
    if (states?.length) where.state = In(states);
    const rows = await ctx.db.getRepository(RemunerationClaimEntity).find({ where, order: { workDate: 'DESC', createdAt: 'DESC' } });
    return rows.map(toClaim);
  }

  @Mutation(() => RemunerationClaim, { description: 'Propose sa rémunération sur une mission où l’on est accepté·e (après coup : heures, description, montant).' })
  async proposeRemuneration(@Ctx() ctx: InternalContext, @Arg('input', () => RemunerationClaimInput, { description: 'La demande.' }) input: RemunerationClaimInput): Promise<RemunerationClaim> {
    const row = await new ClaimService(ctx.db, ctx.identity, ctx.today).propose(input);
    forgetWork(ctx);
    return toClaim(row);
  }

  @Mutation(() => RemunerationClaim, { description: 'Valide une demande, au montant proposé ou régulé (avec un motif) : par une autre personne qui tient un rôle dans le cercle, jamais la personne qui demande.' })
  async validateRemuneration(
    @Ctx() ctx: InternalContext,
    @Arg('id', () => ID, { description: 'La demande.' }) id: string,
    @Arg('amount', () => MoneyScalar, { nullable: true, description: 'Montant régulé ; vide pour valider le montant proposé.' }) amount?: number | null,
    @Arg('note', () => String, { nullable: true, description: 'Motif de la régulation (obligatoire si le montant change).' }) note?: string | null,
  ): Promise<RemunerationClaim> {
    const row = await new ClaimService(ctx.db, ctx.identity, ctx.today).validate(id, amount, note);
    forgetWork(ctx);
    return toClaim(row);
  }

  @Mutation(() => RemunerationClaim, { description: 'La personne enregistre le numéro de la facture qu’elle a émise pour une demande validée.' })
  async invoiceRemuneration(
    @Ctx() ctx: InternalContext,
    @Arg('id', () => ID, { description: 'La demande.' }) id: string,
    @Arg('invoiceNumber', () => String, { description: 'Numéro de facture.' }) invoiceNumber: string,
  ): Promise<RemunerationClaim> {
    const row = await new ClaimService(ctx.db, ctx.identity, ctx.today).invoice(id, invoiceNumber);
    forgetWork(ctx);
    return toClaim(row);
  }

  @Mutation(() => RemunerationClaim, { description: 'L’administration marque payée une demande facturée, avec la référence du paiement.' })
  async markRemunerationPaid(
    @Ctx() ctx: InternalContext,
    @Arg('id', () => ID, { description: 'La demande.' }) id: string,
    @Arg('reference', () => String, { description: 'Référence du paiement (virement…).' }) reference: string,
  ): Promise<RemunerationClaim> {
    const row = await new ClaimService(ctx.db, ctx.identity, ctx.today).markPaid(id, reference);
    forgetWork(ctx);
    return toClaim(row);
  }

  @FieldResolver(() => Mission, { description: 'La mission.' })
  async mission(@Root() c: RemunerationClaim, @Ctx() ctx: InternalContext): Promise<Mission> {
    return toMission((await workLoaders(ctx).missionById.load(c.missionId))!);
  }

  @FieldResolver(() => Member, { description: 'La personne qui demande.' })
  async member(@Root() c: RemunerationClaim, @Ctx() ctx: InternalContext): Promise<Member> {
    return toMember((await ctx.loaders.memberById.load(c.memberId))!);
  }

  @FieldResolver(() => Member, { nullable: true, description: 'La personne qui a validé (ou régulé).' })
  async validatedBy(@Root() c: RemunerationClaim, @Ctx() ctx: InternalContext): Promise<Member | null> {
    const row = c.validatedById ? await ctx.loaders.memberById.load(c.validatedById) : null;
    return row ? toMember(row) : null;
  }

  @FieldResolver(() => [WorkTransition], { description: 'Historique : proposée, validée, facturée, payée — par qui et quand.' })
  async history(@Root() c: RemunerationClaim, @Ctx() ctx: InternalContext): Promise<WorkTransition[]> {
    return (await workLoaders(ctx).transitionsBySubject.load(c.id)).map(toWorkTransition);
  }
}
