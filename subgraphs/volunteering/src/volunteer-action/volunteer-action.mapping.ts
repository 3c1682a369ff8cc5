import type { VolunteerActionRecord } from '../volunteering-source.js';
import { ParticipationStateEnum, VolunteerActionParent, VolunteerActionStatus } from './volunteer-action.enums.js';
import type { VolunteerAction } from './volunteer-action.type.js';

const statuses = { todo: VolunteerActionStatus.OPEN, done: VolunteerActionStatus.DONE, disabled: VolunteerActionStatus.DISABLED } as const;
const parents = {
  organizations: VolunteerActionParent.ORGANISATION,
  projects: VolunteerActionParent.POLE,
  events: VolunteerActionParent.EVENT,
  citoyens: VolunteerActionParent.PERSONAL,
} as const;

/** Hours between start and end, to the tenth, only when Oceco gives both (an estimate: Oceco records credits). */
export function estimatedHours(start: Date | null, end: Date | null): number | null {
  if (!start || !end || end.getTime() < start.getTime()) return null;
  return Math.round((end.getTime() - start.getTime()) / 360_000) / 10;
}

/** An action record as the graph shows it; `names` gives participants' display names. */
export function toVolunteerActionType(record: VolunteerActionRecord, names: ReadonlyMap<string, string>): VolunteerAction {
  const participantCount = record.participants.length;
  return {
    id: record.id,
    name: record.name,
    description: record.description,
    credits: record.credits,
    spend: record.credits < 0,
    minParticipants: record.min,
    maxParticipants: record.max,
    participantCount,
    freePlaces: record.max === null ? null : Math.max(0, record.max - participantCount),
    start: record.startDate,
    end: record.endDate,
    estimatedHours: estimatedHours(record.startDate, record.endDate),
    status: statuses[record.status],
    parentKind: parents[record.parentType],
    parentId: record.parentId,
    tags: record.tags,
    participants: record.participants.map((p) => ({ ocecoUserId: p.citoyenId, name: names.get(p.citoyenId) ?? null, state: p.state as ParticipationStateEnum })),
  };
}
