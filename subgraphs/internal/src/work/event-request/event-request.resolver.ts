import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Circle, toCircle } from '../../circle/circle.type.js';
import type { InternalContext } from '../../context.js';
import { CircleEntity } from '../../entities/index.js';
import { Member, toMember } from '../../member/member.type.js';
import { EventRequestEntity } from '../entities/index.js';
import { workLoaders } from '../loaders.js';
import { Mission, toMission } from '../mission/mission.type.js';
import { toWorkTransition, WorkTransition } from '../transition.type.js';
import { EventProfitSharePart, EventQuote, EventQuoteLine, EventRequest } from './event-request.type.js';
import { toEventRequest, toQuoteLine } from './event-request.mapping.js';
import { COMMONS_CIRCLE_CODE, profitShare, quoteFigures } from './quote.js';
import { EventRequestStatus } from './status.js';

const commons = new WeakMap<InternalContext, Promise<string | null>>();
function commonsId(ctx: InternalContext): Promise<string | null> {
  let found = commons.get(ctx);
  if (!found) {
    found = ctx.db.getRepository(CircleEntity).findOneBy({ analyticCode: COMMONS_CIRCLE_CODE }).then((c) => c?.id ?? null);
    commons.set(ctx, found);
  }
  return found;
}

@Authorized()
@Resolver(() => EventRequest)
export class EventRequestResolver {
  @Query(() => [EventRequest], { description: 'Les demandes d’évènements extérieurs, les plus proches d’abord, filtrables par état.' })
  async eventRequests(
    @Ctx() ctx: InternalContext,
    @Arg('status', () => EventRequestStatus, { nullable: true, description: 'Seulement les demandes dans cet état.' }) status?: EventRequestStatus | null,
  ): Promise<EventRequest[]> {
    const rows = await ctx.db.getRepository(EventRequestEntity).find({ where: status ? { status } : {}, order: { startsAt: 'ASC', createdAt: 'ASC' } });
    return rows.map(toEventRequest);
  }

  @Query(() => EventRequest, { nullable: true, description: 'Une demande d’évènement extérieur par son identifiant.' })
  async eventRequest(@Ctx() ctx: InternalContext, @Arg('id', () => ID, { description: 'Identifiant de la demande.' }) id: string): Promise<EventRequest | null> {
    const row = /^[0-9a-f-]{36}$/i.test(id) ? await workLoaders(ctx).requestById.load(id) : null;
    return row ? toEventRequest(row) : null;
  }

  @FieldResolver(() => Circle, { nullable: true, description: 'Le pôle qui porte la demande (à partir de l’étape 2).' })
  async pole(@Root() r: EventRequest, @Ctx() ctx: InternalContext): Promise<Circle | null> {
    const row = r.entity.poleCircleId ? await ctx.loaders.circleById.load(r.entity.poleCircleId) : null;
    return row ? toCircle(row) : null;
  }

  @FieldResolver(() => Member, { nullable: true, description: 'La personne bienveillante qui suit la demande et construit le devis.' })
  async bienveillant(@Root() r: EventRequest, @Ctx() ctx: InternalContext): Promise<Member | null> {
    const row = r.entity.careLeadId ? await ctx.loaders.memberById.load(r.entity.careLeadId) : null;
    return row ? toMember(row) : null;
  }

  @FieldResolver(() => EventQuote, { nullable: true, description: 'Le devis chiffré (à partir de l’étape 4).' })
  async quote(@Root() r: EventRequest, @Ctx() ctx: InternalContext): Promise<EventQuote | null> {
    const { hours, hourlyRateCents } = r.entity;
    if (hours === null || hourlyRateCents === null) return null;
    const lines = await workLoaders(ctx).quoteLinesByRequest.load(r.id);
    const f = quoteFigures(hours, hourlyRateCents, lines.map((l) => ({ circleId: l.circleId ?? '', amountCents: l.amountCents, costCents: l.costCents })));
    return Object.assign(new EventQuote(), { lines: lines.map(toQuoteLine), hours, hourlyRate: hourlyRateCents, siteHire: f.siteHireCents, total: f.totalCents, costs: f.costsCents, margin: f.marginCents });
  }

  @FieldResolver(() => [EventProfitSharePart], { description: 'Le partage prévu de la marge : la part convenue entre les cercles participants au prorata de ce qu’ils fournissent, le reste aux Communs (3000). Les parts font exactement la marge.' })
  async profitShare(@Root() r: EventRequest, @Ctx() ctx: InternalContext): Promise<EventProfitSharePart[]> {
    const { hours, hourlyRateCents, poleCircleId } = r.entity;
    const commonsCircle = await commonsId(ctx);
    if (hours === null || hourlyRateCents === null || !poleCircleId || !commonsCircle) return [];
    const lines = (await workLoaders(ctx).quoteLinesByRequest.load(r.id)).map((l) => ({ circleId: l.circleId ?? poleCircleId, amountCents: l.amountCents, costCents: l.costCents }));
    const f = quoteFigures(hours, hourlyRateCents, lines);
    return profitShare(f.marginCents, r.profitSharePercent, poleCircleId, f.siteHireCents, lines, commonsCircle).map((p) =>
      Object.assign(new EventProfitSharePart(), { circleId: p.circleId, amount: p.amountCents }),
    );
  }

  @FieldResolver(() => [Mission], { description: 'Les missions créées pour l’évènement (référent·e du jour, chargé·es de mission).' })
  async missions(@Root() r: EventRequest, @Ctx() ctx: InternalContext): Promise<Mission[]> {
    return (await workLoaders(ctx).missionsByRequest.load(r.id)).map(toMission);
  }

  @FieldResolver(() => [WorkTransition], { description: 'Historique : chaque étape franchie, par qui et quand.' })
  async history(@Root() r: EventRequest, @Ctx() ctx: InternalContext): Promise<WorkTransition[]> {
    return (await workLoaders(ctx).transitionsBySubject.load(r.id)).map(toWorkTransition);
  }
}

@Resolver(() => EventProfitSharePart)
export class EventProfitSharePartResolver {
  @FieldResolver(() => Circle, { description: 'Le cercle qui reçoit la part.' })
  async circle(@Root() p: EventProfitSharePart, @Ctx() ctx: InternalContext): Promise<Circle> {
    return toCircle((await ctx.loaders.circleById.load(p.circleId))!);
  }
}

@Resolver(() => EventQuoteLine)
export class EventQuoteLineResolver {
  @FieldResolver(() => Circle, { description: 'Le cercle qui fournit la prestation.' })
  async circle(@Root() l: EventQuoteLine, @Ctx() ctx: InternalContext): Promise<Circle> {
    return toCircle((await ctx.loaders.circleById.load(l.circleId))!);
  }
}
