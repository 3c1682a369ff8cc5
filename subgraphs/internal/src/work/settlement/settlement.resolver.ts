import { Arg, Authorized, Ctx, Directive, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { centsFromDecimal, MoneyScalar } from '@alambic/subgraph-kit';
import { Circle, toCircle } from '../../circle/circle.type.js';
import type { InternalContext } from '../../context.js';
import { InternalTransferEntity } from '../../planning/entities/index.js';
import { InternalTransfer, toInternalTransfer } from '../../planning/transfer/transfer.type.js';
import { dispatch } from './dispatch.js';
import { In } from 'typeorm';
import { Member, toMember } from '../../member/member.type.js';
import { MissionApplicationEntity, MissionEntity } from '../entities/index.js';
import { ApplicationStatus, MissionKind } from '../enums.js';
import { EventSettlementShareEntity } from './settlement-share.entity.js';
import { Event, EventSettlement, SettlementShareInput } from './settlement.type.js';
import { SettlementService, settlementReason } from './settlement.service.js';

const cents = (v: number | string) => (typeof v === 'number' ? v : centsFromDecimal(v));

@Authorized()
@Resolver(() => Event)
export class EventSettlementResolver {
  @Directive('@requires(fields: "sales { total } organiser { id }")')
  @FieldResolver(() => EventSettlement, { description: 'La répartition de la recette (lue dans TiBillet) entre les pôles participants, selon la règle fixée.' })
  async settlement(@Root() event: Event, @Ctx() ctx: InternalContext): Promise<EventSettlement> {
    const shares = await ctx.db.getRepository(EventSettlementShareEntity).find({ where: { eventId: event.id }, order: { perMille: 'DESC' } });
    const revenue = event.sales ? cents(event.sales.total) : null;
    const organiserRow = event.organiser ? await ctx.loaders.circleById.load(event.organiser.id) : null;
    const { parts, kept } = dispatch(revenue ?? 0, shares);
    const circles = await ctx.loaders.circleById.loadMany(shares.map((s) => s.circleId));
    const booked = await ctx.db.getRepository(InternalTransferEntity).exists({ where: { eventId: event.id, reason: settlementReason } });
    return {
      revenue,
      organiser: organiserRow ? toCircle(organiserRow) : null,
      parts: shares.flatMap((s, i) => {
        const row = circles[i];
        return row && !(row instanceof Error) ? [{ circle: toCircle(row), perMille: s.perMille, amount: revenue === null ? 0 : parts[i].cents }] : [];
      }),
      kept: revenue === null ? null : kept,
      booked,
    };
  }
}

@Authorized()
@Resolver(() => Event)
export class EventReferentsResolver {
  @FieldResolver(() => [Member], { description: 'Les référent·es du jour de l’évènement : les personnes retenues sur ses missions « référent du jour ».' })
  async referents(@Root() event: Event, @Ctx() ctx: InternalContext): Promise<Member[]> {
    const missions = await ctx.db.getRepository(MissionEntity).findBy({ eventId: event.id, kind: MissionKind.DAY_REFERENT });
    if (missions.length === 0) return [];
    const accepted = await ctx.db.getRepository(MissionApplicationEntity).findBy({ missionId: In(missions.map((m) => m.id)), status: ApplicationStatus.ACCEPTED });
    const rows = await ctx.loaders.memberById.loadMany([...new Set(accepted.map((a) => a.memberId))]);
    return rows.flatMap((row) => (row && !(row instanceof Error) ? [toMember(row)] : []));
  }
}

@Authorized()
@Resolver()
export class SettlementMutationResolver {
  @Mutation(() => [Circle], { description: 'Fixe la règle de répartition de la recette d’un évènement : une part en pour mille par cercle (le reste au pôle organisateur).' })
  async setEventSettlementRule(
    @Ctx() ctx: InternalContext,
    @Arg('eventId', () => ID, { description: 'Évènement TiBillet.' }) eventId: string,
    @Arg('shares', () => [SettlementShareInput], { description: 'Les parts.' }) shares: SettlementShareInput[],
  ): Promise<Circle[]> {
    const rows = await new SettlementService(ctx.db, ctx.identity, ctx.today).setRule(eventId, shares);
    const circles = await ctx.loaders.circleById.loadMany(rows.map((r) => r.circleId));
    return circles.flatMap((c) => (c && !(c instanceof Error) ? [toCircle(c)] : []));
  }

  @Mutation(() => [InternalTransfer], { description: 'Passe la répartition de la recette en transferts internes réels, depuis le pôle organisateur (administration, une seule fois).' })
  async settleEvent(
    @Ctx() ctx: InternalContext,
    @Arg('eventId', () => ID, { description: 'Évènement TiBillet.' }) eventId: string,
    @Arg('organiserId', () => ID, { description: 'Pôle organisateur (celui que la répartition indique).' }) organiserId: string,
    @Arg('revenue', () => MoneyScalar, { description: 'Recette à répartir (celle que la répartition indique).' }) revenue: number,
  ): Promise<InternalTransfer[]> {
    return (await new SettlementService(ctx.db, ctx.identity, ctx.today).settle(eventId, organiserId, revenue, ctx.today)).map(toInternalTransfer);
  }
}
