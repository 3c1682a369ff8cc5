import { BudgetLineEntity } from './budget-line.entity.js';
import { CashLineEntity } from './cash-line.entity.js';
import { GrantInstalmentEntity } from './grant-instalment.entity.js';
import { GrantEntity } from './grant.entity.js';
import { InternalTransferEntity } from './internal-transfer.entity.js';

export { BudgetLineEntity, CashLineEntity, GrantEntity, GrantInstalmentEntity, InternalTransferEntity };
export const planningEntities = [BudgetLineEntity, InternalTransferEntity, GrantEntity, GrantInstalmentEntity, CashLineEntity];
