import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { InternalContext } from '../../context.js';
import type { EventRequestEntity } from '../entities/index.js';
import { forgetWork } from '../loaders.js';
import { EventRequestService } from './event-request.service.js';
import { EventRequest } from './event-request.type.js';
import { toEventRequest } from './event-request.mapping.js';
import { EventMissionsInput, EventQuoteInput, EventRequestInput } from './inputs.js';
import { EventRequestStatus } from './status.js';

const idArg = { description: 'Identifiant de la demande.' };

/** One mutation per step; each answers the request in its new state. */
@Authorized()
@Resolver(() => EventRequest)
export class EventRequestStepsResolver {
  private async done(ctx: InternalContext, work: (s: EventRequestService) => Promise<EventRequestEntity>): Promise<EventRequest> {
    const row = await work(new EventRequestService(ctx.db, ctx.identity, ctx.today));
    forgetWork(ctx);
    return toEventRequest(row);
  }

  @Mutation(() => EventRequest, { description: 'Étape 1 : enregistre une demande d’évènement extérieur qui arrive.' })
  async receiveEventRequest(@Ctx() ctx: InternalContext, @Arg('input', () => EventRequestInput, { description: 'La demande.' }) input: EventRequestInput): Promise<EventRequest> {
    return this.done(ctx, (s) => s.create(input));
  }

  @Mutation(() => EventRequest, { description: 'Étape 2 : confie la demande à un pôle et à sa personne bienveillante.' })
  async assignEventRequest(
    @Ctx() ctx: InternalContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('poleId', () => ID, { description: 'Le pôle (cercle de type pôle).' }) poleId: string,
    @Arg('bienveillantId', () => ID, { description: 'La personne bienveillante qui suit la demande.' }) bienveillantId: string,
  ): Promise<EventRequest> {
    return this.done(ctx, (s) => s.assign(id, poleId, bienveillantId));
  }

  @Mutation(() => EventRequest, { description: 'Étape 3 : la demande est validée en Interpôle (ou sur le canal « interpôle »).' })
  async validateEventRequest(
    @Ctx() ctx: InternalContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('decidedOn', () => String, { description: 'Date de l’Interpôle (AAAA-MM-JJ).' }) decidedOn: string,
    @Arg('decision', () => String, { description: 'La décision, en quelques mots.' }) decision: string,
  ): Promise<EventRequest> {
    return this.done(ctx, (s) => s.validate(id, decidedOn, decision));
  }

  @Mutation(() => EventRequest, { description: 'Étape 4 : le devis chiffré (location du lieu entre 100 € et 150 € de l’heure, prestations des cercles). Révisable tant qu’il n’est pas accepté.' })
  async quoteEventRequest(
    @Ctx() ctx: InternalContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('input', () => EventQuoteInput, { description: 'Le devis.' }) input: EventQuoteInput,
  ): Promise<EventRequest> {
    return this.done(ctx, (s) => s.quote(id, input));
  }

  @Mutation(() => EventRequest, { description: 'Le demandeur a accepté le devis.' })
  async acceptEventQuote(@Ctx() ctx: InternalContext, @Arg('id', () => ID, idArg) id: string): Promise<EventRequest> {
    return this.done(ctx, (s) => s.accept(id));
  }

  @Mutation(() => EventRequest, { description: 'Étape 5 : crée les missions de référent·e du jour et de chargé·e de mission dans le pôle, d’un seul tenant.' })
  async createEventMissions(
    @Ctx() ctx: InternalContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('input', () => EventMissionsInput, { description: 'Les rémunérations et le nombre de chargé·es de mission.' }) input: EventMissionsInput,
  ): Promise<EventRequest> {
    return this.done(ctx, (s) => s.createMissions(id, input));
  }

  @Mutation(() => EventRequest, { description: 'Étape 6 : l’évènement a eu lieu.' })
  async markEventHeld(@Ctx() ctx: InternalContext, @Arg('id', () => ID, idArg) id: string): Promise<EventRequest> {
    return this.done(ctx, (s) => s.held(id));
  }

  @Mutation(() => EventRequest, { description: 'Étape 7 : l’évènement est facturé.' })
  async invoiceEventRequest(
    @Ctx() ctx: InternalContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('invoiceNumber', () => String, { description: 'Numéro de la facture.' }) invoiceNumber: string,
  ): Promise<EventRequest> {
    return this.done(ctx, (s) => s.invoice(id, invoiceNumber));
  }

  @Mutation(() => EventRequest, { description: 'Refuse la demande (ou enregistre que le demandeur a refusé le devis).' })
  async refuseEventRequest(
    @Ctx() ctx: InternalContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('reason', () => String, { description: 'Le motif.' }) reason: string,
  ): Promise<EventRequest> {
    return this.done(ctx, (s) => s.close(id, EventRequestStatus.REFUSED, reason));
  }

  @Mutation(() => EventRequest, { description: 'Annule la demande (avant que l’évènement ait lieu).' })
  async cancelEventRequest(
    @Ctx() ctx: InternalContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('reason', () => String, { description: 'Le motif.' }) reason: string,
  ): Promise<EventRequest> {
    return this.done(ctx, (s) => s.close(id, EventRequestStatus.CANCELLED, reason));
  }
}
