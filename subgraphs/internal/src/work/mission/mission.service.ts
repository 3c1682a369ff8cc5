import { BadUserInputError, ForbiddenError, NotFoundError, type Identity } from '@alambic/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { BudgetLineEntity } from '../../planning/entities/index.js';
import { checkAmount, checkCirclesExist, checkPlanningDay } from '../../planning/validation.js';
import { isUuid, optionalText, requireText, textList } from '../../validation.js';
import { assertLooksAfter, memberIdOf } from '../access.js';
import { MissionApplicationEntity, MissionEntity } from '../entities/index.js';
import { ApplicationStatus, MissionKind, MissionStatus } from '../enums.js';
import { assertTransition, logTransition, type Workflow } from '../transitions.js';
import type { MissionInput } from './mission.type.js';

export const missionWorkflow: Workflow<MissionStatus> = {
  DRAFT: [MissionStatus.OPEN, MissionStatus.CLOSED],
  OPEN: [MissionStatus.STAFFED, MissionStatus.DONE, MissionStatus.CLOSED],
  STAFFED: [MissionStatus.OPEN, MissionStatus.DONE, MissionStatus.CLOSED],
  DONE: [MissionStatus.CLOSED],
  CLOSED: [],
};

const missionLabels: Record<MissionStatus, string> = { DRAFT: 'brouillon', OPEN: 'ouverte', STAFFED: 'pourvue', DONE: 'réalisée', CLOSED: 'close' };
const applicationLabels: Record<ApplicationStatus, string> = { APPLIED: 'déposée', ACCEPTED: 'acceptée', REJECTED: 'refusée' };
const applicationWorkflow: Workflow<ApplicationStatus> = { APPLIED: [ApplicationStatus.ACCEPTED, ApplicationStatus.REJECTED], ACCEPTED: [], REJECTED: [] };

/** Missions and applications: the circle publishes, members apply, the circle decides (never on one's own application). */
export class MissionService {
  constructor(private readonly db: DataSource, private readonly identity: Identity, private readonly today: string) {}

  async create(input: MissionInput, eventRequestId: string | null = null, manager?: EntityManager): Promise<MissionEntity> {
    const run = async (m: EntityManager) => {
      const values = await this.validated(m, input);
      await assertLooksAfter(m, this.identity, this.today, input.circleId, 'Publier une mission');
      const status = input.publish ? MissionStatus.OPEN : MissionStatus.DRAFT;
      const saved = await m.save(m.create(MissionEntity, { ...values, eventRequestId, status, createdBy: this.identity.memberId, updatedBy: this.identity.memberId }));
      await logTransition(m, 'MISSION', saved.id, null, status, this.identity.memberId);
      return saved;
    };
    return manager ? run(manager) : this.db.transaction(run);
  }

  async setStatus(id: string, status: MissionStatus): Promise<MissionEntity> {
    return this.db.transaction(async (m) => {
      const mission = await existingMission(m, id);
      await assertLooksAfter(m, this.identity, this.today, mission.circleId, 'Changer l’état d’une mission');
      assertTransition(missionWorkflow, missionLabels, 'la mission', mission.status as MissionStatus, status);
      await logTransition(m, 'MISSION', id, mission.status, status, this.identity.memberId);
      Object.assign(mission, { status, updatedBy: this.identity.memberId, updatedAt: new Date() });
      return m.save(mission);
    });
  }

  async apply(missionId: string, motivation: string | null | undefined): Promise<MissionApplicationEntity> {
    const memberId = memberIdOf(this.identity, 'Candidater');
    return this.db.transaction(async (m) => {
      const mission = await existingMission(m, missionId);
      if (mission.status !== MissionStatus.OPEN) throw new BadUserInputError(`La mission « ${mission.title} » n’est pas ouverte aux candidatures (elle est ${missionLabels[mission.status as MissionStatus]}).`, 'missionId');
      if (mission.applicationDeadline && mission.applicationDeadline < this.today) {
        throw new BadUserInputError(`Les candidatures à « ${mission.title} » sont closes depuis le ${mission.applicationDeadline}.`, 'missionId');
      }
      if (await m.findOneBy(MissionApplicationEntity, { missionId, memberId })) throw new BadUserInputError('Vous avez déjà candidaté à cette mission.', 'missionId');
      const text = optionalText(motivation, 'La motivation', 'motivation', 2000);
      const saved = await m.save(m.create(MissionApplicationEntity, { missionId, memberId, motivation: text, status: ApplicationStatus.APPLIED, createdBy: memberId, updatedBy: memberId }));
      await logTransition(m, 'APPLICATION', saved.id, null, ApplicationStatus.APPLIED, memberId);
      return saved;
    });
  }

