import type { SubgraphContext } from '@alambic/subgraph-kit';
import { AgendaService } from './agenda/agenda.service.js';
import { CircleVolunteeringService } from './circle/circle.service.js';
import { EventVolunteeringService } from './event/event.service.js';
import { VolunteeringReads } from './reads.js';
import { ParticipationService } from './volunteer-account/participations.service.js';
import { VolunteerAccountService } from './volunteer-account/volunteer-account.service.js';
import type { VolunteeringSource } from './volunteering-source.js';

/** What the volunteering resolvers receive: the base context plus this request's services (fresh reads and loaders). */
export interface VolunteeringContext extends SubgraphContext {
  volunteerAccounts: VolunteerAccountService;
  participations: ParticipationService;
  circles: CircleVolunteeringService;
  events: EventVolunteeringService;
  agenda: AgendaService;
}

export function createVolunteeringContext(base: SubgraphContext, source: VolunteeringSource): VolunteeringContext {
  const reads = new VolunteeringReads(source);
  return {
    ...base,
    volunteerAccounts: new VolunteerAccountService(reads.balances, source),
    participations: new ParticipationService(reads),
    circles: new CircleVolunteeringService(reads),
    events: new EventVolunteeringService(reads),
    agenda: new AgendaService(reads),
  };
}
