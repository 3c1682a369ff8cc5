import { BadUserInputError, ForbiddenError, type Identity } from '@alambic/subgraph-kit';
import type { DataSource } from 'typeorm';
import { assertCanPlan } from '../../planning/access.js';
import { InternalTransferEntity } from '../../planning/entities/index.js';
import { checkCirclesExist } from '../../planning/validation.js';
import { dispatch } from './dispatch.js';
import { EventSettlementShareEntity } from './settlement-share.entity.js';
import type { SettlementShareInput } from './settlement.type.js';

export const settlementReason = 'Répartition de la recette de l’évènement';

/** The settlement rule of an event, and booking it as internal transfers. */
export class SettlementService {
  constructor(private readonly db: DataSource, private readonly identity: Identity, private readonly today: string) {}

  /** Replaces the rule. Set by an admin or by someone holding a role in every circle that receives a share. */
  async setRule(eventId: string, shares: SettlementShareInput[]): Promise<EventSettlementShareEntity[]> {
    const id = eventId.trim();
    if (!id) throw new BadUserInputError('Indiquez l’évènement.', 'eventId');
    const ids = shares.map((s) => s.circleId);
    if (new Set(ids).size !== ids.length) throw new BadUserInputError('Un cercle apparaît deux fois dans la règle.', 'shares');
    for (const share of shares) {
      if (!Number.isInteger(share.perMille) || share.perMille < 1 || share.perMille > 1000) throw new BadUserInputError('Chaque part est un nombre entier de pour mille, de 1 à 1000.', 'shares');
    }
    if (shares.reduce((s, x) => s + x.perMille, 0) > 1000) throw new BadUserInputError('Les parts dépassent 1000 ‰ : on ne répartit pas plus que la recette.', 'shares');
    return this.db.transaction(async (m) => {
      await checkCirclesExist(m, ids, 'shares');
      if (ids.length) await assertCanPlan(m, this.identity, ids, this.today);
      else if (!(this.identity.isAdmin || this.identity.kind === 'service')) throw new ForbiddenError('Seule l’administration peut effacer la règle.');
      await m.delete(EventSettlementShareEntity, { eventId: id });
      const rows = shares.map((s) => m.create(EventSettlementShareEntity, { eventId: id, circleId: s.circleId, perMille: s.perMille, createdBy: this.identity.memberId, updatedBy: this.identity.memberId }));
      return m.save(rows);
    });
  }

  /** Books the dispatch as real internal transfers from the organiser, once; admins only (it moves money). */
  async settle(eventId: string, organiserId: string, revenueCents: number, date: string): Promise<InternalTransferEntity[]> {
    if (!(this.identity.isAdmin || this.identity.kind === 'service')) throw new ForbiddenError('La répartition de la recette se passe par l’administration.');
    if (!Number.isSafeInteger(revenueCents) || revenueCents <= 0) throw new BadUserInputError('La recette doit être positive.', 'revenue');
    return this.db.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [eventId]);
      if (await m.exists(InternalTransferEntity, { where: { eventId, reason: settlementReason } })) throw new BadUserInputError('La recette de cet évènement est déjà répartie.', 'eventId');
      await checkCirclesExist(m, [organiserId], 'organiserId');
      const shares = await m.findBy(EventSettlementShareEntity, { eventId });
      if (shares.length === 0) throw new BadUserInputError('Fixez d’abord la règle de répartition de cet évènement.', 'eventId');
      const { parts } = dispatch(revenueCents, shares);
      const rows = parts
        .filter((p) => p.cents > 0 && p.circleId !== organiserId)
        .map((p) =>
          m.create(InternalTransferEntity, {
            fromCircleId: organiserId,
            toCircleId: p.circleId,
            amountCents: p.cents,
            date,
            reason: settlementReason,
            eventId,
            status: 'REAL',
            createdBy: this.identity.memberId,
            updatedBy: this.identity.memberId,
          }),
        );
      return m.save(rows);
    });
  }
}
