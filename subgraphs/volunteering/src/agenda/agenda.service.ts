import { BadUserInputError } from '@alambic/subgraph-kit';
import type { VolunteeringReads } from '../reads.js';
import { estimatedHours } from '../volunteer-action/volunteer-action.mapping.js';
import type { VolunteerAgenda } from './agenda.type.js';

/** Longest period one agenda query may cover. */
export const MAX_AGENDA_DAYS = 400;

/** The agenda between two instants, from the iCal feed (Oceco publishes two months back and everything ahead). */
export class AgendaService {
  constructor(private readonly reads: VolunteeringReads) {}

  async between(from: Date, to: Date): Promise<VolunteerAgenda> {
    if (Number.isNaN(from.getTime())) throw new BadUserInputError('from doit être une date ISO valide.', 'from');
    if (Number.isNaN(to.getTime())) throw new BadUserInputError('to doit être une date ISO valide.', 'to');
    if (to.getTime() <= from.getTime()) throw new BadUserInputError('to doit être postérieur à from.', 'to');
    if (to.getTime() - from.getTime() > MAX_AGENDA_DAYS * 86_400_000) {
      throw new BadUserInputError(`La période ne peut dépasser ${MAX_AGENDA_DAYS} jours.`, 'to');
    }
    const { value, readAt, stale } = await this.reads.agenda();
    const entries = value
      .filter((e) => (e.end ?? e.start).getTime() >= from.getTime() && e.start.getTime() < to.getTime())
      .map((e) => ({
        id: e.uid,
        title: e.summary,
        description: e.description,
        start: e.start,
        end: e.end,
        allDay: e.allDay,
        timeZone: e.timeZone,
        estimatedHours: e.allDay ? null : estimatedHours(e.start, e.end),
      }));
    return { entries, readAt, stale };
  }
}
