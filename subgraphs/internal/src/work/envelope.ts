import { ClaimState, MissionKind } from './enums.js';

export interface ClaimAmounts {
  state: string;
  amountProposedCents: number;
  amountValidatedCents: number | null;
}

export interface EnvelopeFigures {
  /** The money the mission can pay: the bienveillance envelope, or the fixed remuneration × the maximum of people. */
  envelope: number;
  /** Σ proposed over every claim. */
  claimed: number;
  /** Σ validated amounts over claims validated, invoiced or paid. */
  validated: number;
  /** envelope − validated (negative when the validated claims exceed it). */
  remaining: number;
  /** Validated but not yet paid: what counts as committed in the budget. */
  committed: number;
  /** Σ paid. */
  paid: number;
  /** claimed > envelope. */
  overClaimed: boolean;
}

const validatedStates: string[] = [ClaimState.VALIDATED, ClaimState.INVOICED, ClaimState.PAID];

/** The amount a claim counts for once validated (the regulated amount, else the proposal). */
export function countedAmount(claim: ClaimAmounts): number {
  return claim.amountValidatedCents ?? claim.amountProposedCents;
}

export function envelopeOf(mission: { kind: string; remunerationCents: number; maxPeople: number }): number {
  return mission.kind === MissionKind.CARE ? mission.remunerationCents : mission.remunerationCents * mission.maxPeople;
}

/** The envelope arithmetic of domain.md §3.4, in integer cents. */
export function envelopeFigures(mission: { kind: string; remunerationCents: number; maxPeople: number }, claims: ClaimAmounts[]): EnvelopeFigures {
  const envelope = envelopeOf(mission);
  let claimed = 0;
  let validated = 0;
  let committed = 0;
  let paid = 0;
  for (const c of claims) {
    claimed += c.amountProposedCents;
    if (!validatedStates.includes(c.state)) continue;
    const amount = countedAmount(c);
    validated += amount;
    if (c.state === ClaimState.PAID) paid += amount;
    else committed += amount;
  }
  return { envelope, claimed, validated, remaining: envelope - validated, committed, paid, overClaimed: claimed > envelope };
}

/**
 * What a member accepted on a mission can expect, labelled « estimation »: the fixed remuneration for a presta
 * (référent, chargé·e), or the remaining envelope shared equally by the accepted people for bienveillance.
 */
export function potentialRemuneration(mission: { kind: string; remunerationCents: number; maxPeople: number }, claims: ClaimAmounts[], holders: number): number {
  if (mission.kind !== MissionKind.CARE) return mission.remunerationCents;
  const { remaining } = envelopeFigures(mission, claims);
  return Math.max(0, Math.floor(remaining / Math.max(1, holders)));
}
