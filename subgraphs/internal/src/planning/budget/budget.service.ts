import { isUuid, requireText } from '../../validation.js';
import { BadUserInputError, NotFoundError, type Identity } from '@alambic/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { assertCanPlan } from '../access.js';
import { isInternal } from '../categories.js';
import { BudgetLineEntity, GrantEntity } from '../entities/index.js';
import { parsePeriod } from '../period.js';
import { checkAmount, checkCirclesExist } from '../validation.js';
import type { BudgetLineInput } from './budget-line.type.js';

/** Forecast lines: validated, authorised, written in one transaction with who and when. */
export class BudgetService {
  constructor(private readonly db: DataSource, private readonly identity: Identity, private readonly today: string) {}

  async create(input: BudgetLineInput): Promise<BudgetLineEntity> {
    return this.db.transaction(async (m) => {
      const values = await this.validated(m, input);
      const row = m.create(BudgetLineEntity, { ...values, createdBy: this.identity.memberId, updatedBy: this.identity.memberId });
      return m.save(row);
    });
  }

  async update(id: string, input: BudgetLineInput): Promise<BudgetLineEntity> {
    return this.db.transaction(async (m) => {
      const row = await this.existing(m, id);
      await assertCanPlan(m, this.identity, [row.circleId], this.today);
      const values = await this.validated(m, input);
      Object.assign(row, values, { updatedBy: this.identity.memberId, updatedAt: new Date() });
      return m.save(row);
    });
  }

  async remove(id: string): Promise<boolean> {
    return this.db.transaction(async (m) => {
      const row = await this.existing(m, id);
      await assertCanPlan(m, this.identity, [row.circleId], this.today);
      await m.delete(BudgetLineEntity, { id });
      return true;
    });
  }

  private async existing(m: EntityManager, id: string): Promise<BudgetLineEntity> {
    const row = isUuid(id) ? await m.findOneBy(BudgetLineEntity, { id }) : null;
    if (!row) throw new NotFoundError(`Ligne de prévisionnel inconnue : ${id}.`);
    return row;
  }

  private async validated(m: EntityManager, input: BudgetLineInput) {
    const period = parsePeriod(input.period).key;
    if (isInternal(input.category)) {
      throw new BadUserInputError('Une dépense ou recette interne se saisit comme transfert interne entre deux cercles, pour être comptée des deux côtés.', 'category');
    }
    checkAmount(input.amount);
    const label = requireText(input.label, 'Le libellé', 'label', 200);
    await checkCirclesExist(m, [input.circleId], 'circleId');
    await assertCanPlan(m, this.identity, [input.circleId], this.today);
    const grantId = input.grantId ?? null;
    if (grantId && !(isUuid(grantId) && (await m.findOneBy(GrantEntity, { id: grantId })))) {
      throw new BadUserInputError(`Subvention inconnue : ${grantId}.`, 'grantId');
    }
    return { circleId: input.circleId, period, category: input.category, label, amountCents: input.amount, grantId };
  }
}
