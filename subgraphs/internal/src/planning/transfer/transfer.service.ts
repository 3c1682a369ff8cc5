import { isUuid, requireText } from '../../validation.js';
import { BadUserInputError, NotFoundError, type Identity } from '@alambic/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { assertCanPlan } from '../access.js';
import { InternalTransferEntity } from '../entities/index.js';
import { checkAmount, checkCirclesExist, checkPlanningDay } from '../validation.js';
import type { InternalTransferInput } from './transfer.type.js';

/** Internal transfers, booked once and read on both sides. The paying circle's people (or an admin) book them. */
export class TransferService {
  constructor(private readonly db: DataSource, private readonly identity: Identity, private readonly today: string) {}

  async book(input: InternalTransferInput): Promise<InternalTransferEntity> {
    return this.db.transaction(async (m) => {
      const values = await this.validated(m, input);
      return m.save(m.create(InternalTransferEntity, { ...values, createdBy: this.identity.memberId, updatedBy: this.identity.memberId }));
    });
  }

  async update(id: string, input: InternalTransferInput): Promise<InternalTransferEntity> {
    return this.db.transaction(async (m) => {
      const row = await this.existing(m, id);
      await assertCanPlan(m, this.identity, [row.fromCircleId], this.today);
      Object.assign(row, await this.validated(m, input), { updatedBy: this.identity.memberId, updatedAt: new Date() });
      return m.save(row);
    });
  }

  async remove(id: string): Promise<boolean> {
    return this.db.transaction(async (m) => {
      const row = await this.existing(m, id);
      await assertCanPlan(m, this.identity, [row.fromCircleId], this.today);
      await m.delete(InternalTransferEntity, { id });
      return true;
    });
  }

  private async existing(m: EntityManager, id: string): Promise<InternalTransferEntity> {
    const row = isUuid(id) ? await m.findOneBy(InternalTransferEntity, { id }) : null;
    if (!row) throw new NotFoundError(`Transfert interne inconnu : ${id}.`);
    return row;
  }

  private async validated(m: EntityManager, input: InternalTransferInput) {
    if (input.fromCircleId === input.toCircleId) throw new BadUserInputError('Un cercle ne peut pas se transférer de l’argent à lui-même.', 'toCircleId');
    checkAmount(input.amount);
    const date = checkPlanningDay(input.date, 'La date', 'date');
    const reason = requireText(input.reason, 'Le motif', 'reason', 300);
    await checkCirclesExist(m, [input.fromCircleId, input.toCircleId], 'circleId');
    await assertCanPlan(m, this.identity, [input.fromCircleId], this.today);
    return { fromCircleId: input.fromCircleId, toCircleId: input.toCircleId, amountCents: input.amount, date, reason, status: input.status, eventId: input.eventId ?? null };
  }
}