  async decide(applicationId: string, accept: boolean): Promise<MissionApplicationEntity> {
    const memberId = memberIdOf(this.identity, 'Décider d’une candidature');
    return this.db.transaction(async (m) => {
      const application = isUuid(applicationId) ? await m.findOne(MissionApplicationEntity, { where: { id: applicationId }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!application) throw new NotFoundError(`Candidature inconnue : ${applicationId}.`);
      const mission = await existingMission(m, application.missionId);
      await assertLooksAfter(m, this.identity, this.today, mission.circleId, 'Décider d’une candidature');
      if (application.memberId === memberId) throw new ForbiddenError('On ne décide pas de sa propre candidature : une autre personne du cercle s’en charge.');
      const to = accept ? ApplicationStatus.ACCEPTED : ApplicationStatus.REJECTED;
      assertTransition(applicationWorkflow, applicationLabels, 'la candidature', application.status as ApplicationStatus, to);
      if (accept) await this.makeRoom(m, mission);
      await logTransition(m, 'APPLICATION', application.id, application.status, to, memberId);
      Object.assign(application, { status: to, decidedAt: new Date(), decidedBy: memberId, updatedBy: memberId, updatedAt: new Date() });
      return m.save(application);
    });
  }

  /** Refuses an acceptance beyond the maximum; marks the mission staffed when it reaches it. */
  private async makeRoom(m: EntityManager, mission: MissionEntity): Promise<void> {
    const accepted = await m.countBy(MissionApplicationEntity, { missionId: mission.id, status: ApplicationStatus.ACCEPTED });
    if (accepted >= mission.maxPeople) throw new BadUserInputError(`La mission « ${mission.title} » a déjà ses ${mission.maxPeople} personne(s) : impossible d’en accepter une de plus.`, 'applicationId');
    if (accepted + 1 === mission.maxPeople && mission.status === MissionStatus.OPEN) {
      await logTransition(m, 'MISSION', mission.id, mission.status, MissionStatus.STAFFED, this.identity.memberId, 'nombre maximum atteint');
      await m.update(MissionEntity, { id: mission.id }, { status: MissionStatus.STAFFED, updatedBy: this.identity.memberId, updatedAt: new Date() });
    }
  }

  private async validated(m: EntityManager, input: MissionInput) {
    const title = requireText(input.title, 'L’intitulé', 'title', 200);
    const description = optionalText(input.description, 'La description', 'description', 4000);
    if (!Object.values(MissionKind).includes(input.kind)) throw new BadUserInputError('Nature de mission inconnue.', 'kind');
    if (!Number.isInteger(input.minPeople) || input.minPeople < 1) throw new BadUserInputError('Le nombre minimum de personnes doit être au moins 1.', 'minPeople');
    if (!Number.isInteger(input.maxPeople) || input.maxPeople < input.minPeople) throw new BadUserInputError('Le nombre maximum de personnes doit être au moins le minimum.', 'maxPeople');
    if (input.maxPeople > 50) throw new BadUserInputError('50 personnes au plus par mission.', 'maxPeople');
    if (input.expectedHours != null && (!(input.expectedHours > 0) || input.expectedHours > 2000)) throw new BadUserInputError('La durée attendue doit être entre 0 et 2000 heures.', 'expectedHours');
    checkAmount(input.remuneration, 'remuneration');
    const deadline = input.applicationDeadline ? checkPlanningDay(input.applicationDeadline, 'La date limite de candidature', 'applicationDeadline') : null;
    if (deadline && deadline < this.today) throw new BadUserInputError(`La date limite de candidature (${deadline}) est déjà passée.`, 'applicationDeadline');
    await checkCirclesExist(m, [input.circleId], 'circleId');
    const budgetLineId = input.budgetLineId ?? null;
    if (budgetLineId) await checkBudgetLine(m, budgetLineId, input.circleId);
    return {
      circleId: input.circleId,
      kind: input.kind,
      title,
      description,
      budgetLineId,
      expectedHours: input.expectedHours ?? null,
      skills: textList(input.skills, 'Les compétences', 'skills', 20, 100),
      minPeople: input.minPeople,
      maxPeople: input.maxPeople,
      remunerationCents: input.remuneration,
      applicationDeadline: deadline,
      eventId: input.eventId?.trim() || null,
    };
  }
}

export async function existingMission(m: EntityManager, id: string): Promise<MissionEntity> {
  const row = isUuid(id) ? await m.findOneBy(MissionEntity, { id }) : null;
  if (!row) throw new NotFoundError(`Mission inconnue : ${id}.`);
  return row;
}

/** The line must exist, be a mission envelope (bienveillance or presta interne) and belong to the mission's circle. */
async function checkBudgetLine(m: EntityManager, id: string, circleId: string): Promise<void> {
  const line = isUuid(id) ? await m.findOneBy(BudgetLineEntity, { id }) : null;
  if (!line) throw new BadUserInputError(`Ligne de prévisionnel inconnue : ${id}.`, 'budgetLineId');
  if (line.category !== 'CARE' && line.category !== 'INTERNAL_SERVICE') {
    throw new BadUserInputError('La ligne de prévisionnel d’une mission doit être de la bienveillance ou de la presta interne.', 'budgetLineId');
  }
  if (line.circleId !== circleId) throw new BadUserInputError('La ligne de prévisionnel appartient à un autre cercle que la mission.', 'budgetLineId');
}
