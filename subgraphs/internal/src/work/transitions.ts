import { BadUserInputError } from '@alambic/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { WorkTransitionEntity } from './entities/index.js';

/** A workflow: for each state, the states it may move to. Anything else is a forbidden jump. */
export type Workflow<S extends string> = Record<S, readonly S[]>;

/** Throws a clear French error unless `from → to` is allowed. */
export function assertTransition<S extends string>(workflow: Workflow<S>, labels: Record<S, string>, what: string, from: S, to: S): void {
  if (workflow[from]?.includes(to)) return;
  const allowed = workflow[from] ?? [];
  const next = allowed.length ? `de là, seulement : ${allowed.map((s) => `« ${labels[s]} »`).join(', ')}` : 'aucune étape ne suit';
  throw new BadUserInputError(`Transition interdite : ${what} est « ${labels[from]} » et ne peut pas passer à « ${labels[to]} » (${next}).`, 'state');
}

/** Records who moved what, from which state to which, now (in the caller's transaction). */
export async function logTransition(
  m: EntityManager,
  subject: 'MISSION' | 'APPLICATION' | 'CLAIM' | 'EVENT_REQUEST',
  subjectId: string,
  fromState: string | null,
  toState: string,
  memberId: string | null,
  note: string | null = null,
): Promise<void> {
  await m.insert(WorkTransitionEntity, { subject, subjectId, fromState, toState, memberId, note });
}
