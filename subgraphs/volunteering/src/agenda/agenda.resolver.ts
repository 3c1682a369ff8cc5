import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { VolunteeringContext } from '../context.js';
import { VolunteerAgenda } from './agenda.type.js';

@Resolver()
export class AgendaResolver {
  @Authorized()
  @Query(() => VolunteerAgenda, { description: 'L’agenda public Oceco (évènements des pôles publics) entre deux instants, 400 jours au plus.' })
  agenda(
    @Ctx() context: VolunteeringContext,
    // type-graphql registers parameter decorators last first: `to` is declared first so that `from` prints first.
    @Arg('to', () => Date, { description: 'Fin de la période (instant ISO), après from.' }) to: Date,
    @Arg('from', () => Date, { description: 'Début de la période (instant ISO).' }) from: Date,
  ): Promise<VolunteerAgenda> {
    return context.agenda.between(from, to);
  }
}
