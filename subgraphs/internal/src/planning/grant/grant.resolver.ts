import { isUuid } from '../../validation.js';
import { MoneyScalar } from '@alambic/subgraph-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import { Circle, toCircle } from '../../circle/circle.type.js';
import type { InternalContext } from '../../context.js';
import { Member, toMember } from '../../member/member.type.js';
import { BudgetLine, toBudgetLine } from '../budget/budget-line.type.js';
import { BudgetLineEntity, GrantEntity } from '../entities/index.js';
import { planningLoaders } from '../planning-loaders.js';
import { GrantStatus, nextStatuses } from './grant-status.js';
import { GrantJustificationScope } from './justification-scope.type.js';
import { monthsOf, parsePeriod } from '../period.js';
import { Grant, GrantInput, GrantInstalment, GrantInstalmentInput, toGrant, toGrantInstalment } from './grant.type.js';
import { GrantService } from './grant.service.js';

@Authorized()
@Resolver(() => Grant)
export class GrantResolver {
  @Query(() => [Grant], { description: 'Les subventions, les plus récentes d’abord ; filtrables par statut.' })
  async grants(@Ctx() ctx: InternalContext, @Arg('status', () => GrantStatus, { nullable: true, description: 'Statut.' }) status?: GrantStatus | null): Promise<Grant[]> {
    const rows = await ctx.db.getRepository(GrantEntity).find({ where: status ? { status } : {}, order: { createdAt: 'DESC' } });
    return rows.map(toGrant);
  }

  @Query(() => Grant, { nullable: true, description: 'Une subvention.' })
  async grant(@Ctx() ctx: InternalContext, @Arg('id', () => ID) id: string): Promise<Grant | null> {
    const row = isUuid(id) ? await planningLoaders(ctx).grantById.load(id) : null;
    return row ? toGrant(row) : null;
  }

  @Mutation(() => Grant, { description: 'Enregistre une nouvelle subvention (statut « piste »).' })
  async createGrant(@Ctx() ctx: InternalContext, @Arg('input', () => GrantInput) input: GrantInput): Promise<Grant> {
    return toGrant(await new GrantService(ctx.db, ctx.identity, ctx.today).create(input));
  }

  @Mutation(() => Grant, { description: 'Modifie les informations d’une subvention.' })
  async updateGrant(@Ctx() ctx: InternalContext, @Arg('id', () => ID) id: string, @Arg('input', () => GrantInput) input: GrantInput): Promise<Grant> {
    return toGrant(await new GrantService(ctx.db, ctx.identity, ctx.today).update(id, input));
  }

  @Mutation(() => Grant, { description: 'Fait avancer une subvention dans sa vie (seulement vers un statut suivant autorisé).' })
  async setGrantStatus(@Ctx() ctx: InternalContext, @Arg('id', () => ID) id: string, @Arg('status', () => GrantStatus) status: GrantStatus): Promise<Grant> {
    return toGrant(await new GrantService(ctx.db, ctx.identity, ctx.today).setStatus(id, status));
  }

  @Mutation(() => GrantInstalment, { description: 'Ajoute un versement attendu.' })
  async addGrantInstalment(
    @Ctx() ctx: InternalContext,
    @Arg('grantId', () => ID) grantId: string,
    @Arg('input', () => GrantInstalmentInput) input: GrantInstalmentInput,
  ): Promise<GrantInstalment> {
    return toGrantInstalment(await new GrantService(ctx.db, ctx.identity, ctx.today).addInstalment(grantId, input));
  }

  @Mutation(() => GrantInstalment, { description: 'Enregistre ce qui a été reçu pour un versement.' })
  async recordGrantReceipt(
    @Ctx() ctx: InternalContext,
    @Arg('instalmentId', () => ID) instalmentId: string,
    @Arg('receivedOn', () => String, { description: 'Reçu le (AAAA-MM-JJ).' }) receivedOn: string,
    @Arg('received', () => MoneyScalar, { description: 'Montant reçu.' }) received: number,
  ): Promise<GrantInstalment> {
    return toGrantInstalment(await new GrantService(ctx.db, ctx.identity, ctx.today).recordReceipt(instalmentId, receivedOn, received));
  }

