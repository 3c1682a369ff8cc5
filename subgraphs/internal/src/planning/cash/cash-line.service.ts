import { isUuid, requireText } from '../../validation.js';
import { BadUserInputError, ForbiddenError, NotFoundError, type Identity } from '@alambic/subgraph-kit';
import type { DataSource } from 'typeorm';
import { CashLineEntity } from '../entities/index.js';
import { parsePeriod } from '../period.js';
import { checkAmount, checkCirclesExist } from '../validation.js';
import type { CashLineInput } from './cash-line.type.js';

/** Manual cash-plan lines: the organisation's treasury, so admins only. */
export class CashLineService {
  constructor(private readonly db: DataSource, private readonly identity: Identity) {}

  private assertAdmin(): void {
    if (!(this.identity.isAdmin || this.identity.kind === 'service')) throw new ForbiddenError('Le plan de trésorerie se modifie par les administrateur·rices.');
  }

  async create(input: CashLineInput): Promise<CashLineEntity> {
    this.assertAdmin();
    const period = parsePeriod(input.month);
    if (period.kind !== 'MONTH') throw new BadUserInputError('Une ligne de trésorerie porte sur un mois (AAAA-MM).', 'month');
    checkAmount(input.amount);
    const label = requireText(input.label, 'Le libellé', 'label', 200);
    return this.db.transaction(async (m) => {
      if (input.circleId) await checkCirclesExist(m, [input.circleId], 'circleId');
      const row = m.create(CashLineEntity, {
        month: period.key,
        direction: input.direction,
        amountCents: input.amount,
        label,
        circleId: input.circleId ?? null,
        createdBy: this.identity.memberId,
        updatedBy: this.identity.memberId,
      });
      return m.save(row);
    });
  }

  async remove(id: string): Promise<boolean> {
    this.assertAdmin();
    const result = isUuid(id) ? await this.db.getRepository(CashLineEntity).delete({ id }) : { affected: 0 };
    if (!result.affected) throw new NotFoundError(`Ligne de trésorerie inconnue : ${id}.`);
    return true;
  }
}
