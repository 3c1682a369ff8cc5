import type { VolunteeringReads } from '../reads.js';
import { toVolunteerActionType } from '../volunteer-action/volunteer-action.mapping.js';
import { totalsOf } from '../volunteer-action/volunteer-totals.js';
import type { CircleVolunteering } from './circle.type.js';

const empty: CircleVolunteering = { linked: false, poleName: null, actions: [], totals: totalsOf([]), readAt: null, stale: false };

/** A circle's volunteer actions: those of its Oceco pôle and of the pôle's events, from the catalogue. */
export class CircleVolunteeringService {
  constructor(private readonly reads: VolunteeringReads) {}

  async of(ocecoProjectId: string | null | undefined): Promise<CircleVolunteering> {
    if (!ocecoProjectId) return { ...empty };
    const [{ value: catalogue, readAt, stale }, { names }] = await Promise.all([this.reads.catalogue(), this.reads.balances()]);
    const eventIds = new Set(catalogue.events.filter((e) => e.projectId === ocecoProjectId).map((e) => e.id));
    const records = catalogue.actions.filter(
      (a) => (a.parentType === 'projects' && a.parentId === ocecoProjectId) || (a.parentType === 'events' && eventIds.has(a.parentId)),
    );
    const poleName = catalogue.poles.get(ocecoProjectId) ?? null;
    if (poleName === null && records.length === 0) return { ...empty, readAt, stale };
    return { linked: true, poleName, actions: records.map((r) => toVolunteerActionType(r, names)), totals: totalsOf(records), readAt, stale };
  }
}
