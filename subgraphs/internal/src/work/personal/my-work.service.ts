import { In, Not } from 'typeorm';
import type { InternalContext } from '../../context.js';
import { circlesLookedAfter, looksAfter } from '../access.js';
import { toClaim } from '../claim/claim.type.js';
import { MissionApplicationEntity, MissionEntity, RemunerationClaimEntity } from '../entities/index.js';
import { countedAmount, potentialRemuneration } from '../envelope.js';
import { ApplicationStatus, ClaimState, MissionStatus } from '../enums.js';
import { workLoaders } from '../loaders.js';
import { toApplication } from '../mission/application.type.js';
import { toMission } from '../mission/mission.type.js';
import { MyMission, MyWork, MyWorkTotals } from './my-work.type.js';

const sum = (rows: RemunerationClaimEntity[], state: ClaimState) => rows.filter((c) => c.state === state).reduce((t, c) => t + countedAmount(c), 0);

/** The personal page's work section for the signed-in member. */
export async function myWork(ctx: InternalContext): Promise<MyWork> {
  const memberId = ctx.identity.memberId;
  const db = ctx.db;
  const mine = memberId ? await db.getRepository(RemunerationClaimEntity).find({ where: { memberId }, order: { workDate: 'DESC', createdAt: 'DESC' } }) : [];
  const myApplications = memberId ? await db.getRepository(MissionApplicationEntity).find({ where: { memberId }, order: { createdAt: 'DESC' } }) : [];
  const circles = await circlesLookedAfter(db.manager, ctx.identity, ctx.today);
  const others = { memberId: memberId ? Not(memberId) : undefined };
  const proposed = await db.getRepository(RemunerationClaimEntity).find({ where: { ...others, state: ClaimState.PROPOSED }, order: { workDate: 'ASC' } });
  const applied = await db.getRepository(MissionApplicationEntity).find({ where: { ...others, status: ApplicationStatus.APPLIED }, order: { createdAt: 'ASC' } });
  const loaders = workLoaders(ctx);
  const missionOf = async (id: string) => (await loaders.missionById.load(id))!;
  const claimsToValidate = [];
  for (const c of proposed) if (looksAfter(circles, (await missionOf(c.missionId)).circleId)) claimsToValidate.push(toClaim(c));
  const applicationsToDecide = [];
  for (const a of applied) if (looksAfter(circles, (await missionOf(a.missionId)).circleId)) applicationsToDecide.push(toApplication(a));

  const acceptedIds = myApplications.filter((a) => a.status === ApplicationStatus.ACCEPTED).map((a) => a.missionId);
  const accepted = acceptedIds.length ? await db.getRepository(MissionEntity).find({ where: { id: In(acceptedIds), status: Not(MissionStatus.CLOSED) }, order: { title: 'ASC' } }) : [];
  const missions: MyMission[] = [];
  for (const mission of accepted) {
    const holders = (await loaders.applicationsByMission.load(mission.id)).filter((a) => a.status === ApplicationStatus.ACCEPTED).length;
    const claims = await loaders.claimsByMission.load(mission.id);
    const already = claims.filter((c) => c.memberId === memberId).reduce((t, c) => t + countedAmount(c), 0);
    const potential = potentialRemuneration(mission, claims, holders);
    // For a fixed remuneration, what I already claimed on the mission is no longer to come.
    const estimated = mission.kind === 'CARE' ? potential : Math.max(0, potential - already);
    missions.push(Object.assign(new MyMission(), { mission: toMission(mission), estimatedRemuneration: estimated }));
  }
  const totals = Object.assign(new MyWorkTotals(), {
    toValidate: sum(mine, ClaimState.PROPOSED),
    toInvoice: sum(mine, ClaimState.VALIDATED),
    toBePaid: sum(mine, ClaimState.INVOICED),
    paid: sum(mine, ClaimState.PAID),
    estimated: missions.reduce((t, x) => t + x.estimatedRemuneration, 0),
  });
  return Object.assign(new MyWork(), {
    claimsToValidate,
    applicationsToDecide,
    myClaims: mine.map(toClaim),
    toInvoice: mine.filter((c) => c.state === ClaimState.VALIDATED).map(toClaim),
    myApplications: myApplications.map(toApplication),
    missions,
    totals,
  });
}
