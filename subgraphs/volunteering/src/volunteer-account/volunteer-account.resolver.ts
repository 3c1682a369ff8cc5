import { Arg, Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { BadUserInputError, ForbiddenError } from '@alambic/subgraph-kit';
import type { VolunteeringContext } from '../context.js';
import { ParticipationStateEnum } from '../volunteer-action/volunteer-action.enums.js';
import { CreditLedgerLine, ParticipationCounts, VolunteerAccount, VolunteerParticipation } from './volunteer-account.type.js';

const MAX_LEDGER_LINES = 100;

@Resolver(() => VolunteerAccount)
export class VolunteerAccountResolver {
  @Authorized()
  @FieldResolver(() => [CreditLedgerLine], {
    description:
      'Relevé de crédits, du plus récent au plus ancien (Oceco : listMembersDetailHistorique). Réservé au membre lui-même et aux admins, comme dans Oceco. Le solde peut différer de la somme des lignes (dépenses non journalisées par Oceco).',
  })
  async ledger(
    @Root() account: VolunteerAccount,
    @Ctx() context: VolunteeringContext,
    @Arg('limit', () => Int, { defaultValue: 20, description: `Nombre de lignes, de 1 à ${MAX_LEDGER_LINES}.` }) limit: number,
  ): Promise<CreditLedgerLine[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LEDGER_LINES) {
      throw new BadUserInputError(`limit doit être un entier entre 1 et ${MAX_LEDGER_LINES} (reçu : ${limit}).`, 'limit');
    }
    const { identity } = context;
    const self = identity.kind === 'member' && identity.memberId === account.memberId;
    if (!self && !identity.isAdmin) throw new ForbiddenError('Le relevé de crédits n’est visible que par le membre lui-même et les admins.');
    return context.participations.ledgerOf(account, limit);
  }

  @Authorized()
  @FieldResolver(() => [VolunteerParticipation], { description: 'Les actions bénévoles du membre, par date, filtrées par état si demandé.' })
  actions(
    @Root() account: VolunteerAccount,
    @Ctx() context: VolunteeringContext,
    @Arg('state', () => ParticipationStateEnum, { nullable: true, description: 'Seulement les actions dans cet état.' }) state: ParticipationStateEnum | null,
  ): Promise<VolunteerParticipation[]> {
    return context.participations.participationsOf(account, state ?? null);
  }

  @Authorized()
  @FieldResolver(() => ParticipationCounts, { description: 'Nombre d’actions du membre dans chaque état.' })
  actionCounts(@Root() account: VolunteerAccount, @Ctx() context: VolunteeringContext): Promise<ParticipationCounts> {
    return context.participations.countsOf(account);
  }
}