  @FieldResolver(() => [GrantJustificationScope], {
    description: 'Ce que la subvention finance (ses lignes de prévisionnel, bornées à sa période) : la dépense réelle sur ce périmètre la justifie.',
  })
  async justificationScope(@Root() grant: Grant, @Ctx() ctx: InternalContext): Promise<GrantJustificationScope[]> {
    const lines = await ctx.db.getRepository(BudgetLineEntity).find({ where: { grantId: grant.id } });
    const scopes: GrantJustificationScope[] = [];
    for (const line of lines) {
      const months = monthsOf(parsePeriod(line.period));
      const from = grant.periodStart && grant.periodStart.slice(0, 7) > months[0] ? grant.periodStart.slice(0, 7) : months[0];
      const to = grant.periodEnd && grant.periodEnd.slice(0, 7) < months[months.length - 1] ? grant.periodEnd.slice(0, 7) : months[months.length - 1];
      const circle = await ctx.loaders.circleById.load(line.circleId);
      if (circle && from <= to) scopes.push({ analyticCode: circle.analyticCode, category: line.category as never, fromMonth: from, toMonth: to });
    }
    return scopes;
  }

  @FieldResolver(() => [String], { description: 'Codes analytiques des cercles financés (pour rapprocher les factures de subvention d’Odoo).' })
  async financedCircleCodes(@Root() grant: Grant, @Ctx() ctx: InternalContext): Promise<string[]> {
    const rows = await ctx.loaders.circleById.loadMany(grant.circleIds);
    return rows.flatMap((row) => (row && !(row instanceof Error) ? [row.analyticCode] : []));
  }

  @FieldResolver(() => [GrantStatus], { description: 'Les statuts vers lesquels la subvention peut avancer maintenant.' })
  nextStatuses(@Root() grant: Grant): GrantStatus[] {
    return nextStatuses[grant.status];
  }

  @FieldResolver(() => Member, { nullable: true, description: 'Référent·e de la subvention.' })
  async referent(@Root() grant: Grant, @Ctx() ctx: InternalContext): Promise<Member | null> {
    const row = grant.referentMemberId ? await ctx.loaders.memberById.load(grant.referentMemberId) : null;
    return row ? toMember(row) : null;
  }

  @FieldResolver(() => [Circle], { description: 'Cercles financés.' })
  async circles(@Root() grant: Grant, @Ctx() ctx: InternalContext): Promise<Circle[]> {
    const rows = await ctx.loaders.circleById.loadMany(grant.circleIds);
    return rows.flatMap((row) => (row && !(row instanceof Error) ? [toCircle(row)] : []));
  }

  @FieldResolver(() => [GrantInstalment], { description: 'Versements attendus et reçus.' })
  async instalments(@Root() grant: Grant, @Ctx() ctx: InternalContext): Promise<GrantInstalment[]> {
    return (await planningLoaders(ctx).instalmentsByGrant.load(grant.id)).map(toGrantInstalment);
  }

  @FieldResolver(() => MoneyScalar, { description: 'Total reçu (somme des versements reçus).' })
  async received(@Root() grant: Grant, @Ctx() ctx: InternalContext): Promise<number> {
    return (await planningLoaders(ctx).instalmentsByGrant.load(grant.id)).reduce((s, i) => s + (i.receivedCents ?? 0), 0);
  }

  @FieldResolver(() => MoneyScalar, { nullable: true, description: 'Reste à recevoir : accordé moins reçu.' })
  async toReceive(@Root() grant: Grant, @Ctx() ctx: InternalContext): Promise<number | null> {
    if (grant.amountGranted === null) return null;
    return grant.amountGranted - (await this.received(grant, ctx));
  }

  @FieldResolver(() => [BudgetLine], { description: 'Lignes de prévisionnel financées par la subvention.' })
  async budgetLines(@Root() grant: Grant, @Ctx() ctx: InternalContext): Promise<BudgetLine[]> {
    return (await ctx.db.getRepository(BudgetLineEntity).find({ where: { grantId: In([grant.id]) }, order: { period: 'ASC' } })).map(toBudgetLine);
  }
}
